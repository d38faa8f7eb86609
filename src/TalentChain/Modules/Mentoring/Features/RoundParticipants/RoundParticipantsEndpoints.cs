using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Mentoring.Features.RoundParticipants;

public static class RoundParticipantsEndpoints
{
    public static RouteGroupBuilder MapRoundParticipants(this RouteGroupBuilder api)
    {
        var round = api.MapGroup("/rounds/{id:int}");
        round.MapPost("/participants", async Task<NoContent> (int id, AddParticipantInput input, ClaimsPrincipal user, MentoringAccess access, RoundParticipantsHandler h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                await h.AddParticipantAsync(id, input, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("AddMentoringRoundParticipant").WithSummary("Add an active participant of the cohort to the round (all three roles).").Validated();

        round.MapPut("/participants/{participantId:int}", async Task<NoContent> (int id, int participantId, RoundParticipantInput input, ClaimsPrincipal user, MentoringAccess access, RoundParticipantsHandler h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                await h.UpdateParticipantAsync(id, participantId, input, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("UpdateMentoringRoundParticipant").WithSummary("Roles to fill, focus-skill override (taxonomy code; \"\" clears) and preferred mentors of a participant in the round.").Validated();

        round.MapDelete("/participants/{participantId:int}", async Task<NoContent> (int id, int participantId, ClaimsPrincipal user, MentoringAccess access, RoundParticipantsHandler h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                await h.RemoveParticipantAsync(id, participantId, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("RemoveMentoringRoundParticipant").WithSummary("Take a participant out of the round.").Validated();

        round.MapPut("/participants/{participantId:int}/preferences", async Task<NoContent> (int id, int participantId, PreferencesInput input, ClaimsPrincipal user, IProgramAccess programs, MentoringAccess access, RoundParticipantsHandler h, IStringLocalizer<MentoringResource> t, CancellationToken ct) =>
            {
                var relation = await programs.RelationAsync(user, participantId, ct);
                if (!relation.Self) await access.RequireManageAsync(user, id, ct);
                await h.SetPreferencesAsync(id, participantId, input, ct);
                return TypedResults.NoContent();
            })
            .WithName("SetMentoringPreferences").WithSummary("A participant names up to five preferred mentors (employee ids) for a round they are in; a score criterion.").Validated();
        return api;
    }
}
