using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Labs.Web;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Labs.Features.Qualifications;

/// <summary>/labs/people/{employeeId}: someone's qualifications (for those allowed); lab managers record one with evidence or revoke one.</summary>
[Authorize(Policy = LabsPolicies.Use)]
[UploadLimit(LabsFiles.MaxEvidenceBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = LabsFiles.MaxEvidenceBytes + UploadLimitAttribute.FormOverhead)]
public class PersonPageModel(LabsAccess access, QualificationRecords records, QualificationTypes types, IStringLocalizer<LabsResource> t) : LabsPageModel(access)
{
    [FromRoute] public int EmployeeId { get; set; }
    public PersonQualificationsView View { get; private set; } = null!;
    public List<QualificationTypeView> Types { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await FillAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRecordAsync(string? typeCode, DateOnly? grantedOn, DateOnly? expiresOn, string? note, IFormFile? evidence, CancellationToken ct)
    {
        var file = await LabsFiles.ReadLimitedAsync(evidence, LabsFiles.MaxEvidenceBytes, ct);
        return await RunAsync(v => records.RecordAsync(v, EmployeeId, new ManualQualificationInput(typeCode, grantedOn, expiresOn, note), file, ct), t["Qualification.Recorded"], ct);
    }

    public Task<IActionResult> OnPostRevokeAsync(int recordId, string? reason, CancellationToken ct) =>
        RunAsync(v => records.RevokeAsync(v, recordId, new RevokeInput(reason), ct), t["Qualification.Revoked"], ct);

    private async Task<IActionResult> RunAsync(Func<LabsViewer, Task> call, string done, CancellationToken ct)
    {
        ModelState.Clear();
        var viewer = await ViewerAsync(ct);
        if (await TryAsync(() => call(viewer))) return Done(done, new { employeeId = EmployeeId });
        return await FillAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> FillAsync(CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        if (!await LoadAsync(async () => View = await records.PersonAsync(viewer, EmployeeId, ct))) return false;
        Types = await types.ListAsync(ct);
        return true;
    }
}
