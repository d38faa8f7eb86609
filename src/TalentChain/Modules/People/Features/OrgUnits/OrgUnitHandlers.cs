using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People.Features.Taxonomy;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.People.Features.OrgUnits;

/// <summary>What a client sends to create or change a unit. Segment is the member name, e.g. "Separation".</summary>
public sealed record OrgUnitInput(string? Code, string? Name, string? NameZh, string? Segment, string? Site, int? ParentId, long? Version = null);

/// <summary>One unit as shown in the tree: depth-first order, with the head count of active employees.</summary>
public sealed record OrgUnitView(
    int Id,
    string Code,
    string Name,
    string? NameZh,
    string DisplayName,
    string Segment,
    string SegmentName,
    string? Site,
    int? ParentId,
    string? ParentCode,
    int Depth,
    int ActiveEmployees,
    int ActiveEmployeesWithSubUnits,
    int ChildCount,
    long Version);

/// <summary>The org-unit tree: list, create, edit, delete. Used by the /org page and /api/v1/org-units.</summary>
public sealed partial class OrgUnitHandlers(TalentChainDbContext db, IStringLocalizer<TaxonomyResource> t, PeopleLabels labels, IStringLocalizer<SharedResource> shared)
{
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 200;
    public const int SiteMaxLength = 100;

    [GeneratedRegex("^[A-Z0-9-]{2,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    /// <summary>All units in tree order (children by code), with direct and sub-tree head counts from one grouped query.</summary>
    public async Task<List<OrgUnitView>> ListAsync(CancellationToken ct = default)
    {
        var units = await db.OrgUnits.AsNoTracking()
            .Select(u => new { u.Id, u.Code, u.Name, u.NameZh, u.Segment, u.Site, u.ParentId, u.Version })
            .ToListAsync(ct);
        var counts = await db.Employees.AsNoTracking()
            .Where(e => e.Status == EmployeeStatus.Active)
            .GroupBy(e => e.OrgUnitId)
            .Select(g => new { UnitId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.UnitId, x => x.Count, ct);

        var byId = units.ToDictionary(u => u.Id);
        var children = units.Where(u => u.ParentId is { } p && byId.ContainsKey(p))
            .GroupBy(u => u.ParentId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.Code, StringComparer.Ordinal).ToList());
        var chinese = UiCulture.IsChinese;
        var result = new List<OrgUnitView>(units.Count);

        int Total(int id) => counts.GetValueOrDefault(id) + (children.TryGetValue(id, out var c) ? c.Sum(x => Total(x.Id)) : 0);

        void Visit(int id, int depth)
        {
            var u = byId[id];
            var kids = children.GetValueOrDefault(id) ?? [];
            result.Add(new OrgUnitView(u.Id, u.Code, u.Name, u.NameZh,
                chinese && !string.IsNullOrEmpty(u.NameZh) ? u.NameZh : u.Name,
                u.Segment.ToString(), labels.Segment(u.Segment), u.Site, u.ParentId,
                u.ParentId is { } p && byId.TryGetValue(p, out var parent) ? parent.Code : null,
                depth, counts.GetValueOrDefault(id), Total(id), kids.Count, u.Version));
            foreach (var k in kids) Visit(k.Id, depth + 1);
        }

        foreach (var root in units.Where(u => u.ParentId is null || !byId.ContainsKey(u.ParentId.Value)).OrderBy(u => u.Code, StringComparer.Ordinal))
            Visit(root.Id, 0);
        return result;
    }

    public async Task<OrgUnitView> GetAsync(int id, CancellationToken ct = default) =>
        (await ListAsync(ct)).FirstOrDefault(u => u.Id == id) ?? throw new NotFoundException(t["OrgUnit.NotFound", id]);

    public async Task<OrgUnitView> CreateAsync(OrgUnitInput input, CancellationToken ct = default)
    {
        var valid = await ValidateAsync(null, input, ct);
        var unit = new OrgUnit { Code = valid.Code, Name = valid.Name };
        valid.ApplyTo(unit);
        db.OrgUnits.Add(unit);
        await SaveAsync(valid.Code, ct);
        return await GetAsync(unit.Id, ct);
    }

    public async Task<OrgUnitView> UpdateAsync(int id, OrgUnitInput input, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException(t["OrgUnit.NotFound", id]);
        ExpectVersion(unit, input.Version);
        var valid = await ValidateAsync(id, input, ct);
        valid.ApplyTo(unit);
        unit.Code = valid.Code;
        await SaveAsync(valid.Code, ct);
        return await GetAsync(unit.Id, ct);
    }

    /// <summary>Only an empty leaf may go: employees (also departed ones, whose history points here) and sub-units keep it.</summary>
    public async Task DeleteAsync(int id, long? version, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException(t["OrgUnit.NotFound", id]);
        ExpectVersion(unit, version);
        var errors = new FieldErrors();
        var employees = await db.Employees.CountAsync(e => e.OrgUnitId == id, ct);
        if (employees > 0) errors.Add("Id", t["OrgUnit.DeleteHasEmployees", unit.Code, employees]);
        var children = await db.OrgUnits.CountAsync(u => u.ParentId == id, ct);
        if (children > 0) errors.Add("Id", t["OrgUnit.DeleteHasChildren", unit.Code, children]);
        errors.ThrowIfAny(t["OrgUnit.DeleteRefused"]);
        db.OrgUnits.Remove(unit);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A stale version is refused before anything is compared; the original value also guards the UPDATE itself.</summary>
    private void ExpectVersion(OrgUnit unit, long? version)
    {
        if (version is null) return;
        if (version != unit.Version) throw new DbUpdateConcurrencyException(t["Concurrency.Stale"]);
        db.Entry(unit).Property(u => u.Version).OriginalValue = version.Value;
    }

    private async Task SaveAsync(string code, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Two people creating the same code at once: the unique index decides; say so as the pre-check would.
            db.ChangeTracker.Clear();
            if (await db.OrgUnits.AnyAsync(u => u.Code == code, ct))
                throw ValidationFailedException.For(t["OrgUnit.Invalid"], nameof(OrgUnitInput.Code), t["OrgUnit.CodeTaken", code]);
            throw;
        }
    }

    private sealed record ValidInput(string Code, string Name, string? NameZh, ChainSegment Segment, string? Site, int? ParentId)
    {
        public void ApplyTo(OrgUnit u)
        {
            u.Name = Name;
            u.NameZh = NameZh;
            u.Segment = Segment;
            u.Site = Site;
            u.ParentId = ParentId;
        }
    }

    private async Task<ValidInput> ValidateAsync(int? id, OrgUnitInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Code), input.Code), (nameof(input.Name), input.Name), (nameof(input.NameZh), input.NameZh), (nameof(input.Site), input.Site));
        var code = (input.Code ?? "").Trim().ToUpperInvariant();
        if (code.Length == 0) errors.Add(nameof(input.Code), t["OrgUnit.CodeRequired"]);
        else if (!CodePattern().IsMatch(code)) errors.Add(nameof(input.Code), t["OrgUnit.CodePattern", 2, CodeMaxLength]);
        else if (await db.OrgUnits.AnyAsync(u => u.Code == code && u.Id != id, ct)) errors.Add(nameof(input.Code), t["OrgUnit.CodeTaken", code]);

        var name = (input.Name ?? "").Trim();
        if (name.Length == 0) errors.Add(nameof(input.Name), t["OrgUnit.NameRequired"]);
        else if (name.Length > NameMaxLength) errors.Add(nameof(input.Name), t["Common.TooLong", NameMaxLength]);
        var nameZh = Blank(input.NameZh);
        if (nameZh?.Length > NameMaxLength) errors.Add(nameof(input.NameZh), t["Common.TooLong", NameMaxLength]);
        var site = Blank(input.Site);
        if (site?.Length > SiteMaxLength) errors.Add(nameof(input.Site), t["Common.TooLong", SiteMaxLength]);

        if (!TaxonomyText.TryParseName<ChainSegment>(input.Segment, out var segment))
            errors.Add(nameof(input.Segment), string.IsNullOrWhiteSpace(input.Segment) ? t["Common.SegmentRequired"] : t["Common.SegmentUnknown", input.Segment!]);

        if (input.ParentId is { } parentId)
        {
            var parents = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToDictionaryAsync(u => u.Id, u => u.ParentId, ct);
            if (!parents.ContainsKey(parentId)) errors.Add(nameof(input.ParentId), t["OrgUnit.ParentNotFound", parentId]);
            else if (id is not null && IsSelfOrDescendant(parentId, id.Value, parents))
                errors.Add(nameof(input.ParentId), t["OrgUnit.ParentCycle"]);
        }
        errors.ThrowIfAny(t["OrgUnit.Invalid"]);
        return new ValidInput(code, name, nameZh, segment, site, input.ParentId);
    }

    /// <summary>True when <paramref name="candidate"/> is the unit itself or lies below it (walking up from the candidate).</summary>
    internal static bool IsSelfOrDescendant(int candidate, int unitId, IReadOnlyDictionary<int, int?> parentOf)
    {
        var seen = new HashSet<int>();
        for (int? at = candidate; at is { } x; at = parentOf.GetValueOrDefault(x))
        {
            if (x == unitId) return true;
            if (!seen.Add(x)) return true; // the stored tree already loops: refuse rather than deepen it
        }
        return false;
    }

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
