using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.TalentProgram.Features.Plans;

/// <summary>
/// What every change to a plan does first and last: load the open version (checking the version read), check the
/// caller may propose or edit, stamp the plan and log the change with its reason.
/// </summary>
public sealed class PlanEditing(TalentChainDbContext db, IStringLocalizer<TalentProgramResource> t)
{
    public async Task<(DevelopmentPlan Plan, PlanVersion Version)> OpenVersionAsync(int participantId, int number, long? readVersion, CancellationToken ct)
    {
        var plan = await db.DevelopmentPlans.FirstOrDefaultAsync(p => p.ParticipantId == participantId, ct) ?? throw new NotFoundException(t["Plan.NotFound", participantId]);
        var version = await db.PlanVersions.Include(v => v.Goals).Include(v => v.Activities).AsSplitQuery()
            .FirstOrDefaultAsync(v => v.PlanId == plan.Id && v.Number == number, ct) ?? throw new NotFoundException(t["Plan.VersionNotFound", number]);
        if (!version.IsOpen)
        {
            var open = await db.PlanVersions.Where(v => v.PlanId == plan.Id && v.ClosedOn == null).Select(v => (int?)v.Number).FirstOrDefaultAsync(ct);
            throw ValidationFailedException.For(t["Plan.Invalid"], "version", t["Plan.VersionClosed", number, ProgramText.Date(version.ClosedOn!.Value), open?.ToString(CultureInfo.InvariantCulture) ?? "—"]);
        }
        Concurrency.Check(db, plan, readVersion, t);
        return (plan, version);
    }

    public void Touch(DevelopmentPlan plan) => plan.LastChangedAt = db.Clock.GetUtcNow();

    public void Log(PlanVersion version, Guid key, PlanChangeKind kind, string summary, string? reason) =>
        db.PlanChanges.Add(new PlanChange { PlanVersionId = version.Id, ItemKey = key, Kind = kind, Summary = summary, Reason = reason, ChangedBy = db.CurrentUser.Name, ChangedAt = db.Clock.GetUtcNow() });

    public void RequirePropose(ParticipantRelation caller)
    {
        if (!caller.CanProposePlan) throw new AccessDeniedException(t["Access.PlanEdit"]);
    }

    public void RequireEditItem(ParticipantRelation caller, bool proposed)
    {
        if (!caller.CanEditPlan && !proposed) throw new AccessDeniedException(t["Access.AgreedItem"]);
    }
}
