using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Web;

namespace TalentChain.Modules.Commercialization.Features.Rewards;

/// <summary>
/// /commercialization/rewards: conversion-reward payouts (an inventor's own; finance and the office all, with exports), the
/// reward policy in force (the office sets a new version) and, for executives, sums per year and segment only.
/// </summary>
[Authorize(Policy = CommercializationPolicies.Use)]
public class RewardsPageModel(CommercializationAccess access, RewardHandlers rewards, RewardPolicies policies, IStringLocalizer<CommercializationResource> t) : CommercializationPageModel(access)
{
    [FromQuery] public int? Year { get; set; }
    public List<PayoutRow> Payouts { get; private set; } = [];
    public List<PolicyView> Policies { get; private set; } = [];
    public List<RewardSummaryRow>? Summary { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await FillAsync(ct);

    public async Task<IActionResult> OnPostPolicyAsync(DealKind? kind, decimal? percent, int? years, DateOnly? effectiveFrom, string? note, CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        if (await TryAsync(() => policies.SetAsync(viewer, new PolicyInput(kind, percent, years, effectiveFrom, note), ct))) return Done(t["Reward.PolicySaved"]);
        await FillAsync(ct);
        return Page();
    }

    private async Task FillAsync(CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        Payouts = await rewards.PayoutsAsync(viewer, Year, ct);
        Policies = await policies.ListAsync(ct);
        if (viewer.Office || viewer.Executive) Summary = await rewards.SummaryAsync(ct);
    }
}
