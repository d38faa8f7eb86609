using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.People.Features.Import;

/// <summary>One import: its progress while it runs (htmx polls this page's partial), then its summary or report.</summary>
[Authorize(Policy = Policies.Import)]
public class ImportJobModel(ImportJobs imports) : PageModel
{
    public ImportJobView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await imports.GetAsync(id, ct) is not { } view) return NotFound();
        View = view;
        return Request.IsHtmx() ? Partial("_ImportJobStatus", view) : Page();
    }
}
