using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TalentChain.Modules.Exports.Features.Risk;

/// <summary>/exports/risk: customers' production lines sorted by shortage exposure.</summary>
[Authorize(Policy = ExportsPolicies.ReadInsights)]
public class RiskPageModel(RiskHandler risk) : PageModel
{
    public RiskBoard Board { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Board = await risk.ComputeAsync(null, ct);
}
