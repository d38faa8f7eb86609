using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Labs.Features.BadgeLog;

/// <summary>Decides, for entries about to be stored, whether an active grant covered each one at that moment.</summary>
public sealed class BadgeFlags(TalentChainDbContext db)
{
    public async Task FlagAsync(IReadOnlyList<BadgeEntry> entries, CancellationToken ct)
    {
        var tree = await LabTree.LoadAsync(db, ct);
        var people = entries.Select(e => e.EmployeeId).Distinct().ToList();
        var grants = new List<AccessGrant>();
        foreach (var chunk in people.Chunk(1000))
            grants.AddRange(await db.AccessGrants.AsNoTracking().Where(g => chunk.Contains(g.EmployeeId) && g.StartsOn != null).ToListAsync(ct));
        var byPerson = grants.ToLookup(g => g.EmployeeId);
        foreach (var e in entries)
        {
            var day = DateOnly.FromDateTime(e.At.ToOffset(SiteTime.Offset).DateTime);
            var covering = tree.SelfAndAbove(e.AreaId).Select(u => u.Id).ToHashSet();
            var mine = byPerson[e.EmployeeId].Where(g => covering.Contains(g.LabUnitId)).OrderByDescending(g => g.StartsOn).ToList();
            bool InPeriod(AccessGrant g) => g.StartsOn <= day && (g.EndsOn is null || day <= g.EndsOn) && (g.RevokedOn is null || day < g.RevokedOn);
            bool Suspended(AccessGrant g) => g.SuspendedOn is { } s && day >= s && (g.ReinstatedOn is not { } r || day < r || r < s);
            var ok = mine.FirstOrDefault(g => InPeriod(g) && !Suspended(g));
            if (ok is not null)
            {
                (e.Flag, e.GrantId) = (EntryVerdict.Authorised, ok.Id);
                continue;
            }
            if (mine.FirstOrDefault(g => InPeriod(g) && Suspended(g)) is { } s)
            {
                (e.Flag, e.GrantId, e.FlagDate, e.FlagTypeId) = (EntryVerdict.Suspended, s.Id, s.SuspendedOn, s.SuspendedForTypeId);
                continue;
            }
            if (mine.Where(g => g.StartsOn <= day).OrderByDescending(g => g.EndsOn).FirstOrDefault() is { } ended)
            {
                (e.Flag, e.GrantId, e.FlagDate) = (EntryVerdict.GrantEnded, ended.Id, ended.RevokedOn is { } r && r <= day ? r : ended.EndsOn?.AddDays(1));
                continue;
            }
            e.Flag = EntryVerdict.NoGrant;
        }
    }
}

public sealed record BadgeLabRow(int LabId, string Code, string Name, int Entries, int Unauthorised, int People);

public sealed record BadgeEntryRow(long Id, DateTimeOffset At, string LocalTime, int EmployeeId, string EmployeeNumber, string PersonName, string AreaCode, string AreaName,
    string LabName, EntryVerdict Flag, string FlagName, string Why);

/// <summary>Per lab: entries, unauthorised entries and people; then the unauthorised entries with the reason (names only for those who may see them).</summary>
public sealed record BadgeReportView(List<BadgeLabRow> Labs, List<BadgeEntryRow> Unauthorised, bool ShowsNames);

/// <summary>The badge-log report: the safety administration sees every lab, a lab manager their labs, executives counts only.</summary>
public sealed class BadgeReport(TalentChainDbContext db, LabsText text, IStringLocalizer<LabsResource> t)
{
    public async Task<BadgeReportView> ReportAsync(LabsViewer viewer, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var rows = await EntriesAsync(viewer, from, to, unauthorisedOnly: false, ct);
        var tree = await LabTree.LoadAsync(db, ct);
        var chinese = UiCulture.IsChinese;
        var labs = rows.GroupBy(r => tree.LabOf(r.AreaId).Id).Select(g =>
        {
            var lab = tree.Find(g.Key)!;
            return new BadgeLabRow(lab.Id, lab.Code, lab.DisplayName(chinese), g.Count(), g.Count(e => e.Flag != EntryVerdict.Authorised), g.Select(e => e.EmployeeId).Distinct().Count());
        }).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        var names = viewer.Admin || viewer.IsLabManager;
        return new BadgeReportView(labs, names ? await ViewsAsync(rows.Where(r => r.Flag != EntryVerdict.Authorised).ToList(), tree, ct) : [], names);
    }

    /// <summary>Every entry the viewer may see by name (for the export).</summary>
    public async Task<List<BadgeEntryRow>> ListAsync(LabsViewer viewer, DateOnly? from, DateOnly? to, bool unauthorisedOnly, CancellationToken ct = default)
    {
        if (!viewer.Admin && !viewer.IsLabManager) return [];
        return await ViewsAsync(await EntriesAsync(viewer, from, to, unauthorisedOnly, ct), await LabTree.LoadAsync(db, ct), ct);
    }

    private async Task<List<BadgeEntry>> EntriesAsync(LabsViewer viewer, DateOnly? from, DateOnly? to, bool unauthorisedOnly, CancellationToken ct)
    {
        var query = db.BadgeEntries.AsNoTracking();
        if (!viewer.Admin && !viewer.Executive)
        {
            var managed = viewer.ManagedUnits.ToList();
            query = query.Where(e => managed.Contains(e.AreaId));
        }
        if (from is { } f)
        {
            var start = new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), SiteTime.Offset).ToUniversalTime();
            query = query.Where(e => e.At >= start);
        }
        if (to is { } tt)
        {
            var end = new DateTimeOffset(tt.AddDays(1).ToDateTime(TimeOnly.MinValue), SiteTime.Offset).ToUniversalTime();
            query = query.Where(e => e.At < end);
        }
        if (unauthorisedOnly) query = query.Where(e => e.Flag != EntryVerdict.Authorised);
        return await query.OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
    }

    private async Task<List<BadgeEntryRow>> ViewsAsync(List<BadgeEntry> rows, LabTree tree, CancellationToken ct)
    {
        var chinese = UiCulture.IsChinese;
        var ids = rows.Select(r => r.EmployeeId).Distinct().ToList();
        var people = new Dictionary<int, (string Number, string Name)>();
        foreach (var chunk in ids.Chunk(1000))
            foreach (var e in await db.EmployeeRefs.AsNoTracking().Where(e => chunk.Contains(e.Id)).ToListAsync(ct))
                people[e.Id] = (e.EmployeeNumber, e.DisplayName(chinese));
        var types = await db.QualificationTypes.AsNoTracking().ToDictionaryAsync(q => q.Id, ct);
        return [.. rows.Select(r =>
        {
            var area = tree.Find(r.AreaId)!;
            var why = r.Flag switch
            {
                EntryVerdict.NoGrant => t["Why.NoGrant"].Value,
                EntryVerdict.Suspended => t["Why.Suspended", LabsText.Date(r.FlagDate), r.FlagTypeId is { } q ? types[q].DisplayName(chinese) : ""].Value,
                EntryVerdict.GrantEnded => t["Why.Ended", LabsText.Date(r.FlagDate)].Value,
                _ => "",
            };
            var (number, name) = people[r.EmployeeId];
            return new BadgeEntryRow(r.Id, r.At, LabsText.ChinaTime(r.At), r.EmployeeId, number, name, area.Code, area.DisplayName(chinese), tree.LabOf(area.Id).DisplayName(chinese),
                r.Flag, text.Flag(r.Flag), why);
        })];
    }
}
