using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.Knowledge.Features.Coverage;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Knowledge.Features.Turnover;

/// <summary>One period's turnover: leavers ÷ headcount at the period's start.</summary>
public sealed record PeriodRate(string Period, DateOnly From, DateOnly To, int Headcount, int? Leavers, decimal? Rate);

/// <summary>One group's leavers in the window; null when suppressed (group smaller than the minimum, for everyone but officers).</summary>
public sealed record GroupCount(string Key, string Label, int? Leavers, int? Headcount, decimal? Rate);

/// <summary>An executive or board change. For aggregate-only viewers: no name and no destination (each row is one identifiable leader).</summary>
public sealed record LeadershipChange(int DepartureId, string? Name, string Position, DepartureLevel Level, DateOnly LastDay, DepartureDestination? Destination);

public sealed record TurnoverReport(
    DateOnly WindowFrom, DateOnly WindowTo, int MinGroupSize, bool Suppressed,
    IReadOnlyList<PeriodRate> Quarters, IReadOnlyList<GroupCount> BySegment, IReadOnlyList<GroupCount> ByLevel,
    IReadOnlyList<GroupCount> ByTechnology, IReadOnlyList<GroupCount> ByDestination, IReadOnlyList<LeadershipChange> Leadership);

/// <summary>
/// Turnover analytics from recorded departures and the People record (leavers without a recorded departure count with
/// destination "other"). Window: the last 12 months; periods: the last 8 calendar quarters.
/// </summary>
public sealed class TurnoverHandler(TalentChainDbContext db, KnowledgeText text, Microsoft.Extensions.Localization.IStringLocalizer<PeopleResource> p, TimeProvider clock)
{
    private sealed record Leaver(int EmployeeId, DateOnly LastDay, ChainSegment Segment, DepartureLevel Level, DepartureDestination Destination, int? DepartureId, string Position);

    public async Task<TurnoverReport> GetAsync(KnowledgeScope scope, CancellationToken ct = default)
    {
        var today = clock.Today();
        var settings = await db.KnowledgeSettings.AsNoTracking().Where(s => s.Id == KnowledgeSettings.SingletonId).FirstOrDefaultAsync(ct) ?? new KnowledgeSettings();
        // Company-wide figures: only officers see small groups; executives and line managers (whose person-level view is
        // limited to their own reports) get groups smaller than the minimum suppressed.
        var suppress = !scope.IsOfficer;
        var min = settings.MinGroupSize;

        var people = await db.EmployeeRefs.AsNoTracking()
            .Select(e => new { e.Id, e.HireDate, e.DepartureDate, e.Status, e.OrgUnit!.Segment, e.Position }).ToListAsync(ct);
        var recorded = await db.Departures.AsNoTracking().Select(d => new { d.Id, d.EmployeeId, d.LastDay, d.Level, d.Destination, d.Status, d.RoleTitle }).ToListAsync(ct);
        var byEmployee = people.ToDictionary(e => e.Id);
        var leavers = new List<Leaver>();
        var covered = new HashSet<int>();
        foreach (var d in recorded.Where(d => d.Status == DepartureStatus.Completed || d.LastDay <= today))
        {
            var e = byEmployee[d.EmployeeId];
            leavers.Add(new Leaver(d.EmployeeId, d.LastDay, e.Segment, d.Level, d.Destination, d.Id, d.RoleTitle ?? e.Position));
            covered.Add(d.EmployeeId);
        }
        foreach (var e in people.Where(e => e.Status == EmployeeStatus.Departed && e.DepartureDate is not null && !covered.Contains(e.Id)))
            leavers.Add(new Leaver(e.Id, e.DepartureDate!.Value, e.Segment, DepartureLevel.Staff, DepartureDestination.Other, null, e.Position));

        int HeadcountAt(DateOnly day, Func<int, bool>? filter = null) =>
            people.Count(e => e.HireDate <= day && (e.DepartureDate is null || e.DepartureDate > day) && (filter is null || filter(e.Id)));
        int? Hide(int count) => suppress && count < min ? null : count;
        static decimal? RateOf(int? leaversCount, int headcount) => leaversCount is { } l && headcount > 0 ? Math.Round((decimal)l / headcount, 3) : null;

        var quarterStart = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        var quarters = new List<PeriodRate>();
        for (var i = 7; i >= 0; i--)
        {
            var from = quarterStart.AddMonths(-3 * i);
            var to = from.AddMonths(3).AddDays(-1);
            var count = leavers.Count(l => l.LastDay >= from && l.LastDay <= to);
            var hc = HeadcountAt(from);
            var shown = Hide(count);
            quarters.Add(new PeriodRate($"{from.Year} Q{(from.Month - 1) / 3 + 1}", from, to, hc, shown, RateOf(shown, hc)));
        }

        var windowFrom = today.AddMonths(-12);
        var window = leavers.Where(l => l.LastDay > windowFrom && l.LastDay <= today).ToList();

        var bySegment = Enum.GetValues<ChainSegment>().Select(s =>
        {
            var count = window.Count(l => l.Segment == s);
            var hc = HeadcountAt(windowFrom, id => byEmployee[id].Segment == s);
            var shown = Hide(count);
            return new GroupCount(s.ToString(), p["Segment." + s], shown, hc, RateOf(shown, hc));
        }).Where(g => g.Headcount > 0 || g.Leavers > 0).ToList();

        var byLevel = Enum.GetValues<DepartureLevel>().Select(l =>
        {
            var count = window.Count(x => x.Level == l);
            return new GroupCount(l.ToString(), text.Level(l), Hide(count), null, null);
        }).ToList();

        var byDestination = Enum.GetValues<DepartureDestination>().Select(d =>
        {
            var count = window.Count(x => x.Destination == d);
            return new GroupCount(d.ToString(), text.Destination(d), Hide(count), null, null);
        }).ToList();

        // Technology: leavers who were holders of each critical technology (their skill records stay after they leave).
        var techs = await db.CriticalTechnologies.AsNoTracking().Select(t => new { t.Id, t.TaxonomyNodeId, t.RequiredLevel, t.TaxonomyNode!.Code, t.TaxonomyNode.Name, t.TaxonomyNode.NameZh }).ToListAsync(ct);
        var subtrees = await CoverageService.SubtreesAsync(db, techs.Select(t => t.TaxonomyNodeId), ct);
        var leaverIds = window.Select(l => l.EmployeeId).Distinct().ToList();
        var skills = leaverIds.Count == 0 ? [] : await db.SkillRefs.AsNoTracking().Where(s => leaverIds.Contains(s.EmployeeId)).Select(s => new { s.EmployeeId, s.TaxonomyNodeId, s.Level }).ToListAsync(ct);
        var chinese = UiCulture.IsChinese;
        var byTechnology = techs.Select(t =>
        {
            var count = skills.Where(s => subtrees[t.TaxonomyNodeId].Contains(s.TaxonomyNodeId) && s.Level >= t.RequiredLevel).Select(s => s.EmployeeId).Distinct().Count();
            return new GroupCount(t.Code, chinese && !string.IsNullOrEmpty(t.NameZh) ? t.NameZh : t.Name, Hide(count), null, null);
        }).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();

        var leadership = new List<LeadershipChange>();
        var names = await PersonCards.LoadAsync(db, leavers.Where(l => l.Level >= DepartureLevel.Executive).Select(l => l.EmployeeId), ct);
        foreach (var l in leavers.Where(l => l.Level >= DepartureLevel.Executive).OrderByDescending(l => l.LastDay))
            leadership.Add(new LeadershipChange(l.DepartureId ?? 0, scope.MaySeePerson(l.EmployeeId) ? names.GetValueOrDefault(l.EmployeeId)?.Name : null, l.Position, l.Level, l.LastDay,
                suppress ? null : l.Destination));
        // Aggregate-only viewers: each level's changes form a group; a level with fewer changes than the minimum group
        // size is not listed (as in the by-level counts), so a single leader's departure is never singled out.
        if (suppress) leadership.RemoveAll(l => leadership.Count(x => x.Level == l.Level) < min);

        return new TurnoverReport(windowFrom, today, min, suppress, quarters, bySegment, byLevel, byTechnology, byDestination, leadership);
    }
}
