using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TalentChain.Modules.Exports.Features.Analytics;

/// <summary>/exports/analytics: backlog ageing, approval times and rates by segment, licence utilisation.</summary>
[Authorize(Policy = ExportsPolicies.ReadInsights)]
public class AnalyticsPageModel(AnalyticsHandler analytics) : PageModel
{
    public AnalyticsView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => View = await analytics.ComputeAsync(null, ct);
}
