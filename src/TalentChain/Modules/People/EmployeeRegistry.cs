using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.People;

/// <summary>People's answer to the platform's <see cref="IEmployeeRegistry"/>.</summary>
internal sealed class EmployeeRegistry(TalentChainDbContext db) : IEmployeeRegistry
{
    public Task<bool> AnyAsync(CancellationToken ct = default) => db.Employees.AnyAsync(ct);

    public Task<int?> IdOfAsync(string employeeNumber, CancellationToken ct = default) =>
        db.Employees.Where(e => e.EmployeeNumber == employeeNumber).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);

    public Task<Dictionary<int, string>> NumbersAsync(IReadOnlyCollection<int> employeeIds, CancellationToken ct = default) =>
        db.Employees.AsNoTracking().Where(e => employeeIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.EmployeeNumber, ct);

    public Task<EmployeeContact?> ContactAsync(int employeeId, CancellationToken ct = default) =>
        db.Employees.AsNoTracking().Where(e => e.Id == employeeId).Select(e => new EmployeeContact(e.Id, e.Email)).FirstOrDefaultAsync(ct);
}
