using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Projects.Data;
using TalentChain.Modules.Projects.Domain;
using TalentChain.Modules.Projects.Web;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Projects.Features.Rounds;

/// <summary>/projects/rounds: the placement rounds of the programs the caller runs; start one for a cohort (every selected participant, every open role).</summary>
[Authorize(Policy = ProjectsPolicies.Manage)]
public sealed class RoundsIndexModel(RoundsHandler rounds, ProjectsAccess access, TalentChainDbContext db, TimeProvider clock) : ProjectsPageBase
{
    public List<RoundSummary> Rounds { get; private set; } = [];
    public List<(int Id, string Name)> Cohorts { get; private set; } = [];
    [BindProperty] public int? CohortId { get; set; }
    [BindProperty] public string? Name { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        ModelState.Clear();
        RoundDetail? created = null;
        var today = clock.Today();
        var roles = await db.ProjectRoles.AsNoTracking().Where(r => r.Project!.Status != ProjectStatus.Closed && r.EndDate >= today && r.Seats > 0)
            .OrderBy(r => r.Id).Select(r => new RoundRoleInput(r.Id, null)).ToListAsync(ct);
        if (await TryAsync(async () => created = await rounds.CreateAsync(User, new RoundInput(CohortId, Name, null, roles, null, null, null, null), ct)))
            return Redirect($"/projects/rounds/{created!.Round.Id}");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rounds = await rounds.ListAsync(User, ct);
        var programs = await access.ManagedProgramsAsync(User, ct);
        Cohorts = [.. (await db.CohortRefs.AsNoTracking().Where(c => programs.Contains(c.ProgramId)).OrderByDescending(c => c.IntakeYear).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            .Select(c => (c.Id, c.Name))];
    }
}
