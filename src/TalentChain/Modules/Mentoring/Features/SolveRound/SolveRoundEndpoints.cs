using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Jobs;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Mentoring.Features.SolveRound;

public static class SolveRoundEndpoints
{
    public static RouteGroupBuilder MapSolveRound(this RouteGroupBuilder api)
    {
        var round = api.MapGroup("/rounds/{id:int}");
        round.MapPost("/solve", async Task<Accepted<SolveStarted>> (int id, ClaimsPrincipal user, SolveRoundHandler h, CancellationToken ct) =>
            {
                var started = await h.StartSolveAsync(user, id, ct);
                return TypedResults.Accepted(started.StatusUrl, started);
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("SolveMentoringRound")
            .WithSummary("Solve the round as a background job (watch and cancel it at /api/v1/jobs/{jobId}). Only a succeeded run replaces the proposal.").Validated();

        round.MapGet("/job", async Task<Results<Ok<JobView>, NoContent>> (int id, ClaimsPrincipal user, SolveRoundHandler h, CancellationToken ct) =>
                await h.LatestJobAsync(user, id, ct) is { } job ? TypedResults.Ok(job) : TypedResults.NoContent())
            .WithName("GetMentoringRoundJob").WithSummary("The round's latest solver run: status, phase, best and bound so far, gap.").Validated();
        return api;
    }
}
