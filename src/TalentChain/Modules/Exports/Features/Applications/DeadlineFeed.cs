using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Exports.Features.Applications;

/// <summary>An iCalendar (RFC 5545) feed of pending applications' review deadlines and open supplement due dates.</summary>
public sealed class DeadlineFeed(ApplicationHandlers applications, TalentChainDbContext db, IStringLocalizer<ExportsResource> L, TimeProvider clock)
{
    public async Task<string> BuildAsync(CancellationToken ct = default)
    {
        var rows = (await applications.ListAsync("Pending", ct)).Where(r => r.Deadline is not null).ToList();
        var supplements = await db.SupplementRequests.AsNoTracking().Where(s => s.ProvidedOn == null)
            .Join(db.LicenceApplications.AsNoTracking(), s => s.ApplicationId, a => a.Id, (s, a) => new { s.Id, s.DueOn, a.Number, a.Status, ApplicationId = a.Id })
            .Where(x => x.Status == ApplicationStatus.SupplementRequested).ToListAsync(ct);
        var stamp = clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        void Line(string text)
        {
            // Fold at 75 octets (RFC 5545 §3.1), continuation lines start with a space.
            var bytes = Encoding.UTF8.GetBytes(text);
            var start = 0;
            var first = true;
            while (start < bytes.Length)
            {
                var max = first ? 75 : 74;
                var len = Math.Min(max, bytes.Length - start);
                while (len < bytes.Length - start && (bytes[start + len] & 0xC0) == 0x80) len--; // never split a UTF-8 sequence
                sb.Append(first ? "" : " ").Append(Encoding.UTF8.GetString(bytes, start, len)).Append("\r\n");
                start += len;
                first = false;
            }
        }
        static string Esc(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        void Event(string uid, DateOnly date, string summary, string url)
        {
            Line("BEGIN:VEVENT");
            Line($"UID:{uid}@talentchain");
            Line($"DTSTAMP:{stamp}");
            Line($"DTSTART;VALUE=DATE:{date:yyyyMMdd}");
            Line($"DTEND;VALUE=DATE:{date.AddDays(1):yyyyMMdd}");
            Line($"SUMMARY:{Esc(summary)}");
            Line($"URL:{url}");
            Line("END:VEVENT");
        }
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//TalentChain//Export licensing//EN");
        Line("CALSCALE:GREGORIAN");
        Line($"X-WR-CALNAME:{Esc(L["Feed.Name"])}");
        foreach (var r in rows)
            Event($"exports-application-{r.Id}-deadline", r.Deadline!.Value, L["Feed.Deadline", r.Number, r.EndUser], $"/exports/applications/{r.Id}");
        foreach (var s in supplements)
            Event($"exports-supplement-{s.Id}-due", s.DueOn, L["Feed.SupplementDue", s.Number], $"/exports/applications/{s.ApplicationId}");
        Line("END:VCALENDAR");
        return sb.ToString();
    }
}
