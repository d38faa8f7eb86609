using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Modules.Rotations.Features.PlanDetail;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Rotations.Features.Offers;

/// <summary>Host units offer places per period; a unit the proposal uses cannot be withdrawn.</summary>
public sealed class RotationOffers(TalentChainDbContext db, RotationPlans plans, GetRotationPlan detail, RotationAccess access, IStringLocalizer<RotationsResource> t)
{
    /// <summary>A host unit (org-unit code) offers places: one non-negative integer per period, or the same for all.</summary>
    public Task<OfferView> SetAsync(ClaimsPrincipal user, int planId, OfferInput input, CancellationToken ct = default) =>
        SetAsync(user, planId, () => input, ct);

    /// <summary>
    /// As above, with the input read only once the caller may manage the plan: a form's unreadable fields
    /// (<see cref="ValidationFailedException"/> from <paramref name="readInput"/>) are reported after the refusal, never instead of it.
    /// </summary>
    public async Task<OfferView> SetAsync(ClaimsPrincipal user, int planId, Func<OfferInput> readInput, CancellationToken ct = default)
    {
        await access.RequireManageAsync(user, planId, ct);
        var input = readInput();
        var plan = await db.RotationPlans.Include(p => p.Offers).FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException(t["Plan.NotFound", planId]);
        var errors = new FieldErrors();
        var code = RotationNames.Blank(input.OrgUnitCode);
        var unit = code is null ? null : await db.OrgUnitRefs.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);
        if (unit is null) errors.Add("orgUnitCode", code is null ? t["Offer.UnitRequired"] : t["Offer.UnitUnknown", code]);
        List<int> places;
        if (input.SameForAll is { } same)
        {
            if (same < 0 || same > RotationPlans.MaxPlaces) errors.Add("sameForAll", t["Offer.PlacesRange", RotationPlans.MaxPlaces]);
            places = [.. Enumerable.Repeat(same, plan.Periods)];
        }
        else
        {
            places = input.Places ?? [];
            if (places.Count != plan.Periods) errors.Add("places", t["Offer.PlacesCount", places.Count, plan.Periods]);
            for (var i = 0; i < places.Count; i++)
                if (places[i] < 0 || places[i] > RotationPlans.MaxPlaces) errors.Add($"places[{i}]", t["Offer.PlacesPeriod", i + 1, RotationPlans.MaxPlaces]);
        }
        errors.ThrowIfAny(t["Offer.Invalid"]);
        var offer = plan.Offers.FirstOrDefault(o => o.OrgUnitId == unit!.Id);
        var old = offer?.Places ?? [];
        if (places.Where((v, i) => i >= old.Count || v > old[i]).Any()) plan.BoundNoLongerHolds();
        if (offer is null) plan.Offers.Add(offer = new RotationOffer { OrgUnitId = unit!.Id });
        offer.Places = places;
        plans.Touch(plan);
        await db.SaveChangesAsync(ct);
        return (await detail.HandleUncheckedAsync(planId, ct)).Offers.First(o => o.OrgUnitId == unit!.Id);
    }

    /// <summary>Withdraws a host unit (refused while the proposal uses it).</summary>
    public async Task RemoveAsync(ClaimsPrincipal user, int planId, string orgUnitCode, CancellationToken ct = default)
    {
        await access.RequireManageAsync(user, planId, ct);
        var plan = await db.RotationPlans.Include(p => p.Offers).ThenInclude(o => o.OrgUnit).Include(p => p.ProposalItems)
            .FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException(t["Plan.NotFound", planId]);
        var offer = plan.Offers.FirstOrDefault(o => o.OrgUnit!.Code == orgUnitCode) ?? throw new NotFoundException(t["Offer.NotFound", orgUnitCode]);
        if (plan.ProposalItems.Any(i => i.OrgUnitId == offer.OrgUnitId))
            throw ValidationFailedException.For(t["Offer.Invalid"], "orgUnitCode", t["Offer.InProposal", orgUnitCode]);
        plan.Offers.Remove(offer);
        plans.Touch(plan);
        await db.SaveChangesAsync(ct);
    }
}
