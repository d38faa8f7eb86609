using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.TalentProgram.Features.Plans.ViewPlan;

/// <summary>A participant's development plan, one version of it (default: the open one), with goal progress and the change log.</summary>
public sealed class GetPlan(TalentChainDbContext db, IStringLocalizer<TalentProgramResource> t, IPeopleLabels labels)
{
    public async Task<PlanView> GetAsync(int participantId, int? number = null, CancellationToken ct = default)
    {
        var plan = await db.DevelopmentPlans.AsNoTracking().Include(p => p.Participant).ThenInclude(p => p!.Employee)
            .FirstOrDefaultAsync(p => p.ParticipantId == participantId, ct) ?? throw new NotFoundException(t["Plan.NotFound", participantId]);
        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == plan.Id).OrderBy(v => v.Number)
            .Select(v => new VersionSummary(v.Number, v.OpenedOn, v.ClosedOn, v.CloseReason)).ToListAsync(ct);
        var wanted = number ?? versions.LastOrDefault(v => v.ClosedOn is null)?.Number ?? versions.Last().Number;
        var version = await db.PlanVersions.AsNoTracking().Include(v => v.Goals).ThenInclude(g => g.TaxonomyNode)
            .Include(v => v.Activities).ThenInclude(a => a.Course).AsSplitQuery()
            .FirstOrDefaultAsync(v => v.PlanId == plan.Id && v.Number == wanted, ct) ?? throw new NotFoundException(t["Plan.VersionNotFound", wanted]);
        var employeeId = plan.Participant!.EmployeeId;
        var nodeIds = version.Goals.Select(g => g.TaxonomyNodeId).ToList();
        var actual = await db.SkillRefs.AsNoTracking().Where(s => s.EmployeeId == employeeId && nodeIds.Contains(s.TaxonomyNodeId))
            .ToDictionaryAsync(s => s.TaxonomyNodeId, s => s.Level, ct);
        var chinese = UiCulture.IsChinese;
        var goals = version.Goals.OrderBy(g => g.DueDate).ThenBy(g => g.Id).Select(g =>
        {
            var level = Math.Max(actual.GetValueOrDefault(g.TaxonomyNodeId, g.CurrentLevel), g.CurrentLevel);
            return new GoalView(g.Key, g.TaxonomyNode!.Code, g.TaxonomyNode.DisplayName(chinese), g.CurrentLevel, labels.Level(g.CurrentLevel), g.TargetLevel, labels.Level(g.TargetLevel),
                level, labels.Level(level), g.Outcome, g.DueDate, g.Proposed, Progress(g.CurrentLevel, g.TargetLevel, level), level >= g.TargetLevel);
        }).ToList();
        var activities = version.Activities.OrderBy(a => a.PlannedStart ?? DateOnly.MaxValue).ThenBy(a => a.Id)
            .Select(a => new ActivityView(a.Key, a.Kind, t.Enum(a.Kind), a.Title, a.PlannedStart, a.PlannedEnd, a.Status, t.Enum(a.Status), a.Course?.Code, a.Course?.DisplayName(chinese), a.GoalKey, a.Proposed))
            .ToList();
        var changes = (await db.PlanChanges.AsNoTracking().Where(c => c.PlanVersionId == version.Id).ToListAsync(ct))
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Select(c => new ChangeView(c.ItemKey, c.Kind, t.Enum(c.Kind), c.Summary, c.Reason, c.ChangedBy, c.ChangedAt)).ToList();
        var e = plan.Participant.Employee!;
        return new PlanView(plan.Id, participantId, employeeId, ProgramText.Person(e.GivenName, e.FamilyName, e.ChineseName), plan.Version, version.Number, version.IsOpen,
            version.OpenedOn, version.ClosedOn, version.CloseReason, versions, goals, activities, changes);
    }

    /// <summary>How far from the starting level to the target the person's assessed level has come, 0–100.</summary>
    public static int Progress(int start, int target, int actual)
    {
        if (actual >= target) return 100;
        if (target <= start) return 100;
        return Math.Clamp((int)Math.Round(100.0 * (actual - start) / (target - start)), 0, 100);
    }
}
