using System.Security.Cryptography;
using System.Text;
using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.Projects.Domain;

public enum RoundStatus
{
    Open = 1,
    Proposed = 2,
    Published = 3,
    Cancelled = 4,
}

/// <summary>
/// A placement round (项目配置轮次) of a cohort: the participants and open roles the program manager picked, the weights
/// of the development-value criteria, pins and forbids, and the last solved proposal.
/// </summary>
public sealed class PlacementRound
{
    public int Id { get; set; }
    public int CohortId { get; set; }
    public CohortRef? Cohort { get; set; }
    public string Name { get; set; } = "";
    public RoundStatus Status { get; set; }
    /// <summary>Points per level of a plan-goal gap the role exercises.</summary>
    public int PlanGapWeight { get; set; } = 10;
    /// <summary>Points for a segment of the chain the participant has not worked in.</summary>
    public int NewSegmentWeight { get; set; } = 6;
    /// <summary>Points for a lead unit the participant has not worked in.</summary>
    public int NewUnitWeight { get; set; } = 4;
    /// <summary>Roles a participant may take over all periods (never more than one per period).</summary>
    public int MaxRolesPerParticipant { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset? SolvedAt { get; set; }
    public int? Placed { get; set; }
    public long? TotalValue { get; set; }
    public bool Optimal { get; set; }
    public bool CertificateVerified { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
    public List<RoundParticipant> Participants { get; } = [];
    public List<RoundRole> Roles { get; } = [];
    public List<RoundRule> Rules { get; } = [];
    public List<RoundAssignment> Assignments { get; } = [];
    public List<RoundUnplaced> Unplaced { get; } = [];

    public bool IsClosed => Status == RoundStatus.Cancelled;
}

public sealed class RoundParticipant
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public int ParticipantId { get; set; }
    public ParticipantRef? Participant { get; set; }
}

/// <summary>An open role of the round, in one of the round's named periods (e.g. "2027 H1"): one role per participant per period.</summary>
public sealed class RoundRole
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public int RoleId { get; set; }
    public ProjectRole? Role { get; set; }
    public string Period { get; set; } = "";
}

public enum RuleKind
{
    Pin = 1,
    Forbid = 2,
}

/// <summary>A program manager's pin (this participant takes this role) or forbid (never this role).</summary>
public sealed class RoundRule
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public int ParticipantId { get; set; }
    public int RoleId { get; set; }
    public RuleKind Kind { get; set; }
}

/// <summary>One placement of the proposal with its development value, broken down by criterion.</summary>
public sealed class RoundAssignment
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public int ParticipantId { get; set; }
    public ParticipantRef? Participant { get; set; }
    public int RoleId { get; set; }
    public ProjectRole? Role { get; set; }
    public int PlanGapValue { get; set; }
    public int NewSegmentValue { get; set; }
    public int NewUnitValue { get; set; }
    public bool Pinned { get; set; }

    public int Value => PlanGapValue + NewSegmentValue + NewUnitValue;

    /// <summary>The placement's stable key: the same round, participant and role always give the same key.</summary>
    public static Guid Key(int roundId, int participantId, int roleId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes(FormattableString.Invariant($"projects-placement:{roundId}:{participantId}:{roleId}"))).AsSpan(0, 16));
}

public enum UnplacedKind
{
    /// <summary>No role of the round meets their competence (NearestRoleId/MissingSkillId name the closest).</summary>
    NoCompetentRole = 1,
    /// <summary>Every role they are competent for is forbidden.</summary>
    AllForbidden = 2,
    /// <summary>All their roles are filled by placements worth more.</summary>
    SeatsTaken = 3,
}

public sealed class RoundUnplaced
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public int ParticipantId { get; set; }
    public ParticipantRef? Participant { get; set; }
    public UnplacedKind Kind { get; set; }
    public int? NearestRoleId { get; set; }
    public int? MissingSkillId { get; set; }
    public int? MissingLevel { get; set; }
}
