using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Demo;

namespace TalentChain.Modules.Commercialization.Demo;

/// <summary>
/// The money story, dated from today, on the disclosure the core of the module seeds as ID-&lt;year-2&gt;-0007 (晶界扩散重稀土
///减量技术, three inventors 33.3/33.3/33.4): a licence to a domestic magnet maker (宁波某磁材公司) whose fees of 1,200,000.00
/// less 200,000.00 costs leave 1,000,000.00 net, 50 % of which (500,000.00) was approved and paid as 166,500.00 /
/// 166,500.00 / 167,000.00; a licence to a German company waiting for its technology-export check; and own implementation
/// on the company's pilot line paying 5 % of last year's operating profit. Deterministic: no random choices.
/// </summary>
internal sealed class DealsDemoData(TimeProvider clock, ITechnologyExportChecks checks) : IDemoDataContributor
{
    /// <summary>After the core of the module (disclosures, evaluation, IP).</summary>
    public int Order => 950;

    public async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var db = run.Db;
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var number = $"ID-{today.Year - 2}-0007";
        var disclosure = await db.Disclosures.AsNoTracking().Include(d => d.Inventors).FirstOrDefaultAsync(d => d.Number == number, ct);
        if (disclosure is null || disclosure.Inventors.Count == 0) return;
        var office = run.AccountEmployees.GetValueOrDefault(Roles.TechTransferOfficer);
        var owner = office != 0 ? office : disclosure.Inventors[0].EmployeeId;
        const string officer = "tto" + DemoSeeder.EmailDomain;
        const string admin = "admin" + DemoSeeder.EmailDomain;
        const string finance = "finance" + DemoSeeder.EmailDomain;
        var inventors = disclosure.Inventors.OrderBy(i => i.Id).ToList();

        // 1. The domestic licence: signed ten months ago, fees in two instalments, reward approved and paid.
        var domestic = new ConversionProject
        {
            Number = $"CP-{today.Year - 1}-001", Name = "Grain-boundary diffusion: licence to a Ningbo magnet maker", NameZh = "晶界扩散重稀土减量技术许可（宁波某磁材公司）",
            Description = "Non-exclusive licence of the grain-boundary diffusion process for sintered NdFeB. 烧结钕铁硼晶界扩散工艺普通许可。",
            Route = DealKind.Licence, Status = ConversionProjectStatus.Active, BusinessOwnerId = owner, CounterpartyName = "宁波某磁材公司", CountryCode = "CN",
            CreatedAt = now.AddDays(-400), CreatedBy = officer,
            Disclosures = [new ConversionProjectDisclosure { DisclosureId = disclosure.Id }],
            Milestones =
            [
                new ProjectMilestone { Name = "Term sheet agreed / 条款清单确认", DueOn = today.AddDays(-340), DoneOn = today.AddDays(-345), OwnerId = owner },
                new ProjectMilestone { Name = "Process transfer at licensee's plant / 被许可方工厂工艺导入", DueOn = today.AddDays(-200), DoneOn = today.AddDays(-190), OwnerId = owner },
                new ProjectMilestone { Name = "Annual technical review / 年度技术复核", DueOn = today.AddDays(-5), OwnerId = owner },
            ],
        };
        var licence = new Deal
        {
            Project = domestic, Kind = DealKind.Licence, CounterpartyName = "宁波某磁材公司", CountryCode = "CN", ContractNumber = $"LIC-{today.Year - 1}-0012",
            Status = DealStatus.Concluded, SignedOn = today.AddDays(-300), TermEndsOn = today.AddDays(-300).AddYears(5),
        };
        licence.Revenue.Add(new RevenueEntry
        {
            ReceivedOn = today.AddDays(-280), Kind = RevenueKind.LicenceFee, AmountCny = 700_000.00m, PatentCostCny = 60_000.00m, LegalCostCny = 40_000.00m,
            EvaluationCostCny = 30_000.00m, Note = "Upfront fee / 入门费", RecordedBy = finance, RecordedAt = now.AddDays(-280),
        });
        licence.Revenue.Add(new RevenueEntry
        {
            ReceivedOn = today.AddDays(-100), Kind = RevenueKind.LicenceFee, AmountCny = 500_000.00m, TaxCny = 70_000.00m, Note = "First-year royalty / 首年提成费",
            RecordedBy = finance, RecordedAt = now.AddDays(-100),
        });
        db.ConversionProjects.Add(domestic);
        db.Deals.Add(licence);
        await db.SaveChangesAsync(ct);
        // 1,200,000.00 − 200,000.00 = 1,000,000.00 net; the statutory 50 % = 500,000.00.
        var net = licence.Revenue.Sum(r => r.NetCny);
        var amount = RewardArithmetic.Pool(RewardArithmetic.StatutoryMinimumPercent(DealKind.Licence), net);
        var fund = new RewardFund { DealId = licence.Id, Year = 0, CommittedCny = amount, ChangedAt = now.AddDays(-60) };
        db.RewardFunds.Add(fund);
        await db.SaveChangesAsync(ct);
        var reward = NewReward(fund, licence.Id, 0, amount, 50m, inventors, officer, now.AddDays(-60));
        reward.Status = RewardStatus.Paid;
        reward.ApprovedBy = admin;
        reward.ApprovedAt = now.AddDays(-55);
        foreach (var p in reward.Payouts)
        {
            p.PaidOn = today.AddDays(-40);
            p.PaymentReference = $"PAY-{today.AddDays(-40):yyyyMMdd}-{p.EmployeeId}";
            p.PaidBy = finance;
        }
        db.Rewards.Add(reward);

        // 2. A licence to a German company: blocked until the technology-export check clears.
        var foreign = new ConversionProject
        {
            Number = $"CP-{today.Year}-001", Name = "Grain-boundary diffusion: licence to a German magnet maker", NameZh = "晶界扩散重稀土减量技术对外许可（德国某磁体公司）",
            Route = DealKind.Licence, Status = ConversionProjectStatus.Active, BusinessOwnerId = owner, CounterpartyName = "Magnetwerk Hanau GmbH", CountryCode = "DE",
            CreatedAt = now.AddDays(-30), CreatedBy = officer,
            Disclosures = [new ConversionProjectDisclosure { DisclosureId = disclosure.Id }],
            Milestones = [new ProjectMilestone { Name = "Technology-export check cleared / 技术出口审查通过", DueOn = today.AddDays(30), OwnerId = owner }],
        };
        var foreignDeal = new Deal
        {
            Project = foreign, Kind = DealKind.Licence, CounterpartyName = "Magnetwerk Hanau GmbH", CountryCode = "DE", ContractNumber = $"LIC-{today.Year}-0003",
            Status = DealStatus.Negotiating, TermEndsOn = today.AddYears(5),
        };
        db.ConversionProjects.Add(foreign);
        db.Deals.Add(foreignDeal);

        // 3. Own implementation on the pilot line since the start of last year: 5 % of last year's operating profit.
        var own = new ConversionProject
        {
            Number = $"CP-{today.Year - 1}-002", Name = "Low-dysprosium magnets on the pilot line", NameZh = "低镝磁体中试线自行实施",
            Route = DealKind.OwnImplementation, Status = ConversionProjectStatus.Active, BusinessOwnerId = owner, CreatedAt = now.AddDays(-500), CreatedBy = officer,
            Disclosures = [new ConversionProjectDisclosure { DisclosureId = disclosure.Id }],
        };
        var ownDeal = new Deal
        {
            Project = own, Kind = DealKind.OwnImplementation, CounterpartyName = "本公司磁材事业部", CountryCode = "CN", ContractNumber = $"OWN-{today.Year - 1}-0001",
            Status = DealStatus.Concluded, SignedOn = new DateOnly(today.Year - 1, 1, 1),
        };
        ownDeal.Revenue.Add(new RevenueEntry
        {
            ReceivedOn = new DateOnly(today.Year - 1, 12, 31), Kind = RevenueKind.OperatingProfit, AmountCny = 2_400_000.00m, Note = "Operating profit of the year / 年度营业利润",
            RecordedBy = finance, RecordedAt = now.AddDays(-60),
        });
        db.ConversionProjects.Add(own);
        db.Deals.Add(ownDeal);
        await db.SaveChangesAsync(ct);
        var ownAmount = RewardArithmetic.Pool(RewardArithmetic.StatutoryMinimumPercent(DealKind.OwnImplementation), 2_400_000.00m);
        var ownFund = new RewardFund { DealId = ownDeal.Id, Year = today.Year - 1, CommittedCny = ownAmount, ChangedAt = now.AddDays(-20) };
        db.RewardFunds.Add(ownFund);
        await db.SaveChangesAsync(ct);
        var ownReward = NewReward(ownFund, ownDeal.Id, today.Year - 1, ownAmount, 5m, inventors, officer, now.AddDays(-20));
        ownReward.Status = RewardStatus.Approved;
        ownReward.ApprovedBy = admin;
        ownReward.ApprovedAt = now.AddDays(-15);
        db.Rewards.Add(ownReward);
        await db.SaveChangesAsync(ct);

        // The export check is Exports' record: asked for through its contract when that module provides it.
        if (office != 0)
        {
            var nodes = await db.Disclosures.AsNoTracking().Where(d => d.Id == disclosure.Id).SelectMany(d => d.Technologies.Select(t => t.TaxonomyNodeId)).ToListAsync(ct);
            var check = await checks.RequestAsync(new TechnologyExportRequest($"commercialization-deal:{foreignDeal.Id}", $"{foreignDeal.ContractNumber} · {foreign.Name}",
                $"Licence → Magnetwerk Hanau GmbH (DE); {number}", nodes, foreignDeal.CounterpartyName, "DE", TechnologyTransferKind.Licence, office), ct);
            foreignDeal.ExportCheckId = check.Id;
            await db.SaveChangesAsync(ct);
        }
    }

    private static Reward NewReward(RewardFund fund, int dealId, int year, decimal amount, decimal percent, List<DisclosureInventor> inventors, string by, DateTimeOffset at)
    {
        var parts = RewardArithmetic.SplitCents(amount, [.. inventors.Select(i => i.SharePercent)]);
        var reward = new Reward
        {
            FundId = fund.Id, DealId = dealId, Year = year, AmountCny = amount, Percent = percent, ProposedByUserId = "demo:" + by, ProposedBy = by, ProposedAt = at,
        };
        for (var i = 0; i < inventors.Count; i++)
            reward.Payouts.Add(new RewardPayout { EmployeeId = inventors[i].EmployeeId, SharePercent = inventors[i].SharePercent, AmountCny = parts[i] });
        return reward;
    }
}
