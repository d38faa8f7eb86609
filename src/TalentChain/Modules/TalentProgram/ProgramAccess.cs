using TalentChain.Platform.Web;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

using TalentChain.Modules.TalentProgram.Contracts;

using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram;

/// <summary>
/// Record-level rules: participants see their own record and plan; mentors their current mentees'; line
/// managers their direct reports'; program managers and administrators everything.
/// </summary>
public sealed class ProgramAccess(TalentChainDbContext db, TimeProvider clock, IStringLocalizer<TalentProgramResource> t) : IProgramAccess
{
    public async Task<int?> ViewerEmployeeIdAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return null;
        return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.EmployeeId).FirstOrDefaultAsync(ct);
    }

    public DateOnly Today => clock.Today();

    /// <summary>
    /// Does the caller run this program? Administrators always; program managers when the program names them, or
    /// names no one (then every program manager runs it).
    /// </summary>
    public async Task<bool> ManagesProgramAsync(ClaimsPrincipal user, int programId, CancellationToken ct = default)
    {
        if (user.IsInRole(Roles.Administrator)) return true;
        if (!user.IsInRole(Roles.ProgramManager)) return false;
        var managers = await db.DevelopmentPrograms.AsNoTracking().Where(p => p.Id == programId).Select(p => p.ManagerEmployeeIds).FirstOrDefaultAsync(ct);
        if (managers is null || managers.Count == 0) return true;
        return await ViewerEmployeeIdAsync(user, ct) is { } me && managers.Contains(me);
    }

    /// <summary>The program a record belongs to (null when the record does not exist: the handler answers 404).</summary>
    public async Task<int?> ProgramOfAsync(ProgramScope scope, int id, CancellationToken ct = default) => scope switch
    {
        ProgramScope.Program => id,
        ProgramScope.Cohort => await db.Cohorts.Where(c => c.Id == id).Select(c => (int?)c.ProgramId).FirstOrDefaultAsync(ct),
        ProgramScope.Participant => await db.Participants.Where(p => p.Id == id).Select(p => (int?)p.Cohort!.ProgramId).FirstOrDefaultAsync(ct),
        _ => await db.Reviews.Where(r => r.Id == id).Select(r => (int?)r.Participant!.Cohort!.ProgramId).FirstOrDefaultAsync(ct),
    };

    /// <summary>Refuses (403) a program manager acting on a program someone else runs.</summary>
    public async Task RequireManagesAsync(ClaimsPrincipal user, ProgramScope scope, int id, CancellationToken ct = default)
    {
        if (await ProgramOfAsync(scope, id, ct) is { } program && !await ManagesProgramAsync(user, program, ct))
            throw new AccessDeniedException(t["Access.OtherProgram"]);
    }

    /// <summary>Cohort dashboards: executives and administrators see every cohort; program managers only the programs they run.</summary>
    public async Task RequireDashboardAsync(ClaimsPrincipal user, int cohortId, CancellationToken ct = default)
    {
        if (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Executive)) return;
        await RequireManagesAsync(user, ProgramScope.Cohort, cohortId, ct);
    }

    public async Task<ParticipantRelation> RelationAsync(ClaimsPrincipal user, int participantId, CancellationToken ct = default)
    {
        var viewer = await ViewerEmployeeIdAsync(user, ct);
        var program = ProgramPolicies.IsManager(user) ? await ProgramOfAsync(ProgramScope.Participant, participantId, ct) : null;
        var manager = program is { } pid ? await ManagesProgramAsync(user, pid, ct) : ProgramPolicies.IsManager(user);
        var p = await db.Participants.AsNoTracking().Where(x => x.Id == participantId)
            .Select(x => new { x.EmployeeId, x.Employee!.ManagerId }).FirstOrDefaultAsync(ct);
        if (p is null) return new(manager, false, false, false, viewer);
        var today = Today;
        var mentor = viewer is { } v && await db.MentorAssignments.AnyAsync(m => m.ParticipantId == participantId && m.MentorEmployeeId == v
            && m.From <= today && (m.To == null || m.To >= today), ct);
        return new(manager, viewer == p.EmployeeId, mentor, viewer is not null && p.ManagerId == viewer, viewer);
    }

    public async Task<ParticipantRelation> RequireSeeAsync(ClaimsPrincipal user, int participantId, CancellationToken ct = default)
    {
        var r = await RelationAsync(user, participantId, ct);
        if (!r.CanSee) throw new AccessDeniedException(t["Access.Participant"]);
        return r;
    }

    /// <summary>The participants the viewer may see (for lists): all for managers, else own, mentees' and reports'.</summary>
    public async Task<IQueryable<Domain.Participant>> VisibleParticipantsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.IsInRole(Roles.Administrator)) return db.Participants;
        var viewer = await ViewerEmployeeIdAsync(user, ct);
        var v = viewer ?? -1;
        var today = Today;
        var pm = user.IsInRole(Roles.ProgramManager);
        // Programs run by the viewer (or by every program manager): ids resolved first, so the filter stays simple SQL.
        var managed = pm
            ? (await db.DevelopmentPrograms.AsNoTracking().Select(p => new { p.Id, p.ManagerEmployeeIds }).ToListAsync(ct))
                .Where(p => p.ManagerEmployeeIds.Count == 0 || p.ManagerEmployeeIds.Contains(v)).Select(p => p.Id).ToList()
            : [];
        return db.Participants.Where(p => managed.Contains(p.Cohort!.ProgramId) || p.EmployeeId == v || p.Employee!.ManagerId == v
            || p.Mentors.Any(m => m.MentorEmployeeId == v && m.From <= today && (m.To == null || m.To >= today)));
    }
}
