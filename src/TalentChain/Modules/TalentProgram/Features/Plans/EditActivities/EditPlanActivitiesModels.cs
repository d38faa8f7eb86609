using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram.Features.Plans.EditActivities;

// Editing activities: the input (the JSON API's shape); the activity view is shared (the plan view shows it).

public sealed record ActivityInput(ActivityKind? Kind, string? Title, DateOnly? PlannedStart, DateOnly? PlannedEnd, ActivityStatus? Status, string? CourseCode, Guid? GoalKey, string? Reason, long? Version = null);
