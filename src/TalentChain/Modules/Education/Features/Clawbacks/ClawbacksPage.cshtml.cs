using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Education.Web;

namespace TalentChain.Modules.Education.Features.Clawbacks;

/// <summary>/education/clawbacks: repayment cases the viewer may see; HR can check recorded departures for new ones.</summary>
[Authorize(Policy = EducationPolicies.Use)]
public class ClawbacksPageModel(EducationAccess access, ClawbackHandlers clawbacks, IStringLocalizer<EducationResource> e) : EducationPageModel(access)
{
    public List<ClawbackRow> Rows { get; private set; } = [];
    public bool IsHr { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        IsHr = viewer.Hr;
        Rows = await clawbacks.ListAsync(viewer, ct);
    }

    public async Task<IActionResult> OnPostScanAsync(CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        if (!viewer.Hr) return Forbid();
        var opened = await clawbacks.OpenDueCasesAsync(ct);
        return Done(e["Clawback.Scanned", opened]);
    }
}

/// <summary>/education/clawbacks/{id}: the repayment with its formula; Finance settles, HR waives (with a reason).</summary>
[Authorize(Policy = EducationPolicies.Use)]
public class ClawbackPageModel(EducationAccess access, ClawbackHandlers clawbacks, IStringLocalizer<EducationResource> e) : EducationPageModel(access)
{
    [FromRoute] public int Id { get; set; }
    public ClawbackView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await FillAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSettleAsync(decimal? amount, DateOnly? settledOn, CancellationToken ct) =>
        RunAsync(v => clawbacks.SettleAsync(v, Id, new SettleInput(amount, settledOn), ct), ct);

    public Task<IActionResult> OnPostWaiveAsync(string? reason, CancellationToken ct) =>
        RunAsync(v => clawbacks.WaiveAsync(v, Id, new WaiveInput(reason), ct), ct);

    private async Task<IActionResult> RunAsync(Func<EducationViewer, Task<ClawbackView>> call, CancellationToken ct)
    {
        ModelState.Clear();
        var viewer = await ViewerAsync(ct);
        ClawbackView? after = null;
        if (await TryAsync(async () => after = await call(viewer))) return Done(e["Clawback.Saved", after!.StatusName], new { id = Id });
        return await FillAsync(ct) ? Page() : NotFound();
    }

    private Task<bool> FillAsync(CancellationToken ct) => LoadAsync(async () => View = await clawbacks.GetAsync(await ViewerAsync(ct), Id, ct));
}
