using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Rotations.Features.CreatePlan;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.Rotations.Web;
using TalentChain.Platform.Data;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.ListPlans;

/// <summary>/program/rotations: the rotation plans a manager or executive may see (and a new plan per cohort); a participant's own plans.</summary>
public class RotationsIndexModel(ListRotationPlans plans, CreateRotationPlan create, TalentChainDbContext db, IStringLocalizer<RotationsResource> t) : RotationsPageBase
{
    public List<RotationPlanSummary> Plans { get; private set; } = [];
    public List<(int PlanId, int ParticipantId, string Cohort)> Mine { get; private set; } = [];
    public List<(int PlanId, int ParticipantId, string Name, string Cohort)> Team { get; private set; } = [];
    public List<(int Id, string Name)> Cohorts { get; private set; } = [];
    public bool CanRead { get; private set; }

    [BindProperty] public int? CohortId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!IsManager) return Forbid();
        RotationPlanDetail? plan = null;
        if (await TryAsync(async () =>
            {
                plan = await create.HandleAsync(User, new CreatePlanInput(CohortId), ct);
            }))
        {
            Message = t["Plan.Created", plan!.CohortName];
            return Redirect($"/program/rotations/{plan.Id}");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var overview = await plans.OverviewAsync(User, ct);
        var programs = overview.Programs;
        (CanRead, Plans, Mine, Team) = (overview.CanRead, overview.Plans, overview.Mine, overview.Team);
        if (IsManager)
        {
            var planned = Plans.Select(p => p.CohortId).ToHashSet();
            var all = await db.CohortRefs.AsNoTracking().OrderByDescending(c => c.StartDate).Select(c => new { c.Id, c.Name, c.ProgramId }).ToListAsync(ct);
            Cohorts = [.. all.Where(c => !planned.Contains(c.Id) && (programs is null || programs.Contains(c.ProgramId))).Select(c => (c.Id, c.Name))];
        }
    }
}
