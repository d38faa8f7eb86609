using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Modules.Rotations.Features.PlanDetail;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.Rotations.Features.Participants;

/// <summary>Who takes part in a plan, and from which period: the cohort's active participants join; a manager moves a start period.</summary>
public sealed class RotationMembers(TalentChainDbContext db, RotationPlans plans, GetRotationPlan detail, RotationAccess access, IStringLocalizer<RotationsResource> t)
{
    /// <summary>Adds the cohort's participants selected since the plan was made (a manager of the plan); answers with the plan.</summary>
    public async Task<RotationPlanDetail> SyncAsync(ClaimsPrincipal user, int planId, CancellationToken ct = default)
    {
        await access.RequireManageAsync(user, planId, ct);
        await SyncUncheckedAsync(planId, ct);
        return await detail.HandleUncheckedAsync(planId, ct);
    }

    /// <summary>
    /// Adds the cohort's active participants who are not yet in the plan (with their default start period), without an
    /// access check: for the handlers that checked already and for the solve job, which runs without a user.
    /// </summary>
    internal async Task<int> SyncUncheckedAsync(int planId, CancellationToken ct = default)
    {
        var plan = await db.RotationPlans.Include(p => p.Members)
            .FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException(t["Plan.NotFound", planId]);
        var have = plan.Members.Select(m => m.ParticipantId).ToHashSet();
        var fresh = await db.ParticipantRefs.AsNoTracking()
            .Where(p => p.CohortId == plan.CohortId && p.Status == ParticipantStatus.Selected && !have.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        if (fresh.Count == 0) return 0;
        var defaults = await plans.DefaultStartPeriodsAsync(plan, fresh, ct);
        foreach (var id in fresh) plan.Members.Add(new RotationMember { ParticipantId = id, StartPeriod = defaults[id] });
        plan.BoundNoLongerHolds();
        plans.Touch(plan);
        await db.SaveChangesAsync(ct);
        return fresh.Count;
    }

    /// <summary>The period of the participant's first rotation (1-based).</summary>
    public async Task SetStartPeriodAsync(ClaimsPrincipal user, int planId, int participantId, StartPeriodInput input, CancellationToken ct = default)
    {
        await access.RequireManageAsync(user, planId, ct);
        var plan = await db.RotationPlans.Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException(t["Plan.NotFound", planId]);
        var m = plan.Members.FirstOrDefault(x => x.ParticipantId == participantId) ?? throw new NotFoundException(t["Member.NotFound", participantId]);
        if (input.StartPeriod is not { } s || s < 1 || s > plan.Periods)
            throw ValidationFailedException.For(t["Member.Invalid"], "startPeriod", t["Member.StartPeriodRange", plan.Periods]);
        if (m.StartPeriod != s) plan.BoundNoLongerHolds();
        m.StartPeriod = s;
        plans.Touch(plan);
        await db.SaveChangesAsync(ct);
    }
}
