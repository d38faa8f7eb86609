using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Risk;

/// <summary>/exports/risk: customers' production lines sorted by shortage exposure; trade compliance updates stock figures here.</summary>
[Authorize(Policy = ExportsPolicies.ReadInsights)]
public class RiskPageModel(RiskHandler risk, ProductionLineHandlers lines, IAuthorizationService authorization) : PageModel
{
    public RiskBoard Board { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public List<ProductionLineView> Lines { get; private set; } = [];
    public string? Message { get; private set; }

    [BindProperty] public int LineId { get; set; }
    [BindProperty] public int? MaterialId { get; set; }
    [BindProperty] public decimal? DailyConsumption { get; set; }
    [BindProperty] public decimal? StockOnHand { get; set; }
    [BindProperty] public decimal? InTransit { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Message = done;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostStockAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, ExportsPolicies.Manage)).Succeeded) return Forbid();
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => lines.SetConsumptionAsync(LineId, new ConsumptionInput(MaterialId, DailyConsumption, StockOnHand, InTransit), ct)))
            return Redirect("/exports/risk?done=saved");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanEdit = (await authorization.AuthorizeAsync(User, ExportsPolicies.Manage)).Succeeded;
        Board = await risk.ComputeAsync(null, ct);
        if (CanEdit) Lines = await lines.ListAsync(ct);
    }
}
