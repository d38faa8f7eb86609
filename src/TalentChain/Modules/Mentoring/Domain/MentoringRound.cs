using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Mentoring.Domain;

/// <summary>
/// A program's 1+1+1 matching rules (hard rules and integer score weights); one row per program, created with the
/// defaults the first time a round of the program is opened. Program managers edit it.
/// </summary>
public class MentoringRules : IVersioned
{
    public int Id { get; set; }
    public int ProgramId { get; set; }

    /// <summary>Never match a participant with someone up or down their management chain.</summary>
    public bool ExcludeManagementChain { get; set; } = true;
    /// <summary>A technical mentor holds the focus skill at least at this level, and at least at the goal's target level.</summary>
    public int TechnicalMinLevel { get; set; } = 3;
    /// <summary>A career mentor comes from another org unit.</summary>
    public bool CareerOtherUnit { get; set; } = true;
    public int PeerMinTenureYears { get; set; } = 2;
    public int PeerMaxTenureYears { get; set; } = 6;
    /// <summary>A peer mentor is not above this grade (null = no limit).</summary>
    public int? PeerMaxGrade { get; set; } = 12;
    /// <summary>A peer mentor is not above this professional title (null = no limit).</summary>
    public ProfessionalTitle? PeerMaxTitle { get; set; } = ProfessionalTitle.Engineer;

    // Score weights (integers ≥ 0; see docs/mentoring-rounds.md).
    public int WeightSkill { get; set; } = 10;
    public int WeightSegment { get; set; } = 6;
    public int WeightSite { get; set; } = 3;
    public int WeightRating { get; set; } = 5;
    public int WeightPreference { get; set; } = 12;

    public long Version { get; set; }
}

public enum MentoringRoundKind
{
    /// <summary>Matches a cohort's active participants for the roles they have no mentor in.</summary>
    Initial = 1,
    /// <summary>Fills the cohort's waitlisted slots against the volunteers' remaining capacity.</summary>
    Rematch = 2,
}

public enum MentoringRoundStatus
{
    Open = 1,
    Published = 2,
}

/// <summary>A matching round of a cohort: participants, volunteers, pins/forbids, the current proposal.</summary>
public class MentoringRound : IVersioned
{
    public int Id { get; set; }
    public int CohortId { get; set; }
    public CohortRef? Cohort { get; set; }
    public required string Name { get; set; }
    public MentoringRoundKind Kind { get; set; } = MentoringRoundKind.Initial;
    public MentoringRoundStatus Status { get; set; } = MentoringRoundStatus.Open;
    public DateOnly OpenedOn { get; set; }
    public required string OpenedBy { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? PublishedBy { get; set; }

    /// <summary>An imported instance file (interchange format) that replaces the computed candidate triples; null = computed.</summary>
    public string? ImportedInstanceJson { get; set; }

    /// <summary>The current proposal as a result file (interchange format, pins included); null until a run succeeds or a result is imported.</summary>
    public string? ProposalJson { get; set; }
    public DateTimeOffset? ProposedAt { get; set; }
    /// <summary>"solver" or "import".</summary>
    public string? ProposalSource { get; set; }

    public long Version { get; set; }

    public List<MentoringRoundParticipant> Participants { get; } = [];
    public List<MentoringVolunteer> Volunteers { get; } = [];
    public List<MentoringPairRule> PairRules { get; } = [];

    /// <summary>A checked result becomes the proposal ("solver" or "import").</summary>
    public void Propose(string resultJson, DateTimeOffset at, string source)
    {
        ProposalJson = resultJson;
        ProposedAt = at;
        ProposalSource = source;
    }

    /// <summary>An imported instance replaces the computed candidates (null: computed again); the proposal answered another question and goes.</summary>
    public void UseInstance(string? instanceJson)
    {
        ImportedInstanceJson = instanceJson;
        ProposalJson = null;
        ProposedAt = null;
        ProposalSource = null;
    }

    /// <summary>Publishing closes the round for good: only an open round with a proposal is published.</summary>
    public void Publish(DateOnly day, string actor)
    {
        if (Status != MentoringRoundStatus.Open) throw new InvalidOperationException($"Round {Id} is not open.");
        if (ProposalJson is null) throw new InvalidOperationException($"Round {Id} has no proposal.");
        Status = MentoringRoundStatus.Published;
        PublishedOn = day;
        PublishedBy = actor;
    }
}

/// <summary>A participant in a round: the roles to fill, an optional focus-skill override, preferred mentors.</summary>
public class MentoringRoundParticipant
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public int ParticipantId { get; set; }
    public ParticipantRef? Participant { get; set; }
    public List<MentorRole> Roles { get; set; } = [];
    /// <summary>Overrides the focus skill derived from the plan (taxonomy node id).</summary>
    public int? FocusSkillId { get; set; }
    /// <summary>Mentors (employee ids) the participant would like; a score criterion.</summary>
    public List<int> PreferredMentorIds { get; set; } = [];
}

/// <summary>A mentor who volunteered for a round, with places per role and in total.</summary>
public class MentoringVolunteer
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public int EmployeeId { get; set; }
    public EmployeeRef? Employee { get; set; }
    public int Technical { get; set; }
    public int Career { get; set; }
    public int Peer { get; set; }
    public int Total { get; set; }
    public required string AddedBy { get; set; }

    public int Capacity(MentorRole role) => role switch { MentorRole.Technical => Technical, MentorRole.Career => Career, _ => Peer };
}

public enum PairRuleKind
{
    Pin = 1,
    Forbid = 2,
}

/// <summary>
/// A program manager's decision about one pair: a pin forces (participant, mentor, role) into every solution; a
/// forbid removes the triple (or, without a role, every role of the pair).
/// </summary>
public class MentoringPairRule
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public int ParticipantId { get; set; }
    public int MentorEmployeeId { get; set; }
    public MentorRole? Role { get; set; }
    public PairRuleKind Kind { get; set; }
    public required string SetBy { get; set; }
}

public enum WaitlistReason
{
    /// <summary>No volunteer was eligible for the slot (the main reasons are listed).</summary>
    NoEligibleVolunteer = 1,
    /// <summary>Eligible volunteers existed but all their places were taken.</summary>
    VolunteersFull = 2,
    RematchRequested = 3,
    MentorDeparted = 4,
}

/// <summary>An unfilled (participant, role) slot waiting for a mentor, with why.</summary>
public class MentoringWaitlistEntry
{
    public int Id { get; set; }
    public int ParticipantId { get; set; }
    public ParticipantRef? Participant { get; set; }
    public MentorRole Role { get; set; }
    public WaitlistReason Reason { get; set; }
    /// <summary>The main eligibility reasons (codes with counts, "Code=n;…") or the requester's words.</summary>
    public string? Detail { get; set; }
    public int? RoundId { get; set; }
    public int? EndedAssignmentId { get; set; }
    public DateOnly AddedOn { get; set; }
    public DateOnly? FilledOn { get; set; }
    public int? FilledByRoundId { get; set; }

    public bool IsOpen => FilledOn is null;

    /// <summary>A slot that starts waiting today.</summary>
    public static MentoringWaitlistEntry Open(int participantId, MentorRole role, WaitlistReason reason, string? detail, DateOnly today, int? roundId = null, int? endedAssignmentId = null) =>
        new() { ParticipantId = participantId, Role = role, Reason = reason, Detail = detail, RoundId = roundId, EndedAssignmentId = endedAssignmentId, AddedOn = today };

    /// <summary>A round filled the slot.</summary>
    public void Fill(DateOnly day, int roundId)
    {
        FilledOn = day;
        FilledByRoundId = roundId;
    }

    /// <summary>
    /// Still waiting after another round: a matching outcome is replaced by the newer one; the original cause (a
    /// re-match request, a departure) is kept.
    /// </summary>
    public void StillWaiting(WaitlistReason reason, string? detail, int roundId)
    {
        if (Reason is not (WaitlistReason.NoEligibleVolunteer or WaitlistReason.VolunteersFull)) return;
        (Reason, Detail, RoundId) = (reason, detail, roundId);
    }
}

/// <summary>A meeting of a mentoring relationship, logged by the mentor or the participant.</summary>
public class MentoringMeeting
{
    public int Id { get; set; }
    public int MentorAssignmentId { get; set; }
    public DateOnly Date { get; set; }
    public int DurationMinutes { get; set; }
    public required string Topic { get; set; }
    public string? Notes { get; set; }
    /// <summary>The participant's rating of the meeting (1–5), optional; feeds the mentor's rating history.</summary>
    public int? Rating { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
