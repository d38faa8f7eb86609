using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Education;

/// <summary>The module's authorization policies (role level; record-level checks are <see cref="EducationAccess"/>).</summary>
public static class EducationPolicies
{
    /// <summary>Anyone signed in; what they see is narrowed per record (own degrees, reports', or all for HR and Finance).</summary>
    public const string Use = "Education.Use";
    /// <summary>HR: agreements, HR decisions on claims, universities, waivers: administrators and program managers.</summary>
    public const string Manage = "Education.Manage";
    /// <summary>Finance: paying claims and settling repayments: administrators and finance.</summary>
    public const string Pay = "Education.Pay";
    /// <summary>Aggregates per unit (no person-level amounts): executives, HR, finance.</summary>
    public const string Summary = "Education.Summary";

    public static IServiceCollection AddEducationPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Use, p => p.RequireAuthenticatedUser())
            .AddPolicy(Manage, p => p.RequireRole(Roles.Administrator, Roles.ProgramManager))
            .AddPolicy(Pay, p => p.RequireRole(Roles.Administrator, Roles.Finance))
            .AddPolicy(Summary, p => p.RequireRole(Roles.Administrator, Roles.ProgramManager, Roles.Executive, Roles.Finance));
        return services;
    }
}

/// <summary>Who is asking: the account's employee and the roles that widen what they see.</summary>
public sealed record EducationViewer(ClaimsPrincipal User, int? EmployeeId, bool Hr, bool Finance, bool Admin, bool Executive = false)
{
    /// <summary>HR and Finance see every record of the module (pay-like data is theirs to handle).</summary>
    public bool SeesAll => Hr || Finance;
}

/// <summary>
/// Record-level rules. Degrees, agreements, claims and repayments are pay-like: visible to the person, their line
/// managers (anyone above them), HR (program managers, administrators) and Finance; to nobody else, by id either (404).
/// </summary>
public sealed class EducationAccess(TalentChainDbContext db, IManagementChain chain)
{
    public async Task<EducationViewer> ViewerAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var employee = userId is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.EmployeeId).FirstOrDefaultAsync(ct);
        var admin = user.IsInRole(Roles.Administrator);
        return new EducationViewer(user, employee, admin || user.IsInRole(Roles.ProgramManager), admin || user.IsInRole(Roles.Finance), admin, user.IsInRole(Roles.Executive));
    }

    /// <summary>
    /// Anyone above the person in the management chain — except executives, who see aggregates only (the group's head
    /// is above everyone, and pay-like data stays with the people who handle it).
    /// </summary>
    public async Task<bool> IsLineManagerOfAsync(EducationViewer viewer, int employeeId, CancellationToken ct = default) =>
        !viewer.Executive && viewer.EmployeeId is { } v && v != employeeId && (await chain.AboveAsync(employeeId, ct)).Contains(v);

    public async Task<bool> MaySeeAsync(EducationViewer viewer, int employeeId, CancellationToken ct = default) =>
        viewer.SeesAll || viewer.EmployeeId == employeeId || await IsLineManagerOfAsync(viewer, employeeId, ct);

    /// <summary>Which of the people the viewer may see (all of them for HR and Finance).</summary>
    public async Task<IReadOnlySet<int>> VisibleAmongAsync(EducationViewer viewer, IReadOnlyCollection<int> employeeIds, CancellationToken ct = default)
    {
        if (viewer.SeesAll) return employeeIds.ToHashSet();
        if (viewer.EmployeeId is not { } v) return new HashSet<int>();
        if (viewer.Executive) return employeeIds.Contains(v) ? new HashSet<int> { v } : new HashSet<int>();
        var managed = await chain.ManagedAmongAsync(v, employeeIds, ct);
        var result = managed.ToHashSet();
        if (employeeIds.Contains(v)) result.Add(v);
        return result;
    }
}
