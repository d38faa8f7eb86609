using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.Exports.Features.Analytics;

internal static class AnalyticsEndpoint
{
    public static RouteGroupBuilder MapExportAnalytics(this RouteGroupBuilder api)
    {
        api.MapGet("/analytics", async Task<Ok<AnalyticsView>> (DateOnly? asOf, AnalyticsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ComputeAsync(asOf, ct)))
            .WithName("GetExportAnalytics")
            .WithSummary("Backlog ageing in working days (0-15, 16-30, 31-45, >45), approval-time median and p90, approval/rejection/supplement rates by destination, end-user country, route and end use, licence utilisation.");
        return api;
    }
}
