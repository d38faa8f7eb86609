using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

using TalentChain.Modules.TalentProgram.Contracts;

using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram.Features.Dashboard;

public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        // The page's export links (cookie sign-in).
        app.MapGet("/program/cohorts/{id:int}/dashboard/export", async (int id, string? format, ClaimsPrincipal user, DashboardHandler h, CancellationToken ct) =>
            {
                try
                {
                    return await h.ExportAsync(id, format, user, ct);
                }
                catch (AccessDeniedException ex)
                {
                    return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: ex.Message);
                }
            })
            .RequireAuthorization(ProgramPolicies.Dashboard).ExcludeFromDescription();

        var api = app.ProgramGroup("/api/v1/program/cohorts/{id:int}/dashboard", "Talent program: dashboard").RequireAuthorization(ProgramPolicies.Dashboard);
        api.MapGet("/", async Task<Ok<CohortDashboard>> (int id, ClaimsPrincipal user, DashboardHandler h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, user, ct)))
            .WithName("GetCohortDashboard").WithSummary("Stage distribution, gates pending, reviews due/overdue, training hours per participant and per layer, skill progress against plan targets.").Validated();
        api.MapGet("/export", (int id, string? format, ClaimsPrincipal user, DashboardHandler h, CancellationToken ct) => h.ExportAsync(id, format, user, ct))
            .WithName("ExportCohortDashboard").WithSummary("The dashboard's participant table as CSV or XLSX (format=csv|xlsx), headers in the request's language.")
            .Produces<byte[]>(StatusCodes.Status200OK, SpreadsheetDownload.CsvType, SpreadsheetDownload.XlsxType).Validated();
        return app;
    }
}
