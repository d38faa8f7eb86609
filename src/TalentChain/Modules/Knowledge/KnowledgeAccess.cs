using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Knowledge;

/// <summary>The module's authorization policies (module-owned; the platform's Roles are only read).</summary>
public static class KnowledgePolicies
{
    /// <summary>Knowledge officers and administrators: everything in the module.</summary>
    public const string Officer = "Knowledge.Officer";
    /// <summary>Officers, line managers (their own reports) and executives (aggregates only).</summary>
    public const string View = "Knowledge.View";
    /// <summary>Officers and line managers: assessments, departures and succession for the people they may see.</summary>
    public const string Manage = "Knowledge.Manage";

    public static IServiceCollection AddKnowledgePolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Officer, p => p.RequireRole(Roles.Administrator, Roles.KnowledgeOfficer))
            .AddPolicy(View, p => p.RequireRole(Roles.Administrator, Roles.KnowledgeOfficer, Roles.LineManager, Roles.Executive))
            .AddPolicy(Manage, p => p.RequireRole(Roles.Administrator, Roles.KnowledgeOfficer, Roles.LineManager));
        return services;
    }
}

/// <summary>
/// What one viewer may see here. Officers see everyone; line managers their direct and indirect reports; executives
/// aggregates only (no names, groups smaller than the configured size suppressed). Nobody sees their own flight risk.
/// </summary>
public sealed class KnowledgeScope
{
    public bool IsOfficer { get; init; }
    public bool IsManager { get; init; }
    public bool IsExecutive { get; init; }
    public int? ViewerEmployeeId { get; init; }
    /// <summary>The signed-in user the scope was made for (null for a system scope such as <see cref="Officer"/>).</summary>
    public ClaimsPrincipal? Viewer { get; init; }
    /// <summary>Direct and indirect reports of a line manager (empty for others).</summary>
    public IReadOnlySet<int> Reports { get; init; } = new HashSet<int>();

    /// <summary>Whether names and person-level data of this employee may be shown.</summary>
    public bool MaySeePerson(int employeeId) => IsOfficer || (IsManager && Reports.Contains(employeeId));

    /// <summary>Flight risk: as <see cref="MaySeePerson"/>, never one's own score.</summary>
    public bool MaySeeRisk(int employeeId) => employeeId != ViewerEmployeeId && MaySeePerson(employeeId);

    /// <summary>Aggregates only: executives without officer or manager rights.</summary>
    public bool AggregatesOnly => !IsOfficer && !IsManager;

    public static KnowledgeScope Officer() => new() { IsOfficer = true };
}

public sealed class KnowledgeAccess(TalentChainDbContext db)
{
    public async Task<KnowledgeScope> ScopeAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var officer = user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.KnowledgeOfficer);
        var manager = user.IsInRole(Roles.LineManager);
        var viewer = await ViewerEmployeeIdAsync(user, ct);
        var reports = new HashSet<int>();
        if (!officer && manager && viewer is { } v) reports = await ReportsOfAsync(v, ct);
        return new KnowledgeScope
        {
            IsOfficer = officer,
            IsManager = manager,
            IsExecutive = user.IsInRole(Roles.Executive),
            ViewerEmployeeId = viewer,
            Viewer = user,
            Reports = reports,
        };
    }

    /// <summary>The employee the signed-in account belongs to, if any.</summary>
    public async Task<int?> ViewerEmployeeIdAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return null;
        return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.EmployeeId).FirstOrDefaultAsync(ct);
    }

    /// <summary>Everyone below the manager in the reporting tree (cycles stop the walk).</summary>
    public async Task<HashSet<int>> ReportsOfAsync(int managerId, CancellationToken ct = default)
    {
        var edges = await db.EmployeeRefs.AsNoTracking().Where(e => e.ManagerId != null).Select(e => new { e.Id, Manager = e.ManagerId!.Value }).ToListAsync(ct);
        var children = edges.ToLookup(e => e.Manager, e => e.Id);
        var seen = new HashSet<int>();
        var queue = new Queue<int>([managerId]);
        while (queue.Count > 0)
        {
            foreach (var c in children[queue.Dequeue()])
                if (c != managerId && seen.Add(c)) queue.Enqueue(c);
        }
        return seen;
    }

    /// <summary>Throws 404 (not 403, so existence is not revealed) when the viewer may not see the person.</summary>
    public static void EnsureMaySee(KnowledgeScope scope, int employeeId, string message)
    {
        if (!scope.MaySeePerson(employeeId)) throw new Platform.Web.NotFoundException(message);
    }
}
