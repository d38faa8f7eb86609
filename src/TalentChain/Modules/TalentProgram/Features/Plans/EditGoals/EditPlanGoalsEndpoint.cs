using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Plans.EditGoals;

internal static class EditPlanGoalsEndpoint
{
    public static RouteGroupBuilder MapEditPlanGoals(this RouteGroupBuilder api)
    {
        api.MapPost("/versions/{number:int}/goals", async Task<Created<GoalView>> (int id, int number, GoalInput input, ClaimsPrincipal user, ProgramAccess access, EditPlanGoals h, CancellationToken ct) =>
            {
                var g = await h.AddGoalAsync(id, number, input, await access.RequireSeeAsync(user, id, ct), ct);
                return TypedResults.Created($"/api/v1/program/participants/{id}/plan", g);
            })
            .WithName("AddPlanGoal").WithSummary("Add a goal to the open version (a participant's own addition is a proposal until accepted). Version: the plan version you read; stale → 409; a closed plan version → 400.").Validated();

        api.MapPut("/versions/{number:int}/goals/{key:guid}", async Task<Ok<GoalView>> (int id, int number, Guid key, GoalInput input, ClaimsPrincipal user, ProgramAccess access, EditPlanGoals h, CancellationToken ct) =>
                TypedResults.Ok(await h.UpdateGoalAsync(id, number, key, input, await access.RequireSeeAsync(user, id, ct), ct)))
            .WithName("UpdatePlanGoal").WithSummary("Change a goal of the open version; reason required.").Validated();
        return api;
    }
}
