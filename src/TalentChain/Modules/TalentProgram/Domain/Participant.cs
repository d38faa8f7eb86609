using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram.Domain;

/// <summary>An employee in a cohort: from nomination through selection to the stages of the program.</summary>
public class Participant : IVersioned
{
    public int Id { get; set; }
    public int CohortId { get; set; }
    public Cohort? Cohort { get; set; }
    public int EmployeeId { get; set; }
    public EmployeeRef? Employee { get; set; }
    public ParticipantStatus Status { get; set; } = ParticipantStatus.Nominated;
    public string? NominationReason { get; set; }
    public string? NominatedBy { get; set; }
    public DateOnly NominatedOn { get; set; }
    public string? DecisionNote { get; set; }
    public string? DecidedBy { get; set; }
    /// <summary>Set on selection: the day the participant's program (and review clock) starts.</summary>
    public DateOnly? StartDate { get; set; }
    public long Version { get; set; }

    public List<ParticipantStage> Stages { get; } = [];
    public List<MentorAssignment> Mentors { get; } = [];

    public bool IsActive => Status == ParticipantStatus.Selected;
}

/// <summary>One stage a participant went (or is going) through; the open one (no EndedOn) is the current stage.</summary>
public class ParticipantStage
{
    public int Id { get; set; }
    public int ParticipantId { get; set; }
    public int ProgramStageId { get; set; }
    public ProgramStage? ProgramStage { get; set; }
    /// <summary>1, 2, 3 … along the participant's path (repeated development stages get their own number).</summary>
    public int Sequence { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly PlannedEnd { get; set; }
    public DateOnly? EndedOn { get; set; }
    /// <summary>Set when a program manager let the participant advance past an unmet gate.</summary>
    public string? OverrideReason { get; set; }
    public string? EndedBy { get; set; }
    public List<GateEvidence> Evidence { get; } = [];

    /// <summary>Rotation stages: the host unit from the published rotation plan (null for other stages or when none was published).</summary>
    public int? HostOrgUnitId { get; set; }
    public OrgUnitRef? HostOrgUnit { get; set; }
}

/// <summary>Evidence towards one gate criterion of one participant stage.</summary>
public class GateEvidence
{
    public int Id { get; set; }
    public int ParticipantStageId { get; set; }
    public int GateCriterionId { get; set; }
    public GateCriterion? GateCriterion { get; set; }
    /// <summary>Document reference, assessment note or sign-off remark.</summary>
    public string? Note { get; set; }
    public int? Score { get; set; }
    /// <summary>For sign-offs: in which capacity the signer signed.</summary>
    public SignOffRole? SignedAs { get; set; }
    public required string RecordedBy { get; set; }
    public DateOnly RecordedOn { get; set; }
}

/// <summary>
/// A mentor of a participant in one role for a period. Assigned by a program manager now; the 1+1+1 matching
/// feature creates the same records later.
/// </summary>
public class MentorAssignment : IVersioned
{
    public int Id { get; set; }
    public int ParticipantId { get; set; }
    public Participant? Participant { get; set; }
    public int MentorEmployeeId { get; set; }
    public EmployeeRef? Mentor { get; set; }
    public MentorRole Role { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public long Version { get; set; }
    /// <summary>The mentoring round that created it (null: assigned by hand).</summary>
    public int? RoundId { get; set; }
    /// <summary>Why it ended (null while it runs); an ending sets <see cref="To"/> to the day it ended.</summary>
    public MentorEndReason? EndReason { get; set; }
    public string? EndNote { get; set; }
    /// <summary>The participant's rating (1–5) given on completion; feeds the mentor's rating history.</summary>
    public int? Rating { get; set; }

    public bool IsCurrent(DateOnly today) => From <= today && (To is null || To >= today);

    /// <summary>Ends the assignment on <paramref name="day"/> (never before it began): it no longer runs from then on.</summary>
    public void End(DateOnly day, MentorEndReason reason, string? note)
    {
        To = day < From ? From : day;
        EndReason = reason;
        EndNote = note;
    }

    /// <summary>Completes the assignment; the participant's rating (1–5, optional) feeds the mentor's rating history.</summary>
    public void Complete(DateOnly day, string? note, int? rating)
    {
        End(day, MentorEndReason.Completed, note);
        Rating = rating;
    }
}

