using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Plans.ViewPlan;

internal static class GetPlanEndpoint
{
    public static RouteGroupBuilder MapGetPlan(this RouteGroupBuilder api)
    {
        api.MapGet("/", async Task<Ok<PlanView>> (int id, int? number, ClaimsPrincipal user, ProgramAccess access, GetPlan h, CancellationToken ct) =>
            {
                await access.RequireSeeAsync(user, id, ct);
                return TypedResults.Ok(await h.GetAsync(id, number, ct));
            })
            .WithName("GetPlan").WithSummary("The plan's open version (or ?number=n): goals with starting, target and current assessed level and progress; activities; the changes made in that version with their reasons.").Validated();
        return api;
    }
}
