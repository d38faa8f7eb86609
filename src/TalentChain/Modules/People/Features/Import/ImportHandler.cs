using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;

namespace TalentChain.Modules.People.Features.Import;

/// <summary>What an import did, or why it wrote nothing. Stored as the job's ResultJson.</summary>
public sealed record ImportSummary
{
    public required string Kind { get; init; }
    public required string FileName { get; init; }
    public bool Succeeded { get; init; }
    public int Rows { get; init; }
    public int Inserted { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    /// <summary>All problems found; <see cref="Errors"/> keeps the first <see cref="ImportErrors.MaxKept"/>.</summary>
    public int ErrorCount { get; init; }
    public List<ImportError> Errors { get; init; } = [];
}

/// <summary>
/// Imports one file of org units, taxonomy entries, employees or skill records: reads it, validates every row
/// (collecting every problem), and only when the whole file is valid writes it in one transaction, upserting by
/// natural key. The page, the API and the CLI all run this handler (through <see cref="ImportJobs"/>).
/// </summary>
/// <remarks>
/// Audit: every import, whatever its size, is audited row by row — the DbContext appends one hash-chained audit row
/// per changed entity, with the changed fields, at each batch's save inside the import's one transaction — and adds
/// one summary "Import" event. (Large files once switched row audit off; a 5,001-row file could change a grade
/// unaudited. See ADR 0030.)
/// </remarks>
public sealed class ImportHandler(TalentChainDbContext db, ImportLiveProgress live)
{
    public const int BatchSize = 1000;

    private const string Reading = "Import.Phase.Reading";
    private const string Validating = "Import.Phase.Validating";
    private const string Writing = "Import.Phase.Writing";

    private IJobProgress? _progress;

    /// <summary>Write-phase progress: inside the write transaction SQLite cannot update the job row (see <see cref="ImportLiveProgress"/>).</summary>
    private async Task WroteAsync(int done, int total, CancellationToken ct)
    {
        live.Set(_progress!.JobId, Writing, done, total);
        if (!db.Database.IsSqlite()) await _progress.ReportAsync(Writing, done, total, ct);
        else if (_progress is ImportJobs.EchoProgress echo) echo.EchoOnly(Writing, done, total);
    }

    private readonly record struct Counts(int Inserted, int Updated, int Unchanged);

    public async Task<ImportSummary> ImportAsync(ImportKind kind, string fileName, byte[] content, IJobProgress progress, CancellationToken ct = default)
    {
        await progress.ReportAsync(Reading, 0, 1, ct);
        var (table, readErrors) = ImportFileReader.Read(kind, fileName, content);
        var slug = ImportFormats.Slug(kind);
        if (table is null)
            return new ImportSummary { Kind = slug, FileName = fileName, ErrorCount = readErrors.Count, Errors = readErrors };

        var errors = new ImportErrors();
        await progress.ReportAsync(Validating, 0, table.Rows.Count, ct);
        Func<Task<Counts>>? write = kind switch
        {
            ImportKind.OrgUnits => await OrgUnitsAsync(table, errors, ct),
            ImportKind.Taxonomy => await TaxonomyAsync(table, errors, ct),
            ImportKind.Employees => await EmployeesAsync(table, errors, progress, ct),
            _ => await SkillsAsync(table, errors, progress, ct),
        };
        if (errors.Count > 0 || write is null)
        {
            return new ImportSummary
            {
                Kind = slug, FileName = fileName, Rows = table.Rows.Count, ErrorCount = errors.Count,
                Errors = [.. errors.Kept.OrderBy(e => e.Row)],
            };
        }

        await progress.ReportAsync(Writing, 0, table.Rows.Count, ct);
        _progress = progress;
        Counts counts;
        var sqlite = db.Database.IsSqlite();
        try
        {
            if (sqlite) progress.PauseHeartbeat(true);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            counts = await write();
            db.RecordAuditEvent("Import", progress.JobId.ToString(), new Dictionary<string, string?>
            {
                ["kind"] = slug,
                ["file"] = fileName,
                ["rows"] = table.Rows.Count.ToString(CultureInfo.InvariantCulture),
                ["inserted"] = counts.Inserted.ToString(CultureInfo.InvariantCulture),
                ["updated"] = counts.Updated.ToString(CultureInfo.InvariantCulture),
                ["unchanged"] = counts.Unchanged.ToString(CultureInfo.InvariantCulture),
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            live.Remove(progress.JobId);
            if (sqlite) progress.PauseHeartbeat(false);
        }
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await progress.ReportAsync(Writing, table.Rows.Count, table.Rows.Count, ct);
        return new ImportSummary
        {
            Kind = slug, FileName = fileName, Succeeded = true, Rows = table.Rows.Count,
            Inserted = counts.Inserted, Updated = counts.Updated, Unchanged = counts.Unchanged,
        };
    }

    // ---------------------------------------------------------------- org units

    private sealed record OrgUnitRow(int Row, string Code, string Name, string? NameZh, ChainSegment Segment, string? Site, string? Parent);

    private async Task<Func<Task<Counts>>?> OrgUnitsAsync(ImportTable table, ImportErrors errors, CancellationToken ct)
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
            return new Counts(inserted, updated, parsed.Count - inserted - updated);
        };
    }

    // ---------------------------------------------------------------- taxonomy

    private sealed record TaxonomyRow(int Row, string Code, TaxonomyKind Kind, string Name, string? NameZh, ChainSegment Segment, string? Parent, string? Description);

    private async Task<Func<Task<Counts>>?> TaxonomyAsync(ImportTable table, ImportErrors errors, CancellationToken ct)
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
            return new Counts(inserted, updated, parsed.Count - inserted - updated);
        };
    }

    // ---------------------------------------------------------------- employees

    private sealed record EmployeeRow(
        int Row, string Number, string FamilyName, string GivenName, string? ChineseName, string? Email, OrgUnit Unit, string Position,
        string? Manager, DateOnly HireDate, DateOnly? BirthDate, CareerTrack Track, ProfessionalTitle Title, int Grade,
        EmployeeStatus Status, DateOnly? DepartureDate, EducationLevel? Education);

    private async Task<Func<Task<Counts>>?> EmployeesAsync(ImportTable table, ImportErrors errors, IJobProgress progress, CancellationToken ct)
    {
        // Lookups load once; validation never queries per row.
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(ct);
        var unitByCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var existing = await db.Employees.AsNoTracking().Select(e => new { e.Id, e.EmployeeNumber, e.ManagerId }).ToListAsync(ct);
        var idByNumber = existing.ToDictionary(e => e.EmployeeNumber, e => e.Id, StringComparer.Ordinal);
        var numberById = existing.ToDictionary(e => e.Id, e => e.EmployeeNumber);
        var dbManager = existing.ToDictionary(e => e.EmployeeNumber, e => e.ManagerId is int m ? numberById.GetValueOrDefault(m) : null, StringComparer.Ordinal);
        var departureColumn = table.IndexOf("departure_date");

        var seen = new Dictionary<string, int>(table.Rows.Count, StringComparer.Ordinal);
        var parsed = new List<EmployeeRow>(table.Rows.Count);
        var done = 0;
        foreach (var row in table.Rows)
        {
            var r = new RowReader(table, row, errors, "employees");
            var before = errors.Count;
            var number = r.Text("employee_number", required: true);
            var family = r.Text("family_name", required: true);
            var given = r.Text("given_name", required: true);
            var chinese = r.Text("chinese_name");
            var email = r.Email("email");
            var unitCode = r.Text("org_unit_code", required: true);
            OrgUnit? unit = null;
            if (unitCode is not null && !unitByCode.TryGetValue(unitCode, out unit)) r.Error("org_unit_code", unitCode, "Import.Error.UnknownOrgUnit");
            var position = r.Text("position", required: true);
            var manager = r.Text("manager_employee_number");
            var hire = r.Date("hire_date", required: true);
            var birth = r.Date("birth_date");
            var track = r.Enum<CareerTrack>("track", required: true);
            var title = r.Enum<ProfessionalTitle>("title", required: true);
            // Optional column: absent or blank leaves an existing person's education as it is.
            var education = table.Has("education") ? r.Enum<EducationLevel>("education") : null;
            var grade = r.Int("grade", required: true);
            if (grade is < Employee.MinGrade or > Employee.MaxGrade)
                r.Error("grade", grade.Value.ToString(CultureInfo.InvariantCulture), "Import.Error.GradeRange",
                    Employee.MinGrade.ToString(CultureInfo.InvariantCulture), Employee.MaxGrade.ToString(CultureInfo.InvariantCulture));
            var status = r.Enum<EmployeeStatus>("status", required: true);
            var departure = r.Date("departure_date");
            var departureText = row.Cells[departureColumn];
            if (status == EmployeeStatus.Departed && departureText.Length == 0) r.Error("departure_date", null, "Import.Error.DepartureRequired");
            if (status == EmployeeStatus.Active && departureText.Length > 0) r.Error("departure_date", departureText, "Import.Error.DepartureForActive");
            if (departure is { } dd && hire is { } hd && dd < hd)
                r.Error("departure_date", departureText, "Import.Error.DepartureBeforeHire", hd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (number is not null && !seen.TryAdd(number, row.Number))
                r.Error("employee_number", number, "Import.Error.Duplicate", seen[number].ToString(CultureInfo.InvariantCulture));
            if (errors.Count == before)
            {
                parsed.Add(new EmployeeRow(row.Number, number!, family!, given!, chinese, email, unit!, position!, manager, hire!.Value, birth,
                    track!.Value, title!.Value, grade!.Value, status!.Value, departure, education));
            }
            if (++done % BatchSize == 0) await progress.ReportAsync(Validating, done, table.Rows.Count, ct);
        }

        foreach (var p in parsed.Where(p => p.Manager is not null && !seen.ContainsKey(p.Manager) && !idByNumber.ContainsKey(p.Manager)))
            errors.Add(p.Row, "manager_employee_number", p.Manager, "Import.Error.UnknownManager");
        var fileManager = parsed.ToDictionary(p => p.Number, p => p.Manager, StringComparer.Ordinal);
        string? ManagerOf(string n) => fileManager.TryGetValue(n, out var m) ? m : dbManager.GetValueOrDefault(n);
        var cycles = Cycles.Find(parsed.Select(p => p.Number), ManagerOf, StringComparer.Ordinal);
        foreach (var p in parsed.Where(p => cycles.ContainsKey(p.Number)))
            errors.Add(p.Row, "manager_employee_number", p.Manager, "Import.Error.Cycle", cycles[p.Number]);
        if (errors.Count > 0) return null;

        return async () =>
        {
            var total = parsed.Count;
            var written = 0;
            var ids = new Dictionary<string, int>(idByNumber, StringComparer.Ordinal);
            db.ChangeTracker.AutoDetectChangesEnabled = false;

            // New people first, each manager before the people reporting to them, so every reference resolves.
            var depth = new Dictionary<string, int>(StringComparer.Ordinal);
            int DepthOf(string n)
            {
                var chain = new List<string>();
                var current = n;
                while (!depth.ContainsKey(current) && fileManager.GetValueOrDefault(current) is { } m && !idByNumber.ContainsKey(m))
                {
                    chain.Add(current);
                    current = m;
                }
                var d = depth.GetValueOrDefault(current);
                if (!depth.ContainsKey(current)) depth[current] = d;
                for (var i = chain.Count - 1; i >= 0; i--) depth[chain[i]] = ++d;
                return depth[n];
            }
            var inserts = parsed.Where(p => !idByNumber.ContainsKey(p.Number)).OrderBy(p => DepthOf(p.Number)).ToList();
            var updates = parsed.Where(p => idByNumber.ContainsKey(p.Number)).ToList();

            foreach (var batch in inserts.Chunk(BatchSize))
            {
                // Tracked units let the timeline hook name units without a query per person.
                db.OrgUnits.AttachRange(units);
                var added = new Dictionary<string, Employee>(batch.Length, StringComparer.Ordinal);
                foreach (var p in batch)
                {
                    var e = new Employee { EmployeeNumber = p.Number, FamilyName = p.FamilyName, GivenName = p.GivenName, Position = p.Position };
                    Apply(e, p);
                    e.OrgUnit = p.Unit;
                    if (p.Manager is null) e.ManagerId = null;
                    else if (ids.TryGetValue(p.Manager, out var managerId)) e.ManagerId = managerId;
                    else e.Manager = added[p.Manager];
                    added[p.Number] = e;
                    db.Employees.Add(e);
                }
                await db.SaveChangesAsync(ct);
                foreach (var (number, e) in added) ids[number] = e.Id;
                db.ChangeTracker.Clear();
                written += batch.Length;
                await WroteAsync(written, total, ct);
            }

            int updated = 0, unchanged = 0;
            foreach (var batch in updates.Chunk(BatchSize))
            {
                db.OrgUnits.AttachRange(units);
                var numbers = batch.Select(p => p.Number).ToList();
                var tracked = await db.Employees.Where(e => numbers.Contains(e.EmployeeNumber)).ToDictionaryAsync(e => e.EmployeeNumber, StringComparer.Ordinal, ct);
                foreach (var p in batch)
                {
                    var e = tracked[p.Number];
                    Apply(e, p);
                    e.OrgUnitId = p.Unit.Id;
                    e.ManagerId = p.Manager is null ? null : ids[p.Manager];
                }
                db.ChangeTracker.DetectChanges();
                var changed = tracked.Values.Count(e => db.Entry(e).State == EntityState.Modified);
                updated += changed;
                unchanged += batch.Length - changed;
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                written += batch.Length;
                await WroteAsync(written, total, ct);
            }
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            return new Counts(inserts.Count, updated, unchanged);
        };
    }

    private static void Apply(Employee e, EmployeeRow p)
    {
        e.FamilyName = p.FamilyName;
        e.GivenName = p.GivenName;
        e.ChineseName = p.ChineseName;
        e.Email = p.Email;
        e.Position = p.Position;
        e.HireDate = p.HireDate;
        e.BirthDate = p.BirthDate;
        e.Track = p.Track;
        e.Title = p.Title;
        if (p.Education is { } education) e.Education = education;
        e.Grade = p.Grade;
        e.Status = p.Status;
        e.DepartureDate = p.DepartureDate;
    }

    // ---------------------------------------------------------------- skill records

    private sealed record SkillRow(int Row, int EmployeeId, int NodeId, int Level, string? Evidence, string? AssessedBy, DateOnly AssessedOn);

    private async Task<Func<Task<Counts>>?> SkillsAsync(ImportTable table, ImportErrors errors, IJobProgress progress, CancellationToken ct)
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
            if (++done % BatchSize == 0) await progress.ReportAsync(Validating, done, table.Rows.Count, ct);
        }
        if (errors.Count > 0) return null;

        return async () =>
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            int inserted = 0, updated = 0, unchanged = 0, written = 0;
            foreach (var batch in parsed.OrderBy(p => p.EmployeeId).Chunk(BatchSize))
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
                await WroteAsync(written, parsed.Count, ct);
            }
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            return new Counts(inserted, updated, unchanged);
        };
    }
}
