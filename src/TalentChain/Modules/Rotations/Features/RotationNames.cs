using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Optimization.Rotations;


using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Rotations.Features;

/// <summary>The module's vocabulary: localised names of statuses, sources, segments and unplaced reasons; ids and dates as the files write them.</summary>
public sealed class RotationNames(IStringLocalizer<RotationsResource> t, IStringLocalizer<PeopleResource> people)
{
    public string StatusName(RotationPlanStatus s) => s == RotationPlanStatus.Published ? t["Status.Published"] : t["Status.Draft"];

    public string SourceName(RotationProposalSource s) => s == RotationProposalSource.Import ? t["Source.Import"] : t["Source.Solver"];

    public string SegmentName(ChainSegment s) => people["Segment." + s];

    public string ReasonText(UnplacedReason code) => code switch
    {
        UnplacedReason.HorizonTooShort => t["Unplaced.HorizonTooShort"],
        UnplacedReason.TooFewHostUnits => t["Unplaced.TooFewHostUnits"],
        UnplacedReason.TooFewSegments => t["Unplaced.TooFewSegments"],
        UnplacedReason.Outcompeted => t["Unplaced.Outcompeted"],
        _ => t["Unplaced.NoCapacity"],
    };

    /// <summary>Segment ids in the interchange files: the segment's name in kebab case (e.g. "separation", "metals-alloys").</summary>
    public static string SegmentKey(ChainSegment s) =>
        string.Concat(s.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    public static bool SameSegment(string text, ChainSegment s) =>
        string.Equals(text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), s.ToString(), StringComparison.OrdinalIgnoreCase);

    public static string Person(RotationMember m) => Person(m.Participant!.Employee!);

    public static string Person(EmployeeRef e) => PersonName.Display(e.GivenName, e.FamilyName, e.ChineseName, UiCulture.IsChinese);

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
