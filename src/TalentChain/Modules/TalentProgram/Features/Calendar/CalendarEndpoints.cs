using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.TalentProgram.Features.Calendar;

public sealed record CalendarFeedView(string Url);

public static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        // Calendar apps cannot sign in: the feed is anonymous, and the unguessable token in the URL is the key.
        app.MapGet("/calendar/{token}.ics", async Task<Results<ContentHttpResult, NotFound>> (string token, HttpContext http, CalendarFeeds feeds, CancellationToken ct) =>
            {
                var ics = await feeds.RenderAsync(token, $"{http.Request.Scheme}://{http.Request.Host}", ct);
                return ics is null ? TypedResults.NotFound() : TypedResults.Text(ics, CalendarFeeds.ContentType);
            })
            .AllowAnonymous().WithTags("Talent program: calendar").WithName("GetCalendarFeed")
            .WithSummary("A personal iCalendar feed (RFC 5545): review deadlines, stage ends, training sessions. The token comes from /api/v1/program/calendar.");

        var api = app.ProgramGroup("/api/v1/program/calendar", "Talent program: calendar");
        api.MapGet("/", async Task<Ok<CalendarFeedView>> (ClaimsPrincipal user, HttpContext http, CalendarFeeds feeds, CancellationToken ct) =>
                TypedResults.Ok(new CalendarFeedView(Url(http, await feeds.TokenAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, ct)))))
            .WithName("GetMyCalendarFeed").WithSummary("Your personal calendar feed URL (secret: anyone with it can read the feed).");
        api.MapPost("/regenerate", async Task<Ok<CalendarFeedView>> (ClaimsPrincipal user, HttpContext http, CalendarFeeds feeds, CancellationToken ct) =>
                TypedResults.Ok(new CalendarFeedView(Url(http, await feeds.RegenerateAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, ct)))))
            .WithName("RegenerateMyCalendarFeed").WithSummary("A new secret URL; the old one stops working.");
        return app;
    }

    public static string Url(HttpContext http, string token) => $"{http.Request.Scheme}://{http.Request.Host}{CalendarFeeds.FeedPath(token)}";
}
