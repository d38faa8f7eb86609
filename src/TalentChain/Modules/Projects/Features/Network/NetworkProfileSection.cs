using System.Globalization;
using System.Security.Claims;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Projects.Features.Network;

/// <summary>Network and perspective on the profile page: counts and the places and projects behind them, for those who may see the person's network.</summary>
internal sealed class NetworkProfileSection(Perspective perspective, ProjectsText text) : IProfileSection
{
    public async Task<ProfileSection?> ForAsync(int employeeId, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        NetworkView view;
        try
        {
            view = await perspective.ForViewerAsync(viewer, employeeId, ct);
        }
        catch (NotFoundException)
        {
            return null;
        }
        var L = text.L;
        var c = view.Counts;
        if (c.Rotations == 0 && c.Projects == 0) return null;
        string N(int n) => n.ToString(CultureInfo.CurrentCulture);
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { L["Network.Units"].Value, N(c.Units) },
            new[] { L["Network.Segments"].Value, N(c.Segments) },
            new[] { L["Network.People"].Value, N(c.People) },
            new[] { L["Network.Rotations"].Value, N(c.Rotations) },
            new[] { L["Network.Projects"].Value, N(c.Projects) },
        };
        return new ProfileSection("projects-network", L["Network.Title"], [L["Network.Measure"], L["Network.Count"]], rows,
            $"/projects/network/{employeeId.ToString(CultureInfo.InvariantCulture)}", L["Network.Open"], 80);
    }
}
