using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Domain;

namespace TalentChain.Modules.People.Contracts;

/// <summary>
/// People's vocabulary for other modules' pages: the localised names of People's enums and proficiency levels, and the
/// segment colours, so every module labels a segment, title or level the same way.
/// </summary>
public interface IPeopleLabels
{
    IStringLocalizer<PeopleResource> Strings { get; }
    string Segment(ChainSegment value);
    string Track(CareerTrack value);
    string Title(ProfessionalTitle value);
    string Education(EducationLevel value);
    string Status(EmployeeStatus value);
    string Level(int level);
    string LevelDefinition(int level);

    /// <summary>A calm colour per industrial-chain segment, used for the segment badges.</summary>
    static string SegmentColor(ChainSegment value) => value switch
    {
        ChainSegment.MiningBeneficiation => "#8d6e63",
        ChainSegment.CrackingLeaching => "#e07b39",
        ChainSegment.Separation => "#2e7d9a",
        ChainSegment.MetalsAlloys => "#5c6b7a",
        ChainSegment.MagnetsFunctional => "#7b4fa0",
        ChainSegment.Recycling => "#3f8f4f",
        ChainSegment.ResearchDevelopment => "#1f5fbf",
        ChainSegment.SalesTrade => "#b5892b",
        _ => "#6c757d",
    };
}
