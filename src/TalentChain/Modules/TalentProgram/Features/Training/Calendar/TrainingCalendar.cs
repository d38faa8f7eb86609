using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.TalentProgram.Features.Training.Calendar;

/// <summary>
/// The training calendar: the catalog's sessions and what other modules contribute (<see cref="ITrainingCalendarEntries"/>,
/// e.g. knowledge-sharing sessions), starting in [from, to), soonest first.
/// </summary>
public sealed class TrainingCalendar(TalentChainDbContext db, IEnumerable<ITrainingCalendarEntries> contributors, TimeProvider clock,
    IStringLocalizer<TalentProgramResource> t)
{
    public const int MaxDays = 366;

    public async Task<List<TrainingCalendarEntry>> BetweenAsync(ClaimsPrincipal user, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct = default)
    {
        var start = (from ?? clock.GetUtcNow()).ToUniversalTime();
        var end = to?.ToUniversalTime() ?? start.AddDays(90);
        var errors = new FieldErrors();
        if (end <= start) errors.Add("to", t["Calendar.ToBeforeFrom"]);
        else if ((end - start).TotalDays > MaxDays) errors.Add("to", t["Calendar.RangeTooLong", MaxDays]);
        errors.ThrowIfAny(t["Calendar.Invalid"]);
        var chinese = UiCulture.IsChinese;
        var rows = await db.TrainingSessions.AsNoTracking().Where(s => s.StartsAt >= start && s.StartsAt < end)
            .Select(s => new { s.Id, s.StartsAt, s.EndsAt, s.Place, s.Course!.Name, s.Course.NameZh }).ToListAsync(ct);
        var source = t["Calendar.TrainingSource"].Value;
        var all = rows.Select(r => new TrainingCalendarEntry(UiCulture.Pick(r.Name, r.NameZh, chinese), r.StartsAt, r.EndsAt, r.Place, $"/training/sessions/{r.Id}", source)).ToList();
        foreach (var c in contributors) all.AddRange(await c.UpcomingAsync(user, start, end, ct));
        return [.. all.OrderBy(e => e.StartsAt.UtcTicks).ThenBy(e => e.Title, StringComparer.Ordinal)];
    }
}

internal static class TrainingCalendarEndpoint
{
    public static RouteGroupBuilder MapTrainingCalendar(this RouteGroupBuilder api)
    {
        api.MapGet("/calendar", async Task<Ok<List<TrainingCalendarEntry>>> (DateTimeOffset? from, DateTimeOffset? to, ClaimsPrincipal user, TrainingCalendar h, CancellationToken ct) =>
                TypedResults.Ok(await h.BetweenAsync(user, from, to, ct)))
            .WithName("GetTrainingCalendar")
            .WithSummary("The training calendar: catalog sessions and other modules' entries (e.g. knowledge-sharing sessions / 经验分享会) starting in [from, to) — default now to 90 days on, at most 366 days; soonest first.")
            .ProducesValidationProblem();
        return api;
    }
}
