using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Web;

namespace TalentChain.Modules.Commercialization.Features.Patents;

/// <summary>/commercialization/ip/families/{id}: filings, computed deadlines (overdue flagged), add a filing or an office action, mark a deadline done.</summary>
[Authorize(Policy = CommercializationPolicies.Use)]
public class FamilyPageModel(CommercializationAccess access, PatentHandlers patents, IStringLocalizer<CommercializationResource> t) : CommercializationPageModel(access)
{
    [FromRoute] public int Id { get; set; }
    public FamilyView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await FillAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostFilingAsync(int? filingId, PatentOffice? office, FilingKind? kind, int? parentFilingId, string? applicationNumber, DateOnly? filingDate,
        DateOnly? priorityDate, FilingStatus? status, DateOnly? grantDate, string? patentNumber, long? version, CancellationToken ct) =>
        RunAsync(v => patents.SaveFilingAsync(v, Id, filingId, new FilingInput(office, kind, parentFilingId, applicationNumber, filingDate, priorityDate, status, grantDate, patentNumber, version), ct),
            t["Filing.Saved"], ct);

    public Task<IActionResult> OnPostOfficeActionAsync(int filingId, DateOnly? noticeDate, int? periodMonths, CancellationToken ct) =>
        RunAsync(v => patents.AddOfficeActionAsync(v, Id, filingId, new OfficeActionInput(noticeDate, periodMonths), ct), t["Filing.Saved"], ct);

    public Task<IActionResult> OnPostDeadlineAsync(int deadlineId, string? ownerNumber, DateOnly? doneOn, CancellationToken ct) =>
        RunAsync(v => patents.SetDeadlineAsync(v, Id, deadlineId, new DeadlineInput(ownerNumber, doneOn), ct), t["Filing.Saved"], ct);

    private Task<IActionResult> RunAsync(Func<CommercializationViewer, Task> call, string done, CancellationToken ct) =>
        ActAsync(async () => await call(await ViewerAsync(ct)), done, new { id = Id }, () => FillAsync(ct));

    private async Task<bool> FillAsync(CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        return await LoadAsync(async () => View = await patents.GetAsync(viewer, Id, ct));
    }
}
