using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.Settings;

internal static class UpdatePlanSettingsEndpoint
{
    public static RouteGroupBuilder MapUpdatePlanSettings(this RouteGroupBuilder api)
    {
        api.MapPut("/plans/{id:int}/settings", async Task<Ok<RotationPlanDetail>> (int id, PlanSettingsInput input, ClaimsPrincipal user, RotationAccess access, UpdatePlanSettings h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                return TypedResults.Ok(await h.HandleAsync(id, input, ct));
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("UpdateRotationPlanSettings").WithSummary("Change the period grid or the rules; a change clears the proposal.").Validated();
        return api;
    }
}
