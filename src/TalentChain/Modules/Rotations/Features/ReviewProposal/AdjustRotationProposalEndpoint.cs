using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.ReviewProposal;

internal static class AdjustRotationProposalEndpoint
{
    public static RouteGroupBuilder MapAdjustRotationProposal(this RouteGroupBuilder api)
    {
        api.MapPut("/plans/{id:int}/proposal/participants/{participantId:int}", async Task<Ok<RotationPlanDetail>> (int id, int participantId, AdjustInput input, ClaimsPrincipal user, AdjustRotationProposal h, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(user, id, participantId, input, ct)))
            .RequireAuthorization(ProgramPolicies.Manage).WithName("AdjustRotationProposal")
            .WithSummary("Set a participant's rotations by hand (host unit codes in order from the start period); refused with the rule broken (capacity, home unit, a unit twice, segments).").Validated();
        return api;
    }
}
