using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Calendar;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Commercialization.Features.Sharing;

/// <summary>Knowledge-sharing sessions on the training calendar: a company-wide forum, so every signed-in user sees them.</summary>
public sealed class SharingTrainingCalendar(TalentChainDbContext db, IStringLocalizer<CommercializationResource> t) : ITrainingCalendarEntries
{
    public async Task<IReadOnlyList<TrainingCalendarEntry>> UpcomingAsync(ClaimsPrincipal user, DateTimeOffset from, DateTimeOffset until, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true) return [];
        (from, until) = (from.ToUniversalTime(), until.ToUniversalTime());
        var rows = await db.SharingSessions.AsNoTracking().Where(s => s.StartsAt >= from && s.StartsAt < until)
            .Select(s => new { s.Id, s.Topic, s.TopicZh, s.StartsAt, s.EndsAt, s.Place }).ToListAsync(ct);
        var chinese = UiCulture.IsChinese;
        var source = t["Sharing.Source"].Value;
        return [.. rows.OrderBy(r => r.StartsAt.UtcTicks).Select(r => new TrainingCalendarEntry(UiCulture.Pick(r.Topic, r.TopicZh, chinese), r.StartsAt, r.EndsAt, r.Place,
            $"/commercialization/sharing/{r.Id}", source))];
    }
}

/// <summary>The sessions the owner speaks at or registered for, on their personal calendar feed.</summary>
public sealed class SharingCalendarSource(TalentChainDbContext db, IStringLocalizer<CommercializationResource> t) : ICalendarSource
{
    public async Task<IReadOnlyList<CalendarEvent>> EventsAsync(CalendarOwner owner, CancellationToken ct)
    {
        if (owner.EmployeeId is not { } me) return [];
        var rows = await db.SharingSessions.AsNoTracking().Where(s => s.SpeakerEmployeeId == me || s.Attendees.Any(a => a.EmployeeId == me))
            .Select(s => new { s.Id, s.Topic, s.TopicZh, s.StartsAt, s.EndsAt, s.Place, Speaking = s.SpeakerEmployeeId == me }).ToListAsync(ct);
        var chinese = UiCulture.IsChinese;
        return [.. rows.Select(r => new CalendarEvent($"commercialization-sharing-{r.Id}@talentchain",
            t[r.Speaking ? "Calendar.SharingSpeaker" : "Calendar.Sharing", UiCulture.Pick(r.Topic, r.TopicZh, chinese)], null, r.StartsAt, r.EndsAt, null, r.Place,
            $"{owner.BaseUrl}/commercialization/sharing/{r.Id}"))];
    }
}
