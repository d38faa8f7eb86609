using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Projects.Data;
using TalentChain.Modules.Projects.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Projects.Features;

/// <summary>Who is looking: their employee record, whether they run projects (PM/admin), and whether they see every classified project.</summary>
public sealed record ProjectsViewer(ClaimsPrincipal User, int? EmployeeId, bool Manages, bool SeesAllClassified);

/// <summary>
/// The record-level rules of projects (ADR 0048): a confidential (秘密) project is seen only by its sponsor, its members,
/// program managers, administrators and the knowledge/security officer — anyone else gets 404 and never finds it in a
/// list, search or export. Roles and members are managed by program managers and the project's sponsor. A placement
/// round belongs to its cohort's program: only the managers who run that program (and administrators) see and act on
/// it; others get 404 (reading) or 403 (acting).
/// </summary>
public sealed class ProjectsAccess(TalentChainDbContext db, IProgramAccess program, IStringLocalizer<ProjectsResource> L)
{
    public async Task<ProjectsViewer> ViewerAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var employee = await program.ViewerEmployeeIdAsync(user, ct);
        var manages = ProgramPolicies.IsManager(user);
        return new ProjectsViewer(user, employee, manages, manages || user.IsInRole(Roles.KnowledgeOfficer));
    }

    /// <summary>The projects the viewer may know of (confidential ones only when need-to-know).</summary>
    public IQueryable<StrategicProject> Visible(ProjectsViewer viewer)
    {
        var q = db.StrategicProjects.AsQueryable();
        if (viewer.SeesAllClassified) return q;
        var me = viewer.EmployeeId ?? -1;
        return q.Where(p => p.Classification != ProjectClassification.Confidential || p.SponsorEmployeeId == me || p.Members.Any(m => m.EmployeeId == me));
    }

    /// <summary>Is the project there for the viewer? Else 404 (the same answer as for a project that does not exist).</summary>
    public async Task RequireSeeAsync(ProjectsViewer viewer, int projectId, CancellationToken ct)
    {
        if (!await Visible(viewer).AnyAsync(p => p.Id == projectId, ct)) throw new NotFoundException(L["Project.NotFound", projectId]);
    }

    /// <summary>Roles and members: program managers/administrators and the project's sponsor (403 for others who see it).</summary>
    public async Task<StrategicProject> RequireManageProjectAsync(ProjectsViewer viewer, int projectId, CancellationToken ct)
    {
        await RequireSeeAsync(viewer, projectId, ct);
        var project = await db.StrategicProjects.Include(p => p.Roles).ThenInclude(r => r.Skills).FirstAsync(p => p.Id == projectId, ct);
        if (!viewer.Manages && project.SponsorEmployeeId != viewer.EmployeeId) throw new AccessDeniedException(L["Access.SponsorOrManager"]);
        return project;
    }

    public static bool CanManageProject(ProjectsViewer viewer, int sponsorEmployeeId) => viewer.Manages || viewer.EmployeeId == sponsorEmployeeId;

    /// <summary>
    /// A round the caller may read: managers of its program (and administrators). Anyone else — a participant, a program
    /// manager of another program — gets 404.
    /// </summary>
    public async Task<PlacementRound> RequireReadRoundAsync(ClaimsPrincipal user, int roundId, CancellationToken ct)
    {
        var round = await db.PlacementRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null || !await CanManageCohortAsync(user, round.CohortId, ct)) throw new NotFoundException(L["Round.NotFound", roundId]);
        return round;
    }

    /// <summary>Acting on a round: 404 for one the caller may not see, 403 for a non-manager.</summary>
    public async Task RequireManageRoundAsync(ClaimsPrincipal user, int roundId, CancellationToken ct)
    {
        if (!ProgramPolicies.IsManager(user)) throw new AccessDeniedException(L["Access.ManagersOnly"]);
        await RequireReadRoundAsync(user, roundId, ct);
    }

    public async Task<bool> CanManageCohortAsync(ClaimsPrincipal user, int cohortId, CancellationToken ct) =>
        ProgramPolicies.IsManager(user) && await program.ProgramOfAsync(ProgramScope.Cohort, cohortId, ct) is { } p && await program.ManagesProgramAsync(user, p, ct);

    /// <summary>Program ids whose rounds the caller may list.</summary>
    public async Task<List<int>> ManagedProgramsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!ProgramPolicies.IsManager(user)) return [];
        var result = new List<int>();
        foreach (var id in await db.ProgramRefs.AsNoTracking().Select(p => p.Id).ToListAsync(ct))
            if (await program.ManagesProgramAsync(user, id, ct)) result.Add(id);
        return result;
    }
}
