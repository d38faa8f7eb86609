using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Mentoring.Features.Rules;

public static class RulesEndpoints
{
    public static RouteGroupBuilder MapRules(this RouteGroupBuilder api)
    {
        api.MapGet("/programs/{programId:int}/rules", async Task<Ok<RulesView>> (int programId, RulesHandler h, CancellationToken ct) => TypedResults.Ok(await h.GetRulesAsync(programId, ct)))
            .RequireAuthorization(ProgramPolicies.Dashboard).WithName("GetMentoringRules").WithSummary("A program's matching rules and score weights.").Validated();

        api.MapPut("/programs/{programId:int}/rules", async Task<Ok<RulesView>> (int programId, RulesInput input, ClaimsPrincipal user, RulesHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.UpdateRulesAsync(user, programId, input, ct)))
            .RequireAuthorization(ProgramPolicies.Manage).WithName("UpdateMentoringRules")
            .WithSummary("Change a program's matching rules (management chain, technical level, career unit, peer tenure band / grade / title) and integer score weights.").Validated();
        return api;
    }
}
