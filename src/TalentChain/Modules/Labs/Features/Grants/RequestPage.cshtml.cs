using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Labs.Web;

namespace TalentChain.Modules.Labs.Features.Grants;

/// <summary>/labs/requests/{id}: the request or grant, the check of its qualifications, and the lab manager's decision.</summary>
[Authorize(Policy = LabsPolicies.Use)]
public class RequestPageModel(LabsAccess access, GrantHandlers grants, IStringLocalizer<LabsResource> t) : LabsPageModel(access)
{
    [FromRoute] public int Id { get; set; }
    public GrantView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await FillAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(DateOnly? startsOn, DateOnly? endsOn, string? note, long? version, CancellationToken ct) =>
        RunAsync(v => grants.ApproveAsync(v, Id, new ApproveInput(startsOn, endsOn, note, version), ct), t["Request.Approved"], ct);

    public Task<IActionResult> OnPostRejectAsync(string? reason, long? version, CancellationToken ct) =>
        RunAsync(v => grants.RejectAsync(v, Id, new ReasonInput(reason, version), ct), t["Request.Rejected"], ct);

    public Task<IActionResult> OnPostRevokeAsync(string? reason, long? version, CancellationToken ct) =>
        RunAsync(v => grants.RevokeAsync(v, Id, new ReasonInput(reason, version), ct), t["Request.Revoked"], ct);

    private async Task<IActionResult> RunAsync(Func<LabsViewer, Task> call, string done, CancellationToken ct)
    {
        ModelState.Clear();
        var viewer = await ViewerAsync(ct);
        if (await TryAsync(() => call(viewer))) return Done(done, new { id = Id });
        return await FillAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> FillAsync(CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        return await LoadAsync(async () => View = await grants.GetAsync(viewer, Id, ct));
    }
}
