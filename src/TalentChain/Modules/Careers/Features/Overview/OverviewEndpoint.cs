using TalentChain.Platform.Spreadsheets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.Careers.Features.Overview;

internal static class OverviewEndpoint
{
    public static RouteGroupBuilder MapCareersOverview(this RouteGroupBuilder api, IEndpointRouteBuilder app)
    {
        api.MapGet("/notices", async Task<Ok<List<NoticeView>>> (CareersOverview h, CancellationToken ct) => TypedResults.Ok(await h.NoticesAsync(ct)))
            .WithName("ListCareerNotices").WithSummary("The public notice board (公示): appointments and titles in notice, with the notice's end and open objections.");
        api.MapGet("/summary", async Task<Ok<List<UnitSummaryView>>> (int? year, CareersOverview h, CancellationToken ct) => TypedResults.Ok(await h.SummaryAsync(year, ct)))
            .RequireAuthorization(CareersPolicies.Summary)
            .WithName("CareersSummary").WithSummary("Counts per unit (headcount, appointments, title applications) for executives; no names.");
        api.MapGet("/summary/export", (string? format, int? year, CareersExport export, CancellationToken ct) => export.SummaryAsync(format, year, ct))
            .RequireAuthorization(CareersPolicies.Summary)
            .WithName("ExportCareersSummary").WithSummary("The summary as ?format=csv (default) or xlsx.").Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        app.MapGet("/careers/summary/export", (string? format, int? year, CareersExport export, CancellationToken ct) => export.SummaryAsync(format, year, ct))
            .RequireAuthorization(CareersPolicies.Summary).ExcludeFromDescription();
        return api;
    }
}
