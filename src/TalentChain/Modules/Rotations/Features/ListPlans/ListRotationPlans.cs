using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Data;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Rotations.Features.ListPlans;

/// <summary>The rotation plans a caller may list, and the plans they take part in themselves or through a direct report.</summary>
public sealed class ListRotationPlans(TalentChainDbContext db, RotationNames names, RotationAccess access, IProgramAccess programAccess)
{
    /// <summary>Plans of the programs the caller runs (administrators and executives: all), newest cohort first.</summary>
    public async Task<List<RotationPlanSummary>> HandleAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        await ListAsync(await access.ListableProgramsAsync(user, db, ct), ct);

    /// <summary>
    /// What /program/rotations shows the caller: the plans they may list (as <see cref="HandleAsync"/>), the plans they take
    /// part in, and their direct reports' plans.
    /// </summary>
    public async Task<RotationsOverview> OverviewAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var programs = await access.ListableProgramsAsync(user, db, ct);
        var canRead = programs is null || programs.Count > 0;
        var plans = canRead ? await ListAsync(programs, ct) : [];
        if (await programAccess.ViewerEmployeeIdAsync(user, ct) is not { } me) return new RotationsOverview(programs, canRead, plans, [], []);
        return new RotationsOverview(programs, canRead, plans, await MembershipsAsync(me, ct), await TeamMembershipsAsync(me, ct));
    }

    /// <summary>Plans of these programs (null = all), newest cohort first.</summary>
    private async Task<List<RotationPlanSummary>> ListAsync(IReadOnlyCollection<int>? programs, CancellationToken ct)
    {
        var q = db.RotationPlans.AsNoTracking();
        if (programs is not null) q = q.Where(p => programs.Contains(p.Cohort!.ProgramId));
        var rows = await q.OrderByDescending(p => p.Cohort!.StartDate)
            .Select(p => new
            {
                p.Id, p.CohortId, Cohort = p.Cohort!.Name, p.Cohort.ProgramId, Program = p.Cohort.Program!.Name, ProgramZh = p.Cohort.Program.NameZh,
                p.Status, Members = p.Members.Count, Offers = p.Offers.Count, p.ProposedAt, p.PublishedAt,
            }).ToListAsync(ct);
        return [.. rows.Select(r => new RotationPlanSummary(r.Id, r.CohortId, r.Cohort, r.ProgramId, UiCulture.Pick(r.Program, r.ProgramZh), r.Status, names.StatusName(r.Status),
            r.Members, r.Offers, r.ProposedAt, r.PublishedAt))];
    }

    /// <summary>Plans the participant (by employee) belongs to, newest first: (plan id, participant id).</summary>
    private async Task<List<(int PlanId, int ParticipantId, string Cohort)>> MembershipsAsync(int employeeId, CancellationToken ct)
    {
        var rows = await db.RotationMembers.AsNoTracking().Where(m => m.Participant!.EmployeeId == employeeId)
            .OrderByDescending(m => m.PlanId)
            .Select(m => new { m.PlanId, m.ParticipantId, m.Participant!.Cohort!.Name }).ToListAsync(ct);
        return [.. rows.Select(r => (r.PlanId, r.ParticipantId, r.Name))];
    }

    /// <summary>Plans of the employee's direct reports (their line manager may read each member view): (plan id, participant id, name, cohort).</summary>
    private async Task<List<(int PlanId, int ParticipantId, string Name, string Cohort)>> TeamMembershipsAsync(int managerEmployeeId, CancellationToken ct)
    {
        var rows = await db.RotationMembers.AsNoTracking().Where(m => m.Participant!.Employee!.ManagerId == managerEmployeeId)
            .OrderByDescending(m => m.PlanId).ThenBy(m => m.Participant!.Employee!.FamilyName).ThenBy(m => m.Participant!.Employee!.GivenName)
            .Select(m => new { m.PlanId, m.ParticipantId, m.Participant!.Employee!.GivenName, m.Participant.Employee.FamilyName, m.Participant.Employee.ChineseName, m.Participant.Cohort!.Name }).ToListAsync(ct);
        return [.. rows.Select(r => (r.PlanId, r.ParticipantId, People.Contracts.PersonName.Display(r.GivenName, r.FamilyName, r.ChineseName, UiCulture.IsChinese), r.Name))];
    }
}

/// <summary>
/// The rotations index for one caller: the programs whose plans they may list (null = all) and those plans (when
/// <paramref name="CanRead"/>), the plans they take part in and their direct reports' plans.
/// </summary>
public sealed record RotationsOverview(
    IReadOnlyCollection<int>? Programs, bool CanRead, List<RotationPlanSummary> Plans,
    List<(int PlanId, int ParticipantId, string Cohort)> Mine, List<(int PlanId, int ParticipantId, string Name, string Cohort)> Team);
