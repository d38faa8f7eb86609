using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.Exports.Features.Risk;

internal static class RiskEndpoint
{
    public static RouteGroupBuilder MapShortageRisk(this RouteGroupBuilder api)
    {
        api.MapGet("/risk", async Task<Ok<RiskBoard>> (DateOnly? asOf, RiskHandler h, CancellationToken ct) => TypedResults.Ok(await h.ComputeAsync(asOf, ct)))
            .WithName("GetExportShortageRisk").WithSummary("Shortage risk per customer production line and material, sorted by exposure.");
        return api;
    }
}
