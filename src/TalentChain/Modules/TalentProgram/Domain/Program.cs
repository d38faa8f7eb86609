using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram.Domain;

/// <summary>
/// A talent-development program (e.g. the High-Level Talent Special Training Program): goals, who may be
/// nominated, its stage template ("1+5+N" by default) and its review rhythm.
/// </summary>
public class DevelopmentProgram : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? NameZh { get; set; }
    public string? Goals { get; set; }
    /// <summary>Eligible career tracks; empty = any.</summary>
    public List<CareerTrack> EligibleTracks { get; set; } = [];
    /// <summary>Eligible industrial-chain segments (of the person's org unit); empty = any.</summary>
    public List<ChainSegment> EligibleSegments { get; set; } = [];
    public ProfessionalTitle? MinTitle { get; set; }
    public int? MinTenureYears { get; set; }
    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    /// <summary>Months between development reviews, counted from each participant's start (default six).</summary>
    public int ReviewIntervalMonths { get; set; } = 6;
    /// <summary>How many days before a review falls due its reminders go out.</summary>
    public int ReminderDaysAhead { get; set; } = 14;
    /// <summary>The program managers (employee ids) who run this program; empty = every program manager.</summary>
    public List<int> ManagerEmployeeIds { get; set; } = [];
    public long Version { get; set; }

    public List<ProgramStage> Stages { get; } = [];
    public List<Cohort> Cohorts { get; } = [];

    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);

    public const int MaxNameLength = 200;
}

public enum StageKind
{
    Onboarding = 1,
    Rotation = 2,
    Development = 3,
}

/// <summary>One stage of a program's template, in order. The last Development stage repeats (the "N").</summary>
public class ProgramStage : IVersioned
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public int Order { get; set; }
    public StageKind Kind { get; set; }
    public required string Name { get; set; }
    public string? NameZh { get; set; }
    public int DurationMonths { get; set; }
    public long Version { get; set; }
    public List<GateCriterion> Criteria { get; } = [];

    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

public enum EvidenceKind
{
    Document = 1,
    Assessment = 2,
    SignOff = 3,
}

/// <summary>Who must sign a stage gate off.</summary>
public enum SignOffRole
{
    LineManager = 1,
    Mentor = 2,
    ProgramManager = 3,
}

/// <summary>What a participant must show to leave a stage.</summary>
public class GateCriterion
{
    public int Id { get; set; }
    public int StageId { get; set; }
    public required string Text { get; set; }
    public string? TextZh { get; set; }
    public EvidenceKind Kind { get; set; }
    /// <summary>For sign-offs: the role whose holder signs.</summary>
    public SignOffRole? SignOffRole { get; set; }
    /// <summary>For assessments: the lowest passing score (0–100).</summary>
    public int? MinScore { get; set; }

    public string DisplayText(bool chinese) => chinese && !string.IsNullOrEmpty(TextZh) ? TextZh : Text;
}

/// <summary>One intake of a program.</summary>
public class Cohort : IVersioned
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public DevelopmentProgram? Program { get; set; }
    public int IntakeYear { get; set; }
    public required string Name { get; set; }
    public DateOnly StartDate { get; set; }
    public long Version { get; set; }
    public List<Participant> Participants { get; } = [];
}
