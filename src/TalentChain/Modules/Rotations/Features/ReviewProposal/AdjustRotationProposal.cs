using System.Security.Claims;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Rotations.Features.PlanDetail;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Rotations.Features.ReviewProposal;

/// <summary>
/// Sets one participant's rotations by hand (host unit codes in order, from their start period). Refused with a precise
/// message when it breaks a rule: the number of rotations, the horizon, unknown or not-offered units, the home unit, a unit
/// twice, too few segments, or a full unit in a period.
/// </summary>
public sealed class AdjustRotationProposal(
    TalentChainDbContext db, RotationPlans plans, RotationNames names, GetRotationPlan detail, RotationAccess access, IStringLocalizer<RotationsResource> t)
{
    public async Task<RotationPlanDetail> HandleAsync(ClaimsPrincipal user, int planId, int participantId, AdjustInput input, CancellationToken ct = default)
    {
        await access.RequireManageAsync(user, planId, ct);
        var plan = await plans.LoadAsync(planId, tracking: true, ct);
        plans.CheckVersion(plan, input.Version);
        if (!plan.HasProposal) throw ValidationFailedException.For(t["Adjust.Refused"], "plan", t["Adjust.NoProposal"]);
        var m = plan.Members.FirstOrDefault(x => x.ParticipantId == participantId) ?? throw new NotFoundException(t["Member.NotFound", participantId]);
        var codes = (input.Units ?? []).Select(c => c?.Trim() ?? "").ToList();
        var others = plan.ProposalItems.Where(i => i.ParticipantId != participantId).ToList();
        var errors = RotationFeasibility.Check(plan, m, codes, others, t, names.SegmentName);
        if (errors.Count > 0) throw new ValidationFailedException(t["Adjust.Refused"], errors);
        var unitIds = plan.Offers.ToDictionary(o => o.OrgUnit!.Code, o => o.OrgUnitId, StringComparer.Ordinal);
        plan.Adjust(participantId, m.StartPeriod, [.. codes.Select(c => unitIds[c])]);
        plans.Touch(plan);
        await db.SaveChangesAsync(ct);
        return await detail.HandleUncheckedAsync(planId, ct);
    }
}
