using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.TalentProgram;

/// <summary>The program's side of <see cref="IPlanActivities"/>: activities other modules put on plans, logged like a manager's edit.</summary>
internal sealed class PlanActivities(TalentChainDbContext db, IStringLocalizer<TalentProgramResource> t) : IPlanActivities
{
    public async Task<bool> ContributeAsync(int participantId, ContributedActivity activity, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activity.Title);
        var (plan, version) = await OpenAsync(participantId, ct);
        if (plan is null || version is null) return false;
        var kind = (ActivityKind)(int)activity.Kind;
        var title = activity.Title.Length > 300 ? activity.Title[..300] : activity.Title;
        var existing = version.Activities.FirstOrDefault(a => a.Key == activity.Key);
        if (existing is null)
        {
            existing = new PlanActivity { Key = activity.Key, Kind = kind, Title = title, Proposed = false };
            version.Activities.Add(existing);
            Log(version, activity.Key, PlanChangeKind.Added, t["Plan.ActivitySummary", t.Enum(kind), title], activity.Reason);
        }
        else
        {
            var before = t["Plan.ActivitySummary", t.Enum(existing.Kind), existing.Title] + " · " + t.Enum(existing.Status);
            existing.Kind = kind;
            existing.Title = title;
            if (existing.Status == ActivityStatus.Dropped) existing.Status = ActivityStatus.Planned;
            Log(version, activity.Key, PlanChangeKind.Changed, t["Plan.ChangedSummary", before, t["Plan.ActivitySummary", t.Enum(kind), title] + " · " + t.Enum(existing.Status)], activity.Reason);
        }
        existing.PlannedStart = activity.PlannedStart;
        existing.PlannedEnd = activity.PlannedEnd;
        existing.Proposed = false;
        plan.LastChangedAt = db.Clock.GetUtcNow();
        return true;
    }

    public async Task<bool> DropAsync(int participantId, Guid key, string reason, CancellationToken ct = default)
    {
        var (plan, version) = await OpenAsync(participantId, ct);
        var activity = version?.Activities.FirstOrDefault(a => a.Key == key);
        if (plan is null || version is null || activity is null) return false;
        var before = t["Plan.ActivitySummary", t.Enum(activity.Kind), activity.Title] + " · " + t.Enum(activity.Status);
        activity.Status = ActivityStatus.Dropped;
        Log(version, key, PlanChangeKind.Changed, t["Plan.ChangedSummary", before, t["Plan.ActivitySummary", t.Enum(activity.Kind), activity.Title] + " · " + t.Enum(activity.Status)], reason);
        plan.LastChangedAt = db.Clock.GetUtcNow();
        return true;
    }

    private async Task<(DevelopmentPlan? Plan, PlanVersion? Version)> OpenAsync(int participantId, CancellationToken ct)
    {
        var plan = await db.DevelopmentPlans.FirstOrDefaultAsync(p => p.ParticipantId == participantId, ct);
        if (plan is null) return (null, null);
        var version = await db.PlanVersions.Include(v => v.Activities).FirstOrDefaultAsync(v => v.PlanId == plan.Id && v.ClosedOn == null, ct);
        return (plan, version);
    }

    private void Log(PlanVersion version, Guid key, PlanChangeKind kind, string summary, string reason) =>
        db.PlanChanges.Add(new PlanChange
        {
            PlanVersionId = version.Id, ItemKey = key, Kind = kind, Summary = summary, Reason = ProgramText.Blank(reason),
            ChangedBy = db.CurrentUser.Name, ChangedAt = db.Clock.GetUtcNow(),
        });
}

/// <summary>The program's side of <see cref="ICourseCompletions"/>.</summary>
internal sealed class CourseCompletions(TalentChainDbContext db) : ICourseCompletions
{
    public async Task<List<CourseCompletion>> CompletedAsync(IReadOnlyCollection<int> courseIds, DateOnly since, IReadOnlyCollection<int>? employeeIds = null, CancellationToken ct = default)
    {
        var q = db.Set<Enrollment>().AsNoTracking()
            .Where(e => e.Status == EnrollmentStatus.Completed && e.CompletedOn >= since && courseIds.Contains(e.Session!.CourseId));
        if (employeeIds is not null) q = q.Where(e => employeeIds.Contains(e.EmployeeId));
        return await q.OrderBy(e => e.CompletedOn).ThenBy(e => e.Id)
            .Select(e => new CourseCompletion(e.EmployeeId, e.Session!.CourseId, e.Session.Course!.Code, e.SessionId, e.CompletedOn!.Value))
            .ToListAsync(ct);
    }
}
