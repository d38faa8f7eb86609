using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Features.Plans;
using TalentChain.Modules.TalentProgram.Web;
using TalentChain.Platform.Web;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Reviews;

/// <summary>/program/reviews/{id}: self-assessment (participant), mentor input (current mentors), decision and skill updates (line manager).</summary>
public class ReviewPageModel(ReviewHandlers reviews, PlanChoices choices, ProgramAccess access, IStringLocalizer<TalentProgramResource> t, IPeopleLabels labels) : ProgramPageModel
{
    [FromRoute] public int Id { get; set; }
    public ReviewView Review { get; private set; } = null!;
    public ParticipantRelation Relation { get; private set; } = new(false, false, false, false, null);
    public List<(string Code, string Name)> Skills { get; private set; } = [];
    public IPeopleLabels Labels => labels;

    [BindProperty] public string? Text { get; set; }
    [BindProperty] public long? Version { get; set; }
    [BindProperty] public ReviewDecision? Decision { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public DateOnly? CompletedOn { get; set; }
    [BindProperty] public List<SkillUpdateInput> Updates { get; set; } = [];
    [BindProperty] public DateOnly? DueDate { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostSelfAsync(CancellationToken ct) =>
        await RunAsync(() => reviews.SubmitSelfAsync(Id, new TextInput(Text, Version), Relation, ct), t["Review.SelfSaved"], ct);

    public async Task<IActionResult> OnPostMentorAsync(CancellationToken ct) =>
        await RunAsync(() => reviews.SubmitMentorInputAsync(Id, new TextInput(Text, Version), Relation, ct), t["Review.MentorSaved"], ct);

    public async Task<IActionResult> OnPostCompleteAsync(CancellationToken ct) =>
        await RunAsync(() => reviews.CompleteAsync(Id, new CompleteReviewInput(Decision, Note, CompletedOn, Updates, Version), Relation, ct), t["Review.CompletedMessage"], ct);

    public async Task<IActionResult> OnPostRescheduleAsync(CancellationToken ct) =>
        IsManager ? await RunAsync(async () => { await access.RequireManagesAsync(User, ProgramScope.Review, Id, ct); await reviews.RescheduleAsync(Id, new RescheduleInput(DueDate, Version), ct); }, t["Review.Rescheduled"], ct) : Forbid();

    private async Task<IActionResult> RunAsync(Func<Task> call, string message, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (await TryAsync(call)) return Done(message, new { id = Id });
        return await LoadAsync(ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        try
        {
            var participant = await reviews.ParticipantOfAsync(Id, ct);
            Relation = await access.RelationAsync(User, participant, ct);
            if (!Relation.CanSee) return Forbid();
            Review = await reviews.GetAsync(Id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        if (Review.CompletedOn is null && (Relation.LineManager || Relation.Manager)) Skills = await choices.SkillsAsync(ct);
        return null;
    }

    public static IEnumerable<ReviewDecision> Decisions => Enum.GetValues<ReviewDecision>();
    public static readonly int[] Levels = [0, 1, 2, 3, 4];
}
