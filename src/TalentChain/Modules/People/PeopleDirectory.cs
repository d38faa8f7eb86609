using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.People;

/// <summary>People's <see cref="IPeopleDirectory"/>: changes other modules cause, made on the caller's DbContext.</summary>
internal sealed class PeopleDirectory(TalentChainDbContext db) : IPeopleDirectory
{
    public async Task MarkDepartedAsync(int employeeId, DateOnly lastDay, CancellationToken ct = default)
    {
        var employee = await db.Employees.FirstAsync(e => e.Id == employeeId, ct);
        employee.Status = EmployeeStatus.Departed;
        employee.DepartureDate = lastDay;
    }

    public async Task ChangeManagerAsync(int employeeId, int managerEmployeeId, CancellationToken ct = default)
    {
        var employee = await db.Employees.FirstAsync(e => e.Id == employeeId, ct);
        if (employee.ManagerId != managerEmployeeId) employee.ManagerId = managerEmployeeId;
    }

    public async Task<bool> RecordSkillAsync(int employeeId, int taxonomyNodeId, int level, string evidence, string assessedBy, DateOnly assessedOn,
        bool onlyIfHigher = false, CancellationToken ct = default)
    {
        var record = await db.SkillRecords.FirstOrDefaultAsync(s => s.EmployeeId == employeeId && s.TaxonomyNodeId == taxonomyNodeId, ct);
        if (onlyIfHigher && record is not null && record.Level >= level) return false;
        if (record is null) db.SkillRecords.Add(record = new SkillRecord { EmployeeId = employeeId, TaxonomyNodeId = taxonomyNodeId });
        record.Level = level;
        record.Evidence = evidence;
        record.AssessedBy = assessedBy;
        record.AssessedOn = assessedOn;
        return true;
    }

    public async Task ApplyCareerChangeAsync(int employeeId, CareerChange change, CancellationToken ct = default)
    {
        if (change.Grade is { } g && (g < Employee.MinGrade || g > Employee.MaxGrade))
            throw new ArgumentOutOfRangeException(nameof(change), g, $"Grade must be {Employee.MinGrade}–{Employee.MaxGrade}.");
        var employee = await db.Employees.FirstAsync(e => e.Id == employeeId, ct);
        employee.ChangesEffectiveOn = change.EffectiveDate;
        if (change.Position is { Length: > 0 } position) employee.Position = position;
        if (change.Grade is { } grade) employee.Grade = grade;
        if (change.Track is { } track) employee.Track = track;
        if (change.OrgUnitId is { } unit) employee.OrgUnitId = unit;
    }

    public async Task RecordTitleAsync(int employeeId, TitleGrant grant, CancellationToken ct = default)
    {
        var employee = await db.Employees.FirstAsync(e => e.Id == employeeId, ct);
        var label = BilingualValue.Join(grant.NameEn, grant.NameZh);
        if (grant.CertificateNumber is { Length: > 0 } number) label += BilingualValue.Separator + number;
        if (label.Length > 200) label = label[..200];
        if (grant.EngineeringRank is { } rank && rank != employee.Title)
        {
            // The timeline hook records the change, named by the label, on the grant's date.
            employee.ChangesEffectiveOn = grant.GrantedOn;
            employee.TitleLabel = label;
            employee.Title = rank;
            return;
        }
        db.EmploymentEvents.Add(new EmploymentEvent
        {
            EmployeeId = employeeId,
            Kind = EmploymentEventKind.TitleChanged,
            FromValue = null,
            ToValue = label,
            EffectiveDate = grant.GrantedOn,
            RecordedAt = db.Clock.GetUtcNow(),
            RecordedBy = db.CurrentUser.Name,
        });
    }
}
