using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Education.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Calendar;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Notifications;

namespace TalentChain.Modules.Education.Features.Reminders;

/// <summary>
/// Daily: a reminder (in-app and e-mail) to the person when a milestone of an active degree falls due within
/// <see cref="ReminderDays"/> days; once overdue, a flag to the person and the program managers. Each goes out once per
/// milestone and due date (dedup keys), so reruns and rescheduling behave.
/// </summary>
public sealed class MilestoneReminderTask(TalentChainDbContext db, INotifier notifier, TimeProvider clock, IStringLocalizer<EducationResource> e) : IPeriodicTask
{
    public const int ReminderDays = 14;
    public string Name => "education.milestone-reminders";
    public TimeSpan Interval => TimeSpan.FromDays(1);

    public async Task RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var horizon = today.AddDays(ReminderDays);
        var due = await db.Milestones.AsNoTracking()
            .Where(m => m.CompletedOn == null && m.DueDate <= horizon)
            .Join(db.Degrees.Where(d => d.Status == DegreeStatus.Active), m => m.DegreeId, d => d.Id, (m, d) => new { m.Id, m.Kind, m.DueDate, d.EmployeeId, DegreeId = d.Id, d.Programme })
            .ToListAsync(ct);
        var names = await db.EmployeeRefs.AsNoTracking().Where(x => due.Select(d => d.EmployeeId).Contains(x.Id))
            .Select(x => new { x.Id, x.GivenName, x.FamilyName, x.ChineseName }).ToDictionaryAsync(x => x.Id, ct);
        foreach (var m in due.OrderBy(m => m.Id))
        {
            var date = m.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var kind = "Milestone." + m.Kind;
            var link = $"/education/degrees/{m.DegreeId}";
            if (m.DueDate < today)
            {
                var n = names[m.EmployeeId];
                var who = PersonName.Full(n.GivenName, n.FamilyName, n.ChineseName);
                await notifier.NotifyEmployeeAsync<EducationResource>(m.EmployeeId, "Notify.Overdue.Subject", "Notify.Overdue.Body",
                    [new LocalizedKey(e, kind), m.Programme, date, who], link, $"education-overdue:{m.Id}:{date}", ct);
                await notifier.NotifyRoleAsync<EducationResource>(Platform.Auth.Roles.ProgramManager, "Notify.Overdue.Subject", "Notify.Overdue.Body",
                    [new LocalizedKey(e, kind), m.Programme, date, who], link, $"education-overdue:{m.Id}:{date}", ct);
            }
            else
            {
                await notifier.NotifyEmployeeAsync<EducationResource>(m.EmployeeId, "Notify.Due.Subject", "Notify.Due.Body",
                    [new LocalizedKey(e, kind), m.Programme, date], link, $"education-due:{m.Id}:{date}", ct);
            }
        }
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>
/// A resource key passed as a notification argument, rendered in the recipient's language (the notifier formats
/// arguments with the recipient's culture current, and this looks the key up then).
/// </summary>
public sealed class LocalizedKey(IStringLocalizer strings, string key) : IFormattable
{
    public override string ToString() => strings[key].Value;
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();
}

/// <summary>The person's own degree milestones (not yet completed) on their personal calendar feed, as all-day entries.</summary>
public sealed class EducationCalendarSource(TalentChainDbContext db, IStringLocalizer<EducationResource> e, EducationText text) : ICalendarSource
{
    public async Task<IReadOnlyList<CalendarEvent>> EventsAsync(CalendarOwner owner, CancellationToken ct)
    {
        if (owner.EmployeeId is not { } me) return [];
        var rows = await db.Milestones.AsNoTracking().Where(m => m.CompletedOn == null)
            .Join(db.Degrees.Where(d => d.EmployeeId == me && d.Status == DegreeStatus.Active), m => m.DegreeId, d => d.Id, (m, d) => new { m.Id, m.Kind, m.DueDate, DegreeId = d.Id, d.Programme })
            .ToListAsync(ct);
        return [.. rows.Select(r => new CalendarEvent($"education-milestone-{r.Id}@talentchain", e["Calendar.Milestone", text.Milestone(r.Kind), r.Programme], null, null, null, r.DueDate,
            Url: $"{owner.BaseUrl}/education/degrees/{r.DegreeId}"))];
    }
}
