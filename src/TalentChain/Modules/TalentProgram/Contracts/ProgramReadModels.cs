using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.TalentProgram.Contracts;

// The program's published read models (ADR 0043): what the modules built on the program (mentoring, rotations) read
// of programs, cohorts, participants and mentor assignments. The program maps each onto its own table as a read-only
// view; changes go through the program's contracts (IMentorAssignments …), never through these.

/// <summary>A development program: its names, eligibility and the people who manage it.</summary>
public sealed class ProgramRef
{
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? NameZh { get; private set; }
    public List<CareerTrack> EligibleTracks { get; private set; } = [];
    public List<ChainSegment> EligibleSegments { get; private set; } = [];
    public ProfessionalTitle? MinTitle { get; private set; }
    public int? MinTenureYears { get; private set; }
    public int? MinAge { get; private set; }
    public int? MaxAge { get; private set; }
    public int ReviewIntervalMonths { get; private set; }
    public List<int> ManagerEmployeeIds { get; private set; } = [];

    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

/// <summary>One intake of a program.</summary>
public sealed class CohortRef
{
    public int Id { get; private set; }
    public int ProgramId { get; private set; }
    public ProgramRef? Program { get; private set; }
    public int IntakeYear { get; private set; }
    public string Name { get; private set; } = "";
    public DateOnly StartDate { get; private set; }

    private readonly List<ParticipantRef> participants = [];
    public IReadOnlyList<ParticipantRef> Participants => participants;
}

/// <summary>An employee in a cohort, from nomination through selection to completion.</summary>
public sealed class ParticipantRef
{
    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public CohortRef? Cohort { get; private set; }
    public int EmployeeId { get; private set; }
    public EmployeeRef? Employee { get; private set; }
    public ParticipantStatus Status { get; private set; }
    public DateOnly NominatedOn { get; private set; }
    /// <summary>Set on selection: the day the participant's program (and review clock) starts.</summary>
    public DateOnly? StartDate { get; private set; }

    private readonly List<MentorAssignmentRef> mentors = [];
    public IReadOnlyList<MentorAssignmentRef> Mentors => mentors;

    public bool IsActive => Status == ParticipantStatus.Selected;
}

/// <summary>A mentor of a participant in one role for a period (assigned by hand or by a mentoring round).</summary>
public sealed class MentorAssignmentRef
{
    public int Id { get; private set; }
    public int ParticipantId { get; private set; }
    public ParticipantRef? Participant { get; private set; }
    public int MentorEmployeeId { get; private set; }
    public EmployeeRef? Mentor { get; private set; }
    public MentorRole Role { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }
    /// <summary>The mentoring round that created it (null: assigned by hand).</summary>
    public int? RoundId { get; private set; }
    public MentorEndReason? EndReason { get; private set; }
    public string? EndNote { get; private set; }
    /// <summary>The participant's rating (1–5) given on completion.</summary>
    public int? Rating { get; private set; }
    /// <summary>The row version, for an optimistic-concurrency check by a caller that shows it.</summary>
    public long Version { get; private set; }

    public bool IsCurrent(DateOnly today) => From <= today && (To is null || To >= today);
}

/// <summary>A training course as other modules see it (its names, for labelling a session).</summary>
public sealed class CourseRef
{
    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? NameZh { get; private set; }

    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

/// <summary>
/// One run of a training course, as other modules see it: when, where, and the external lecturer it names (e.g. a
/// university professor; null when an employee teaches it).
/// </summary>
public sealed class TrainingSessionRef
{
    public int Id { get; private set; }
    public int CourseId { get; private set; }
    public CourseRef? Course { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public string Place { get; private set; } = "";
    public string? ExternalLecturer { get; private set; }
}

/// <summary>The program's read models as queries other modules compose with their own (one SQL statement, read-only).</summary>
public static class ProgramReadTables
{
    extension(TalentChainDbContext db)
    {
        public IQueryable<ProgramRef> ProgramRefs => db.Set<ProgramRef>();
        public IQueryable<CohortRef> CohortRefs => db.Set<CohortRef>();
        public IQueryable<ParticipantRef> ParticipantRefs => db.Set<ParticipantRef>();
        public IQueryable<MentorAssignmentRef> MentorAssignmentRefs => db.Set<MentorAssignmentRef>();
        public IQueryable<CourseRef> CourseRefs => db.Set<CourseRef>();
        public IQueryable<TrainingSessionRef> TrainingSessionRefs => db.Set<TrainingSessionRef>();
    }
}
