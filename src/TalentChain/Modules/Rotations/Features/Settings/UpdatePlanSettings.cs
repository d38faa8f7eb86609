using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Rotations.Features.PlanDetail;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Rotations.Features.Settings;

/// <summary>Changes the period grid or the rules; a change clears the proposal (it was made for the old grid).</summary>
public sealed class UpdatePlanSettings(TalentChainDbContext db, RotationPlans plans, GetRotationPlan detail, RotationAccess access, IStringLocalizer<RotationsResource> t)
{
    public async Task<RotationPlanDetail> HandleAsync(ClaimsPrincipal user, int planId, PlanSettingsInput input, CancellationToken ct = default)
    {
        await access.RequireManageAsync(user, planId, ct);
        var plan = await db.RotationPlans.Include(p => p.Offers).Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw new NotFoundException(t["Plan.NotFound", planId]);
        plans.CheckVersion(plan, input.Version);
        var first = input.FirstPeriodStart ?? plan.FirstPeriodStart;
        var months = input.PeriodMonths ?? plan.PeriodMonths;
        var periods = input.Periods ?? plan.Periods;
        var rotations = input.RotationsPerParticipant ?? plan.RotationsPerParticipant;
        var minSegments = input.MinSegments ?? plan.MinSegments;
        plans.ValidateSettings(first, months, periods, rotations, minSegments);
        if (plan.ChangeSettings(first, months, periods, rotations, minSegments)) await plans.ClearProposalAsync(plan, ct);
        plans.Touch(plan);
        await db.SaveChangesAsync(ct);
        return await detail.HandleUncheckedAsync(planId, ct);
    }
}
