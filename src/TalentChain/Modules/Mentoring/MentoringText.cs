using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;


using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Mentoring;

/// <summary>The module's small text rules: names (People's one rule), dates, blank input, resource keys built from values.</summary>
public static class MentoringText
{
    public static string Person(string given, string family, string? chinese) => PersonName.Display(given, family, chinese, UiCulture.IsChinese);

    public static string Person(EmployeeRef e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Person(e.GivenName, e.FamilyName, e.ChineseName);
    }

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>People's label of a professional title (the key People's resource lists it under).</summary>
    public static string Title(this IStringLocalizer<PeopleResource> people, ProfessionalTitle title)
    {
        ArgumentNullException.ThrowIfNull(people);
        return people["Title." + title];
    }

    /// <summary>Whole years from <paramref name="from"/> to <paramref name="to"/> (a tenure).</summary>
    public static int YearsBetween(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year;
        if (to < from.AddYears(years)) years--;
        return Math.Max(years, 0);
    }
}
