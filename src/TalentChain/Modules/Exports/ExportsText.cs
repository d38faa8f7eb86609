using System.Globalization;
using Microsoft.Extensions.Localization;

namespace TalentChain.Modules.Exports;

/// <summary>Localised names of the module's enums (keys "Enum.&lt;Type&gt;.&lt;Value&gt;") and number/date formats.</summary>
public sealed class ExportsText(IStringLocalizer<ExportsResource> l)
{
    public IStringLocalizer<ExportsResource> L => l;

    public string Enum<TEnum>(TEnum value) where TEnum : struct, System.Enum => l[$"Enum.{typeof(TEnum).Name}.{value}"];


}
