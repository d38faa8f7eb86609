using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.Participants;

internal static class RotationMembersEndpoint
{
    public static RouteGroupBuilder MapSyncRotationParticipants(this RouteGroupBuilder api)
    {
        api.MapPost("/plans/{id:int}/participants/sync", async Task<Ok<RotationPlanDetail>> (int id, ClaimsPrincipal user, RotationMembers h, CancellationToken ct) =>
                TypedResults.Ok(await h.SyncAsync(user, id, ct)))
            .RequireAuthorization(ProgramPolicies.Manage).WithName("SyncRotationParticipants").WithSummary("Add the cohort's participants selected since the plan was made.").Validated();
        return api;
    }

    public static RouteGroupBuilder MapSetRotationStartPeriod(this RouteGroupBuilder api)
    {
        api.MapPut("/plans/{id:int}/participants/{participantId:int}/start-period", async Task<NoContent> (int id, int participantId, StartPeriodInput input, ClaimsPrincipal user, RotationMembers h, CancellationToken ct) =>
            {
                await h.SetStartPeriodAsync(user, id, participantId, input, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("SetRotationStartPeriod").WithSummary("The period of the participant's first rotation (1-based).").Validated();
        return api;
    }
}
