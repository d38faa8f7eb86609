using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Labs.Web;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Labs.Features.BadgeLog;

/// <summary>/labs/badge-log: import a door-access log (the safety administration) and the report per lab.</summary>
[Authorize(Policy = LabsPolicies.Use)]
[UploadLimit(LabsFiles.MaxLogBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = LabsFiles.MaxLogBytes + UploadLimitAttribute.FormOverhead)]
public class BadgeLogPageModel(LabsAccess access, BadgeLogImport import, BadgeReport report, IStringLocalizer<LabsResource> t) : LabsPageModel(access)
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    public BadgeReportView Report { get; private set; } = null!;
    public BadgeImportResult? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Report = await report.ReportAsync(await ViewerAsync(ct), From, To, ct);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        if (!viewer.Admin) return Forbid();
        Result = await import.ImportAsync(viewer, await LabsFiles.ReadLimitedAsync(file, LabsFiles.MaxLogBytes, ct), ct);
        if (Result.Succeeded) return Done(t["BadgeLog.Imported", Result.Rows, Result.Unauthorised]);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        Report = await report.ReportAsync(viewer, From, To, ct);
        return Page();
    }
}
