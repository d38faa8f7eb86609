using TalentChain.Platform.Calendar;

namespace TalentChain.Modules.Exports.Features.Applications.DeadlinesCalendar;

internal static class ApplicationDeadlinesCalendarEndpoint
{
    /// <summary>The API download, and the applications page's calendar link (<paramref name="app"/>, outside the API group).</summary>
    public static RouteGroupBuilder MapApplicationDeadlinesCalendar(this RouteGroupBuilder api, IEndpointRouteBuilder app)
    {
        api.MapGet("/deadlines.ics", async (HttpContext http, DeadlineFeed feed, CancellationToken ct) => Results.Text(await feed.BuildAsync(BaseUrl(http), ct), CalendarFeeds.ContentType))
            .WithName("ExportApplicationDeadlinesCalendar").WithSummary("iCalendar download: review deadlines of pending applications, due dates of open supplement requests, licence expiries. The same dates are in officers' personal feed (/api/v1/me/calendar).")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar");

        app.MapGet("/exports/applications/deadlines.ics", async (HttpContext http, DeadlineFeed feed, CancellationToken ct) => Results.Text(await feed.BuildAsync(BaseUrl(http), ct), CalendarFeeds.ContentType))
            .RequireAuthorization(ExportsPolicies.Manage).ExcludeFromDescription();
        return api;
    }

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";
}
