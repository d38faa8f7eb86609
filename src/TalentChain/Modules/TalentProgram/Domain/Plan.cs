using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram.Domain;

/// <summary>
/// A participant's individual development plan. Its content lives in numbered versions; exactly one is open.
/// Every edit touches the plan row, so two people editing the same plan at once get a conflict (409), not a mix.
/// </summary>
public class DevelopmentPlan : IVersioned
{
    public int Id { get; set; }
    public int ParticipantId { get; set; }
    public Participant? Participant { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }
    public long Version { get; set; }
    public List<PlanVersion> Versions { get; } = [];
}

/// <summary>One version of a plan: open until a review closes it and opens the next.</summary>
public class PlanVersion
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public DevelopmentPlan? Plan { get; set; }
    public int Number { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    /// <summary>Why it was closed (the review and its decision).</summary>
    public string? CloseReason { get; set; }
    public int? ClosedByReviewId { get; set; }
    public List<PlanGoal> Goals { get; } = [];
    public List<PlanActivity> Activities { get; } = [];

    public bool IsOpen => ClosedOn is null;
}

/// <summary>A development goal: a taxonomy skill from a current to a target level, a measurable outcome, a due date.</summary>
public class PlanGoal
{
    public int Id { get; set; }
    public int PlanVersionId { get; set; }
    /// <summary>The same goal across versions (copied forward on each review).</summary>
    public Guid Key { get; set; }
    public int TaxonomyNodeId { get; set; }
    public TaxonomyRef? TaxonomyNode { get; set; }
    public int CurrentLevel { get; set; }
    public int TargetLevel { get; set; }
    public required string Outcome { get; set; }
    public DateOnly DueDate { get; set; }
    /// <summary>Proposed by the participant and not yet accepted by a manager.</summary>
    public bool Proposed { get; set; }
}

public enum ActivityKind
{
    Training = 1,
    Rotation = 2,
    Project = 3,
    Mentoring = 4,
    Education = 5,
    LabWork = 6,
    Other = 7,
}

public enum ActivityStatus
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
    Dropped = 4,
}

/// <summary>A planned activity of the plan; a training activity may name a catalog course (completion ticks it off).</summary>
public class PlanActivity
{
    public int Id { get; set; }
    public int PlanVersionId { get; set; }
    public Guid Key { get; set; }
    public ActivityKind Kind { get; set; }
    public required string Title { get; set; }
    public DateOnly? PlannedStart { get; set; }
    public DateOnly? PlannedEnd { get; set; }
    public ActivityStatus Status { get; set; } = ActivityStatus.Planned;
    public int? CourseId { get; set; }
    public Course? Course { get; set; }
    /// <summary>The goal (by key) this activity serves, if any.</summary>
    public Guid? GoalKey { get; set; }
    public bool Proposed { get; set; }
}

public enum PlanChangeKind
{
    Added = 1,
    Changed = 2,
    Removed = 3,
    Accepted = 4,
}

/// <summary>The why of one change to a plan version: what changed, by whom, with the reason they gave.</summary>
public class PlanChange
{
    public long Id { get; set; }
    public int PlanVersionId { get; set; }
    public Guid ItemKey { get; set; }
    public PlanChangeKind Kind { get; set; }
    public required string Summary { get; set; }
    public string? Reason { get; set; }
    public required string ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
