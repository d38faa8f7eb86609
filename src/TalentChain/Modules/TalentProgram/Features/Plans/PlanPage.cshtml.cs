using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Web;
using TalentChain.Platform.Web;
using TalentChain.Modules.TalentProgram.Features.Plans.AcceptProposal;
using TalentChain.Modules.TalentProgram.Features.Plans.CompareVersions;
using TalentChain.Modules.TalentProgram.Features.Plans.EditActivities;
using TalentChain.Modules.TalentProgram.Features.Plans.EditGoals;
using TalentChain.Modules.TalentProgram.Features.Plans.RemoveItem;
using TalentChain.Modules.TalentProgram.Features.Plans.ViewPlan;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Plans;

/// <summary>
/// /program/participants/{id}/plan: the development plan — goals with progress, activities, the changes of the
/// version with their reasons, any version on request, and the differences between two versions.
/// </summary>
public class PlanPageModel(GetPlan plans, EditPlanGoals goals, EditPlanActivities activities, RemovePlanItem removal, AcceptProposedItem acceptance, ComparePlanVersions comparison, PlanChoices choices, ProgramAccess access, IStringLocalizer<TalentProgramResource> t, IPeopleLabels labels) : ProgramPageModel
{
    [FromRoute] public int Id { get; set; }
    [FromQuery] public int? Number { get; set; }
    [FromQuery] public int? From { get; set; }
    [FromQuery] public int? To { get; set; }
    [FromQuery] public Guid? Edit { get; set; }

    public PlanView Plan { get; private set; } = null!;
    public PlanDiffView? Diff { get; private set; }
    public ParticipantRelation Relation { get; private set; } = new(false, false, false, false, null);
    public List<(string Code, string Name)> Skills { get; private set; } = [];
    public List<(string Code, string Name)> Courses { get; private set; } = [];
    public IPeopleLabels Labels => labels;
    public GoalView? EditingGoal => Edit is { } k ? Plan.Goals.FirstOrDefault(g => g.Key == k) : null;
    public ActivityView? EditingActivity => Edit is { } k ? Plan.Activities.FirstOrDefault(a => a.Key == k) : null;

    [BindProperty] public Guid? Key { get; set; }
    [BindProperty] public GoalInput? Goal { get; set; }
    [BindProperty] public ActivityInput? Activity { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public long? Version { get; set; }
    [BindProperty] public int PlanNumber { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostGoalAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var input = (Goal ?? new GoalInput(null, null, null, null, null, null)) with { Version = Version };
        if (await TryAsync(() => Key is { } k ? goals.UpdateGoalAsync(Id, PlanNumber, k, input, Relation, ct) : goals.AddGoalAsync(Id, PlanNumber, input, Relation, ct)))
            return Done(Key is null ? t["Goal.Added"] : t["Goal.Saved"], new { id = Id });
        Edit = Key;
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostActivityAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var input = (Activity ?? new ActivityInput(null, null, null, null, null, null, null, null)) with { Version = Version };
        if (await TryAsync(() => Key is { } k ? activities.UpdateActivityAsync(Id, PlanNumber, k, input, Relation, ct) : activities.AddActivityAsync(Id, PlanNumber, input, Relation, ct)))
            return Done(Key is null ? t["Activity.Added"] : t["Activity.Saved"], new { id = Id });
        Edit = Key;
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (await TryAsync(() => removal.RemoveItemAsync(Id, PlanNumber, Key ?? Guid.Empty, new RemoveInput(Reason, Version), Relation, ct)))
            return Done(t["Plan.Removed"], new { id = Id });
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (await TryAsync(() => acceptance.AcceptAsync(Id, PlanNumber, Key ?? Guid.Empty, Version, Relation, ct)))
            return Done(t["Plan.Accepted"], new { id = Id });
        return await LoadAsync(ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Relation = await access.RelationAsync(User, Id, ct);
        if (!Relation.CanSee) return Forbid();
        try
        {
            Plan = await plans.GetAsync(Id, Number, ct);
            if (From is { } f && To is { } to)
            {
                try { Diff = await comparison.DiffAsync(Id, f, to, ct); }
                catch (ValidationFailedException ex) { ModelState.AddErrors(ex); }
            }
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        if (Relation.CanProposePlan && Plan.IsOpen)
        {
            Skills = await choices.SkillsAsync(ct);
            Courses = await choices.CoursesAsync(ct);
        }
        return null;
    }

    public static IEnumerable<ActivityKind> Kinds => Enum.GetValues<ActivityKind>();
    public static IEnumerable<ActivityStatus> Statuses => Enum.GetValues<ActivityStatus>();
    public static readonly int[] Levels = [0, 1, 2, 3, 4];
}
