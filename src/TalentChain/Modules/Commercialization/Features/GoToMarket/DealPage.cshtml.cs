using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.Revenue;
using TalentChain.Modules.Commercialization.Features.Rewards;
using TalentChain.Modules.Commercialization.Web;

namespace TalentChain.Modules.Commercialization.Features.GoToMarket;

/// <summary>
/// /commercialization/deals/{id}: the deal, its technology-export check, revenue and net income, reward funds and rewards;
/// the office requests the check, signs, proposes and approves rewards; finance records revenue and payouts.
/// </summary>
[Authorize(Policy = CommercializationPolicies.Use)]
public class DealPageModel(CommercializationAccess access, DealHandlers deals, RevenueHandlers revenue, RewardHandlers rewards, IStringLocalizer<CommercializationResource> t)
    : CommercializationPageModel(access)
{
    [FromRoute] public int Id { get; set; }
    public DealView View { get; private set; } = null!;
    public List<RewardView> Rewards { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await FillAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostCheckAsync(CancellationToken ct) => RunAsync(v => deals.RequestExportCheckAsync(v, Id, ct), t["Deal.CheckRequested"], ct);

    public Task<IActionResult> OnPostSignAsync(DateOnly? signedOn, long? version, CancellationToken ct) =>
        RunAsync(v => deals.SignAsync(v, Id, new SignInput(signedOn, version), ct), t["Deal.SignedMessage"], ct);

    public Task<IActionResult> OnPostRevenueAsync(DateOnly? receivedOn, RevenueKind? kind, decimal? amountCny, decimal? equityShares, decimal? patentCostCny,
        decimal? legalCostCny, decimal? evaluationCostCny, decimal? taxCny, string? note, CancellationToken ct) =>
        RunAsync(v => revenue.RecordAsync(v, Id, new RevenueInput(receivedOn, kind, amountCny, equityShares, null, patentCostCny, legalCostCny, evaluationCostCny, taxCny, note), ct),
            t["Revenue.Recorded"], ct);

    public Task<IActionResult> OnPostProposeAsync(int? year, decimal? amountCny, decimal? shares, string? note, CancellationToken ct) =>
        RunAsync(v => rewards.ProposeAsync(v, new RewardInput(Id, year, amountCny, shares, note), ct), t["Reward.Proposed"], ct);

    public Task<IActionResult> OnPostApproveAsync(int rewardId, long? version, CancellationToken ct) =>
        RunAsync(v => rewards.ApproveAsync(v, rewardId, new ApproveRewardInput(version), ct), t["Reward.ApprovedMessage"], ct);

    public Task<IActionResult> OnPostPaidAsync(int payoutId, DateOnly? paidOn, string? paymentReference, long? version, CancellationToken ct) =>
        RunAsync(v => rewards.PayAsync(v, payoutId, new PayInput(paidOn, paymentReference, version), ct), t["Payout.Recorded"], ct);

    private Task<IActionResult> RunAsync(Func<CommercializationViewer, Task> call, string done, CancellationToken ct) =>
        ActAsync(async () => await call(await ViewerAsync(ct)), done, new { id = Id }, () => FillAsync(ct));

    private async Task<bool> FillAsync(CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        return await LoadAsync(async () =>
        {
            View = await deals.GetAsync(viewer, Id, ct);
            Rewards = [];
            foreach (var r in View.Rewards) Rewards.Add(await rewards.GetAsync(viewer, r.Id, ct));
        });
    }
}
