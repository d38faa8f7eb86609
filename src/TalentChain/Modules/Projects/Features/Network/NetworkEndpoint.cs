using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.Projects.Features.Network;

internal static class NetworkEndpoint
{
    public static RouteGroupBuilder MapNetwork(this RouteGroupBuilder api)
    {
        api.MapGet("/network/{employeeId:int}", async Task<Ok<NetworkView>> (int employeeId, ClaimsPrincipal user, Perspective h, CancellationToken ct) =>
                TypedResults.Ok(await h.ForViewerAsync(user, employeeId, ct)))
            .WithName("GetNetwork").WithSummary("A person's network and perspective through rotations and projects: counts (units, segments, people) and a graph (nodes placed on a 600×600 canvas, edges labelled rotation/project). The person, their line managers, program managers of their program and administrators; 404 for others.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
