using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Web;

namespace TalentChain.Platform.Jobs.Pages;

/// <summary>
/// One watchable job. htmx polls it for the <c>_JobProgress</c> partial while it runs; when it finishes the response
/// asks the browser to reload, so the page that started it shows the outcome.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public class JobModel(JobStatusHandlers jobs) : PageModel
{
    public JobView Job { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, bool? watching, CancellationToken ct)
    {
        if (await jobs.GetAsync(id, User, ct) is not { } view) return NotFound();
        Job = view;
        if (!Request.IsHtmx()) return Page();
        // The polling partial was rendered while the job ran: reload the page around it to show the outcome.
        if (view.Finished && watching == true) Response.Headers["HX-Refresh"] = "true";
        return Partial("/Platform/Jobs/Pages/_JobProgress.cshtml", view);
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct)
    {
        if (await jobs.GetAsync(id, User, ct) is null) return NotFound();
        try
        {
            Job = await jobs.CancelAsync(id, User, ct);
        }
        catch (ValidationFailedException)
        {
            Job = (await jobs.GetAsync(id, User, ct))!;
        }
        return Request.IsHtmx() ? Partial("/Platform/Jobs/Pages/_JobProgress.cshtml", Job) : RedirectToPage(new { id });
    }
}
