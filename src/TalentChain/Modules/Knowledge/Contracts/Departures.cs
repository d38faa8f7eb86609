using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Knowledge.Contracts;

/// <summary>
/// A recorded departure as other modules see it (read model, ADR 0043): who leaves, when notice was given, the last
/// day, and whether the exit workflow is complete. Mapped read-only onto Knowledge's table.
/// </summary>
public sealed class DepartureRef
{
    public int Id { get; private set; }
    public int EmployeeId { get; private set; }
    public DateOnly NoticeDate { get; private set; }
    public DateOnly LastDay { get; private set; }
    /// <summary>Set when the exit workflow was signed off.</summary>
    public DateOnly? CompletedOn { get; private set; }
}

/// <summary>Knowledge's read models as queries other modules compose with their own.</summary>
public static class KnowledgeReadTables
{
    extension(TalentChainDbContext db)
    {
        public IQueryable<DepartureRef> DepartureRefs => db.Set<DepartureRef>();
    }
}

/// <summary>
/// What a leaver still owes or must settle, added to the departure's exit workflow by another module (e.g. a tuition
/// repayment under a service commitment). Knowledge asks every registered source when it shows a departure; the
/// source decides what the viewer may see (amounts are need-to-know) and returns nothing to show nothing.
/// </summary>
public interface IDepartureObligations
{
    Task<IReadOnlyList<DepartureObligation>> ForAsync(int employeeId, DateOnly lastDay, System.Security.Claims.ClaimsPrincipal viewer, CancellationToken ct = default);
}

/// <summary>
/// One item on the exit workflow: what it is, how it was worked out (e.g. the formula), its state, and where it is
/// handled. <see cref="Amount"/> (CNY) is null when the viewer may not see it. <see cref="Settled"/> = nothing left to do.
/// Texts come in the viewer's language.
/// </summary>
public sealed record DepartureObligation(string Source, string Title, string Detail, decimal? Amount, string Status, bool Settled, string? Link);
