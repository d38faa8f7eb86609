using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram.Features.Plans;

// The plan use cases' inputs and views (the JSON API's shapes), shared by the handlers under Plans/.

/// <summary>A development goal. Version: the plan's version you read (a stale one gets 409). Reason: why (required for changes and removals).</summary>
public sealed record GoalInput(string? TaxonomyCode, int? CurrentLevel, int? TargetLevel, string? Outcome, DateOnly? DueDate, string? Reason, long? Version = null);

public sealed record ActivityInput(ActivityKind? Kind, string? Title, DateOnly? PlannedStart, DateOnly? PlannedEnd, ActivityStatus? Status, string? CourseCode, Guid? GoalKey, string? Reason, long? Version = null);

public sealed record RemoveInput(string? Reason, long? Version = null);

public sealed record GoalView(Guid Key, string TaxonomyCode, string SkillName, int CurrentLevel, string CurrentLevelName, int TargetLevel, string TargetLevelName, int ActualLevel, string ActualLevelName, string Outcome, DateOnly DueDate, bool Proposed, int ProgressPercent, bool Met);

public sealed record ActivityView(Guid Key, ActivityKind Kind, string KindName, string Title, DateOnly? PlannedStart, DateOnly? PlannedEnd, ActivityStatus Status, string StatusName, string? CourseCode, string? CourseName, Guid? GoalKey, bool Proposed);

public sealed record ChangeView(Guid ItemKey, PlanChangeKind Kind, string KindName, string Summary, string? Reason, string ChangedBy, DateTimeOffset ChangedAt);

public sealed record VersionSummary(int Number, DateOnly OpenedOn, DateOnly? ClosedOn, string? CloseReason);

public sealed record PlanView(
    int PlanId, int ParticipantId, int EmployeeId, string ParticipantName, long Version, int Number, bool IsOpen, DateOnly OpenedOn, DateOnly? ClosedOn, string? CloseReason,
    List<VersionSummary> Versions, List<GoalView> Goals, List<ActivityView> Activities, List<ChangeView> Changes);

public sealed record DiffField(string Field, string? From, string? To);

public sealed record DiffItem(Guid Key, string ItemKind, string Title, PlanChangeKind Change, string ChangeName, List<DiffField> Fields, List<string> Reasons);

public sealed record PlanDiffView(int ParticipantId, string ParticipantName, int From, int To, List<VersionSummary> Versions, List<DiffItem> Items);
