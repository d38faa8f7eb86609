using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People.Features.Import;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.People.Features.ImportSkillRecords;

/// <summary>Validates and writes one file of skill records: upserted by (employee, skill), in batches. Run by <see cref="ImportHandler"/>.</summary>
internal sealed class ImportSkillRecords(TalentChainDbContext db) : IImportKind
{
    public ImportKind Kind => ImportKind.Skills;

    private sealed record SkillRow(int Row, int EmployeeId, int NodeId, int Level, string? Evidence, string? AssessedBy, DateOnly AssessedOn);

    public async Task<Func<Task<ImportCounts>>?> ValidateAsync(ImportTable table, ImportErrors errors, ImportPhases progress, CancellationToken ct)
    {
        var employees = await db.Employees.AsNoTracking().Select(e => new { e.EmployeeNumber, e.Id })
            .ToDictionaryAsync(e => e.EmployeeNumber, e => e.Id, StringComparer.Ordinal, ct);
        var nodes = await db.TaxonomyNodes.AsNoTracking().Select(n => new { n.Code, n.Id, n.Kind })
            .ToDictionaryAsync(n => n.Code, StringComparer.Ordinal, ct);

        var seen = new Dictionary<(int, int), int>();
        var parsed = new List<SkillRow>(table.Rows.Count);
        var done = 0;
        foreach (var row in table.Rows)
        {
            var r = new RowReader(table, row, errors, "skills");
            var before = errors.Count;
            var number = r.Text("employee_number", required: true);
            var employeeId = 0;
            if (number is not null && !employees.TryGetValue(number, out employeeId)) r.Error("employee_number", number, "Import.Error.UnknownEmployee");
            var code = r.Text("taxonomy_code", required: true);
            var nodeId = 0;
            if (code is not null)
            {
                if (!nodes.TryGetValue(code, out var node)) r.Error("taxonomy_code", code, "Import.Error.UnknownTaxonomy");
                else if (node.Kind != TaxonomyKind.Skill) r.Error("taxonomy_code", code, "Import.Error.NotASkill", ImportFormats.SnakeCase(node.Kind));
                else nodeId = node.Id;
            }
            var level = r.Int("level", required: true);
            if (level is { } l && !Proficiency.IsValid(l))
                r.Error("level", l.ToString(CultureInfo.InvariantCulture), "Import.Error.LevelRange",
                    Proficiency.Min.ToString(CultureInfo.InvariantCulture), Proficiency.Max.ToString(CultureInfo.InvariantCulture));
            var evidence = r.Text("evidence");
            var assessedBy = r.Text("assessed_by");
            var assessedOn = r.Date("assessed_on", required: true);
            if (employeeId > 0 && nodeId > 0 && !seen.TryAdd((employeeId, nodeId), row.Number))
                r.Error("taxonomy_code", code, "Import.Error.Duplicate", seen[(employeeId, nodeId)].ToString(CultureInfo.InvariantCulture));
            if (errors.Count == before) parsed.Add(new SkillRow(row.Number, employeeId, nodeId, level!.Value, evidence, assessedBy, assessedOn!.Value));
            if (++done % ImportHandler.BatchSize == 0) await progress.ValidatedAsync(done, table.Rows.Count, ct);
        }
        if (errors.Count > 0) return null;

        return async () =>
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            int inserted = 0, updated = 0, unchanged = 0, written = 0;
            foreach (var batch in parsed.OrderBy(p => p.EmployeeId).Chunk(ImportHandler.BatchSize))
            {
                var employeeIds = batch.Select(p => p.EmployeeId).Distinct().ToList();
                var records = await db.SkillRecords.Where(s => employeeIds.Contains(s.EmployeeId))
                    .ToDictionaryAsync(s => (s.EmployeeId, s.TaxonomyNodeId), ct);
                foreach (var p in batch)
                {
                    if (!records.TryGetValue((p.EmployeeId, p.NodeId), out var record))
                    {
                        record = new SkillRecord { EmployeeId = p.EmployeeId, TaxonomyNodeId = p.NodeId };
                        db.SkillRecords.Add(record);
                        inserted++;
                    }
                    record.Level = p.Level;
                    record.Evidence = p.Evidence;
                    record.AssessedBy = p.AssessedBy;
                    record.AssessedOn = p.AssessedOn;
                }
                db.ChangeTracker.DetectChanges();
                var changed = records.Values.Count(s => db.Entry(s).State == EntityState.Modified);
                updated += changed;
                unchanged += batch.Length - changed - (batch.Length - batch.Count(p => records.ContainsKey((p.EmployeeId, p.NodeId))));
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                written += batch.Length;
                await progress.WroteAsync(written, parsed.Count, ct);
            }
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            return new ImportCounts(inserted, updated, unchanged);
        };
    }
}
