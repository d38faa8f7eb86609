using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People.Domain;

namespace TalentChain.Modules.People;

/// <summary>
/// The module's one vocabulary: localised names of the People enums and proficiency levels (keys like <c>Segment.Separation</c>,
/// <c>Proficiency.Level3.Definition</c> in PeopleResource).
/// </summary>
public sealed class PeopleLabels(IStringLocalizer<PeopleResource> p) : IPeopleLabels
{

    public IStringLocalizer<PeopleResource> Strings => p;

    public string Segment(ChainSegment value) => p["Segment." + value];
    public string Track(CareerTrack value) => p["Track." + value];
    public string Title(ProfessionalTitle value) => p["Title." + value];
    public string Education(EducationLevel value) => p["Education." + value];
    public string Status(EmployeeStatus value) => p["Status." + value];
    public string Event(EmploymentEventKind value) => p["Event." + value];
    public string StatusFilter(Features.Directory.StatusFilter value) => p["Status." + value];
    public string Sort(Features.Directory.DirectorySort value) => p["Sort." + value];
    public string Level(int level) => p["Proficiency.Level" + level.ToString(CultureInfo.InvariantCulture)];
    public string LevelDefinition(int level) => p["Proficiency.Level" + level.ToString(CultureInfo.InvariantCulture) + ".Definition"];

    /// <summary>A calm colour per industrial-chain segment, used for the segment badges.</summary>
    public static string SegmentColor(ChainSegment value) => IPeopleLabels.SegmentColor(value);

    /// <summary>Bootstrap colour of a proficiency badge: grey for awareness up to dark green for expert.</summary>
    public static string LevelBadge(int level) => level switch
    {
        >= 4 => "text-bg-success",
        3 => "text-bg-primary",
        2 => "text-bg-info",
        1 => "text-bg-light border",
        _ => "text-bg-secondary",
    };
}
