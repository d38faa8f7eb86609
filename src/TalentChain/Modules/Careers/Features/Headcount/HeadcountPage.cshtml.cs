using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Careers.Features.Ladders;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Careers.Features.Headcount;

/// <summary>/careers/headcount: this year's plans, where places are short, reservations expiring within 30 days; set a plan, reserve, release.</summary>
[Authorize(Policy = CareersPolicies.Manage)]
public sealed class HeadcountPageModel(HeadcountHandler headcount, LaddersHandler ladders, TimeProvider clock) : ModulePageModel
{
    public List<PlanView> Plans { get; private set; } = [];
    public List<LadderView> Ladders { get; private set; } = [];
    public int Year { get; private set; }

    [BindProperty] public string? OrgUnitCode { get; set; }
    [BindProperty] public int? LevelId { get; set; }
    [BindProperty] public int? PlanYear { get; set; }
    [BindProperty] public int? Planned { get; set; }
    [BindProperty] public int? PlanId { get; set; }
    [BindProperty] public int? ParticipantId { get; set; }
    [BindProperty] public DateOnly? Until { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public int? ReservationId { get; set; }

    public async Task OnGetAsync(int? year, CancellationToken ct) => await LoadAsync(year, ct);

    public Task<IActionResult> OnPostPlanAsync(CancellationToken ct) => Act(() => headcount.SetPlanAsync(new PlanInput(OrgUnitCode, LevelId, PlanYear, Planned), ct), ct);
    public Task<IActionResult> OnPostReserveAsync(CancellationToken ct) => Act(() => headcount.ReserveAsync(PlanId ?? 0, new ReserveInput(ParticipantId, Until, Note), ct), ct);
    public Task<IActionResult> OnPostReleaseAsync(CancellationToken ct) => Act(() => headcount.ReleaseAsync(PlanId ?? 0, ReservationId ?? 0, ct), ct);

    private async Task<IActionResult> Act(Func<Task> call, CancellationToken ct)
    {
        ModelState.Clear();
        if (await TryAsync(call)) return Redirect("/careers/headcount");
        await LoadAsync(PlanYear, ct);
        return Page();
    }

    private async Task LoadAsync(int? year, CancellationToken ct)
    {
        Plans = await headcount.ListAsync(year, false, ct);
        Ladders = await ladders.ListAsync(ct);
        Year = year ?? clock.Today().Year;
        PlanYear ??= Year;
    }
}
