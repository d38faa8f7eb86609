using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People.Features.Import;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.People.Features.ImportTaxonomy;

/// <summary>Validates and writes one file of taxonomy entries (segment → technology → skill): upserted by code; each parent of the right kind, no cycles. Run by <see cref="ImportHandler"/>.</summary>
internal sealed class ImportTaxonomy(TalentChainDbContext db) : IImportKind
{
    public ImportKind Kind => ImportKind.Taxonomy;

    private sealed record TaxonomyRow(int Row, string Code, TaxonomyKind Kind, string Name, string? NameZh, ChainSegment Segment, string? Parent, string? Description);

    public async Task<Func<Task<ImportCounts>>?> ValidateAsync(ImportTable table, ImportErrors errors, ImportPhases progress, CancellationToken ct)
    {
        var existing = await db.TaxonomyNodes.AsNoTracking().Select(n => new { n.Id, n.Code, n.ParentId, n.Kind }).ToListAsync(ct);
        var codeById = existing.ToDictionary(n => n.Id, n => n.Code);
        var dbParent = existing.ToDictionary(n => n.Code, n => n.ParentId is int p ? codeById[p] : null, StringComparer.Ordinal);
        var dbKind = existing.ToDictionary(n => n.Code, n => n.Kind, StringComparer.Ordinal);

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var parsed = new List<TaxonomyRow>();
        foreach (var row in table.Rows)
        {
            var r = new RowReader(table, row, errors, "taxonomy");
            var before = errors.Count;
            var code = r.Text("code", required: true);
            var kind = r.Enum<TaxonomyKind>("kind", required: true);
            var name = r.Text("name", required: true);
            var nameZh = r.Text("name_zh");
            var segment = r.Enum<ChainSegment>("segment", required: true);
            var parent = r.Text("parent_code");
            var description = r.Text("description");
            if (code is not null && !seen.TryAdd(code, row.Number))
                r.Error("code", code, "Import.Error.Duplicate", seen[code].ToString(CultureInfo.InvariantCulture));
            if (kind == TaxonomyKind.Segment && parent is not null) r.Error("parent_code", parent, "Import.Error.SegmentParent");
            if (kind is TaxonomyKind.Technology or TaxonomyKind.Skill && parent is null && row.Cells[table.IndexOf("parent_code")].Length == 0)
                r.Error("parent_code", null, "Import.Error.ParentRequired", ImportFormats.SnakeCase(kind.Value));
            if (errors.Count == before) parsed.Add(new TaxonomyRow(row.Number, code!, kind!.Value, name!, nameZh, segment!.Value, parent, description));
        }

        var fileParent = parsed.ToDictionary(p => p.Code, p => p.Parent, StringComparer.Ordinal);
        var fileKind = parsed.ToDictionary(p => p.Code, p => p.Kind, StringComparer.Ordinal);
        foreach (var p in parsed.Where(p => p.Parent is not null))
        {
            if (!seen.ContainsKey(p.Parent!) && !dbParent.ContainsKey(p.Parent!))
            {
                errors.Add(p.Row, "parent_code", p.Parent, "Import.Error.UnknownParent");
                continue;
            }
            TaxonomyKind? parentKind = fileKind.TryGetValue(p.Parent!, out var fk) ? fk : dbKind.TryGetValue(p.Parent!, out var dk) ? dk : null;
            var expected = p.Kind == TaxonomyKind.Skill ? TaxonomyKind.Technology : TaxonomyKind.Segment;
            if (parentKind is { } pk && pk != expected)
                errors.Add(p.Row, "parent_code", p.Parent, "Import.Error.ParentKind", ImportFormats.SnakeCase(p.Kind), ImportFormats.SnakeCase(expected));
        }
        var cycles = Cycles.Find(parsed.Select(p => p.Code),
            c => fileParent.TryGetValue(c, out var fp) ? fp : dbParent.GetValueOrDefault(c), StringComparer.Ordinal);
        foreach (var p in parsed.Where(p => cycles.ContainsKey(p.Code)))
            errors.Add(p.Row, "parent_code", p.Parent, "Import.Error.Cycle", cycles[p.Code]);
        if (errors.Count > 0) return null;

        return async () =>
        {
            var nodes = await db.TaxonomyNodes.ToDictionaryAsync(n => n.Code, StringComparer.Ordinal, ct);
            var inserted = 0;
            foreach (var p in parsed)
            {
                if (!nodes.TryGetValue(p.Code, out var node))
                {
                    node = new TaxonomyNode { Code = p.Code, Name = p.Name };
                    nodes[p.Code] = node;
                    db.TaxonomyNodes.Add(node);
                    inserted++;
                }
                node.Kind = p.Kind;
                node.Name = p.Name;
                node.NameZh = p.NameZh;
                node.Segment = p.Segment;
                node.Description = p.Description;
            }
            foreach (var p in parsed) nodes[p.Code].Parent = p.Parent is null ? null : nodes[p.Parent];
            db.ChangeTracker.DetectChanges();
            var updated = parsed.Count(p => db.Entry(nodes[p.Code]).State == EntityState.Modified);
            await db.SaveChangesAsync(ct);
            return new ImportCounts(inserted, updated, parsed.Count - inserted - updated);
        };
    }
}
