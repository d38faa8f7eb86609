using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Rotations.Features.PlanDetail;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.Participants;

internal static class RotationMembersEndpoint
{
    public static RouteGroupBuilder MapSyncRotationParticipants(this RouteGroupBuilder api)
    {
        api.MapPost("/plans/{id:int}/participants/sync", async Task<Ok<RotationPlanDetail>> (int id, ClaimsPrincipal user, RotationAccess access, RotationMembers h, GetRotationPlan detail, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                await h.SyncAsync(id, ct);
                return TypedResults.Ok(await detail.HandleAsync(id, ct));
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("SyncRotationParticipants").WithSummary("Add the cohort's participants selected since the plan was made.").Validated();
        return api;
    }

    public static RouteGroupBuilder MapSetRotationStartPeriod(this RouteGroupBuilder api)
    {
        api.MapPut("/plans/{id:int}/participants/{participantId:int}/start-period", async Task<NoContent> (int id, int participantId, StartPeriodInput input, ClaimsPrincipal user, RotationAccess access, RotationMembers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                await h.SetStartPeriodAsync(id, participantId, input, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("SetRotationStartPeriod").WithSummary("The period of the participant's first rotation (1-based).").Validated();
        return api;
    }
}
