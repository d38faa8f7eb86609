using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TalentChain.Modules.Knowledge.Features.Turnover;

/// <summary>/knowledge/turnover: turnover by quarter, segment, level, technology and destination; leadership changes apart.</summary>
[Authorize(Policy = KnowledgePolicies.View)]
public class TurnoverModel(TurnoverHandler handler, KnowledgeAccess access) : PageModel
{
    public TurnoverReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await handler.GetAsync(await access.ScopeAsync(User, ct), ct);
}
