using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram.Features.Plans;

// The views shared by several plan use cases (the JSON API's shapes); each use case keeps its own inputs and views in its folder.

public sealed record GoalView(Guid Key, string TaxonomyCode, string SkillName, int CurrentLevel, string CurrentLevelName, int TargetLevel, string TargetLevelName, int ActualLevel, string ActualLevelName, string Outcome, DateOnly DueDate, bool Proposed, int ProgressPercent, bool Met);

public sealed record ActivityView(Guid Key, ActivityKind Kind, string KindName, string Title, DateOnly? PlannedStart, DateOnly? PlannedEnd, ActivityStatus Status, string StatusName, string? CourseCode, string? CourseName, Guid? GoalKey, bool Proposed);

public sealed record ChangeView(Guid ItemKey, PlanChangeKind Kind, string KindName, string Summary, string? Reason, string ChangedBy, DateTimeOffset ChangedAt);

public sealed record VersionSummary(int Number, DateOnly OpenedOn, DateOnly? ClosedOn, string? CloseReason);

public sealed record PlanView(
    int PlanId, int ParticipantId, int EmployeeId, string ParticipantName, long Version, int Number, bool IsOpen, DateOnly OpenedOn, DateOnly? ClosedOn, string? CloseReason,
    List<VersionSummary> Versions, List<GoalView> Goals, List<ActivityView> Activities, List<ChangeView> Changes);
