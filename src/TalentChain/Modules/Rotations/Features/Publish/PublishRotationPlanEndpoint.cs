using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.Publish;

internal static class PublishRotationPlanEndpoint
{
    public static RouteGroupBuilder MapPublishRotationPlan(this RouteGroupBuilder api)
    {
        api.MapPost("/plans/{id:int}/publish", async Task<Ok<RotationPlanDetail>> (int id, PublishInput? input, HttpContext http, PublishRotationPlan h, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(http.User, id, input ?? new PublishInput(), http.Actor(), ct)))
            .RequireAuthorization(ProgramPolicies.Manage).WithName("PublishRotationPlan")
            .WithSummary("The proposal becomes the participants' rotation stages (host unit, planned dates); participants and line managers are notified.").Validated();
        return api;
    }
}
