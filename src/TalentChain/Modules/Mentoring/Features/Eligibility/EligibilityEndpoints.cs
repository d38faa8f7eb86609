using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Mentoring.Web;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.Mentoring.Features.Eligibility;

public static class EligibilityEndpoints
{
    public static RouteGroupBuilder MapEligibility(this RouteGroupBuilder api)
    {
        var round = api.MapGroup("/rounds/{id:int}");
        round.MapGet("/participants/{participantId:int}/eligibility", async Task<Ok<EligibilityView>> (int id, int participantId, ClaimsPrincipal user, EligibilityHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.EligibilityAsync(user, id, participantId, ct)))
            .WithName("GetMentoringEligibility").WithSummary("For one participant: every volunteer and role, eligible with the score breakdown, or the precise reasons not (localised).").Validated();
        return api;
    }
}
