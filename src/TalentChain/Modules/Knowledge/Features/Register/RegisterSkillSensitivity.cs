using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.Knowledge.Features.Coverage;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Knowledge.Features.Register;

/// <summary>
/// Tells People which skills' levels are need-to-know: the critical-technology register's entries classed above
/// "internal" (confidential, controlled), each with every taxonomy node under it. Read fresh per request, so a
/// change of class applies at once on every node. Those who may see the expertise roster see all levels (ADR 0030).
/// </summary>
public sealed class RegisterSkillSensitivity(TalentChainDbContext db) : ISkillSensitivity
{
    /// <summary>Classes whose holders' levels are need-to-know.</summary>
    public static bool IsNeedToKnow(SensitivityClass sensitivity) => sensitivity > SensitivityClass.Internal;

    public async Task<IReadOnlySet<int>> RestrictedNodesAsync(CancellationToken ct = default)
    {
        // The class is stored as text: compare in memory (the register is short), not lexically in SQL.
        var roots = (await db.CriticalTechnologies.AsNoTracking().Select(t => new { t.TaxonomyNodeId, t.Sensitivity }).ToListAsync(ct))
            .Where(t => IsNeedToKnow(t.Sensitivity)).Select(t => t.TaxonomyNodeId).ToList();
        if (roots.Count == 0) return new HashSet<int>();
        return (await CoverageService.SubtreesAsync(db, roots, ct)).Values.SelectMany(s => s).ToHashSet();
    }

    /// <summary>The roster's own audience (<see cref="KnowledgePolicies.Officer"/>).</summary>
    public bool SeesAllLevels(ClaimsPrincipal viewer) => viewer.IsInRole(Roles.Administrator) || viewer.IsInRole(Roles.KnowledgeOfficer);
}
