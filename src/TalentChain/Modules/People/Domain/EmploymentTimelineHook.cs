using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Data;

using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.People.Domain;

/// <summary>
/// Every change to an employee's unit, position, grade, title, track, manager or status adds a timeline event,
/// whichever path made it (page, API, import), and keeps the search text current.
/// </summary>
internal sealed class EmploymentTimelineHook : ISaveChangesHook
{
    public void BeforeSave(TalentChainDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var entries = db.ChangeTracker.Entries<Employee>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .ToList();
        if (entries.Count == 0) return;

        var now = db.Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var by = db.CurrentUser.Name;

        // Codes and numbers for the events' from/to values: one query each for the whole save, never one per row.
        var unitIds = new HashSet<int>();
        var managerIds = new HashSet<int>();
        foreach (var entry in entries)
        {
            unitIds.Add(entry.Entity.OrgUnitId);
            if (entry.Entity.ManagerId is { } m) managerIds.Add(m);
            if (entry.State != EntityState.Modified) continue;
            unitIds.Add((int)entry.Property(nameof(Employee.OrgUnitId)).OriginalValue!);
            if (entry.Property(nameof(Employee.ManagerId)).OriginalValue is int old) managerIds.Add(old);
        }
        var unitCodes = db.OrgUnits.Local.Where(u => unitIds.Contains(u.Id)).ToDictionary(u => u.Id, u => u.Code);
        unitIds.ExceptWith(unitCodes.Keys);
        if (unitIds.Count > 0)
            foreach (var u in db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Code }).ToList()) unitCodes[u.Id] = u.Code;
        var numbers = db.Employees.Local.Where(x => managerIds.Contains(x.Id)).ToDictionary(x => x.Id, x => x.EmployeeNumber);
        managerIds.ExceptWith(numbers.Keys);
        if (managerIds.Count > 0)
            foreach (var x in db.Employees.AsNoTracking().Where(x => managerIds.Contains(x.Id)).Select(x => new { x.Id, x.EmployeeNumber }).ToList()) numbers[x.Id] = x.EmployeeNumber;
        string? UnitCode(int id) => unitCodes.GetValueOrDefault(id);
        string? EmployeeNumber(int? id) => id is { } i ? numbers.GetValueOrDefault(i) : null;

        foreach (var entry in entries)
        {
            var e = entry.Entity;
            e.RefreshSearchText();
            void Add(EmploymentEventKind kind, string? from, string? to, DateOnly? date = null) =>
                db.EmploymentEvents.Add(new EmploymentEvent
                {
                    EmployeeId = e.Id,
                    Kind = kind,
                    FromValue = from,
                    ToValue = to,
                    EffectiveDate = date ?? e.ChangesEffectiveOn ?? today,
                    RecordedAt = now,
                    RecordedBy = by,
                });

            if (entry.State == EntityState.Added)
            {
                // EmployeeId is generated on insert; attach the event through the navigation.
                e.Events.Add(new EmploymentEvent
                {
                    Kind = EmploymentEventKind.Hired,
                    ToValue = $"{UnitCode(e.OrgUnitId) ?? e.OrgUnit?.Code} · {e.Position}",
                    EffectiveDate = e.HireDate,
                    RecordedAt = now,
                    RecordedBy = by,
                });
                if (e.Status == EmployeeStatus.Departed)
                {
                    e.Events.Add(new EmploymentEvent
                    {
                        Kind = EmploymentEventKind.Departed,
                        EffectiveDate = e.DepartureDate ?? today,
                        RecordedAt = now,
                        RecordedBy = by,
                    });
                }
                continue;
            }

            T Original<T>(string name) => (T)entry.Property(name).OriginalValue!;
            var oldUnit = Original<int>(nameof(Employee.OrgUnitId));
            if (oldUnit != e.OrgUnitId) Add(EmploymentEventKind.Transferred, UnitCode(oldUnit), UnitCode(e.OrgUnitId) ?? e.OrgUnit?.Code);

            var oldPosition = Original<string>(nameof(Employee.Position));
            if (!string.Equals(oldPosition, e.Position, StringComparison.Ordinal)) Add(EmploymentEventKind.PositionChanged, oldPosition, e.Position);

            var oldGrade = Original<int>(nameof(Employee.Grade));
            if (oldGrade != e.Grade)
                Add(e.Grade > oldGrade ? EmploymentEventKind.Promoted : EmploymentEventKind.Demoted,
                    oldGrade.ToString(CultureInfo.InvariantCulture), e.Grade.ToString(CultureInfo.InvariantCulture));

            var oldTitle = Original<ProfessionalTitle>(nameof(Employee.Title));
            if (oldTitle != e.Title) Add(EmploymentEventKind.TitleChanged, oldTitle.ToString(), e.TitleLabel ?? e.Title.ToString());

            var oldTrack = Original<CareerTrack>(nameof(Employee.Track));
            if (oldTrack != e.Track) Add(EmploymentEventKind.TrackChanged, oldTrack.ToString(), e.Track.ToString());

            var oldManager = (int?)entry.Property(nameof(Employee.ManagerId)).OriginalValue;
            if (oldManager != e.ManagerId) Add(EmploymentEventKind.ManagerChanged, EmployeeNumber(oldManager), EmployeeNumber(e.ManagerId) ?? e.Manager?.EmployeeNumber);

            var oldStatus = Original<EmployeeStatus>(nameof(Employee.Status));
            if (oldStatus != e.Status)
            {
                if (e.Status == EmployeeStatus.Departed) Add(EmploymentEventKind.Departed, null, null, e.DepartureDate ?? today);
                else Add(EmploymentEventKind.Rehired, null, null);
            }
        }
    }
}
