using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Commercialization.Web;

namespace TalentChain.Modules.Commercialization.Features.Revenue;

/// <summary>/commercialization/revenue: every revenue entry with costs and net income, per year, with exports (finance and the office).</summary>
[Authorize(Policy = CommercializationPolicies.Finance)]
public class RevenuePageModel(CommercializationAccess access, RevenueHandlers revenue) : CommercializationPageModel(access)
{
    [FromQuery] public int? Year { get; set; }
    public List<RevenueRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        if (!viewer.Office && !viewer.Finance) return Forbid();
        Rows = await revenue.ListAsync(viewer, Year, ct);
        return Page();
    }
}
