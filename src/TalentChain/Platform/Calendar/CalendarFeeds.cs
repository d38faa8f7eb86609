using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Calendar;

/// <summary>Whose feed is being rendered: the account, its employee and roles, and the absolute base for links.</summary>
public sealed record CalendarOwner(string UserId, int? EmployeeId, IReadOnlySet<string> Roles, string BaseUrl);

/// <summary>
/// A module's contribution to every user's personal calendar feed (review deadlines, training sessions, licence
/// application deadlines, …). Return only what this owner may see; the feed URL is a secret, not a sign-in.
/// </summary>
public interface ICalendarSource
{
    Task<IReadOnlyList<CalendarEvent>> EventsAsync(CalendarOwner owner, CancellationToken ct);
}

/// <summary>
/// Personal calendar feeds: one secret URL per user (regenerable, which revokes the old one) that calendar apps
/// subscribe to without signing in; the events come from every registered <see cref="ICalendarSource"/>.
/// </summary>
public sealed class CalendarFeeds(TalentChainDbContext db, TimeProvider clock, IEnumerable<ICalendarSource> sources, IStringLocalizer<SharedResource> t)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string FeedPath(string token) => $"/calendar/{token}.ics";

    public async Task<string> TokenAsync(string userId, CancellationToken ct = default)
    {
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.UserId == userId, ct);
        return feed?.Value ?? await RegenerateAsync(userId, ct);
    }

    public async Task<string> RegenerateAsync(string userId, CancellationToken ct = default)
    {
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.UserId == userId, ct);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        if (feed is null) db.CalendarFeeds.Add(new CalendarFeed { UserId = userId, Value = token, CreatedAt = clock.GetUtcNow() });
        else (feed.Value, feed.CreatedAt) = (token, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>The .ics text for a token, or null when no feed has that token (a regenerated one no longer works).</summary>
    public async Task<string?> RenderAsync(string token, string baseUrl, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.Value == token, ct);
        if (feed is null) return null;
        var user = await db.Users.AsNoTracking().Where(u => u.Id == feed.UserId).Select(u => new { u.Id, u.EmployeeId, u.PreferredCulture, u.LockoutEnd }).FirstOrDefaultAsync(ct);
        if (user is null) return null;
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name!).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var owner = new CalendarOwner(user.Id, user.EmployeeId, roles, baseUrl.TrimEnd('/'));

        // Calendar apps send no language: render in the owner's preferred one.
        var culture = PlatformSetup.SupportedCultures.FirstOrDefault(c => string.Equals(c.Name, user.PreferredCulture, StringComparison.OrdinalIgnoreCase));
        using var _ = UiCulture.Use(culture ?? CultureInfo.CurrentUICulture);
        var events = new List<CalendarEvent>();
        foreach (var source in sources) events.AddRange(await source.EventsAsync(owner, ct));
        var ordered = events
            .OrderBy(e => e.AllDay ?? DateOnly.FromDateTime(e.Start!.Value.UtcDateTime))
            .ThenBy(e => e.Uid, StringComparer.Ordinal);
        return ICalendar.Write(t["Calendar.Name"], clock.GetUtcNow(), ordered);
    }
}

public sealed record CalendarFeedView(string Url);

public static class CalendarSetup
{
    public static IServiceCollection AddCalendarFeeds(this IServiceCollection services) => services.AddScoped<CalendarFeeds>();

    public static string Url(HttpContext http, string token) => $"{http.Request.Scheme}://{http.Request.Host}{CalendarFeeds.FeedPath(token)}";

    public static IEndpointRouteBuilder MapCalendarFeeds(this IEndpointRouteBuilder app)
    {
        // Calendar apps cannot sign in: the feed is anonymous, and the unguessable token in the URL is the key.
        app.MapGet("/calendar/{token}.ics", async Task<Results<ContentHttpResult, NotFound>> (string token, HttpContext http, CalendarFeeds feeds, CancellationToken ct) =>
            {
                var ics = await feeds.RenderAsync(token, $"{http.Request.Scheme}://{http.Request.Host}", ct);
                return ics is null ? TypedResults.NotFound() : TypedResults.Text(ics, CalendarFeeds.ContentType);
            })
            .AllowAnonymous().WithTags("Calendar").WithName("GetCalendarFeed")
            .WithSummary("A personal iCalendar feed (RFC 5545) of everything with a date that concerns the owner. The URL comes from /api/v1/me/calendar.");

        var api = app.MapGroup("/api/v1/me/calendar").WithTags("Calendar").RequireAuthorization(Policies.SignedIn);
        api.MapGet("/", async Task<Ok<CalendarFeedView>> (ClaimsPrincipal user, UserManager<AppUser> users, HttpContext http, CalendarFeeds feeds, CancellationToken ct) =>
                TypedResults.Ok(new CalendarFeedView(Url(http, await feeds.TokenAsync(users.GetUserId(user)!, ct)))))
            .WithName("GetMyCalendarFeed").WithSummary("Your personal calendar feed URL (secret: anyone with it can read the feed).");
        api.MapPost("/regenerate", async Task<Ok<CalendarFeedView>> (ClaimsPrincipal user, UserManager<AppUser> users, HttpContext http, CalendarFeeds feeds, CancellationToken ct) =>
                TypedResults.Ok(new CalendarFeedView(Url(http, await feeds.RegenerateAsync(users.GetUserId(user)!, ct)))))
            .WithName("RegenerateMyCalendarFeed").WithSummary("A new secret URL; the old one stops working.");
        return app;
    }
}
