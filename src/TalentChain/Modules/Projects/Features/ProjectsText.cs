using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Projects.Features;

/// <summary>Localised names of the module's enums (keys "Enum.&lt;Type&gt;.&lt;Value&gt;"), segments and people.</summary>
public sealed class ProjectsText(IStringLocalizer<ProjectsResource> l, IPeopleLabels labels)
{
    public IStringLocalizer<ProjectsResource> L => l;
    public static bool Chinese => UiCulture.IsChinese;

    public string Enum<TEnum>(TEnum value) where TEnum : struct, System.Enum => l[$"Enum.{typeof(TEnum).Name}.{value}"];

    public string Segment(ChainSegment segment) => labels.Segment(segment);

    public static string Person(EmployeeRef? e) => e is null ? "" : $"{e.DisplayName(Chinese)} ({e.EmployeeNumber})";
}
