using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Commercialization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.GoToMarket;
using TalentChain.Modules.Commercialization.Features.Rewards;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Commercialization;

/// <summary>
/// Deals and rewards through the API: the foreign licence blocked until its export check clears, the reward pool and its
/// split to the cent, approval separated from the proposal, payouts seen by whom they concern, the statutory floors, and
/// two concurrent proposals that cannot over-commit a fund.
/// </summary>
public abstract class DealFlowTests(DealsFactory app)
{
    private const string Api = DealsDriver.Api;
    private readonly DealsDriver _d = new(app);

    [Fact]
    public async Task Sign_ForeignLicence_BlockedUntilTheExportCheckIsClearedNothingWritten()
    {
        var people = await _d.PeopleAsync(2);
        var project = await _d.ProjectAsync(await _d.DisclosureAsync([(people[0], 60m), (people[1], 40m)]), DealKind.Licence, country: "DE");
        Assert.True(project.Foreign);
        var deal = await _d.DealAsync(project.Id, DealKind.Licence, "DE");
        Assert.True(deal.NeedsExportCheck);

        // No check yet: refused, and told to request one.
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await _d.SignAsync(deal.Id), "ExportCheck"), m => m.Contains("technology-export check first", StringComparison.Ordinal));
        var requested = await ApiAssert.JsonAsync<DealView>(await (await _d.As("tto")).PostAsync($"{Api}/deals/{deal.Id}/export-check", null), HttpStatusCode.OK);
        var check = requested.ExportCheck!;
        Assert.Equal(TechnologyExportCheckStatus.InReview, check.Status);
        var sent = Assert.Single(app.ExportChecks.Requests, r => r.SourceKey == $"commercialization-deal:{deal.Id}");
        Assert.Equal(("DE", TechnologyTransferKind.Licence), (sent.CountryCode, sent.Kind));

        // In review: refused naming the check and its status, in both languages; the deal stays unsigned.
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await _d.SignAsync(deal.Id), "ExportCheck"),
            m => m.Contains($"Technology-export check {check.Number} has not been cleared (In review)", StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await _d.SignAsync(deal.Id, language: "zh-CN"), "ExportCheck"),
            m => m.Contains($"技术出口审查 {check.Number} 尚未通过（审查中），不得签署对外许可/转让合同", StringComparison.Ordinal));
        var unsigned = await (await _d.As("tto")).GetJsonAsync<DealView>($"{Api}/deals/{deal.Id}");
        Assert.Equal((DealStatus.Negotiating, (DateOnly?)null), (unsigned.Status, unsigned.SignedOn));
        // Revenue cannot be booked on an unsigned deal either.
        await ApiAssert.FieldErrorsAsync(await (await _d.As("finance")).PostAsJsonAsync($"{Api}/deals/{deal.Id}/revenue",
            new TalentChain.Modules.Commercialization.Features.Revenue.RevenueInput(app.Today, RevenueKind.LicenceFee, 1000m), ApiJson.Options), "DealId");

        // Cleared: signed.
        app.ExportChecks.Decide(check.Id, TechnologyExportCheckStatus.Cleared);
        var signed = await ApiAssert.JsonAsync<DealView>(await _d.SignAsync(deal.Id), HttpStatusCode.OK);
        Assert.Equal((DealStatus.Concluded, app.Today), (signed.Status, signed.SignedOn!.Value));

        // A domestic licence needs no check and signs at once; the check cannot be asked for it.
        var domestic = await _d.DealAsync(project.Id, DealKind.Licence, "CN");
        Assert.False(domestic.NeedsExportCheck);
        await ApiAssert.FieldErrorsAsync(await (await _d.As("tto")).PostAsync($"{Api}/deals/{domestic.Id}/export-check", null), "Kind");
        Assert.Equal(HttpStatusCode.OK, (await _d.SignAsync(domestic.Id)).StatusCode);
    }

    [Fact]
    public async Task Reward_LicenceNetIncome_SplitToTheCentApprovedByAnotherAndPaid()
    {
        var inventor = await _d.EmployeeOfAsync("participant");
        var others = await _d.PeopleAsync(2);
        var deal = await _d.SignedLicenceAsync([(others[0], 33.3m), (others[1], 33.3m), (inventor, 33.4m)], 1_200_000.00m, 200_000.00m);
        var fund = await (await _d.As("finance")).GetJsonAsync<FundView>($"{Api}/deals/{deal.Id}/fund");
        Assert.Equal((50m, 1_000_000.00m, 500_000.00m, 500_000.00m), (fund.Percent, fund.BaseCny, fund.PoolCny, fund.AvailableCny));

        // Over the available amount: refused with both numbers, nothing written.
        var over = await ApiAssert.FieldErrorsAsync(await _d.ProposeAsync(deal.Id, 500_000.01m), "AmountCny");
        Assert.Contains(over, m => m.Contains("500,000.01", StringComparison.Ordinal) && m.Contains("500,000.00", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync(db => db.Rewards.AnyAsync(r => r.DealId == deal.Id)));
        Assert.Equal(0m, (await (await _d.As("finance")).GetJsonAsync<FundView>($"{Api}/deals/{deal.Id}/fund")).CommittedCny);

        var reward = await ApiAssert.JsonAsync<RewardView>(await _d.ProposeAsync(deal.Id, 500_000.00m), HttpStatusCode.Created);
        Assert.Equal([166_500.00m, 166_500.00m, 167_000.00m], reward.Payouts.Select(p => p.AmountCny));
        Assert.Equal(500_000.00m, reward.Payouts.Sum(p => p.AmountCny));
        Assert.Equal(0m, (await (await _d.As("finance")).GetJsonAsync<FundView>($"{Api}/deals/{deal.Id}/fund")).AvailableCny);

        // Not paid before approval; not approved by the proposer.
        var payout = reward.Payouts[2];
        await ApiAssert.FieldErrorsAsync(await (await _d.As("finance")).PostAsJsonAsync($"{Api}/payouts/{payout.Id}/paid", new PayInput(app.Today, "PAY-1"), ApiJson.Options), "Status");
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _d.As("tto")).PostAsJsonAsync($"{Api}/rewards/{reward.Id}/approve", new ApproveRewardInput(), ApiJson.Options)).StatusCode);
        Assert.Equal(RewardStatus.Proposed, (await (await _d.As("tto")).GetJsonAsync<RewardView>($"{Api}/rewards/{reward.Id}")).Status);
        // Finance may not approve at all.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _d.As("finance")).PostAsJsonAsync($"{Api}/rewards/{reward.Id}/approve", new ApproveRewardInput(), ApiJson.Options)).StatusCode);

        var approved = await ApiAssert.JsonAsync<RewardView>(await (await _d.As("admin")).PostAsJsonAsync($"{Api}/rewards/{reward.Id}/approve", new ApproveRewardInput(), ApiJson.Options), HttpStatusCode.OK);
        Assert.Equal(RewardStatus.Approved, approved.Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "CommercializationReward" && a.EntityKey == reward.Id.ToString(CultureInfo.InvariantCulture) && a.Changes.Contains("Approved"))));
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.EmployeeId == inventor && n.DedupKey == $"reward-approved:{payout.Id}")));

        // The office may not record payment; finance does, per payout; the reward is Paid when all are.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _d.As("tto")).PostAsJsonAsync($"{Api}/payouts/{payout.Id}/paid", new PayInput(app.Today, "PAY-1"), ApiJson.Options)).StatusCode);
        await ApiAssert.FieldErrorsAsync(await (await _d.As("finance")).PostAsJsonAsync($"{Api}/payouts/{payout.Id}/paid", new PayInput(app.Today, ""), ApiJson.Options), "PaymentReference");
        RewardView last = approved;
        foreach (var p in approved.Payouts)
            last = await ApiAssert.JsonAsync<RewardView>(await (await _d.As("finance")).PostAsJsonAsync($"{Api}/payouts/{p.Id}/paid", new PayInput(app.Today, $"PAY-{p.Id}"), ApiJson.Options), HttpStatusCode.OK);
        Assert.Equal(RewardStatus.Paid, last.Status);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.EmployeeId == inventor && n.DedupKey == $"reward-paid:{payout.Id}")));

        // The inventor sees their own part only.
        var mine = await (await _d.As("participant")).GetJsonAsync<RewardView>($"{Api}/rewards/{reward.Id}");
        Assert.Equal(167_000.00m, Assert.Single(mine.Payouts).AmountCny);
    }

    [Fact]
    public async Task Policy_DefaultsPerKindAndOneBelowStatutory_RefusedWithTheMinimum()
    {
        var policies = await (await _d.As("participant")).GetJsonAsync<List<PolicyView>>($"{Api}/reward-policies");
        Assert.Equal(50m, policies.Single(p => p.Kind == DealKind.Transfer).StatutoryPercent);
        Assert.Equal(50m, policies.Single(p => p.Kind == DealKind.Equity).StatutoryPercent);
        var own = policies.Single(p => p.Kind == DealKind.OwnImplementation);
        Assert.Equal((5m, 3), (own.StatutoryPercent, own.Years!.Value));

        var tto = await _d.As("tto");
        var low = await ApiAssert.FieldErrorsAsync(await tto.PostAsJsonAsync($"{Api}/reward-policies", new PolicyInput(DealKind.Transfer, 49.99m, null, null, null), ApiJson.Options), "Percent");
        Assert.Contains(low, m => m.Contains("statutory minimum of 50.00 %", StringComparison.Ordinal));
        await ApiAssert.FieldErrorsAsync(await tto.PostAsJsonAsync($"{Api}/reward-policies", new PolicyInput(DealKind.OwnImplementation, 6m, 6, null, null), ApiJson.Options), "Years");
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _d.As("finance")).PostAsJsonAsync($"{Api}/reward-policies", new PolicyInput(DealKind.Transfer, 60m, null, null, null), ApiJson.Options)).StatusCode);
        Assert.Equal(50m, (await tto.GetJsonAsync<List<PolicyView>>($"{Api}/reward-policies")).Single(p => p.Kind == DealKind.Transfer).Percent);

        // A higher company policy applies to transfers; a deal's agreed percent overrides it.
        var set = await ApiAssert.JsonAsync<PolicyView>(await tto.PostAsJsonAsync($"{Api}/reward-policies", new PolicyInput(DealKind.Transfer, 70m, null, null, "Board decision 2026-3"), ApiJson.Options), HttpStatusCode.OK);
        Assert.Equal((70m, 1), (set.Percent, set.PolicyVersion!.Value));
        var people = await _d.PeopleAsync(1, 5);
        var project = await _d.ProjectAsync(await _d.DisclosureAsync([(people[0], 100m)]), DealKind.Transfer);
        var transfer = await _d.DealAsync(project.Id, DealKind.Transfer, "CN");
        var agreed = await _d.DealAsync(project.Id, DealKind.Transfer, "CN", agreed: 80m);
        foreach (var d in new[] { transfer, agreed })
        {
            Assert.Equal(HttpStatusCode.OK, (await _d.SignAsync(d.Id)).StatusCode);
            await _d.RevenueAsync(d.Id, 10_000.00m, 0m, kind: RevenueKind.TransferPrice);
        }
        Assert.Equal(7_000.00m, (await tto.GetJsonAsync<FundView>($"{Api}/deals/{transfer.Id}/fund")).PoolCny);
        Assert.Equal(8_000.00m, (await tto.GetJsonAsync<FundView>($"{Api}/deals/{agreed.Id}/fund")).PoolCny);
    }

    [Fact]
    public async Task Payouts_PerRole_OwnForInventorsAllForFinanceWithControlledHiddenSumsOnlyForExecutives()
    {
        var inventor = await _d.EmployeeOfAsync("participant");
        var others = await _d.PeopleAsync(1, 10);
        var open = await _d.SignedLicenceAsync([(inventor, 50m), (others[0], 50m)], 10_000.00m, 0m);
        var controlled = await _d.SignedLicenceAsync([(others[0], 100m)], 10_000.00m, 0m, controlled: true);
        var r1 = await ApiAssert.JsonAsync<RewardView>(await _d.ProposeAsync(open.Id, 5_000.00m), HttpStatusCode.Created);
        var r2 = await ApiAssert.JsonAsync<RewardView>(await _d.ProposeAsync(controlled.Id, 5_000.00m), HttpStatusCode.Created);

        // The inventor: their own payout, not the others', not the controlled result's; 404 on a reward that is not theirs.
        var mine = await (await _d.As("participant")).GetJsonAsync<List<PayoutRow>>($"{Api}/payouts");
        Assert.All(mine, p => Assert.Equal(inventor, p.EmployeeId));
        Assert.Contains(mine, p => p.RewardId == r1.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _d.As("participant")).GetAsync($"{Api}/rewards/{r2.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _d.As("participant")).GetAsync($"{Api}/payouts/export?format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _d.As("mentor")).GetAsync($"{Api}/rewards/{r1.Id}")).StatusCode);
        Assert.DoesNotContain(await (await _d.As("mentor")).GetJsonAsync<List<PayoutRow>>($"{Api}/payouts"), p => p.RewardId == r1.Id || p.RewardId == r2.Id);

        // Finance: every payout; the controlled result as 受控成果 / Controlled result, and not its project.
        var all = await (await _d.As("finance")).GetJsonAsync<List<PayoutRow>>($"{Api}/payouts");
        Assert.Equal("Controlled result", all.Single(p => p.RewardId == r2.Id).Result);
        Assert.Equal("Grain-boundary diffusion", all.First(p => p.RewardId == r1.Id).Result);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _d.As("finance")).GetAsync($"{Api}/deals/{controlled.Id}")).StatusCode);
        var zh = new HttpRequestMessage(HttpMethod.Get, $"{Api}/payouts/export?format=csv");
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var csv = await (await (await _d.As("finance")).SendAsync(zh)).Content.ReadAsStringAsync();
        Assert.Contains("受控成果", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("测试成果", csv, StringComparison.Ordinal);
        var xlsx = await (await _d.As("finance")).GetAsync($"{Api}/payouts/export?format=xlsx");
        Assert.Equal(SpreadsheetDownload.XlsxType, xlsx.Content.Headers.ContentType?.MediaType);

        // Executives: sums only (groups under five people left out), no payout list beyond their own, no exports.
        Assert.Equal(HttpStatusCode.OK, (await (await _d.As("exec")).GetAsync($"{Api}/rewards/summary")).StatusCode);
        Assert.DoesNotContain(await (await _d.As("exec")).GetJsonAsync<List<PayoutRow>>($"{Api}/payouts"), p => p.RewardId == r1.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _d.As("exec")).GetAsync($"{Api}/payouts/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _d.As("participant")).GetAsync($"{Api}/rewards/summary")).StatusCode);

        // The profile section: the person and finance see it; a colleague does not.
        Assert.Contains("conversion-rewards", await (await _d.As("participant")).GetStringAsync($"/people/{inventor}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_TwoConcurrentSixtyPercentProposals_OnlyOneCommitted()
    {
        var people = await _d.PeopleAsync(3, 20);
        var deal = await _d.SignedLicenceAsync([(people[0], 33.3m), (people[1], 33.3m), (people[2], 33.4m)], 20_000.00m, 0m);
        // Pool 10,000.00: two proposals of 6,000.00 at once.
        var admin = await _d.As("admin");
        var tto = await _d.As("tto");
        var results = await Task.WhenAll(
            tto.PostAsJsonAsync($"{Api}/rewards", new RewardInput(deal.Id, null, 6_000.00m), ApiJson.Options),
            admin.PostAsJsonAsync($"{Api}/rewards", new RewardInput(deal.Id, null, 6_000.00m), ApiJson.Options));
        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Single(results, r => r.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict);
        var fund = await tto.GetJsonAsync<FundView>($"{Api}/deals/{deal.Id}/fund");
        Assert.Equal((6_000.00m, 4_000.00m), (fund.CommittedCny, fund.AvailableCny));
        Assert.Equal(1, await app.WithDbAsync(db => db.Rewards.CountAsync(r => r.DealId == deal.Id)));
    }

    [Fact]
    public async Task Pages_DealWithRewardAndLists_RenderForTheOfficeFinanceAndTheInventor()
    {
        var inventor = await _d.EmployeeOfAsync("participant");
        var others = await _d.PeopleAsync(1, 40);
        var deal = await _d.SignedLicenceAsync([(inventor, 40m), (others[0], 60m)], 3_000.00m, 1_000.00m);
        var reward = await ApiAssert.JsonAsync<RewardView>(await _d.ProposeAsync(deal.Id, 1_000.00m), HttpStatusCode.Created);
        var tto = await app.SignInAsync("tto");
        var page = await tto.GetStringAsync($"/commercialization/deals/{deal.Id}");
        Assert.Contains("id=\"net-income\">2,000.00<", page, StringComparison.Ordinal);
        Assert.Contains("propose-form", page, StringComparison.Ordinal);
        Assert.Contains(">600.00<", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await tto.GetAsync($"/commercialization/projects/{deal.ProjectId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tto.GetAsync("/commercialization/projects")).StatusCode);
        var finance = await app.SignInAsync("finance");
        Assert.Equal(HttpStatusCode.OK, (await finance.GetAsync("/commercialization/revenue")).StatusCode);
        Assert.Contains(deal.ContractNumber, await finance.GetStringAsync("/commercialization/rewards"), StringComparison.Ordinal);
        var mine = await (await app.SignInAsync("participant")).GetStringAsync("/commercialization/rewards");
        Assert.Contains($"data-id=\"{reward.Payouts.Single(p => p.EmployeeId == inventor).Id}\"", mine, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-id=\"{reward.Payouts.Single(p => p.EmployeeId != inventor).Id}\"", mine, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync("mentor")).GetAsync($"/commercialization/deals/{deal.Id}")).StatusCode);
    }

    [Fact]
    public async Task Projects_ControlledDisclosure_HiddenFromBusinessOwnerWhoMayNotSeeIt()
    {
        var manager = await _d.EmployeeOfAsync("manager");
        var people = await _d.PeopleAsync(1, 30);
        var open = await _d.ProjectAsync(await _d.DisclosureAsync([(people[0], 100m)]), DealKind.Licence, owner: manager);
        var secret = await _d.ProjectAsync(await _d.DisclosureAsync([(people[0], 100m)], controlled: true), DealKind.Licence, owner: manager);
        var m = await _d.As("manager");
        Assert.Equal(HttpStatusCode.OK, (await m.GetAsync($"{Api}/projects/{open.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await m.GetAsync($"{Api}/projects/{secret.Id}")).StatusCode);
        Assert.DoesNotContain(await m.GetJsonAsync<List<ProjectRow>>($"{Api}/projects"), p => p.Id == secret.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _d.As("mentor")).GetAsync($"{Api}/projects/{open.Id}")).StatusCode);
        // The owner ticks off milestones but may not edit the project.
        var withMilestone = await ApiAssert.JsonAsync<ProjectView>(await m.PostAsJsonAsync($"{Api}/projects/{open.Id}/milestones", new MilestoneInput("Pilot batch", app.Today.AddDays(-1), null), ApiJson.Options), HttpStatusCode.OK);
        var milestone = Assert.Single(withMilestone.Milestones);
        Assert.True(milestone.Overdue);
        var done = await ApiAssert.JsonAsync<ProjectView>(await m.PostAsJsonAsync($"{Api}/milestones/{milestone.Id}/done", new MilestoneDoneInput(app.Today), ApiJson.Options), HttpStatusCode.OK);
        Assert.False(Assert.Single(done.Milestones).Overdue);
        Assert.Equal(HttpStatusCode.Forbidden, (await m.PutAsJsonAsync($"{Api}/projects/{open.Id}", new ProjectInput("x", null, null, DealKind.Licence, null, manager, null, null, [1]), ApiJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _d.As("mentor")).PostAsJsonAsync($"{Api}/milestones/{milestone.Id}/done", new MilestoneDoneInput(null), ApiJson.Options)).StatusCode);
    }
    [Fact]
    public async Task Project_ByEmployeeAndDisclosureNumbers_CreatedOrUnknownNumbersNamedInBothLanguagesNothingWritten()
    {
        var people = await _d.PeopleAsync(1, 40);
        var disclosureId = await _d.DisclosureAsync([(people[0], 100m)]);
        var (disclosureNumber, ownerId, ownerNumber) = await app.WithDbAsync(async db =>
        {
            var number = await db.Disclosures.Where(d => d.Id == disclosureId).Select(d => d.Number).SingleAsync();
            var owner = await db.EmployeeRefs.Where(e => e.Id == people[0]).Select(e => e.EmployeeNumber).SingleAsync();
            return (number, people[0], owner);
        });
        var tto = await _d.As("tto");
        var before = await app.WithDbAsync(db => db.ConversionProjects.CountAsync());
        foreach (var (language, ownerMessage, disclosureMessage) in new[]
        {
            ("en-US", "There is no employee with the number X999999.", "There is no disclosure ID-1999-0001."),
            ("zh-CN", "不存在员工编号为 X999999 的员工。", "不存在发明披露 ID-1999-0001。"),
        })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/projects")
            {
                Content = JsonContent.Create(new ProjectInput("Recycling route", null, null, DealKind.Transfer, null, null, null, "CN", null,
                    BusinessOwnerNumber: "X999999", DisclosureNumbers: [disclosureNumber, "id-1999-0001"]), options: ApiJson.Options),
            };
            request.Headers.AcceptLanguage.ParseAdd(language);
            var refused = await tto.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(ownerMessage, await ApiAssert.FieldErrorsAsync(refused, "BusinessOwnerId"));
            Assert.Contains(disclosureMessage, await ApiAssert.FieldErrorsAsync(refused, "DisclosureNumbers"));
        }
        Assert.Equal(before, await app.WithDbAsync(db => db.ConversionProjects.CountAsync()));

        var created = await ApiAssert.JsonAsync<ProjectView>(await tto.PostAsJsonAsync($"{Api}/projects", new ProjectInput("Recycling route", null, null, DealKind.Transfer,
            null, null, null, "CN", null, BusinessOwnerNumber: ownerNumber, DisclosureNumbers: [disclosureNumber.ToLowerInvariant()]), ApiJson.Options), HttpStatusCode.Created);
        Assert.Equal(ownerId, created.BusinessOwnerId);
        Assert.Equal(disclosureNumber, Assert.Single(created.Disclosures).Number);
    }
}

public sealed class DealFlowTestsSqlite(DealsFactory app) : DealFlowTests(app), IClassFixture<DealsFactory>;

public sealed class DealFlowTestsPostgres(DealsPostgresFactory app) : DealFlowTests(app), IClassFixture<DealsPostgresFactory>;
