using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People.Features.Import;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.People.Features.ImportOrgUnits;

/// <summary>Validates and writes one file of org units (code, name, segment, site, parent): upserted by code; parents must exist or come in the file, no cycles. Run by <see cref="ImportHandler"/>.</summary>
internal sealed class ImportOrgUnits(TalentChainDbContext db) : IImportKind
{
    public ImportKind Kind => ImportKind.OrgUnits;

    private sealed record OrgUnitRow(int Row, string Code, string Name, string? NameZh, ChainSegment Segment, string? Site, string? Parent);

    public async Task<Func<Task<ImportCounts>>?> ValidateAsync(ImportTable table, ImportErrors errors, ImportPhases progress, CancellationToken ct)
    {
        var existing = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.Code, u.ParentId }).ToListAsync(ct);
        var codeById = existing.ToDictionary(u => u.Id, u => u.Code);
        var dbParent = existing.ToDictionary(u => u.Code, u => u.ParentId is int p ? codeById[p] : null, StringComparer.Ordinal);

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var parsed = new List<OrgUnitRow>();
        foreach (var row in table.Rows)
        {
            var r = new RowReader(table, row, errors, "org-units");
            var before = errors.Count;
            var code = r.Text("code", required: true);
            var name = r.Text("name", required: true);
            var nameZh = r.Text("name_zh");
            var segment = r.Enum<ChainSegment>("segment", required: true);
            var site = r.Text("site");
            var parent = r.Text("parent_code");
            if (code is not null && !seen.TryAdd(code, row.Number))
                r.Error("code", code, "Import.Error.Duplicate", seen[code].ToString(CultureInfo.InvariantCulture));
            if (errors.Count == before) parsed.Add(new OrgUnitRow(row.Number, code!, name!, nameZh, segment!.Value, site, parent));
        }

        var fileParent = parsed.ToDictionary(p => p.Code, p => p.Parent, StringComparer.Ordinal);
        foreach (var p in parsed.Where(p => p.Parent is not null && !seen.ContainsKey(p.Parent) && !dbParent.ContainsKey(p.Parent)))
            errors.Add(p.Row, "parent_code", p.Parent, "Import.Error.UnknownParent");
        var cycles = Cycles.Find(parsed.Select(p => p.Code),
            c => fileParent.TryGetValue(c, out var fp) ? fp : dbParent.GetValueOrDefault(c), StringComparer.Ordinal);
        foreach (var p in parsed.Where(p => cycles.ContainsKey(p.Code)))
            errors.Add(p.Row, "parent_code", p.Parent, "Import.Error.Cycle", cycles[p.Code]);
        if (errors.Count > 0) return null;

        return async () =>
        {
            var units = await db.OrgUnits.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
            var inserted = 0;
            foreach (var p in parsed)
            {
                if (!units.TryGetValue(p.Code, out var unit))
                {
                    unit = new OrgUnit { Code = p.Code, Name = p.Name };
                    units[p.Code] = unit;
                    db.OrgUnits.Add(unit);
                    inserted++;
                }
                unit.Name = p.Name;
                unit.NameZh = p.NameZh;
                unit.Segment = p.Segment;
                unit.Site = p.Site;
            }
            foreach (var p in parsed) units[p.Code].Parent = p.Parent is null ? null : units[p.Parent];
            db.ChangeTracker.DetectChanges();
            var updated = parsed.Count(p => db.Entry(units[p.Code]).State == EntityState.Modified);
            await db.SaveChangesAsync(ct);
            return new ImportCounts(inserted, updated, parsed.Count - inserted - updated);
        };
    }
}
