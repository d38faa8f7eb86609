using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Education.Features.Degrees;
using TalentChain.Modules.Education.Web;

namespace TalentChain.Modules.Education.Features.Claims;

/// <summary>/education/claims: the claims the viewer may see, by step (waiting for a line manager, HR, payment).</summary>
[Authorize(Policy = EducationPolicies.Use)]
public class ClaimsPageModel(EducationAccess access, ClaimHandlers claims) : EducationPageModel(access)
{
    [FromQuery] public string? Filter { get; set; }
    public List<ClaimRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Filter is not (null or "manager" or "hr" or "pay")) Filter = null;
        Rows = await claims.ListAsync(await ViewerAsync(ct), Filter, null, ct);
    }
}

/// <summary>/education/claims/{id}: one claim, its receipts, the decisions with the cap reason, and the next step for whoever may take it.</summary>
[Authorize(Policy = EducationPolicies.Use)]
public class ClaimPageModel(EducationAccess access, ClaimHandlers claims, IStringLocalizer<EducationResource> e) : EducationPageModel(access)
{
    [FromRoute] public int Id { get; set; }
    public ClaimView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await FillAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostManagerAsync(bool approve, string? note, CancellationToken ct) =>
        RunAsync(v => claims.ManagerDecideAsync(v, Id, new DecisionInput(approve, note), ct), ct);

    public Task<IActionResult> OnPostHrAsync(bool approve, string? note, CancellationToken ct) =>
        RunAsync(v => claims.HrDecideAsync(v, Id, new DecisionInput(approve, note), ct), ct);

    public Task<IActionResult> OnPostPayAsync(DateOnly? paidOn, decimal? amount, CancellationToken ct) =>
        RunAsync(v => claims.PayAsync(v, Id, new PayInput(paidOn, amount), ct), ct);

    private async Task<IActionResult> RunAsync(Func<EducationViewer, Task<ClaimView>> call, CancellationToken ct)
    {
        ModelState.Clear();
        var viewer = await ViewerAsync(ct);
        ClaimView? after = null;
        if (await TryAsync(async () => after = await call(viewer))) return Done(e["Claim.Saved", after!.StatusName], new { id = Id });
        return await FillAsync(ct) ? Page() : NotFound();
    }

    private Task<bool> FillAsync(CancellationToken ct) => LoadAsync(async () => View = await claims.GetAsync(await ViewerAsync(ct), Id, ct));
}
