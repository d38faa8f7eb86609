using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.TalentProgram.Features.Plans.AcceptProposal;

/// <summary>Agreeing an item the participant proposed.</summary>
public sealed class AcceptProposedItem(TalentChainDbContext db, IStringLocalizer<TalentProgramResource> t, PlanEditing editing)
{
    /// <summary>A line manager or program manager accepts an item the participant proposed.</summary>
    public async Task AcceptAsync(int participantId, int number, Guid key, long? readVersion, ParticipantRelation caller, CancellationToken ct = default)
    {
        if (!caller.CanEditPlan) throw new AccessDeniedException(t["Access.PlanEdit"]);
        var (plan, version) = await editing.OpenVersionAsync(participantId, number, readVersion, ct);
        string summary;
        if (version.Goals.FirstOrDefault(g => g.Key == key) is { } goal) { goal.Proposed = false; summary = t["Plan.GoalAccepted"]; }
        else if (version.Activities.FirstOrDefault(a => a.Key == key) is { } activity) { activity.Proposed = false; summary = t["Plan.ActivitySummary", t.Enum(activity.Kind), activity.Title]; }
        else throw new NotFoundException(t["Plan.ItemNotFound", key]);
        editing.Log(version, key, PlanChangeKind.Accepted, summary, null);
        editing.Touch(plan);
        await db.SaveChangesAsync(ct);
    }
}
