using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TalentChain.Modules.Careers.Features.Overview;

/// <summary>/careers/summary: counts per unit for executives (no names).</summary>
[Authorize(Policy = CareersPolicies.Summary)]
public sealed class SummaryPageModel(CareersOverview overview) : PageModel
{
    public List<UnitSummaryView> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await overview.SummaryAsync(null, ct);
}
