using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Labs;

/// <summary>The module's authorization policies (role level; record-level checks are <see cref="LabsAccess"/>, ADR 0047).</summary>
public static class LabsPolicies
{
    /// <summary>Anyone signed in; what they see is narrowed per record.</summary>
    public const string Use = "Labs.Use";
    /// <summary>The lab safety administration: labs, qualification types, badge-log imports (administrators, the security officer).</summary>
    public const string Administer = "Labs.Administer";
    /// <summary>Counts per lab without names: executives and the safety administration.</summary>
    public const string Summary = "Labs.Summary";

    public static IServiceCollection AddLabsPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Use, p => p.RequireAuthenticatedUser())
            .AddPolicy(Administer, p => p.RequireRole(Roles.Administrator, Roles.KnowledgeOfficer))
            .AddPolicy(Summary, p => p.RequireRole(Roles.Administrator, Roles.KnowledgeOfficer, Roles.Executive));
        return services;
    }
}

/// <summary>Who is asking: the account's employee, whether they administer lab safety, and the labs they manage.</summary>
public sealed record LabsViewer(ClaimsPrincipal User, int? EmployeeId, bool Admin, bool Executive, IReadOnlySet<int> ManagedUnits)
{
    public string Name => User.Identity?.Name ?? "";
    /// <summary>Manages this unit (or a unit above it).</summary>
    public bool Manages(int unitId) => Admin || ManagedUnits.Contains(unitId);
    public bool IsLabManager => ManagedUnits.Count > 0;
}

/// <summary>
/// Record-level rules (ADR 0047). The safety administration sees everything. A lab manager sees the requests, grants and
/// badge entries of their labs (and their areas) and the qualifications of people who asked for access to them. A person
/// sees their own; a line manager those of their reports; a program manager those of the participants of programs they
/// run. Executives see counts only. Anything else is 404.
/// </summary>
public sealed class LabsAccess(TalentChainDbContext db, IManagementChain chain, IProgramAccess programs)
{
    public async Task<LabsViewer> ViewerAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var employee = userId is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.EmployeeId).FirstOrDefaultAsync(ct);
        var admin = user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.KnowledgeOfficer);
        IReadOnlySet<int> managed = employee is { } e ? await ManagedUnitsAsync(e, ct) : new HashSet<int>();
        return new LabsViewer(user, employee, admin, user.IsInRole(Roles.Executive), managed);
    }

    /// <summary>The units the employee manages, with every unit below them (a lab's manager decides for its areas).</summary>
    public async Task<IReadOnlySet<int>> ManagedUnitsAsync(int employeeId, CancellationToken ct)
    {
        var direct = await db.LabManagers.AsNoTracking().Where(m => m.EmployeeId == employeeId).Select(m => m.LabUnitId).ToListAsync(ct);
        if (direct.Count == 0) return new HashSet<int>();
        var tree = await LabTree.LoadAsync(db, ct);
        return direct.SelectMany(tree.SelfAndBelow).ToHashSet();
    }

    /// <summary>May the viewer see this person's qualifications, requests and grants?</summary>
    public async Task<bool> MaySeePersonAsync(LabsViewer v, int employeeId, CancellationToken ct = default)
    {
        if (v.Admin || v.EmployeeId == employeeId) return true;
        var managed = v.ManagedUnits.ToList();
        if (managed.Count > 0 && await db.AccessGrants.AnyAsync(g => g.EmployeeId == employeeId && managed.Contains(g.LabUnitId), ct)) return true;
        return (await RelatedAmongAsync(v, [employeeId], ct)).Contains(employeeId);
    }

    /// <summary>May the viewer see this request or grant?</summary>
    public async Task<bool> MaySeeGrantAsync(LabsViewer v, AccessGrant g, CancellationToken ct = default) =>
        v.Admin || v.EmployeeId == g.EmployeeId || v.Manages(g.LabUnitId) || (await RelatedAmongAsync(v, [g.EmployeeId], ct)).Contains(g.EmployeeId);

    /// <summary>Of these people, those whom the viewer sees as line manager (chain) or as the program manager of their program.</summary>
    public async Task<IReadOnlySet<int>> RelatedAmongAsync(LabsViewer v, IReadOnlyCollection<int> employeeIds, CancellationToken ct = default)
    {
        var result = new HashSet<int>();
        if (v.Executive && !v.Admin) return result;
        if (v.EmployeeId is { } me)
        {
            foreach (var id in await chain.ManagedAmongAsync(me, employeeIds, ct)) result.Add(id);
        }
        if (v.User.IsInRole(Roles.ProgramManager))
        {
            var ids = employeeIds.ToList();
            var rows = await db.ParticipantRefs.AsNoTracking().Where(p => ids.Contains(p.EmployeeId))
                .Select(p => new { p.EmployeeId, p.Cohort!.ProgramId }).ToListAsync(ct);
            foreach (var programId in rows.Select(r => r.ProgramId).Distinct())
            {
                if (await programs.ManagesProgramAsync(v.User, programId, ct))
                    foreach (var r in rows.Where(r => r.ProgramId == programId)) result.Add(r.EmployeeId);
            }
        }
        return result;
    }

    /// <summary>Of these people, those whose qualifications the viewer may see.</summary>
    public async Task<IReadOnlySet<int>> VisiblePeopleAsync(LabsViewer v, IReadOnlyCollection<int> employeeIds, CancellationToken ct = default)
    {
        if (v.Admin) return employeeIds.ToHashSet();
        var result = (await RelatedAmongAsync(v, employeeIds, ct)).ToHashSet();
        if (v.EmployeeId is { } me && employeeIds.Contains(me)) result.Add(me);
        if (v.IsLabManager)
        {
            var managed = v.ManagedUnits.ToList();
            var ids = employeeIds.ToList();
            var asked = await db.AccessGrants.AsNoTracking().Where(g => ids.Contains(g.EmployeeId) && managed.Contains(g.LabUnitId))
                .Select(g => g.EmployeeId).Distinct().ToListAsync(ct);
            result.UnionWith(asked);
        }
        return result;
    }
}

/// <summary>The centre → lab → area tree in memory (a few hundred rows at most).</summary>
public sealed class LabTree
{
    private readonly Dictionary<int, LabUnit> _units;
    private readonly ILookup<int?, LabUnit> _children;

    private LabTree(List<LabUnit> units)
    {
        _units = units.ToDictionary(u => u.Id);
        _children = units.ToLookup(u => u.ParentId);
    }

    public static async Task<LabTree> LoadAsync(TalentChainDbContext db, CancellationToken ct) =>
        new(await db.LabUnits.AsNoTracking().Include(u => u.Requirements).Include(u => u.Managers).AsSplitQuery().ToListAsync(ct));

    public IEnumerable<LabUnit> All => _units.Values;
    public LabUnit? Find(int id) => _units.GetValueOrDefault(id);
    public IEnumerable<LabUnit> Children(int? id) => _children[id];

    public IEnumerable<int> SelfAndBelow(int id)
    {
        yield return id;
        foreach (var c in _children[id])
            foreach (var d in SelfAndBelow(c.Id)) yield return d;
    }

    /// <summary>The unit and every unit above it, nearest first.</summary>
    public IEnumerable<LabUnit> SelfAndAbove(int id)
    {
        for (var u = Find(id); u is not null; u = u.ParentId is { } p ? Find(p) : null) yield return u;
    }

    /// <summary>The qualifications a unit requires: its own and those of every unit above it (an area inherits its lab's).</summary>
    public IReadOnlySet<int> Required(int id) => SelfAndAbove(id).SelectMany(u => u.Requirements.Select(r => r.QualificationTypeId)).ToHashSet();

    /// <summary>The lab a unit belongs to (the unit itself for a lab or centre).</summary>
    public LabUnit LabOf(int id) => SelfAndAbove(id).FirstOrDefault(u => u.Kind != LabKind.Area) ?? Find(id)!;

    /// <summary>The people who decide for the unit: its managers, else the nearest unit's above.</summary>
    public IReadOnlyList<int> DeciderIds(int id) => SelfAndAbove(id).Select(u => u.Managers.Select(m => m.EmployeeId).ToList()).FirstOrDefault(l => l.Count > 0) ?? [];
}
