using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Mentoring.Features.PairRules;

public static class PairRulesEndpoints
{
    public static RouteGroupBuilder MapPairRules(this RouteGroupBuilder api)
    {
        var round = api.MapGroup("/rounds/{id:int}");
        round.MapPost("/pairs", async Task<Ok<PairRuleView>> (int id, PairRuleInput input, HttpContext http, PairRulesHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.SetPairRuleAsync(http.User, id, input, http.Actor(), ct)))
            .RequireAuthorization(ProgramPolicies.Manage).WithName("SetMentoringPairRule")
            .WithSummary("Pin (participant, mentor, role) into every solution — it must be eligible and fit the mentor's places — or forbid the pair (one role, or every role without a role).").Validated();

        round.MapDelete("/pairs/{ruleId:int}", async Task<NoContent> (int id, int ruleId, ClaimsPrincipal user, PairRulesHandler h, CancellationToken ct) =>
            {
                await h.RemovePairRuleAsync(user, id, ruleId, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("RemoveMentoringPairRule").WithSummary("Remove a pin or forbid.").Validated();
        return api;
    }
}
