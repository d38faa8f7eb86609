using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Modules.Knowledge.Features.Departures;

namespace TalentChain.Modules.Knowledge.Features.Coverage;

/// <summary>/knowledge: the coverage index — heat map by segment × technology, now and after recorded departures.</summary>
[Authorize(Policy = KnowledgePolicies.View)]
public class DashboardModel(CoverageService coverage, KnowledgeAccess access, DepartureHandlers departures) : PageModel
{
    public CoverageIndex Index { get; private set; } = new(null, 0, []);
    public KnowledgeScope Scope { get; private set; } = new();
    /// <summary>All open departures; the page shows only their number.</summary>
    public List<DepartureRow> Open { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Scope = await access.ScopeAsync(User, ct);
        Index = await coverage.GetAsync(ct);
        // A count is an aggregate: everyone sees all open departures counted (the heat map already reflects them),
        // not just those of people they may see by name.
        Open = await departures.ListAsync(KnowledgeScope.Officer(), openOnly: true, ct);
    }
}
