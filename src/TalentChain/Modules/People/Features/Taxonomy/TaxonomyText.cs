using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Domain;

using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.People.Features.Taxonomy;

/// <summary>Localised names of taxonomy kinds (keys Kind.*); segment and level names are the module's <see cref="PeopleLabels"/>.</summary>
public static class TaxonomyText
{

    public static string KindName(this IStringLocalizer<TaxonomyResource> t, TaxonomyKind kind) => t[string.Create(CultureInfo.InvariantCulture, $"Kind.{kind}")];

    /// <summary>Accepts an enum member's name (any case), not a number: API callers write "Separation".</summary>
    public static bool TryParseName<TEnum>(string? value, out TEnum result) where TEnum : struct, Enum
    {
        result = default;
        var s = value?.Trim();
        if (string.IsNullOrEmpty(s) || char.IsDigit(s[0]) || s[0] == '-') return false;
        return Enum.TryParse(s, ignoreCase: true, out result) && Enum.IsDefined(result);
    }

    public static IEnumerable<ChainSegment> Segments => Enum.GetValues<ChainSegment>();
}
