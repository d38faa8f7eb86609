using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features;

/// <summary>
/// Who may do what with a rotation plan: the program managers who run the cohort's program manage it; executives and
/// administrators read it; a participant sees their own published rotations and edits only their own preferences
/// (their line manager may look).
/// </summary>
public sealed class RotationAccess(IProgramAccess access, RotationPlans plans, IStringLocalizer<RotationsResource> t)
{
    public string OwnOnlyMessage => t["Access.OwnOnly"];

    public async Task<int> CohortAsync(int planId, CancellationToken ct) =>
        await plans.CohortOfPlanAsync(planId, ct) ?? throw new NotFoundException(t["Plan.NotFound", planId]);

    public async Task RequireManageAsync(ClaimsPrincipal user, int planId, CancellationToken ct)
    {
        if (!ProgramPolicies.IsManager(user)) throw new AccessDeniedException(t["Access.ManagersOnly"]);
        await access.RequireManagesAsync(user, ProgramScope.Cohort, await CohortAsync(planId, ct), ct);
    }

    public async Task<bool> CanManageAsync(ClaimsPrincipal user, int planId, CancellationToken ct)
    {
        if (!ProgramPolicies.IsManager(user)) return false;
        var cohort = await plans.CohortOfPlanAsync(planId, ct);
        return cohort is { } c && await access.ProgramOfAsync(ProgramScope.Cohort, c, ct) is { } program && await access.ManagesProgramAsync(user, program, ct);
    }

    /// <summary>The whole plan: managers of its program, administrators, executives.</summary>
    public async Task RequireReadAsync(ClaimsPrincipal user, int planId, CancellationToken ct)
    {
        var cohort = await CohortAsync(planId, ct);
        if (!user.IsInRole(Roles.Administrator) && !user.IsInRole(Roles.Executive) && !user.IsInRole(Roles.ProgramManager))
            throw new AccessDeniedException(t["Access.ManagersOnly"]);
        await access.RequireDashboardAsync(user, cohort, ct);
    }

    /// <summary>One participant's side: returns whether the caller may edit the preferences (self or manager).</summary>
    public async Task<bool> RequireMemberAsync(ClaimsPrincipal user, int planId, int participantId, CancellationToken ct)
    {
        await CohortAsync(planId, ct); // 404 for an unknown plan
        var relation = await access.RelationAsync(user, participantId, ct);
        var manages = relation.Manager && await CanManageAsync(user, planId, ct);
        if (manages || relation.Self) return true;
        if (relation.LineManager || user.IsInRole(Roles.Executive) || user.IsInRole(Roles.Administrator)) return false;
        throw new AccessDeniedException(t["Access.OwnOnly"]);
    }

    /// <summary>Program ids whose plans the caller may list (null = all).</summary>
    public async Task<List<int>?> ListableProgramsAsync(ClaimsPrincipal user, TalentChainDbContext db, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Executive)) return null;
        if (!user.IsInRole(Roles.ProgramManager)) return [];
        var result = new List<int>();
        foreach (var id in await db.ProgramRefs.AsNoTracking().Select(p => p.Id).ToListAsync(ct))
            if (await access.ManagesProgramAsync(user, id, ct)) result.Add(id);
        return result;
    }
}
