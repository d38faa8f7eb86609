using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Rotations.Features.Solve;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Jobs;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.PlanDetail;

internal static class GetRotationPlanEndpoint
{
    public static RouteGroupBuilder MapGetRotationPlan(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{id:int}", async Task<Ok<RotationPlanDetail>> (int id, ClaimsPrincipal user, RotationAccess access, GetRotationPlan h, CancellationToken ct) =>
            {
                await access.RequireReadAsync(user, id, ct);
                return TypedResults.Ok(await h.HandleAsync(id, ct));
            })
            .WithName("GetRotationPlan").WithSummary("Settings, periods with dates, offers with capacity use, participants with start periods and preferences, the proposal (schedule, unplaced with localised reasons, placed, score, bound, gap) and what was published.").Validated();
        return api;
    }

    public static RouteGroupBuilder MapGetRotationPlanJob(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{id:int}/job", async Task<Results<Ok<JobView>, NoContent>> (int id, ClaimsPrincipal user, RotationAccess access, JobStatusHandlers jobs, CancellationToken ct) =>
            {
                await access.RequireReadAsync(user, id, ct);
                return await jobs.LatestAsync(SolveRotationPlan.Subject(id), ct) is { } job ? TypedResults.Ok(job) : TypedResults.NoContent();
            })
            .WithName("GetRotationPlanJob").WithSummary("The plan's latest solve job (phase, best, bound, gap), if any.").Validated();
        return api;
    }
}
