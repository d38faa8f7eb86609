using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.People.Features.Profile;

/// <summary>
/// Who may see the restricted part of a person's record (employment timeline, grade, birth date): HR roles
/// (Administrator, ProgramManager, KnowledgeOfficer), the person themself, and everyone above them in the
/// management chain (manager, manager's manager, …). Everyone signed in sees the work card and skills.
/// </summary>
public sealed class ProfileAccess(TalentChainDbContext db, IManagementChain chain)
{
    /// <summary>Longest management chain walked; deeper (or cyclic) chains stop here.</summary>
    public const int MaxChainDepth = IManagementChain.MaxDepth;

    public static readonly IReadOnlyList<string> PeopleOfficerRoles = [Roles.Administrator, Roles.ProgramManager, Roles.KnowledgeOfficer];

    public static bool IsPeopleOfficer(ClaimsPrincipal user) => PeopleOfficerRoles.Any(user.IsInRole);

    /// <summary>The rule itself. <paramref name="managementChain"/> lists the target's managers, nearest first.</summary>
    public static bool MaySeeRestricted(bool peopleOfficer, int? viewerEmployeeId, int targetEmployeeId, IEnumerable<int> managementChain) =>
        peopleOfficer
        || viewerEmployeeId == targetEmployeeId
        || (viewerEmployeeId is { } viewer && managementChain.Contains(viewer));

    public async Task<bool> MaySeeRestrictedAsync(ClaimsPrincipal user, int targetEmployeeId, CancellationToken ct = default)
    {
        if (IsPeopleOfficer(user)) return true;
        var viewer = await ViewerEmployeeIdAsync(user, ct);
        if (viewer is null) return false;
        if (viewer == targetEmployeeId) return true;
        return MaySeeRestricted(false, viewer, targetEmployeeId, await ManagementChainAsync(targetEmployeeId, ct));
    }

    /// <summary>The employee the signed-in account belongs to, if any.</summary>
    public async Task<int?> ViewerEmployeeIdAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return null;
        return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.EmployeeId).FirstOrDefaultAsync(ct);
    }

    /// <summary>The target's manager, their manager, … (nearest first; stops on a cycle).</summary>
    public Task<List<int>> ManagementChainAsync(int targetEmployeeId, CancellationToken ct = default) => chain.AboveAsync(targetEmployeeId, ct);
}
