using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Contracts;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.GoToMarket;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Commercialization.Features.Rewards;

/// <summary>Conversion rewards for other modules (cohort outcomes, the chain view): facts only.</summary>
public sealed class ConversionRewards(TalentChainDbContext db, RewardHandlers rewards) : IConversionRewards
{
    public async Task<IReadOnlyDictionary<int, PersonRewards>> ForPeopleAsync(IReadOnlyCollection<int> employeeIds, CancellationToken ct = default)
    {
        var ids = employeeIds.Distinct().ToList();
        var rows = await db.RewardPayouts.AsNoTracking().Where(p => ids.Contains(p.EmployeeId))
            .Select(p => new { p.EmployeeId, p.RewardId, p.AmountCny, Paid = p.PaidOn != null }).ToListAsync(ct);
        return rows.GroupBy(r => r.EmployeeId).ToDictionary(g => g.Key,
            g => new PersonRewards(g.Key, g.Select(r => r.RewardId).Distinct().Count(), g.Where(r => r.Paid).Sum(r => r.AmountCny)));
    }

    public async Task<IReadOnlyList<SegmentConversion>> BySegmentAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var deals = await db.Deals.AsNoTracking().Where(d => d.SignedOn != null && d.SignedOn >= from && d.SignedOn <= to).Select(d => d.Id).ToListAsync(ct);
        var revenue = await db.RevenueEntries.AsNoTracking().Where(r => r.ReceivedOn >= from && r.ReceivedOn <= to).ToListAsync(ct);
        var paid = await db.RewardPayouts.AsNoTracking().Where(p => p.PaidOn != null && p.PaidOn >= from && p.PaidOn <= to)
            .Select(p => new { p.Reward!.DealId, p.AmountCny }).ToListAsync(ct);
        var segments = await rewards.SegmentsAsync([.. deals.Concat(revenue.Select(r => r.DealId)).Concat(paid.Select(p => p.DealId)).Distinct()], ct);
        return [.. segments.Values.Distinct().OrderBy(s => s).Select(s => new SegmentConversion(s,
            deals.Count(d => segments.GetValueOrDefault(d) == s),
            revenue.Where(r => segments.GetValueOrDefault(r.DealId) == s).Sum(r => r.NetCny),
            paid.Where(p => segments.GetValueOrDefault(p.DealId) == s).Sum(p => p.AmountCny)))];
    }
}

/// <summary>"成果转化奖励 / Conversion rewards" on the profile: only for the person, the office, finance and administrators.</summary>
public sealed class ConversionRewardsProfileSection(CommercializationAccess access, RewardHandlers rewards, IStringLocalizer<CommercializationResource> t) : IProfileSection
{
    public async Task<ProfileSection?> ForAsync(int employeeId, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var v = await access.ViewerAsync(viewer, ct);
        if (!v.Office && !v.Finance && v.EmployeeId != employeeId) return null;
        var rows = (await rewards.PayoutsAsync(v, null, ct)).Where(p => p.EmployeeId == employeeId).ToList();
        if (rows.Count == 0) return null;
        return new ProfileSection("conversion-rewards", t["Reward.Profile.Title"],
            [t["Reward.Col.Result"], t["Reward.Col.Contract"], t["Reward.Col.Year"], t["Reward.Col.Share"], t["Reward.Col.Amount"], t["Reward.Col.Status"], t["Reward.Col.PaidOn"]],
            [.. rows.Select(r => (IReadOnlyList<string>)[r.Result, r.ContractNumber, r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.SharePercent.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " %", DealsText.Money(r.AmountCny), r.StatusName, DealsText.Date(r.PaidOn)])],
            "/commercialization/rewards", t["Reward.Profile.Link"], 85);
    }
}
