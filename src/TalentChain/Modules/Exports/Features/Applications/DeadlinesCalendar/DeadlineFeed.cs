using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Calendar;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Exports.Features.Applications.DeadlinesCalendar;

/// <summary>
/// Export-licensing dates for calendars: pending applications' review deadlines, open supplement due dates and
/// licence expiries. Part of trade-compliance officers' (and administrators') personal calendar feed, and
/// downloadable on its own from the applications page.
/// </summary>
public sealed class DeadlineFeed(ApplicationReader applications, TalentChainDbContext db, IStringLocalizer<ExportsResource> L, TimeProvider clock) : ICalendarSource
{
    public async Task<IReadOnlyList<CalendarEvent>> EventsAsync(CalendarOwner owner, CancellationToken ct) =>
        owner.Roles.Contains(Roles.TradeComplianceOfficer) || owner.Roles.Contains(Roles.Administrator)
            ? await EventsAsync(owner.BaseUrl, ct)
            : [];

    public async Task<List<CalendarEvent>> EventsAsync(string baseUrl, CancellationToken ct = default)
    {
        var rows = (await applications.ListAsync("Pending", ct)).Where(r => r.Deadline is not null).ToList();
        var supplements = await db.SupplementRequests.AsNoTracking().Where(s => s.ProvidedOn == null)
            .Join(db.LicenceApplications.AsNoTracking(), s => s.ApplicationId, a => a.Id, (s, a) => new { s.Id, s.DueOn, a.Number, a.Status, ApplicationId = a.Id })
            .Where(x => x.Status == ApplicationStatus.SupplementRequested).ToListAsync(ct);
        var today = clock.Today();
        var licences = await db.Licences.AsNoTracking().Where(l => !l.Revoked && l.ExpiresOn >= today)
            .Select(l => new { l.Id, l.Number, l.ExpiresOn }).ToListAsync(ct);
        var events = new List<CalendarEvent>();
        foreach (var r in rows)
            events.Add(new CalendarEvent($"exports-application-{r.Id}-deadline@talentchain", L["Feed.Deadline", r.Number, r.EndUser], null, null, null, r.Deadline!.Value,
                Url: $"{baseUrl}/exports/applications/{r.Id}"));
        foreach (var s in supplements)
            events.Add(new CalendarEvent($"exports-supplement-{s.Id}-due@talentchain", L["Feed.SupplementDue", s.Number], null, null, null, s.DueOn,
                Url: $"{baseUrl}/exports/applications/{s.ApplicationId}"));
        foreach (var l in licences)
            events.Add(new CalendarEvent($"exports-licence-{l.Id}-expiry@talentchain", L["Feed.LicenceExpires", l.Number], null, null, null, l.ExpiresOn,
                Url: $"{baseUrl}/exports/licences/{l.Id}"));
        return events;
    }

    /// <summary>The export dates alone, as an .ics download.</summary>
    public async Task<string> BuildAsync(string baseUrl, CancellationToken ct = default) =>
        ICalendar.Write(L["Feed.Name"], clock.GetUtcNow(), await EventsAsync(baseUrl, ct));
}
