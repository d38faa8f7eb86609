using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Modules.Labs.Features.Grants;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Labs.Features.Units;

public sealed record ManagerView(int EmployeeId, string EmployeeNumber, string Name, bool Deputy);

public sealed record RequirementView(int TypeId, string Code, string Name, bool Inherited);

/// <summary>A centre, lab or area with counts (no names): active and suspended grants, pending requests.</summary>
public sealed record LabRow(int Id, int? ParentId, LabKind Kind, string KindName, string Code, string Name, string? NameZh, ChainSegment? Segment, string? Site, int Depth,
    List<ManagerView> Managers, List<RequirementView> Requirements, int Active, int Suspended, int Pending, bool IManage);

public sealed record LabView(LabRow Lab, List<LabRow> Areas, List<GrantRow> Grants, bool CanDecide);

/// <summary>A unit: kind (Centre, Lab, Area), its parent (a lab's centre, an area's lab), code, names, segment, site, managers and deputies (employee numbers), required qualification codes.</summary>
public sealed record LabUnitInput(LabKind? Kind, int? ParentId, string? Code, string? Name, string? NameZh, ChainSegment? Segment, string? Site,
    List<string>? Managers, List<string>? Deputies, List<string>? Qualifications);

/// <summary>Counts per lab for executives (aggregates only: no names).</summary>
public sealed record LabSummaryRow(int Id, string Code, string Name, LabKind Kind, int Active, int Suspended, int Pending, int Holders);

/// <summary>Centres, labs and restricted areas as data.</summary>
public sealed class LabUnits(TalentChainDbContext db, GrantHandlers grants, LabsText text, IStringLocalizer<LabsResource> t, IStringLocalizer<SharedResource> shared)
{
    public async Task<List<LabRow>> ListAsync(LabsViewer viewer, CancellationToken ct = default)
    {
        var tree = await LabTree.LoadAsync(db, ct);
        var counts = await db.AccessGrants.AsNoTracking().GroupBy(g => new { g.LabUnitId, g.Status }).Select(x => new { x.Key.LabUnitId, x.Key.Status, N = x.Count() }).ToListAsync(ct);
        var managerIds = tree.All.SelectMany(u => u.Managers.Select(m => m.EmployeeId)).Distinct().ToList();
        var people = await db.EmployeeRefs.AsNoTracking().Where(e => managerIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var types = await db.QualificationTypes.AsNoTracking().ToDictionaryAsync(q => q.Id, ct);
        var chinese = UiCulture.IsChinese;
        var rows = new List<LabRow>();
        void Walk(int? parent, int depth)
        {
            foreach (var u in tree.Children(parent).OrderBy(u => u.Code, StringComparer.Ordinal))
            {
                var below = tree.SelfAndBelow(u.Id).ToHashSet();
                int Count(GrantStatus s) => counts.Where(c => below.Contains(c.LabUnitId) && c.Status == s).Sum(c => c.N);
                var own = u.Requirements.Select(r => r.QualificationTypeId).ToHashSet();
                rows.Add(new LabRow(u.Id, u.ParentId, u.Kind, text.Kind(u.Kind), u.Code, u.DisplayName(chinese), u.NameZh, u.Segment, u.Site, depth,
                    [.. u.Managers.OrderBy(m => m.Deputy).ThenBy(m => m.EmployeeId).Select(m => new ManagerView(m.EmployeeId, people[m.EmployeeId].EmployeeNumber, people[m.EmployeeId].DisplayName(chinese), m.Deputy))],
                    [.. tree.Required(u.Id).Select(id => types[id]).OrderBy(q => q.Code, StringComparer.Ordinal).Select(q => new RequirementView(q.Id, q.Code, q.DisplayName(chinese), !own.Contains(q.Id)))],
                    Count(GrantStatus.Active), Count(GrantStatus.Suspended), Count(GrantStatus.Requested), viewer.ManagedUnits.Contains(u.Id)));
                Walk(u.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return rows;
    }

    /// <summary>The unit with its areas, and the grants and requests the viewer may see (all of them for its managers).</summary>
    public async Task<LabView> GetAsync(LabsViewer viewer, int id, CancellationToken ct = default)
    {
        var rows = await ListAsync(viewer, ct);
        var lab = rows.FirstOrDefault(r => r.Id == id) ?? throw new NotFoundException(t["Unit.NotFound", id]);
        var tree = await LabTree.LoadAsync(db, ct);
        var below = tree.SelfAndBelow(id).ToHashSet();
        var list = viewer.Executive && !viewer.Admin ? [] : await grants.ListAsync(viewer, id, null, false, ct);
        return new LabView(lab, [.. rows.Where(r => r.Id != id && below.Contains(r.Id))], list, viewer.Manages(id));
    }

    public async Task<List<LabSummaryRow>> SummaryAsync(CancellationToken ct = default)
    {
        var tree = await LabTree.LoadAsync(db, ct);
        var chinese = UiCulture.IsChinese;
        var grantsByUnit = await db.AccessGrants.AsNoTracking().Select(g => new { g.LabUnitId, g.Status, g.EmployeeId }).ToListAsync(ct);
        return [.. tree.All.Where(u => u.Kind != LabKind.Area).OrderBy(u => u.Code, StringComparer.Ordinal).Select(u =>
        {
            var below = tree.SelfAndBelow(u.Id).ToHashSet();
            var mine = grantsByUnit.Where(g => below.Contains(g.LabUnitId)).ToList();
            return new LabSummaryRow(u.Id, u.Code, u.DisplayName(chinese), u.Kind, mine.Count(g => g.Status == GrantStatus.Active), mine.Count(g => g.Status == GrantStatus.Suspended),
                mine.Count(g => g.Status == GrantStatus.Requested), mine.Where(g => g.Status is GrantStatus.Active or GrantStatus.Suspended).Select(g => g.EmployeeId).Distinct().Count());
        })];
    }

    /// <summary>Creates a unit or (with <paramref name="id"/>) replaces its data, managers and requirements.</summary>
    public async Task<LabRow> SaveAsync(LabsViewer viewer, int? id, LabUnitInput input, CancellationToken ct = default)
    {
        var u = id is { } existing
            ? await db.LabUnits.Include(x => x.Managers).Include(x => x.Requirements).FirstOrDefaultAsync(x => x.Id == existing, ct) ?? throw new NotFoundException(t["Unit.NotFound", existing])
            : new LabUnit();
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Code), input.Code), (nameof(input.Name), input.Name), (nameof(input.NameZh), input.NameZh), (nameof(input.Site), input.Site));
        var kind = input.Kind ?? u.Kind;
        if (input.Kind is null && id is null) errors.Add(nameof(input.Kind), t["Unit.KindRequired"]);
        var parent = input.ParentId is { } p ? await db.LabUnits.AsNoTracking().FirstOrDefaultAsync(x => x.Id == p, ct) : null;
        if (input.ParentId is not null && parent is null) errors.Add(nameof(input.ParentId), t["Unit.NotFound", input.ParentId.Value]);
        else if (kind == LabKind.Centre && parent is not null) errors.Add(nameof(input.ParentId), t["Unit.CentreHasNoParent"]);
        else if (kind == LabKind.Lab && parent is { Kind: not LabKind.Centre }) errors.Add(nameof(input.ParentId), t["Unit.LabUnderCentre"]);
        else if (kind == LabKind.Area && parent is not { Kind: LabKind.Lab }) errors.Add(nameof(input.ParentId), t["Unit.AreaUnderLab"]);
        var code = input.Code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code)) errors.Add(nameof(input.Code), t["Common.CodeRequired"]);
        else if (code.Length > 40) errors.Add(nameof(input.Code), t["Common.TooLong", 40]);
        else if (await db.LabUnits.AnyAsync(x => x.Code == code && x.Id != u.Id, ct)) errors.Add(nameof(input.Code), t["Common.CodeTaken", code]);
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add(nameof(input.Name), t["Common.NameRequired"]);
        else if (name.Length > 200) errors.Add(nameof(input.Name), t["Common.TooLong", 200]);
        if (input.NameZh?.Trim().Length > 200) errors.Add(nameof(input.NameZh), t["Common.TooLong", 200]);
        if (input.Site?.Trim().Length > 200) errors.Add(nameof(input.Site), t["Common.TooLong", 200]);
        var numbers = (input.Managers ?? []).Concat(input.Deputies ?? []).Select(n => n?.Trim() ?? "").Where(n => n.Length > 0).Distinct().ToList();
        var people = await db.EmployeeRefs.AsNoTracking().Where(e => numbers.Contains(e.EmployeeNumber) && e.Status == EmployeeStatus.Active).ToDictionaryAsync(e => e.EmployeeNumber, e => e.Id, ct);
        foreach (var n in numbers.Where(n => !people.ContainsKey(n))) errors.Add(nameof(input.Managers), t["Unit.UnknownManager", n]);
        if (kind != LabKind.Area && (input.Managers ?? []).All(string.IsNullOrWhiteSpace)) errors.Add(nameof(input.Managers), t["Unit.ManagerRequired"]);
        var codes = (input.Qualifications ?? []).Select(c => c?.Trim().ToUpperInvariant() ?? "").Where(c => c.Length > 0).Distinct().ToList();
        var types = await db.QualificationTypes.AsNoTracking().Where(q => codes.Contains(q.Code)).ToDictionaryAsync(q => q.Code, q => q.Id, ct);
        foreach (var c in codes.Where(c => !types.ContainsKey(c))) errors.Add(nameof(input.Qualifications), t["Qualification.UnknownType", c]);
        errors.ThrowIfAny(t["Unit.Invalid"]);
        u.Kind = kind;
        u.ParentId = parent?.Id;
        u.Code = code!;
        u.Name = name!;
        u.NameZh = string.IsNullOrWhiteSpace(input.NameZh) ? null : input.NameZh.Trim();
        u.Segment = input.Segment;
        u.Site = string.IsNullOrWhiteSpace(input.Site) ? null : input.Site.Trim();
        var deputies = (input.Deputies ?? []).Select(n => n?.Trim() ?? "").ToHashSet();
        u.Managers.Clear();
        foreach (var n in numbers) u.Managers.Add(new LabManager { EmployeeId = people[n], Deputy = deputies.Contains(n) && !(input.Managers ?? []).Any(m => m?.Trim() == n) });
        u.Requirements.Clear();
        foreach (var c in codes) u.Requirements.Add(new LabRequirement { QualificationTypeId = types[c] });
        if (u.Id == 0) db.LabUnits.Add(u);
        await db.SaveChangesAsync(ct);
        return (await ListAsync(viewer, ct)).First(r => r.Id == u.Id);
    }
}
