using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Projects.Web;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Projects.Features.Network;

/// <summary>/projects/network/{employeeId}: a person's network and perspective (counts and a graph drawn server-side); without an id, the viewer's own.</summary>
public sealed class NetworkPageModel(Perspective perspective, IProgramAccess program) : ProjectsPageBase
{
    [FromRoute] public int? EmployeeId { get; set; }
    public NetworkView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var id = EmployeeId ?? await program.ViewerEmployeeIdAsync(User, ct);
        if (id is null) return Page();
        try
        {
            View = await perspective.ForViewerAsync(User, id.Value, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        return Page();
    }
}
