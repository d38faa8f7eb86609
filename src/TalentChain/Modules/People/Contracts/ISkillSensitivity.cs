using System.Security.Claims;

namespace TalentChain.Modules.People.Contracts;

/// <summary>
/// Which skills' levels are need-to-know, and who may see all of them. People owns skill records but not the
/// critical-technology register: the Knowledge module implements this from its register (ADR 0030).
/// </summary>
public interface ISkillSensitivity
{
    /// <summary>
    /// Taxonomy node ids whose levels are need-to-know: every critical technology classed above "internal", and
    /// every node under it.
    /// </summary>
    Task<IReadOnlySet<int>> RestrictedNodesAsync(CancellationToken ct = default);

    /// <summary>Whether the viewer sees every need-to-know level (the audience of the expertise roster).</summary>
    bool SeesAllLevels(ClaimsPrincipal viewer);
}

/// <summary>
/// A relation owned by another module that lets a viewer see one person's need-to-know skill levels — e.g. a program
/// manager and the participants of the programs they run. Zero or more are registered; any one saying yes is enough.
/// </summary>
public interface ISkillLevelAudience
{
    Task<bool> MaySeeLevelsOfAsync(ClaimsPrincipal viewer, int? viewerEmployeeId, int employeeId, CancellationToken ct = default);
}
