using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Exports.Features.Risk;

namespace TalentChain.Modules.Exports.Features.Analytics;

public static class AnalyticsEndpoints
{
    public static IEndpointRouteBuilder MapAnalyticsEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/exports").WithTags("Export licensing").RequireAuthorization(ExportsPolicies.ReadInsights);

        api.MapGet("/analytics", async Task<Ok<AnalyticsView>> (DateOnly? asOf, AnalyticsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ComputeAsync(asOf, ct)))
            .WithName("GetExportAnalytics")
            .WithSummary("Backlog ageing in working days (0-15, 16-30, 31-45, >45), approval-time median and p90, approval/rejection/supplement rates by destination, end-user country, route and end use, licence utilisation.");

        api.MapGet("/risk", async Task<Ok<RiskBoard>> (DateOnly? asOf, RiskHandler h, CancellationToken ct) => TypedResults.Ok(await h.ComputeAsync(asOf, ct)))
            .WithName("GetExportShortageRisk").WithSummary("Shortage risk per customer production line and material, sorted by exposure.");

        app.MapPut("/api/v1/exports/production-lines/{id:int}/consumption", async Task<NoContent> (int id, ConsumptionInput input, ProductionLineHandlers h, CancellationToken ct) =>
            {
                await h.SetConsumptionAsync(id, input, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ExportsPolicies.Manage).WithTags("Export licensing")
            .WithName("SetExportLineConsumption").WithSummary("Set a production line's daily consumption, stock on hand and in transit for a material.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
