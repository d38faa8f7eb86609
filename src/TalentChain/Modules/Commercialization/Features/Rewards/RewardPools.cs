using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Commercialization.Features.Rewards;

/// <summary>
/// A reward fund as the office sees it: the percent that applies and where it comes from (the deal's agreed percent, the
/// company policy, or the statutory default), the net income it applies to, the pool, what is already committed to rewards
/// and what is still available. Own implementation has one fund per year within its reward period.
/// </summary>
public sealed record FundView(int FundId, int DealId, int Year, DealKind Kind, decimal Percent, string PercentSource, decimal BaseCny, decimal PoolCny,
    decimal CommittedCny, decimal AvailableCny, decimal? PoolShares, decimal CommittedShares, decimal? AvailableShares, bool InRewardPeriod, long Version);

/// <summary>Computes the reward pools of a deal's funds (ADR 0050).</summary>
public sealed class RewardPools(TalentChainDbContext db, RewardPolicies policies, IStringLocalizer<CommercializationResource> t)
{
    /// <summary>The fund a receipt belongs to: its calendar year for own implementation, 0 (the whole deal) otherwise.</summary>
    public static int FundYear(DealKind kind, DateOnly receivedOn) => kind == DealKind.OwnImplementation ? receivedOn.Year : 0;

    public async Task<List<FundView>> FundsAsync(Deal deal, CancellationToken ct)
    {
        var funds = await db.RewardFunds.AsNoTracking().Where(f => f.DealId == deal.Id).OrderBy(f => f.Year).ToListAsync(ct);
        var revenue = deal.Revenue.Count > 0 ? deal.Revenue : await db.RevenueEntries.AsNoTracking().Where(r => r.DealId == deal.Id).ToListAsync(ct);
        var views = new List<FundView>();
        foreach (var f in funds) views.Add(await ViewAsync(deal, f, revenue, ct));
        return views;
    }

    public async Task<FundView> ViewAsync(Deal deal, RewardFund fund, IReadOnlyCollection<RevenueEntry> revenue, CancellationToken ct)
    {
        var policy = await policies.InForceAsync(deal.Kind, ct);
        var percent = deal.AgreedPercent ?? policy.Percent;
        var source = deal.AgreedPercent is null ? policy.Source : t["Reward.Source.Agreed"].Value;
        var entries = deal.Kind == DealKind.OwnImplementation ? revenue.Where(r => r.ReceivedOn.Year == fund.Year).ToList() : [.. revenue];
        var inPeriod = true;
        if (deal.Kind == DealKind.OwnImplementation)
        {
            var start = deal.SignedOn?.Year ?? int.MaxValue;
            var years = policy.Years ?? RewardArithmetic.MinOwnImplementationYears;
            inPeriod = fund.Year >= start && fund.Year < start + years;
        }
        var net = entries.Sum(r => r.NetCny);
        var pool = inPeriod ? RewardArithmetic.Pool(percent, net) : 0m;
        var shares = entries.Where(r => r.EquityShares is not null).Sum(r => r.EquityShares!.Value);
        decimal? poolShares = deal.Kind == DealKind.Equity && shares > 0 ? RewardArithmetic.PoolShares(percent, shares) : null;
        return new FundView(fund.Id, deal.Id, fund.Year, deal.Kind, percent, source, net, pool, fund.CommittedCny, Math.Max(0, pool - fund.CommittedCny),
            poolShares, fund.CommittedShares, poolShares is { } ps ? Math.Max(0, ps - fund.CommittedShares) : null, inPeriod, fund.Version);
    }
}
