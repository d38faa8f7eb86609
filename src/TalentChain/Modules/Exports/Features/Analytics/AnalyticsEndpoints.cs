using TalentChain.Modules.Exports.Features.Risk;

namespace TalentChain.Modules.Exports.Features.Analytics;

/// <summary>The insights endpoints (analytics, shortage risk) and the production lines; each maps its own (next to its handler).</summary>
public static class AnalyticsEndpoints
{
    public static IEndpointRouteBuilder MapAnalyticsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/exports").WithTags("Export licensing").RequireAuthorization(ExportsPolicies.ReadInsights)
            .MapExportAnalytics()
            .MapShortageRisk();
        app.MapProductionLines();
        return app;
    }
}
