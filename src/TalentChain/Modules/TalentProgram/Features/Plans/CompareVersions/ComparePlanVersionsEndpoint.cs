using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Plans.CompareVersions;

internal static class ComparePlanVersionsEndpoint
{
    public static RouteGroupBuilder MapComparePlanVersions(this RouteGroupBuilder api)
    {
        api.MapGet("/diff", async Task<Ok<PlanDiffView>> (int id, int from, int to, ClaimsPrincipal user, ProgramAccess access, ComparePlanVersions h, CancellationToken ct) =>
            {
                await access.RequireSeeAsync(user, id, ct);
                return TypedResults.Ok(await h.DiffAsync(id, from, to, ct));
            })
            .WithName("DiffPlanVersions").WithSummary("What changed between two versions (added, changed field by field, removed) and the reason recorded for each change.").Validated();
        return api;
    }
}
