namespace TalentChain.Modules.TalentProgram.Features.Plans.EditGoals;

// Editing goals: the input (the JSON API's shape); the goal view is shared (the plan view shows it).

/// <summary>A development goal. Version: the plan's version you read (a stale one gets 409). Reason: why (required for changes and removals).</summary>
public sealed record GoalInput(string? TaxonomyCode, int? CurrentLevel, int? TargetLevel, string? Outcome, DateOnly? DueDate, string? Reason, long? Version = null);
