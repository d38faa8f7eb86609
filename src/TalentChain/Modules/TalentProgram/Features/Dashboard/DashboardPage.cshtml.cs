using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Platform.Web;

using TalentChain.Modules.TalentProgram.Contracts;

using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram.Features.Dashboard;

/// <summary>/program/cohorts/{id}/dashboard: the cohort in numbers and charts, with CSV/XLSX export.</summary>
[Authorize(Policy = ProgramPolicies.Dashboard)]
public class DashboardPageModel(DashboardHandler dashboard) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public CohortDashboard Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Data = await dashboard.GetAsync(Id, User, ct);
            return Page();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
