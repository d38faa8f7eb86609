using Microsoft.AspNetCore.Authorization;
using TalentChain.Modules.Commercialization.Web;

namespace TalentChain.Modules.Commercialization.Features.Patents;

/// <summary>/commercialization/ip: the IP dashboard — overdue deadlines (red), the next 90 days, the families.</summary>
[Authorize(Policy = CommercializationPolicies.Use)]
public class IpPageModel(CommercializationAccess access, PatentHandlers patents) : CommercializationPageModel(access)
{
    public IpDashboard Board { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Board = await patents.DashboardAsync(await ViewerAsync(ct), ct);
}
