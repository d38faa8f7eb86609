using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Projects.Data;
using TalentChain.Modules.Projects.Domain;
using TalentChain.Modules.Projects.Web;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Projects.Features.Rounds;

/// <summary>
/// /projects/rounds/{id}: a placement round — participants and open roles (choose them), weights, pins and forbids, solving
/// with live progress, the proposal with each placement's value breakdown and each unplaced participant's reason,
/// publishing and cancelling. Managers of the cohort's program only (404 for others).
/// </summary>
public sealed class RoundPageModel(RoundsHandler rounds, SolveRound solve, PublishRound publish, JobStatusHandlers jobs, TalentChainDbContext db,
    TimeProvider clock, IStringLocalizer<ProjectsResource> t) : ProjectsPageBase
{
    [FromRoute] public int Id { get; set; }
    public RoundDetail Detail { get; private set; } = null!;
    public JobView? Job { get; private set; }
    public List<(int Id, string Name, bool In)> CohortParticipants { get; private set; } = [];
    public List<(int Id, string Name, bool In)> OpenRoles { get; private set; } = [];

    [BindProperty] public int? PlanGapWeight { get; set; }
    [BindProperty] public int? NewSegmentWeight { get; set; }
    [BindProperty] public int? NewUnitWeight { get; set; }
    [BindProperty] public int? MaxRolesPerParticipant { get; set; }
    [BindProperty] public int ParticipantId { get; set; }
    [BindProperty] public int RoleId { get; set; }
    [BindProperty] public RuleKind Kind { get; set; }
    [BindProperty] public int RuleId { get; set; }
    [BindProperty] public List<int> ParticipantIds { get; set; } = [];
    [BindProperty] public List<int> RoleIds { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostSolveAsync(CancellationToken ct) => Act(() => solve.StartAsync(User, Id, ct), t["Done.SolveStarted"], ct);
    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => Act(() => publish.HandleAsync(User, Id, ct), t["Done.Published"], ct);
    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) => Act(() => rounds.CancelAsync(User, Id, ct), t["Done.Cancelled"], ct);
    public Task<IActionResult> OnPostWeightsAsync(CancellationToken ct) =>
        Act(() => rounds.UpdateAsync(User, Id, new RoundInput(null, null, null, null, PlanGapWeight, NewSegmentWeight, NewUnitWeight, MaxRolesPerParticipant), ct), t["Done.Saved"], ct);
    public Task<IActionResult> OnPostSelectionAsync(CancellationToken ct) =>
        Act(() => rounds.UpdateAsync(User, Id, new RoundInput(null, null, ParticipantIds, [.. RoleIds.Select(r => new RoundRoleInput(r, null))], null, null, null, null), ct), t["Done.Saved"], ct);
    public Task<IActionResult> OnPostRuleAsync(CancellationToken ct) => Act(() => rounds.SetRuleAsync(User, Id, new RuleInput(ParticipantId, RoleId, Kind), ct), t["Done.Saved"], ct);
    public Task<IActionResult> OnPostRemoveRuleAsync(CancellationToken ct) => Act(() => rounds.RemoveRuleAsync(User, Id, RuleId, ct), t["Done.Saved"], ct);

    private async Task<IActionResult> Act(Func<Task> call, string done, CancellationToken ct)
    {
        ModelState.Clear();
        if (await TryAsync(call)) return Done(done, new { id = Id });
        if (Response.StatusCode == StatusCodes.Status404NotFound) return NotFound();
        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        try
        {
            Detail = await rounds.GetAsync(User, Id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        Job = await jobs.LatestAsync(SolveRound.Subject(Id), ct);
        if (Detail.CanManage)
        {
            var inRound = Detail.Participants.Select(p => p.ParticipantId).ToHashSet();
            CohortParticipants = [.. (await db.ParticipantRefs.AsNoTracking().Where(p => p.CohortId == Detail.Round.CohortId && p.Status == ParticipantStatus.Selected)
                .Include(p => p.Employee).ToListAsync(ct)).OrderBy(p => p.Employee!.EmployeeNumber, StringComparer.Ordinal)
                .Select(p => (p.Id, ProjectsText.Person(p.Employee), inRound.Contains(p.Id)))];
            var today = clock.Today();
            var roles = Detail.Roles.Select(r => r.RoleId).ToHashSet();
            OpenRoles = [.. (await db.ProjectRoles.AsNoTracking().Include(r => r.Project).Where(r => r.Project!.Status != ProjectStatus.Closed && r.EndDate >= today).ToListAsync(ct))
                .OrderBy(r => r.Project!.Code, StringComparer.Ordinal).ThenBy(r => r.Id)
                .Select(r => (r.Id, $"{r.Project!.Code} · {r.DisplayTitle(ProjectsText.Chinese)} ({RoundModel.DefaultPeriod(r.StartDate)}, {r.Seats})", roles.Contains(r.Id)))];
        }
        return Page();
    }
}
