namespace TalentChain.Platform.Data;

/// <summary>An employee as the platform knows one: the id accounts link to, and the work e-mail notifications use.</summary>
public sealed record EmployeeContact(int Id, string? Email);

/// <summary>
/// What the platform asks about employees, whose records the People module owns: accounts link to an employee by
/// number, notifications reach an employee's e-mail, the demo load and the CLI start only on an empty database.
/// People implements it, so Platform depends on no module (ADR 0038).
/// </summary>
public interface IEmployeeRegistry
{
    /// <summary>Whether any employee exists.</summary>
    Task<bool> AnyAsync(CancellationToken ct = default);

    /// <summary>The id of the employee with this number, or null.</summary>
    Task<int?> IdOfAsync(string employeeNumber, CancellationToken ct = default);

    /// <summary>The numbers of these employees (id → number; unknown ids are left out).</summary>
    Task<Dictionary<int, string>> NumbersAsync(IReadOnlyCollection<int> employeeIds, CancellationToken ct = default);

    /// <summary>The employee's contact, or null when there is no such employee.</summary>
    Task<EmployeeContact?> ContactAsync(int employeeId, CancellationToken ct = default);
}
