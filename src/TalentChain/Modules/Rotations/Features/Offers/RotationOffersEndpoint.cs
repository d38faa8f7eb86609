using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.Offers;

internal static class RotationOffersEndpoint
{
    public static RouteGroupBuilder MapRotationOffers(this RouteGroupBuilder api)
    {
        api.MapPut("/plans/{id:int}/offers", async Task<Ok<OfferView>> (int id, OfferInput input, ClaimsPrincipal user, RotationOffers h, CancellationToken ct) =>
                TypedResults.Ok(await h.SetAsync(user, id, input, ct)))
            .RequireAuthorization(ProgramPolicies.Manage).WithName("SetRotationOffer").WithSummary("A host unit (org-unit code) offers places: one non-negative integer per period, or sameForAll.").Validated();

        api.MapDelete("/plans/{id:int}/offers/{code}", async Task<NoContent> (int id, string code, ClaimsPrincipal user, RotationOffers h, CancellationToken ct) =>
            {
                await h.RemoveAsync(user, id, code, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("RemoveRotationOffer").WithSummary("Withdraw a host unit (refused while the proposal uses it).").Validated();
        return api;
    }
}
