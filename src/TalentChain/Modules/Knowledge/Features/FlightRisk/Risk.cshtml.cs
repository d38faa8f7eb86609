using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Knowledge.Features.FlightRisk;

/// <summary>/knowledge/risk: flight-risk scores of the people the viewer may see (never their own).</summary>
[Authorize(Policy = KnowledgePolicies.Manage)]
public class RiskModel(FlightRiskHandlers handlers, KnowledgeAccess access) : PageModel
{
    public List<RiskListRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await handlers.ListAsync(await access.ScopeAsync(User, ct), ct);
}

/// <summary>/knowledge/risk/{employeeId}: every factor's points and reason, the override, the assessment form and history.</summary>
[Authorize(Policy = KnowledgePolicies.Manage)]
public class RiskPersonModel(FlightRiskHandlers handlers, KnowledgeAccess access) : PageModel
{
    [FromRoute] public int EmployeeId { get; set; }
    public RiskDetail Detail { get; private set; } = null!;
    [BindProperty] public AssessmentInput Input { get; set; } = new(null, null, null, null, null, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var a = Detail.History.Count > 0 ? Detail.History[0] : null;
        Input = new AssessmentInput(a?.CompensationPosition, a?.Performance, a?.Potential, a?.ManagerView, null, null, null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var scope = await access.ScopeAsync(User, ct);
        if (await this.TryHandlerAsync(() => handlers.AssessAsync(scope, EmployeeId, Input, ct))) return RedirectToPage(new { employeeId = EmployeeId });
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Detail = await handlers.GetAsync(await access.ScopeAsync(User, ct), EmployeeId, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public static readonly ManagerRiskView[] Views = Enum.GetValues<ManagerRiskView>();
}
