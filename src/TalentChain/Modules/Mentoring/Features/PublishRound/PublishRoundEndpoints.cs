using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Mentoring.Features.PublishRound;

public static class PublishRoundEndpoints
{
    public static RouteGroupBuilder MapPublishRound(this RouteGroupBuilder api)
    {
        var round = api.MapGroup("/rounds/{id:int}");
        round.MapPost("/publish", async Task<Ok<PublishOutcome>> (int id, long? version, HttpContext http, PublishRoundHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.PublishAsync(http.User, id, version, http.Actor(), ct)))
            .RequireAuthorization(ProgramPolicies.Manage).WithName("PublishMentoringRound")
            .WithSummary("Publish the proposal: mentor assignments, notices to participants and mentors, unfilled slots on the waitlist with the reason.").Validated();
        return api;
    }
}
