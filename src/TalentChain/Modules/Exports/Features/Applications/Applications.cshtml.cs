using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TalentChain.Modules.Exports.Features.Applications;

/// <summary>/exports: the applications with their review clocks.</summary>
[Authorize(Policy = ExportsPolicies.Manage)]
public class ApplicationsModel(ApplicationReader applications) : PageModel
{
    public List<ApplicationRow> Rows { get; private set; } = [];
    public string? Status { get; private set; }

    public async Task OnGetAsync(string? status, CancellationToken ct)
    {
        Status = status;
        Rows = await applications.ListAsync(status, ct);
    }
}
