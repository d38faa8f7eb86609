using Microsoft.AspNetCore.Authorization;

namespace TalentChain.Modules.Education.Features.Summary;

/// <summary>/education/summary: counts and totals per unit, no person (executives, HR, Finance).</summary>
[Authorize(Policy = EducationPolicies.Summary)]
public class SummaryPageModel(EducationSummary summary) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public List<UnitSummary> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await summary.PerUnitAsync(ct);
}
