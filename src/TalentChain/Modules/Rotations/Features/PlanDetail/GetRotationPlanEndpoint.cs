using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Jobs;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.PlanDetail;

internal static class GetRotationPlanEndpoint
{
    public static RouteGroupBuilder MapGetRotationPlan(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{id:int}", async Task<Ok<RotationPlanDetail>> (int id, ClaimsPrincipal user, GetRotationPlan h, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(user, id, ct)))
            .WithName("GetRotationPlan").WithSummary("Settings, periods with dates, offers with capacity use, participants with start periods and preferences, the proposal (schedule, unplaced with localised reasons, placed, score, bound, gap) and what was published.").Validated();
        return api;
    }

    public static RouteGroupBuilder MapGetRotationPlanJob(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{id:int}/job", async Task<Results<Ok<JobView>, NoContent>> (int id, ClaimsPrincipal user, GetRotationPlan h, CancellationToken ct) =>
                await h.LatestJobAsync(user, id, ct) is { } job ? TypedResults.Ok(job) : TypedResults.NoContent())
            .WithName("GetRotationPlanJob").WithSummary("The plan's latest solve job (phase, best, bound, gap), if any.").Validated();
        return api;
    }
}
