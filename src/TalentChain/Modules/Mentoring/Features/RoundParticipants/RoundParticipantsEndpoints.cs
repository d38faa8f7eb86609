using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Mentoring.Features.RoundParticipants;

public static class RoundParticipantsEndpoints
{
    public static RouteGroupBuilder MapRoundParticipants(this RouteGroupBuilder api)
    {
        var round = api.MapGroup("/rounds/{id:int}");
        round.MapPost("/participants", async Task<NoContent> (int id, AddParticipantInput input, ClaimsPrincipal user, RoundParticipantsHandler h, CancellationToken ct) =>
            {
                await h.AddParticipantAsync(user, id, input, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("AddMentoringRoundParticipant").WithSummary("Add an active participant of the cohort to the round (all three roles).").Validated();

        round.MapPut("/participants/{participantId:int}", async Task<NoContent> (int id, int participantId, RoundParticipantInput input, ClaimsPrincipal user, RoundParticipantsHandler h, CancellationToken ct) =>
            {
                await h.UpdateParticipantAsync(user, id, participantId, input, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("UpdateMentoringRoundParticipant").WithSummary("Roles to fill, focus-skill override (taxonomy code; \"\" clears) and preferred mentors of a participant in the round.").Validated();

        round.MapDelete("/participants/{participantId:int}", async Task<NoContent> (int id, int participantId, ClaimsPrincipal user, RoundParticipantsHandler h, CancellationToken ct) =>
            {
                await h.RemoveParticipantAsync(user, id, participantId, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("RemoveMentoringRoundParticipant").WithSummary("Take a participant out of the round.").Validated();

        round.MapPut("/participants/{participantId:int}/preferences", async Task<NoContent> (int id, int participantId, PreferencesInput input, ClaimsPrincipal user, RoundParticipantsHandler h, CancellationToken ct) =>
            {
                await h.SetPreferencesAsync(user, id, participantId, input, ct);
                return TypedResults.NoContent();
            })
            .WithName("SetMentoringPreferences").WithSummary("A participant names up to five preferred mentors (employee ids) for a round they are in; a score criterion.").Validated();
        return api;
    }
}
