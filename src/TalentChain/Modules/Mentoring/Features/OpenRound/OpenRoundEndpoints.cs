using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.Mentoring.Features.OpenRound;

public static class OpenRoundEndpoints
{
    public static RouteGroupBuilder MapOpenRound(this RouteGroupBuilder api)
    {
        api.MapPost("/rounds", async Task<Created<RoundSummary>> (OpenRoundInput input, HttpContext http, OpenRoundHandler h, CancellationToken ct) =>
            {
                var round = await h.OpenAsync(http.User, input, http.Actor(), ct);
                return TypedResults.Created($"/api/v1/program/mentoring/rounds/{round.Id}", round);
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("OpenMentoringRound")
            .WithSummary("Open a round for a cohort: kind Initial (its active participants, for the roles they have no mentor in) or Rematch (its waitlisted slots, against the earlier volunteers' remaining places).").Validated();
        return api;
    }
}
