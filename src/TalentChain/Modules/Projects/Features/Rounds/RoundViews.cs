using TalentChain.Modules.Projects.Domain;

namespace TalentChain.Modules.Projects.Features.Rounds;

public sealed record RoundSummary(int Id, int CohortId, string Cohort, string Name, RoundStatus Status, string StatusName, int Participants, int Roles,
    int? Placed, long? TotalValue, bool Optimal, DateTimeOffset CreatedAt, DateTimeOffset? SolvedAt, DateTimeOffset? PublishedAt);

public sealed record RoundParticipantView(int ParticipantId, int EmployeeId, string EmployeeNumber, string Name, string Unit, bool Active, int EligibleRoles);

public sealed record RoundRoleView(int RoleId, int ProjectId, string ProjectCode, string Project, string Title, string Period, int Seats, DateOnly StartDate, DateOnly EndDate, string Skills, int Candidates);

public sealed record RuleView(int Id, int ParticipantId, string Participant, int RoleId, string Role, RuleKind Kind, string KindName);

/// <summary>A skill line of a value breakdown; levels are null where they are need-to-know and the viewer may not see them.</summary>
public sealed record GapLineView(string SkillCode, string Skill, int? Current, int? Target, int Exercised);

public sealed record ValueBreakdown(int PlanGap, int NewSegment, int NewUnit, int Total, List<GapLineView> Gaps);

public sealed record AssignmentView(int ParticipantId, string EmployeeNumber, string Participant, int RoleId, string Role, int ProjectId, string Project, string Period,
    bool Pinned, ValueBreakdown Value);

public sealed record UnplacedView(int ParticipantId, string EmployeeNumber, string Participant, UnplacedKind Kind, string Reason);

public sealed record ProposalView(int Placed, int Participants, long TotalValue, bool Optimal, bool CertificateVerified, DateTimeOffset SolvedAt,
    List<AssignmentView> Assignments, List<UnplacedView> Unplaced);

public sealed record RoundWeights(int PlanGap, int NewSegment, int NewUnit, int MaxRolesPerParticipant);

public sealed record RoundDetail(RoundSummary Round, RoundWeights Weights, List<RoundParticipantView> Participants, List<RoundRoleView> Roles, List<RuleView> Rules,
    ProposalView? Proposal, bool CanManage);

public sealed record RoundRoleInput(int RoleId, string? Period);

/// <summary>A round's selection: participants (null on create: every selected participant of the cohort), roles and weights.</summary>
public sealed record RoundInput(int? CohortId, string? Name, List<int>? ParticipantIds, List<RoundRoleInput>? Roles,
    int? PlanGapWeight, int? NewSegmentWeight, int? NewUnitWeight, int? MaxRolesPerParticipant);

public sealed record RuleInput(int ParticipantId, int RoleId, RuleKind Kind);

public sealed record SolveStarted(Guid JobId, string JobUrl);

/// <summary>A pair's value for one participant and role (candidates view).</summary>
public sealed record CandidateView(int ParticipantId, int RoleId, bool Forbidden, bool Pinned, ValueBreakdown Value);
