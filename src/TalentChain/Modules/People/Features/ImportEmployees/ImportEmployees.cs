using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People.Features.Import;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.People.Features.ImportEmployees;

/// <summary>Validates and writes one file of employees: upserted by employee number; new people are written managers first, in batches. Run by <see cref="ImportHandler"/>.</summary>
internal sealed class ImportEmployees(TalentChainDbContext db) : IImportKind
{
    public ImportKind Kind => ImportKind.Employees;

    private sealed record EmployeeRow(
        int Row, string Number, string FamilyName, string GivenName, string? ChineseName, string? Email, OrgUnit Unit, string Position,
        string? Manager, DateOnly HireDate, DateOnly? BirthDate, CareerTrack Track, ProfessionalTitle Title, int Grade,
        EmployeeStatus Status, DateOnly? DepartureDate, EducationLevel? Education);

    public async Task<Func<Task<ImportCounts>>?> ValidateAsync(ImportTable table, ImportErrors errors, ImportPhases progress, CancellationToken ct)
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
            if (++done % ImportHandler.BatchSize == 0) await progress.ValidatedAsync(done, table.Rows.Count, ct);
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

            foreach (var batch in inserts.Chunk(ImportHandler.BatchSize))
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
                await progress.WroteAsync(written, total, ct);
            }

            int updated = 0, unchanged = 0;
            foreach (var batch in updates.Chunk(ImportHandler.BatchSize))
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
                await progress.WroteAsync(written, total, ct);
            }
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            return new ImportCounts(inserts.Count, updated, unchanged);
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
}
