using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.TalentProgram.Features.Plans.RemoveItem;

/// <summary>Removing a goal or an activity from the open version, with the reason.</summary>
public sealed class RemovePlanItem(TalentChainDbContext db, IStringLocalizer<TalentProgramResource> t, PlanEditing editing)
{
    public async Task RemoveItemAsync(int participantId, int number, Guid key, RemoveInput input, ParticipantRelation caller, CancellationToken ct = default)
    {
        editing.RequirePropose(caller);
        var (plan, version) = await editing.OpenVersionAsync(participantId, number, input.Version, ct);
        var reason = ProgramText.Blank(input.Reason);
        if (reason is null) throw ValidationFailedException.For(t["Plan.Invalid"], nameof(input.Reason), t["Plan.ReasonRequired"]);
        if (version.Goals.FirstOrDefault(g => g.Key == key) is { } goal)
        {
            editing.RequireEditItem(caller, goal.Proposed);
            if (version.Activities.Any(a => a.GoalKey == key))
                throw ValidationFailedException.For(t["Plan.Invalid"], "key", t["Plan.GoalHasActivities"]);
            var code = await db.TaxonomyRefs.Where(n => n.Id == goal.TaxonomyNodeId).Select(n => n.Code).FirstAsync(ct);
            version.Goals.Remove(goal);
            db.PlanGoals.Remove(goal);
            editing.Log(version, key, PlanChangeKind.Removed, t["Plan.GoalSummary", code, goal.CurrentLevel, goal.TargetLevel, ProgramText.Date(goal.DueDate)], reason);
        }
        else if (version.Activities.FirstOrDefault(a => a.Key == key) is { } activity)
        {
            editing.RequireEditItem(caller, activity.Proposed);
            db.PlanActivities.Remove(activity);
            editing.Log(version, key, PlanChangeKind.Removed, t["Plan.ActivitySummary", t.Enum(activity.Kind), activity.Title], reason);
        }
        else throw new NotFoundException(t["Plan.ItemNotFound", key]);
        editing.Touch(plan);
        await db.SaveChangesAsync(ct);
    }
}
