using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Careers.Domain;

/// <summary>A career track (技术/技能/管理序列) or a professional-title series (职称系列): an ordered list of levels.</summary>
public enum LadderKind
{
    Track = 1,
    TitleSeries = 2,
}

/// <summary>What an applicant shows for a level: papers, patents, projects, awards, training.</summary>
public enum EvidenceType
{
    Paper = 1,
    Patent = 2,
    Project = 3,
    Award = 4,
    Training = 5,
}

/// <summary>
/// A ladder as data: the bundled tracks (Technical, Operations, Management) and title series (engineering, research,
/// operations skill grades) are rows like any other, and an administrator or program manager may add more.
/// </summary>
public sealed class CareerLadder : IVersioned
{
    public int Id { get; set; }
    /// <summary>Stable code, e.g. TRACK-TECH, TITLE-ENG.</summary>
    public string Code { get; set; } = "";
    public LadderKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string NameZh { get; set; } = "";
    /// <summary>For a track: People's track an appointment on it sets.</summary>
    public CareerTrack? Track { get; set; }
    public long Version { get; set; }
    public List<LadderLevel> Levels { get; } = [];
}

/// <summary>One rung of a ladder with what it takes to reach it.</summary>
public sealed class LadderLevel
{
    public int Id { get; set; }
    public int LadderId { get; set; }
    public CareerLadder? Ladder { get; set; }
    /// <summary>1 = the lowest rung.</summary>
    public int Rank { get; set; }
    public string Name { get; set; } = "";
    public string NameZh { get; set; } = "";
    /// <summary>Years at the level below (for rank 1: years since hire).</summary>
    public int YearsBelow { get; set; }
    public EducationLevel MinEducation { get; set; }
    public List<EvidenceType> EvidenceRequired { get; set; } = [];
    /// <summary>Engineering series only: the rank on People's engineering ladder that the title gives.</summary>
    public ProfessionalTitle? EngineeringRank { get; set; }
    /// <summary>Track levels: the People grade an appointment to this level gives (null = unchanged).</summary>
    public int? Grade { get; set; }
    /// <summary>A company rank beyond the national ladder (e.g. 首席技师): not applied for through a title call.</summary>
    public bool CompanyRank { get; set; }

    public string DisplayName(bool chinese) => chinese ? NameZh : Name;
}

/// <summary>An appointment or title committee: its members are employees (data, not a role).</summary>
public sealed class Committee
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string NameZh { get; set; } = "";
    public List<CommitteeMember> Members { get; } = [];

    public string DisplayName(bool chinese) => chinese ? NameZh : Name;
}

public sealed class CommitteeMember
{
    public int Id { get; set; }
    public int CommitteeId { get; set; }
    public int EmployeeId { get; set; }
    public EmployeeRef? Employee { get; set; }
}

/// <summary>A committee vote.</summary>
public enum VoteChoice
{
    Approve = 1,
    Reject = 2,
    Abstain = 3,
}
