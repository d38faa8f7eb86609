using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Plans.EditActivities;

internal static class EditPlanActivitiesEndpoint
{
    public static RouteGroupBuilder MapEditPlanActivities(this RouteGroupBuilder api)
    {
        api.MapPost("/versions/{number:int}/activities", async Task<Created<ActivityView>> (int id, int number, ActivityInput input, ClaimsPrincipal user, ProgramAccess access, EditPlanActivities h, CancellationToken ct) =>
            {
                var a = await h.AddActivityAsync(id, number, input, await access.RequireSeeAsync(user, id, ct), ct);
                return TypedResults.Created($"/api/v1/program/participants/{id}/plan", a);
            })
            .WithName("AddPlanActivity").WithSummary("Add an activity: kind Training | Rotation | Project | Mentoring | Education | LabWork | Other; a training activity may name a catalog courseCode (completing the course marks it done).").Validated();

        api.MapPut("/versions/{number:int}/activities/{key:guid}", async Task<Ok<ActivityView>> (int id, int number, Guid key, ActivityInput input, ClaimsPrincipal user, ProgramAccess access, EditPlanActivities h, CancellationToken ct) =>
                TypedResults.Ok(await h.UpdateActivityAsync(id, number, key, input, await access.RequireSeeAsync(user, id, ct), ct)))
            .WithName("UpdatePlanActivity").WithSummary("Change an activity of the open version; reason required.").Validated();
        return api;
    }
}
