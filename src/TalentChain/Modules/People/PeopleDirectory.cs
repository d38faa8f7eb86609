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
}
