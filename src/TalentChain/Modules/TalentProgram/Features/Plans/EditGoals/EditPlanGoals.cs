using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;
using TalentChain.Modules.TalentProgram.Features.Plans.ViewPlan;

namespace TalentChain.Modules.TalentProgram.Features.Plans.EditGoals;

/// <summary>Adding and changing a plan's goals (the participant proposes; a line or program manager agrees them directly).</summary>
public sealed class EditPlanGoals(TalentChainDbContext db, IStringLocalizer<TalentProgramResource> t, PlanEditing editing, GetPlan plans)
{
    public async Task<GoalView> AddGoalAsync(int participantId, int number, GoalInput input, ParticipantRelation caller, CancellationToken ct = default)
    {
        editing.RequirePropose(caller);
        var (plan, version) = await editing.OpenVersionAsync(participantId, number, input.Version, ct);
        var (node, errors) = await ValidateGoalAsync(input, requireReason: false, ct);
        errors.ThrowIfAny(t["Plan.Invalid"]);
        var goal = new PlanGoal { Key = Guid.NewGuid(), Outcome = "", Proposed = !caller.CanEditPlan };
        Apply(goal, node!, input);
        version.Goals.Add(goal);
        editing.Log(version, goal.Key, PlanChangeKind.Added, t["Plan.GoalSummary", node!.Code, goal.CurrentLevel, goal.TargetLevel, ProgramText.Date(goal.DueDate)], ProgramText.Blank(input.Reason));
        editing.Touch(plan);
        await db.SaveChangesAsync(ct);
        return (await plans.GetAsync(participantId, number, ct)).Goals.First(g => g.Key == goal.Key);
    }

    public async Task<GoalView> UpdateGoalAsync(int participantId, int number, Guid key, GoalInput input, ParticipantRelation caller, CancellationToken ct = default)
    {
        editing.RequirePropose(caller);
        var (plan, version) = await editing.OpenVersionAsync(participantId, number, input.Version, ct);
        var goal = version.Goals.FirstOrDefault(g => g.Key == key) ?? throw new NotFoundException(t["Plan.ItemNotFound", key]);
        editing.RequireEditItem(caller, goal.Proposed);
        var (node, errors) = await ValidateGoalAsync(input, requireReason: true, ct);
        errors.ThrowIfAny(t["Plan.Invalid"]);
        var before = t["Plan.GoalSummary", goal.TaxonomyNode?.Code ?? "", goal.CurrentLevel, goal.TargetLevel, ProgramText.Date(goal.DueDate)];
        Apply(goal, node!, input);
        editing.Log(version, key, PlanChangeKind.Changed, t["Plan.ChangedSummary", before, t["Plan.GoalSummary", node!.Code, goal.CurrentLevel, goal.TargetLevel, ProgramText.Date(goal.DueDate)]], ProgramText.Blank(input.Reason));
        editing.Touch(plan);
        await db.SaveChangesAsync(ct);
        return (await plans.GetAsync(participantId, number, ct)).Goals.First(g => g.Key == key);
    }

    private async Task<(TaxonomyRef? Node, FieldErrors Errors)> ValidateGoalAsync(GoalInput input, bool requireReason, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var code = (input.TaxonomyCode ?? "").Trim().ToUpperInvariant();
        TaxonomyRef? node = null;
        if (code.Length == 0) errors.Add(nameof(input.TaxonomyCode), t["Goal.SkillRequired"]);
        else
        {
            node = await db.TaxonomyRefs.AsNoTracking().FirstOrDefaultAsync(n => n.Code == code, ct);
            if (node is null) errors.Add(nameof(input.TaxonomyCode), t["Goal.SkillUnknown", code]);
            else if (node.Kind != TaxonomyKind.Skill) errors.Add(nameof(input.TaxonomyCode), t["Goal.NotASkill", code]);
        }
        if (input.CurrentLevel is not { } current || !Proficiency.IsValid(current)) errors.Add(nameof(input.CurrentLevel), t["Goal.LevelRange", Proficiency.Min, Proficiency.Max]);
        if (input.TargetLevel is not { } target || !Proficiency.IsValid(target)) errors.Add(nameof(input.TargetLevel), t["Goal.LevelRange", Proficiency.Min, Proficiency.Max]);
        else if (input.CurrentLevel is { } c2 && target <= c2) errors.Add(nameof(input.TargetLevel), t["Goal.TargetAboveCurrent"]);
        var outcome = ProgramText.Blank(input.Outcome);
        if (outcome is null) errors.Add(nameof(input.Outcome), t["Goal.OutcomeRequired"]);
        else if (outcome.Length > 1000) errors.Add(nameof(input.Outcome), t["Common.TooLong", 1000]);
        if (input.DueDate is null) errors.Add(nameof(input.DueDate), t["Goal.DueRequired"]);
        if (requireReason && ProgramText.Blank(input.Reason) is null) errors.Add(nameof(input.Reason), t["Plan.ReasonRequired"]);
        if (input.Reason?.Length > 1000) errors.Add(nameof(input.Reason), t["Common.TooLong", 1000]);
        return (node, errors);
    }

    private static void Apply(PlanGoal goal, TaxonomyRef node, GoalInput input)
    {
        goal.TaxonomyNodeId = node.Id;
        goal.TaxonomyNode = null;
        goal.CurrentLevel = input.CurrentLevel!.Value;
        goal.TargetLevel = input.TargetLevel!.Value;
        goal.Outcome = input.Outcome!.Trim();
        goal.DueDate = input.DueDate!.Value;
    }
}
