using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.People.Contracts;

/// <summary>
/// The management chain, as People defines it: a person's manager, that manager's manager, and so on up. Who is
/// "a line manager of" someone for restricted data (timeline, grade, need-to-know skill levels, training results).
/// </summary>
public sealed class ManagementChain(TalentChainDbContext db)
{
    /// <summary>Longest chain walked; deeper (or cyclic) chains stop here.</summary>
    public const int MaxDepth = 32;

    /// <summary>The person's managers, nearest first (stops on a cycle).</summary>
    public async Task<List<int>> AboveAsync(int employeeId, CancellationToken ct = default)
    {
        var chain = new List<int>();
        var current = employeeId;
        for (var i = 0; i < MaxDepth; i++)
        {
            var manager = await db.Employees.AsNoTracking().Where(e => e.Id == current).Select(e => e.ManagerId).FirstOrDefaultAsync(ct);
            if (manager is not { } m || m == employeeId || chain.Contains(m)) break;
            chain.Add(m);
            current = m;
        }
        return chain;
    }

    /// <summary>
    /// Which of <paramref name="employeeIds"/> have <paramref name="managerEmployeeId"/> somewhere above them. One query
    /// per level of the hierarchy (not per person), for lists such as a session's enrolments.
    /// </summary>
    public async Task<IReadOnlySet<int>> ManagedAmongAsync(int managerEmployeeId, IReadOnlyCollection<int> employeeIds, CancellationToken ct = default)
    {
        var managed = new HashSet<int>();
        // Each person's current position in the walk up; a person leaves the walk when the manager is found or the chain ends.
        var walking = employeeIds.Distinct().Where(id => id != managerEmployeeId).ToDictionary(id => id, id => id);
        for (var depth = 0; depth < MaxDepth && walking.Count > 0; depth++)
        {
            var positions = walking.Values.Distinct().ToList();
            var managers = await db.Employees.AsNoTracking().Where(e => positions.Contains(e.Id) && e.ManagerId != null)
                .Select(e => new { e.Id, Manager = e.ManagerId!.Value }).ToDictionaryAsync(e => e.Id, e => e.Manager, ct);
            foreach (var (person, position) in walking.ToList())
            {
                if (!managers.TryGetValue(position, out var up) || up == person) walking.Remove(person);
                else if (up == managerEmployeeId) { managed.Add(person); walking.Remove(person); }
                else walking[person] = up;
            }
        }
        return managed;
    }
}
