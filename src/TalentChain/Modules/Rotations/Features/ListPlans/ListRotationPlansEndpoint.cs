using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Rotations.Features.ListPlans;

internal static class ListRotationPlansEndpoint
{
    public static RouteGroupBuilder MapListRotationPlans(this RouteGroupBuilder api)
    {
        api.MapGet("/plans", async Task<Ok<List<RotationPlanSummary>>> (ClaimsPrincipal user, ListRotationPlans h, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(user, ct)))
            .WithName("ListRotationPlans").WithSummary("Rotation plans of the programs the caller runs (administrators and executives: all).");
        return api;
    }
}
