using System.Security.Claims;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People.Features.Profile;

namespace TalentChain.Modules.People.Features.SkillRecords;

/// <summary>What one viewer may see of skill levels in general (lists and filters across many people).</summary>
/// <param name="SeesAllLevels">The roster audience: every need-to-know level, of everyone.</param>
/// <param name="Restricted">Taxonomy nodes whose levels are need-to-know.</param>
public sealed record SkillLevelScope(bool SeesAllLevels, IReadOnlySet<int> Restricted)
{
    /// <summary>Whether levels in this node may be shown (or searched) without a relation to the person.</summary>
    public bool Shows(int taxonomyNodeId) => SeesAllLevels || !Restricted.Contains(taxonomyNodeId);
}

/// <summary>What one viewer may see of one person's skill levels.</summary>
public sealed record PersonSkillScope(bool SeesRestricted, IReadOnlySet<int> Restricted)
{
    public bool Shows(int taxonomyNodeId) => SeesRestricted || !Restricted.Contains(taxonomyNodeId);
}

/// <summary>
/// Need-to-know for skill levels (ADR 0030), the one rule every skill read goes through — directory search, its
/// filters and export, the profile, the skill pages and API, the taxonomy's holder counts. Levels in a critical
/// technology classed above "internal" (<see cref="ISkillSensitivity"/>, from the Knowledge register) are seen only by
/// the roster's audience (knowledge officers, administrators) and, for one person, by that person, everyone above
/// them in the management chain, and relations other modules vouch for (<see cref="ISkillLevelAudience"/>: program
/// managers for the participants of their programs). Everyone else does not see those records at all.
/// </summary>
public sealed class SkillAccess(ISkillSensitivity sensitivity, IEnumerable<ISkillLevelAudience> audiences, ProfileAccess profiles, IManagementChain chain)
{
    private Task<IReadOnlySet<int>>? _restricted;

    /// <summary>The restricted nodes, read once per request.</summary>
    public Task<IReadOnlySet<int>> RestrictedAsync(CancellationToken ct = default) => _restricted ??= sensitivity.RestrictedNodesAsync(ct);

    public async Task<SkillLevelScope> ScopeAsync(ClaimsPrincipal viewer, CancellationToken ct = default) =>
        new(sensitivity.SeesAllLevels(viewer), await RestrictedAsync(ct));

    public async Task<PersonSkillScope> ForPersonAsync(ClaimsPrincipal viewer, int employeeId, CancellationToken ct = default) =>
        new(await MaySeeRestrictedOfAsync(viewer, employeeId, ct), await RestrictedAsync(ct));

    /// <summary>Whether the viewer may see this person's need-to-know levels.</summary>
    public async Task<bool> MaySeeRestrictedOfAsync(ClaimsPrincipal viewer, int employeeId, CancellationToken ct = default)
    {
        if (sensitivity.SeesAllLevels(viewer)) return true;
        var me = await profiles.ViewerEmployeeIdAsync(viewer, ct);
        if (me is { } self && (self == employeeId || (await chain.ManagedAmongAsync(self, [employeeId], ct)).Count > 0)) return true;
        foreach (var audience in audiences)
            if (await audience.MaySeeLevelsOfAsync(viewer, me, employeeId, ct)) return true;
        return false;
    }
}
