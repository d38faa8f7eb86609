using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Features.Plans.AcceptProposal;
using TalentChain.Modules.TalentProgram.Features.Plans.CompareVersions;
using TalentChain.Modules.TalentProgram.Features.Plans.EditActivities;
using TalentChain.Modules.TalentProgram.Features.Plans.EditGoals;
using TalentChain.Modules.TalentProgram.Features.Plans.RemoveItem;
using TalentChain.Modules.TalentProgram.Features.Plans.ViewPlan;

using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Plans;

public static class PlanEndpoints
{
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.ProgramGroup("/api/v1/program/participants/{id:int}/plan", "Talent program: development plans");

        api.MapGet("/", async Task<Ok<PlanView>> (int id, int? number, ClaimsPrincipal user, ProgramAccess access, GetPlan h, CancellationToken ct) =>
            {
                await access.RequireSeeAsync(user, id, ct);
                return TypedResults.Ok(await h.GetAsync(id, number, ct));
            })
            .WithName("GetPlan").WithSummary("The plan's open version (or ?number=n): goals with starting, target and current assessed level and progress; activities; the changes made in that version with their reasons.").Validated();

        api.MapGet("/diff", async Task<Ok<PlanDiffView>> (int id, int from, int to, ClaimsPrincipal user, ProgramAccess access, ComparePlanVersions h, CancellationToken ct) =>
            {
                await access.RequireSeeAsync(user, id, ct);
                return TypedResults.Ok(await h.DiffAsync(id, from, to, ct));
            })
            .WithName("DiffPlanVersions").WithSummary("What changed between two versions (added, changed field by field, removed) and the reason recorded for each change.").Validated();

        api.MapPost("/versions/{number:int}/goals", async Task<Created<GoalView>> (int id, int number, GoalInput input, ClaimsPrincipal user, ProgramAccess access, EditPlanGoals h, CancellationToken ct) =>
            {
                var g = await h.AddGoalAsync(id, number, input, await access.RequireSeeAsync(user, id, ct), ct);
                return TypedResults.Created($"/api/v1/program/participants/{id}/plan", g);
            })
            .WithName("AddPlanGoal").WithSummary("Add a goal to the open version (a participant's own addition is a proposal until accepted). Version: the plan version you read; stale → 409; a closed plan version → 400.").Validated();

        api.MapPut("/versions/{number:int}/goals/{key:guid}", async Task<Ok<GoalView>> (int id, int number, Guid key, GoalInput input, ClaimsPrincipal user, ProgramAccess access, EditPlanGoals h, CancellationToken ct) =>
                TypedResults.Ok(await h.UpdateGoalAsync(id, number, key, input, await access.RequireSeeAsync(user, id, ct), ct)))
            .WithName("UpdatePlanGoal").WithSummary("Change a goal of the open version; reason required.").Validated();

        api.MapPost("/versions/{number:int}/activities", async Task<Created<ActivityView>> (int id, int number, ActivityInput input, ClaimsPrincipal user, ProgramAccess access, EditPlanActivities h, CancellationToken ct) =>
            {
                var a = await h.AddActivityAsync(id, number, input, await access.RequireSeeAsync(user, id, ct), ct);
                return TypedResults.Created($"/api/v1/program/participants/{id}/plan", a);
            })
            .WithName("AddPlanActivity").WithSummary("Add an activity: kind Training | Rotation | Project | Mentoring | Education | LabWork | Other; a training activity may name a catalog courseCode (completing the course marks it done).").Validated();

        api.MapPut("/versions/{number:int}/activities/{key:guid}", async Task<Ok<ActivityView>> (int id, int number, Guid key, ActivityInput input, ClaimsPrincipal user, ProgramAccess access, EditPlanActivities h, CancellationToken ct) =>
                TypedResults.Ok(await h.UpdateActivityAsync(id, number, key, input, await access.RequireSeeAsync(user, id, ct), ct)))
            .WithName("UpdatePlanActivity").WithSummary("Change an activity of the open version; reason required.").Validated();

        api.MapDelete("/versions/{number:int}/items/{key:guid}", async Task<NoContent> (int id, int number, Guid key, string? reason, long? version, ClaimsPrincipal user, ProgramAccess access, RemovePlanItem h, CancellationToken ct) =>
            {
                await h.RemoveItemAsync(id, number, key, new RemoveInput(reason, version), await access.RequireSeeAsync(user, id, ct), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemovePlanItem").WithSummary("Remove a goal or activity from the open version (?reason= required, ?version= for the concurrency check).").Validated();

        api.MapPost("/versions/{number:int}/items/{key:guid}/accept", async Task<NoContent> (int id, int number, Guid key, long? version, ClaimsPrincipal user, ProgramAccess access, AcceptProposedItem h, CancellationToken ct) =>
            {
                await h.AcceptAsync(id, number, key, version, await access.RequireSeeAsync(user, id, ct), ct);
                return TypedResults.NoContent();
            })
            .WithName("AcceptPlanProposal").WithSummary("Line manager or program manager accepts an item the participant proposed.").Validated();
        return app;
    }
}
