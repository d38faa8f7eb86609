using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.People.Features.Import;

[Authorize(Policy = Policies.Import)]
[UploadLimit(ImportJobs.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportJobs.MaxBytes + UploadLimitAttribute.FormOverhead)]
public class ImportsModel(ImportJobs imports) : PageModel
{
    [BindProperty] public string Kind { get; set; } = "employees";
    [BindProperty] public IFormFile? Upload { get; set; }
    public List<ImportJobView> Recent { get; private set; } = [];
    public ImportJobView? Started { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Recent = await imports.RecentAsync(ct: ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var kind = imports.CheckUpload(Kind, Upload?.FileName, Upload?.Length ?? 0);
            await using var stream = Upload!.OpenReadStream();
            var id = await imports.EnqueueAsync(kind, Upload.FileName, stream, ct);
            if (!Request.IsHtmx()) return Redirect($"/imports/jobs/{id}");
            Started = await imports.GetAsync(id, ct);
            return Partial("_ImportJobStatus", Started);
        }
        catch (ValidationFailedException ex)
        {
            ModelState.AddErrors(ex);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            if (Request.IsHtmx()) return Partial("_ImportFormErrors", ModelState);
            Recent = await imports.RecentAsync(ct: ct);
            return Page();
        }
    }
}
