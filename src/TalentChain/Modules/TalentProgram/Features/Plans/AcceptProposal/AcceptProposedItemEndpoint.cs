using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Plans.AcceptProposal;

internal static class AcceptProposedItemEndpoint
{
    public static RouteGroupBuilder MapAcceptProposedItem(this RouteGroupBuilder api)
    {
        api.MapPost("/versions/{number:int}/items/{key:guid}/accept", async Task<NoContent> (int id, int number, Guid key, long? version, ClaimsPrincipal user, ProgramAccess access, AcceptProposedItem h, CancellationToken ct) =>
            {
                await h.AcceptAsync(id, number, key, version, await access.RequireSeeAsync(user, id, ct), ct);
                return TypedResults.NoContent();
            })
            .WithName("AcceptPlanProposal").WithSummary("Line manager or program manager accepts an item the participant proposed.").Validated();
        return api;
    }
}
