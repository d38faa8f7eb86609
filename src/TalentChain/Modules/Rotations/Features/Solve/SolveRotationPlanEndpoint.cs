using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.Solve;

internal static class SolveRotationPlanEndpoint
{
    public static RouteGroupBuilder MapSolveRotationPlan(this RouteGroupBuilder api)
    {
        api.MapPost("/plans/{id:int}/solve", async Task<Accepted<SolveStarted>> (int id, ClaimsPrincipal user, SolveRotationPlan h, CancellationToken ct) =>
            {
                var started = await h.StartAsync(user, id, ct);
                return TypedResults.Accepted($"/api/v1/jobs/{started.JobId}", started);
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("SolveRotationPlan")
            .WithSummary("Start a solve as a background job; watch and cancel it at /api/v1/jobs/{jobId}. Only a succeeded run replaces the proposal.").Validated();
        return api;
    }
}
