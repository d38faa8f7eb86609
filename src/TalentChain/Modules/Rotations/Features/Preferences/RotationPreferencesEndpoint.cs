using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.Preferences;

internal static class RotationPreferencesEndpoint
{
    public static RouteGroupBuilder MapGetRotationParticipant(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{id:int}/participants/{participantId:int}", async Task<Ok<MyRotationsView>> (int id, int participantId, ClaimsPrincipal user, RotationPreferences h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(user, id, participantId, ct)))
            .WithName("GetRotationParticipant").WithSummary("One participant's preferences (every offered unit) and published rotations: the participant, their line manager, the program's managers.").Validated();
        return api;
    }

    public static RouteGroupBuilder MapSetRotationPreferences(this RouteGroupBuilder api)
    {
        api.MapPut("/plans/{id:int}/participants/{participantId:int}/preferences", async Task<Ok<MyRotationsView>> (int id, int participantId, PreferencesInput input, ClaimsPrincipal user, RotationPreferences h, CancellationToken ct) =>
                TypedResults.Ok(await h.SetAsync(user, id, participantId, input, ct)))
            .WithName("SetRotationPreferences").WithSummary("Replace the participant's scores per host unit (org-unit code → 0–100; missing = 0). Participants edit only their own.").Validated();
        return api;
    }
}
