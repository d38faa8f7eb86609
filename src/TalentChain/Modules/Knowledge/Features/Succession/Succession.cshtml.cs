using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.Knowledge.Features.Register;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Knowledge.Features.Succession;

/// <summary>
/// /knowledge/succession: plans for critical roles and technologies (officers), and the 9-box talent pool (officers:
/// everyone assessed; line managers: their own reports).
/// </summary>
[Authorize(Policy = KnowledgePolicies.Manage)]
public class SuccessionModel(SuccessionHandlers handlers, RegisterHandlers register, KnowledgeAccess access) : PageModel
{
    public List<PlanView> Plans { get; private set; } = [];
    public List<NineBoxCell> NineBox { get; private set; } = [];
    public List<CriticalTechnologyView> Technologies { get; private set; } = [];
    public bool IsOfficer { get; private set; }
    [BindProperty] public PlanInput Input { get; set; } = new(SuccessionKind.Technology, null, null, null, null, null);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await access.ScopeAsync(User, ct)).IsOfficer) return Forbid();
        ModelState.Clear();
        PlanView? plan = null;
        if (await this.TryHandlerAsync(async () => plan = await handlers.CreatePlanAsync(Input, ct))) return Redirect($"/knowledge/succession/{plan!.Id}");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await access.ScopeAsync(User, ct);
        IsOfficer = scope.IsOfficer;
        NineBox = await handlers.NineBoxAsync(scope, ct);
        if (!IsOfficer) return;
        Plans = await handlers.ListAsync(ct);
        Technologies = await register.ListAsync(ct);
    }
}

/// <summary>/knowledge/succession/{id}: one plan — successors with readiness and their development actions.</summary>
[Authorize(Policy = KnowledgePolicies.Officer)]
public class PlanModel(SuccessionHandlers handlers) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public PlanView Plan { get; private set; } = null!;
    [BindProperty] public SuccessorInput Successor { get; set; } = new(null, Readiness.OneToTwoYears, null);
    [BindProperty] public ActionInput Action { get; set; } = new(null, null, ActionStatus.Planned, null, null);
    [BindProperty] public int SuccessorId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSuccessorAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => handlers.AddSuccessorAsync(Id, Successor, ct))) return RedirectToPage(new { id = Id });
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostActionAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => handlers.AddActionAsync(Id, SuccessorId, Action, ct))) return RedirectToPage(new { id = Id });
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostStatusAsync(int actionId, ActionStatus status, CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => handlers.SetActionStatusAsync(Id, actionId, status, ct))) return RedirectToPage(new { id = Id });
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Plan = await handlers.GetAsync(Id, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public static readonly Readiness[] Readinesses = Enum.GetValues<Readiness>();
    public static readonly ActionStatus[] Statuses = Enum.GetValues<ActionStatus>();
}
