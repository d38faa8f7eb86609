using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Careers.Features;

/// <summary>Localised names of the module's enums (keys "Enum.&lt;Type&gt;.&lt;Value&gt;"), levels and people.</summary>
public sealed class CareersText(IStringLocalizer<CareersResource> l)
{
    public IStringLocalizer<CareersResource> L => l;
    public static bool Chinese => UiCulture.IsChinese;

    public string Enum<TEnum>(TEnum value) where TEnum : struct, System.Enum => l[$"Enum.{typeof(TEnum).Name}.{value}"];

    public static string Name(string en, string zh) => Chinese && zh.Length > 0 ? zh : en;

    public static string Person(EmployeeRef? e) => e is null ? "" : $"{e.DisplayName(Chinese)} ({e.EmployeeNumber})";

}
