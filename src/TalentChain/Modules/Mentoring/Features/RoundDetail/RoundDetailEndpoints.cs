using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Mentoring.Web;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.Mentoring.Features.RoundDetail;

public static class RoundDetailEndpoints
{
    public static RouteGroupBuilder MapRoundDetail(this RouteGroupBuilder api)
    {
        var round = api.MapGroup("/rounds/{id:int}");
        round.MapGet("/", async Task<Ok<RoundDetail>> (int id, ClaimsPrincipal user, RoundDetailHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(user, id, ct)))
            .WithName("GetMentoringRound").WithSummary("A round: participants (roles, focus skill, preferences), volunteers, pins/forbids, the proposal with each pair's score broken down by criterion, the cohort's waitlist. Program managers; executives read.").Validated();
        return api;
    }
}
