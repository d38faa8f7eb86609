using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TalentChain.Modules.Commercialization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.BrowserTests;

/// <summary>
/// The commercialization pipeline as its users meet it, in Chinese: a participant discloses an invention with two
/// co-inventors (33.3 / 33.3 / 33.4 %), the technology-transfer office has it evaluated and decides to file, licenses it
/// to a domestic company, records the licence fee, proposes a reward of 1,000.00 from the fund; another office user
/// approves it, finance pays it, and the inventor sees the paid reward — each share to the cent, the parts summing to
/// the whole.
/// </summary>
public class CommercializationTests(AppServer server) : IClassFixture<AppServer>
{
    private T Query<T>(Func<TalentChainDbContext, T> query)
    {
        using var scope = server.Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<TalentChainDbContext>());
    }

    private (int Id, string Number) EmployeeOf(string login) => Query(db =>
    {
        var employeeId = db.Users.AsNoTracking().Where(u => u.Email == login + "@talentchain.demo").Select(u => u.EmployeeId).First()
            ?? throw new InvalidOperationException($"the demo account {login} has no employee");
        return (employeeId, db.EmployeeRefs.AsNoTracking().Where(e => e.Id == employeeId).Select(e => e.EmployeeNumber).First());
    });

    private static async Task SubmitAsync(IPage page, string formSelector, string url)
    {
        await page.ClickAsync($"{formSelector} button[type=submit]");
        await page.WaitForURLAsync(u => u.Contains(url, StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    [Fact]
    public async Task DisclosureToRewardPayout_InChinese_ThreeInventorsPaidTheirSharesToTheCent()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var inventor = EmployeeOf("participant");
        var (mentor, manager) = (EmployeeOf("mentor"), EmployeeOf("manager"));
        var taken = new[] { inventor.Id, mentor.Id, manager.Id };
        var coInventors = Query(db => db.EmployeeRefs.AsNoTracking().Where(e => e.Status == EmployeeStatus.Active && e.DepartureDate == null && !taken.Contains(e.Id))
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.EmployeeNumber }).Take(2).AsEnumerable().Select(e => (e.Id, e.EmployeeNumber)).ToList());
        var owner = EmployeeOf("tto");

        // 1. The participant drafts the disclosure (发明披露) and submits it.
        var participant = await server.SignedInPageAsync("participant", "zh-CN");
        await participant.GotoAsync("/commercialization/disclosures/edit?culture=zh-CN");
        await participant.FillAsync("#Title", "Low-chloride praseodymium-neodymium oxide by staged precipitation");
        await participant.FillAsync("#TitleZh", "分级沉淀法制备低氯镨钕氧化物");
        await participant.FillAsync("#Abstract", "通过两段草酸沉淀与梯度煅烧，将镨钕氧化物中的氯根降至 50 ppm 以下，适用于高性能烧结钕铁硼磁体原料。");
        await participant.FillAsync("#Inventors", $"{inventor.Number} 33.4\n{coInventors[0].EmployeeNumber} 33.3\n{coInventors[1].EmployeeNumber} 33.3");
        await participant.FillAsync("#ConceptionDate", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await participant.ClickAsync("#save-disclosure");
        await participant.WaitForSelectorAsync("#disclosure-status[data-status='Draft']");
        var disclosureId = int.Parse(participant.Url.Split('/').Last().Split('?')[0], CultureInfo.InvariantCulture);
        Assert.Equal("草稿", (await participant.TextContentAsync("#disclosure-status"))!.Trim());
        await participant.ClickAsync("#submit-disclosure");
        await participant.WaitForSelectorAsync("#disclosure-status[data-status='Submitted']");
        Assert.Equal("已提交", (await participant.TextContentAsync("#disclosure-status"))!.Trim());

        // 2. The office opens the evaluation with two committee members; the mentor scores it.
        var tto = await server.SignedInPageAsync("tto", "zh-CN");
        await tto.GotoAsync($"/commercialization/disclosures/{disclosureId}?culture=zh-CN");
        await tto.FillAsync("#open-evaluation input[name=members]", $"{mentor.Number}, {manager.Number}");
        await SubmitAsync(tto, "#open-evaluation", $"/commercialization/disclosures/{disclosureId}");
        await tto.WaitForSelectorAsync("#disclosure-status[data-status='UnderEvaluation']");
        Assert.Equal("评估中", (await tto.TextContentAsync("#disclosure-status"))!.Trim());

        var member = await server.SignedInPageAsync("mentor", "zh-CN");
        await member.GotoAsync($"/commercialization/disclosures/{disclosureId}?culture=zh-CN");
        await member.FillAsync("#score-form input[name=novelty]", "4");
        await member.FillAsync("#score-form input[name=trl]", "6");
        await member.FillAsync("#score-form input[name=market]", "5");
        await member.FillAsync("#score-form input[name=strategicFit]", "5");
        await member.FillAsync("#score-form input[name=comment]", "氯根指标优于现行国标，下游磁材客户需求明确。");
        await SubmitAsync(member, "#score-form", $"/commercialization/disclosures/{disclosureId}");
        Assert.Contains("4", await member.TextContentAsync("#score-means"), StringComparison.Ordinal);

        // 3. The office decides to file a patent, with the reasons.
        await tto.GotoAsync($"/commercialization/disclosures/{disclosureId}?culture=zh-CN");
        await tto.SelectOptionAsync("#decide-form select[name=decision]", "FilePatent");
        await tto.FillAsync("#decide-form textarea[name=reasons]", "新颖性与市场前景评分高，先申请中国发明专利，12 个月内评估 PCT。");
        await SubmitAsync(tto, "#decide-form", $"/commercialization/disclosures/{disclosureId}");
        await tto.WaitForSelectorAsync("#disclosure-status[data-status='Decided']");
        Assert.Contains("申请专利", await tto.TextContentAsync("#decision"), StringComparison.Ordinal);
        Assert.True(await tto.Locator("#patent-family a").CountAsync() == 1, "a filed decision opens a patent family");
        await server.ScreenshotAsync(tto, "commercialization-decided-zh");

        // 4. A go-to-market project licenses it to a domestic magnet maker; the licence is signed and its fee received.
        await tto.GotoAsync("/commercialization/projects?culture=zh-CN");
        await tto.FillAsync("#name", "Licence of low-chloride PrNd oxide process");
        await tto.FillAsync("#nameZh", "低氯镨钕氧化物工艺许可");
        await tto.SelectOptionAsync("#route", "Licence");
        await tto.FillAsync("#businessOwner", owner.Number);
        await tto.FillAsync("#disclosureIds", Query(db => db.Disclosures.AsNoTracking().Where(d => d.Id == disclosureId).Select(d => d.Number).Single()));
        await tto.FillAsync("#counterpartyName", "包头某磁材有限公司");
        await tto.FillAsync("#countryCode", "CN");
        await tto.ClickAsync("#create-project");
        await tto.WaitForURLAsync(u => u.Contains("/commercialization/projects/", StringComparison.Ordinal));
        await tto.FillAsync("#contractNumber", "XK-BT-2026-101");
        await tto.FillAsync("#agreedPercent", "50");
        await tto.ClickAsync("#create-deal");
        await tto.WaitForURLAsync(u => u.Contains("/commercialization/deals/", StringComparison.Ordinal));
        var dealUrl = new Uri(tto.Url).AbsolutePath;
        await tto.FillAsync("#sign-form input[name=signedOn]", today);
        await SubmitAsync(tto, "#sign-form", dealUrl);
        await tto.WaitForSelectorAsync("#deal-status[data-status='Concluded']");
        Assert.Equal("已签署", (await tto.TextContentAsync("#deal-status"))!.Trim());

        await tto.FillAsync("#revenue-form input[name=receivedOn]", today);
        await tto.SelectOptionAsync("#revenue-form select[name=kind]", "LicenceFee");
        await tto.FillAsync("#revenue-form input[name=amountCny]", "3000");
        await tto.FillAsync("#revenue-form input[name=legalCostCny]", "500");
        await SubmitAsync(tto, "#revenue-form", dealUrl);
        Assert.Equal("2,500.00", (await tto.TextContentAsync("#net-income"))!.Trim());

        // 5. The office proposes 1,000.00 from the fund; split by shares: 334.00 / 333.00 / 333.00.
        await tto.FillAsync("#propose-form input[name=amountCny]", "1000");
        await tto.FillAsync("#propose-form input[name=note]", "首次许可费奖励");
        await SubmitAsync(tto, "#propose-form", dealUrl);
        var reward = tto.Locator(".reward").First;
        Assert.Equal("Proposed", await reward.Locator("[data-status]").GetAttributeAsync("data-status"));
        var amounts = await reward.Locator(".payout-amount").AllTextContentsAsync();
        Assert.Equal(["333.00", "333.00", "334.00"], amounts.Select(a => a.Trim()).Order(StringComparer.Ordinal));
        Assert.Equal(0, await reward.Locator(".approve-reward").CountAsync()); // the proposer may not approve their own proposal
        await server.ScreenshotAsync(tto, "commercialization-reward-proposed-zh");

        // 6. Another office user approves; finance pays each inventor.
        var admin = await server.SignedInPageAsync("admin", "zh-CN");
        await admin.GotoAsync(dealUrl + "?culture=zh-CN");
        await admin.ClickAsync(".reward .approve-reward");
        await admin.WaitForSelectorAsync(".reward [data-status='Approved']");
        Assert.Equal("已批准", (await admin.TextContentAsync(".reward [data-status]"))!.Trim());

        var finance = await server.SignedInPageAsync("finance", "zh-CN");
        await finance.GotoAsync(dealUrl + "?culture=zh-CN");
        for (var paid = 1; paid <= 3; paid++)
        {
            var form = finance.Locator("form[action*='handler=Paid']").First;
            await form.Locator("input[name=paidOn]").FillAsync(today);
            await form.Locator("input[name=paymentReference]").FillAsync($"记-2026-12-{paid:00}");
            await form.Locator("button").ClickAsync();
            await finance.WaitForFunctionAsync($"document.querySelectorAll(\"form[action*='handler=Paid']\").length === {3 - paid}");
        }
        await finance.WaitForSelectorAsync(".reward [data-status='Paid']");
        Assert.Equal("已发放", (await finance.TextContentAsync(".reward [data-status]"))!.Trim());
        await server.ScreenshotAsync(finance, "commercialization-reward-paid-zh");

        // 7. The inventor sees their own paid share — and only theirs.
        await participant.GotoAsync("/commercialization/rewards?culture=zh-CN");
        var mine = participant.Locator("#payouts tbody tr", new() { HasText = "XK-BT-2026-101" });
        Assert.Equal(1, await mine.CountAsync());
        var row = (await mine.TextContentAsync())!;
        Assert.Contains("334.00", row, StringComparison.Ordinal);
        Assert.Contains("已发放", row, StringComparison.Ordinal);
        Assert.Contains(inventor.Number, row, StringComparison.Ordinal);
        Assert.DoesNotContain(coInventors[0].EmployeeNumber, await participant.TextContentAsync("#payouts") ?? "", StringComparison.Ordinal);

        // The ledger agrees: the three payouts sum to the reward, each paid with its reference.
        var dealId = Query(db => db.Deals.AsNoTracking().Where(d => d.ContractNumber == "XK-BT-2026-101").Select(d => d.Id).Single());
        var payouts = Query(db => db.Rewards.AsNoTracking().Where(r => r.DealId == dealId)
            .SelectMany(r => r.Payouts).Select(p => new { p.AmountCny, p.PaidOn, p.PaymentReference }).ToList());
        Assert.Equal(3, payouts.Count);
        Assert.Equal(1000.00m, payouts.Sum(p => p.AmountCny));
        Assert.All(payouts, p => Assert.NotNull(p.PaymentReference));
        await server.ScreenshotAsync(participant, "commercialization-my-rewards-zh");
    }

    [Fact]
    public async Task LegalAndSharing_InChinese_OverdueReviewFlaggedAndSessionRegisteredIntoTheTrainingCalendar()
    {
        // IP counsel's queue: the demo's transfer-contract review is past its due date and flagged.
        var counsel = await server.SignedInPageAsync("counsel", "zh-CN");
        await counsel.GotoAsync("/commercialization/legal?culture=zh-CN");
        var overdue = counsel.Locator("#legal-requests tr[data-overdue='true']");
        Assert.True(await overdue.CountAsync() >= 1, "the overdue demo request is listed");
        Assert.Contains("逾期", await overdue.First.TextContentAsync(), StringComparison.Ordinal);
        await server.ScreenshotAsync(counsel, "commercialization-legal-queue-zh");

        // A participant registers for next week's knowledge-sharing session; it appears in the training calendar.
        var me = EmployeeOf("participant").Id;
        var (sessionId, topicZh) = Query(db => db.SharingSessions.AsNoTracking().Where(x => !x.Attendees.Any(a => a.EmployeeId == me))
            .Select(x => new { x.Id, x.StartsAt, x.TopicZh }).AsEnumerable().Where(x => x.StartsAt > DateTimeOffset.UtcNow).OrderBy(x => x.StartsAt)
            .Select(x => (x.Id, x.TopicZh!)).First());
        var participant = await server.SignedInPageAsync("participant", "zh-CN");
        await participant.GotoAsync($"/commercialization/sharing/{sessionId}?culture=zh-CN");
        Assert.Equal(topicZh, (await participant.TextContentAsync("#session-topic"))!.Trim());
        Assert.Equal(0, await participant.Locator("#attendees").CountAsync()); // the attendee list is the office's and the speaker's
        await participant.ClickAsync("#registration-button");
        await participant.WaitForSelectorAsync("#you-registered");
        await server.ScreenshotAsync(participant, "commercialization-sharing-registered-zh");
        await participant.GotoAsync("/training?culture=zh-CN");
        Assert.Contains(topicZh, await participant.TextContentAsync("#calendar-entries"), StringComparison.Ordinal);
    }
}
