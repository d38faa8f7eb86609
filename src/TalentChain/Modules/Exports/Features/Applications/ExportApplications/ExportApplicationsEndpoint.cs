using TalentChain.Platform.Spreadsheets;
namespace TalentChain.Modules.Exports.Features.Applications.ExportApplications;

internal static class ExportApplicationsEndpoint
{
    /// <summary>The API download, and the applications page's export link (<paramref name="app"/>, outside the API group).</summary>
    public static RouteGroupBuilder MapExportApplications(this RouteGroupBuilder api, IEndpointRouteBuilder app)
    {
        api.MapGet("/export", (string? format, string? status, ApplicationsExport export, CancellationToken ct) => export.ExportAsync(format, status, ct))
            .WithName("ExportExportApplications").WithSummary("The applications (same ?status= filter) as ?format=csv (default) or xlsx, headers in the request's language.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();

        app.MapGet("/exports/applications/export", (string? format, string? status, ApplicationsExport export, CancellationToken ct) => export.ExportAsync(format, status, ct))
            .RequireAuthorization(ExportsPolicies.Manage).ExcludeFromDescription();
        return api;
    }
}
