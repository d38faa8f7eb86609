using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Modules.Labs.Features.Grants;
using TalentChain.Modules.Labs.Features.Qualifications;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Notifications;

namespace TalentChain.Modules.Labs.Features.Daily;

/// <summary>
/// Daily, idempotent: (1) catch up on passed courses that grant a qualification (in case a result was recorded while
/// the listener could not act); (2) suspend, reinstate and expire grants (<see cref="GrantStates"/>); (3) remind the
/// holder 30 and 7 days before a qualification lapses — the 7-day one also to their line manager and the managers of
/// the labs where it matters. Every notification carries a dedup key, so each goes once however often this runs.
/// </summary>
public sealed class LabsDailyTask(TalentChainDbContext db, QualificationRecords records, GrantStates states, ICourseCompletions completions, INotifier notifier, TimeProvider clock) : IPeriodicTask
{
    public const int CatchUpDays = 60;
    public string Name => "labs.qualifications-and-access";
    public TimeSpan Interval => TimeSpan.FromDays(1);

    public async Task RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var courseIds = await db.QualificationCourses.AsNoTracking().Select(c => c.CourseId).Distinct().ToListAsync(ct);
        if (courseIds.Count > 0)
        {
            foreach (var c in await completions.CompletedAsync(courseIds, today.AddDays(-CatchUpDays), null, ct))
                await records.GrantFromTrainingAsync(c, ct);
        }
        await states.ApplyAsync(null, today, ct);
        await RemindAsync(today, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task RemindAsync(DateOnly today, CancellationToken ct)
    {
        var horizon = today.AddDays(QualificationRecords.ReminderDays);
        var all = await db.QualificationRecords.AsNoTracking().Include(r => r.QualificationType).Where(r => r.RevokedOn == null && r.ExpiresOn >= today).ToListAsync(ct);
        // Only the record that decides the lapse: none of the same type reaches further (a renewal silences the reminder).
        var furthest = all.GroupBy(r => (r.EmployeeId, r.QualificationTypeId)).ToDictionary(g => g.Key, g => g.Max(r => r.ExpiresOn));
        var due = all.Where(r => r.ExpiresOn <= horizon && r.ExpiresOn == furthest[(r.EmployeeId, r.QualificationTypeId)]).OrderBy(r => r.Id).ToList();
        if (due.Count == 0) return;
        var tree = await LabTree.LoadAsync(db, ct);
        var people = due.Select(r => r.EmployeeId).Distinct().ToList();
        var info = await db.EmployeeRefs.AsNoTracking().Where(e => people.Contains(e.Id)).Select(e => new { e.Id, e.ManagerId, e.GivenName, e.FamilyName, e.ChineseName }).ToDictionaryAsync(e => e.Id, ct);
        var grants = await db.AccessGrants.AsNoTracking().Where(g => people.Contains(g.EmployeeId) && (g.Status == GrantStatus.Active || g.Status == GrantStatus.Suspended)).ToListAsync(ct);
        foreach (var r in due)
        {
            var days = r.ExpiresOn.DayNumber - today.DayNumber;
            var q = r.QualificationType!;
            var qual = q.Name + (q.NameZh is null ? "" : " / " + q.NameZh);
            var p = info[r.EmployeeId];
            var name = PersonName.Full(p.GivenName, p.FamilyName, p.ChineseName);
            var link = $"/labs/people/{r.EmployeeId}";
            var date = LabsText.Date(r.ExpiresOn);
            if (days > 7)
            {
                await notifier.NotifyEmployeeAsync<LabsResource>(r.EmployeeId, "Notify.Reminder30.Subject", "Notify.Reminder30.Body", [qual, date, name], "/labs/my", $"labs-reminder30:{r.Id}", ct);
                continue;
            }
            var key = $"labs-reminder7:{r.Id}";
            var labs = grants.Where(g => g.EmployeeId == r.EmployeeId && tree.Required(g.LabUnitId).Contains(q.Id)).Select(g => g.LabUnitId).ToList();
            var units = string.Join(", ", labs.Select(u => tree.Find(u)!).Select(u => u.Name + (u.NameZh is null ? "" : " / " + u.NameZh)));
            await notifier.NotifyEmployeeAsync<LabsResource>(r.EmployeeId, "Notify.Reminder7.Subject", "Notify.Reminder7.Body", [qual, date, name, units], "/labs/my", key, ct);
            var others = new HashSet<int>();
            if (p.ManagerId is { } m) others.Add(m);
            foreach (var u in labs) others.UnionWith(tree.DeciderIds(u));
            others.Remove(r.EmployeeId);
            foreach (var o in others.Order())
                await notifier.NotifyEmployeeAsync<LabsResource>(o, "Notify.Reminder7.Subject", "Notify.Reminder7.Body", [qual, date, name, units], link, key, ct);
        }
    }
}
