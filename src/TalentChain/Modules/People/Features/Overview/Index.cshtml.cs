using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Platform.Auth;

namespace TalentChain.Modules.People.Features.Overview;

[Authorize(Policy = Policies.SignedIn)]
public class IndexModel(HomeFigures figures) : PageModel
{
    public HomeSnapshot Figures { get; private set; } = null!;
    public int Active => Figures.Active;
    public int Units => Figures.Units;
    public int Skills => Figures.Skills;
    public int Experts => Figures.Experts;
    public IReadOnlyList<HomeSnapshot.SegmentRow> Segments => Figures.Segments;

    public async Task OnGetAsync(CancellationToken ct) => Figures = await figures.GetAsync(ct);
}
