using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Calendar;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Notifications;

namespace TalentChain.Modules.Commercialization.Features.Patents;

/// <summary>
/// Daily: reminds each open deadline's owner (e-mail + in-app) 60, 30, 14, 7 and 1 days before it, once each; an overdue
/// deadline alerts its owner and the office once. Sent reminders are recorded, so a rerun (or a missed day) sends no duplicate.
/// </summary>
public sealed class IpDeadlineReminders(TalentChainDbContext db, INotifier notifier, CommercializationText text, TimeProvider clock) : IPeriodicTask
{
    public string Name => "commercialization.ip-deadlines";
    public TimeSpan Interval => TimeSpan.FromDays(1);

    public async Task RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var horizon = today.AddDays(IpDeadlines.ReminderDays.Max());
        var open = await db.IpDeadlines.Include(x => x.Reminders).Where(x => x.DoneOn == null && !x.NotApplicable && x.DueOn <= horizon).ToListAsync(ct);
        if (open.Count == 0) return;
        var familyIds = open.Select(x => x.FamilyId).Distinct().ToList();
        var families = await db.PatentFamilies.AsNoTracking().Where(f => familyIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Reference, ct);
        var now = clock.GetUtcNow();
        foreach (var x in open.OrderBy(x => x.DueOn).ThenBy(x => x.Id))
        {
            var left = x.DueOn.DayNumber - today.DayNumber;
            var link = $"/commercialization/ip/families/{x.FamilyId}";
            var (en, zh) = text.Both("DeadlineKind." + x.Kind);
            var kind = $"{zh} / {en}";
            if (left < 0)
            {
                if (x.Reminders.Any(r => r.DaysBefore == 0)) continue;
                x.Reminders.Add(new DeadlineReminder { DaysBefore = 0, SentAt = now });
                object?[] args = [families[x.FamilyId], kind, UiCulture.Iso(x.DueOn)];
                if (x.OwnerEmployeeId is { } owner)
                    await notifier.NotifyEmployeeAsync<CommercializationResource>(owner, "Notify.Overdue.Subject", "Notify.Overdue.Body", args, link, $"ip-overdue-{x.Id}", ct);
                await notifier.NotifyRoleAsync<CommercializationResource>(Roles.TechTransferOfficer, "Notify.Overdue.Subject", "Notify.Overdue.Body", args, link, $"ip-overdue-office-{x.Id}", ct);
                continue;
            }
            // The nearest threshold reached and not yet sent (a missed day still sends the latest one, once).
            var threshold = IpDeadlines.ReminderDays.Where(d => left <= d).DefaultIfEmpty(-1).Min();
            if (threshold < 0 || x.Reminders.Any(r => r.DaysBefore <= threshold && r.DaysBefore > 0)) continue;
            x.Reminders.Add(new DeadlineReminder { DaysBefore = threshold, SentAt = now });
            if (x.OwnerEmployeeId is { } o)
                await notifier.NotifyEmployeeAsync<CommercializationResource>(o, "Notify.Due.Subject", "Notify.Due.Body",
                    [families[x.FamilyId], kind, UiCulture.Iso(x.DueOn), left], link, $"ip-due-{x.Id}-{threshold}", ct);
        }
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>The owner's open deadlines on their personal calendar feed (all-day entries).</summary>
public sealed class IpCalendarSource(TalentChainDbContext db, IStringLocalizer<CommercializationResource> t) : ICalendarSource
{
    public async Task<IReadOnlyList<CalendarEvent>> EventsAsync(CalendarOwner owner, CancellationToken ct)
    {
        if (owner.EmployeeId is not { } me) return [];
        var rows = await db.IpDeadlines.AsNoTracking().Where(x => x.OwnerEmployeeId == me && x.DoneOn == null && !x.NotApplicable)
            .Join(db.PatentFamilies, x => x.FamilyId, f => f.Id, (x, f) => new { x.Id, x.Kind, x.DueOn, x.FamilyId, f.Reference }).ToListAsync(ct);
        return [.. rows.Select(r => new CalendarEvent($"commercialization-deadline-{r.Id}@talentchain", t["Calendar.Deadline", t["DeadlineKind." + r.Kind], r.Reference], null, null, null, r.DueOn,
            Url: $"{owner.BaseUrl}/commercialization/ip/families/{r.FamilyId}"))];
    }
}
