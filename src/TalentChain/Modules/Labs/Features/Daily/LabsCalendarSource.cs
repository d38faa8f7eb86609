using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Platform.Calendar;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Labs.Features.Daily;

/// <summary>The person's own qualification expiries and grant ends on their personal calendar feed (all-day entries).</summary>
public sealed class LabsCalendarSource(TalentChainDbContext db, IStringLocalizer<LabsResource> t, TimeProvider clock) : ICalendarSource
{
    public async Task<IReadOnlyList<CalendarEvent>> EventsAsync(CalendarOwner owner, CancellationToken ct)
    {
        if (owner.EmployeeId is not { } me) return [];
        var chinese = UiCulture.IsChinese;
        var since = clock.Today().AddDays(-30);
        var quals = await db.QualificationRecords.AsNoTracking().Include(r => r.QualificationType)
            .Where(r => r.EmployeeId == me && r.RevokedOn == null && r.ExpiresOn >= since).ToListAsync(ct);
        var latest = quals.GroupBy(r => r.QualificationTypeId).Select(g => g.MaxBy(r => r.ExpiresOn)!);
        var grants = await db.AccessGrants.AsNoTracking().Include(g => g.LabUnit)
            .Where(g => g.EmployeeId == me && (g.Status == GrantStatus.Active || g.Status == GrantStatus.Suspended) && g.EndsOn != null).ToListAsync(ct);
        return
        [
            .. latest.Select(r => new CalendarEvent($"labs-qualification-{r.Id}@talentchain", t["Calendar.Expiry", r.QualificationType!.DisplayName(chinese)], null, null, null, r.ExpiresOn,
                Url: $"{owner.BaseUrl}/labs/my")),
            .. grants.Select(g => new CalendarEvent($"labs-grant-{g.Id}@talentchain", t["Calendar.GrantEnd", g.LabUnit!.DisplayName(chinese)], null, null, null, g.EndsOn,
                Url: $"{owner.BaseUrl}/labs/requests/{g.Id}")),
        ];
    }
}
