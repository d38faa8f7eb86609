using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.Settings;

internal static class UpdatePlanSettingsEndpoint
{
    public static RouteGroupBuilder MapUpdatePlanSettings(this RouteGroupBuilder api)
    {
        api.MapPut("/plans/{id:int}/settings", async Task<Ok<RotationPlanDetail>> (int id, PlanSettingsInput input, ClaimsPrincipal user, UpdatePlanSettings h, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(user, id, input, ct)))
            .RequireAuthorization(ProgramPolicies.Manage).WithName("UpdateRotationPlanSettings").WithSummary("Change the period grid or the rules; a change clears the proposal.").Validated();
        return api;
    }
}
