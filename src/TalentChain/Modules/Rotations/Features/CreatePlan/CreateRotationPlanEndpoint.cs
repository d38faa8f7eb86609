using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.CreatePlan;

internal static class CreateRotationPlanEndpoint
{
    public static RouteGroupBuilder MapCreateRotationPlan(this RouteGroupBuilder api)
    {
        api.MapPost("/plans", async Task<Created<RotationPlanDetail>> (CreatePlanInput input, ClaimsPrincipal user, CreateRotationPlan h, CancellationToken ct) =>
            {
                var plan = await h.HandleAsync(user, input, ct);
                return TypedResults.Created($"/api/v1/program/rotations/plans/{plan.Id}", plan);
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("CreateRotationPlan")
            .WithSummary("A cohort's rotation plan: first period start (default: when the first rotation stage starts), period length in months (2), periods (12), rotations per participant (the program's rotation stages), minimum distinct segments (3). The cohort's active participants join with their default start period.").Validated();
        return api;
    }
}
