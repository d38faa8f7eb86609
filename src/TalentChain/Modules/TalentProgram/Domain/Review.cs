using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram.Domain;

public enum ReviewDecision
{
    OnTrack = 1,
    AdjustPlan = 2,
    AtRisk = 3,
}

/// <summary>
/// A development review (every six months by default, counted from the participant's start): self-assessment,
/// mentor input and a line-manager decision; completing it updates skill levels, closes the plan version and
/// opens the next, and schedules the next review.
/// </summary>
public class Review : IVersioned
{
    public int Id { get; set; }
    public int ParticipantId { get; set; }
    public Participant? Participant { get; set; }
    /// <summary>1 for the first review after the start, 2 for the second, …</summary>
    public int Sequence { get; set; }
    public DateOnly DueDate { get; set; }
    public string? SelfAssessment { get; set; }
    public DateOnly? SelfAssessedOn { get; set; }
    public ReviewDecision? Decision { get; set; }
    public string? DecisionNote { get; set; }
    public string? DecidedBy { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public long Version { get; set; }
    public List<ReviewMentorInput> MentorInputs { get; } = [];
    public List<ReviewSkillUpdate> SkillUpdates { get; } = [];

    public bool IsCompleted => CompletedOn is not null;
    public bool IsOverdue(DateOnly today) => CompletedOn is null && DueDate < today;
}

public class ReviewMentorInput
{
    public int Id { get; set; }
    public int ReviewId { get; set; }
    public int MentorEmployeeId { get; set; }
    public EmployeeRef? Mentor { get; set; }
    public MentorRole Role { get; set; }
    public required string Text { get; set; }
    public DateOnly SubmittedOn { get; set; }
}

/// <summary>A skill level set by a review, with its evidence (written to the person's skill record on completion).</summary>
public class ReviewSkillUpdate
{
    public int Id { get; set; }
    public int ReviewId { get; set; }
    public int TaxonomyNodeId { get; set; }
    public TaxonomyRef? TaxonomyNode { get; set; }
    public int Level { get; set; }
    public required string Evidence { get; set; }
}
