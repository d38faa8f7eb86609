using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.Careers.Data;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.Education;
using TalentChain.Platform.Data;

namespace TalentChain.BrowserTests;

/// <summary>Careers and education as their users meet them, in Chinese: a title from the committee's vote to the profile, a repayment on a departure.</summary>
public class CareersEducationTests(AppServer server) : IClassFixture<AppServer>
{
    private T Query<T>(Func<TalentChainDbContext, T> query)
    {
        using var scope = server.Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<TalentChainDbContext>());
    }

    [Fact]
    public async Task TitleApplication_InChinese_FromTheCommitteesVoteToTheTitleOnTheProfile()
    {
        // This year's call is mid-vote: an application every member so far approved, and the demo mentor has not voted.
        var (applicationId, employeeId, levelZh) = Query(db =>
        {
            var a = db.TitleApplications.AsNoTracking().Include(x => x.Votes).Include(x => x.Level)
                .Where(x => x.Status == TitleApplicationStatus.InReview).OrderBy(x => x.Id).AsEnumerable()
                .First(x => x.Votes.Count > 0 && x.Votes.All(v => v.Choice == VoteChoice.Approve));
            return (a.Id, a.EmployeeId, a.Level!.NameZh);
        });

        // The committee member votes, in Chinese.
        var mentor = await server.SignedInPageAsync("mentor", "zh-CN");
        await mentor.GotoAsync($"/careers/titles/{applicationId}?culture=zh-CN");
        await mentor.WaitForSelectorAsync("#vote-form");
        Assert.Equal("评审中", (await mentor.TextContentAsync("#application-status"))!.Trim());
        await mentor.FillAsync("#Score", "85");
        await mentor.FillAsync("#Comment", "业绩突出，同意申报。");
        await mentor.ClickAsync("#vote-approve");
        await mentor.WaitForSelectorAsync("#votes");
        Assert.Contains("业绩突出，同意申报。", await mentor.TextContentAsync("#votes"), StringComparison.Ordinal);
        await server.ScreenshotAsync(mentor, "careers-title-vote-zh");

        // HR closes the vote: passed, and the public notice (公示) runs on the working-day calendar.
        var pm = await server.SignedInPageAsync("pm", "zh-CN");
        await pm.GotoAsync($"/careers/titles/{applicationId}?culture=zh-CN");
        await pm.ClickAsync("#decide");
        await pm.WaitForSelectorAsync("#notice");
        Assert.Equal("公示中", (await pm.TextContentAsync("#application-status"))!.Trim());
        Assert.Equal(0, await pm.Locator("#grant-form").CountAsync()); // not while the notice runs
        await server.ScreenshotAsync(pm, "careers-title-notice-zh");

        // The notice period passes without objection (the app runs on the real clock: move its end to yesterday).
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        Query(db => db.TitleApplications.Where(a => a.Id == applicationId).ExecuteUpdate(s => s.SetProperty(a => a.NoticeEnds, yesterday)));

        await pm.GotoAsync($"/careers/titles/{applicationId}?culture=zh-CN");
        await pm.FillAsync("#CertificateNumber", "NMG-GJ-2026-0815");
        await pm.FillAsync("#GrantedOn", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await pm.ClickAsync("#grant");
        await pm.WaitForSelectorAsync("#certificate");
        Assert.Equal("已取得", (await pm.TextContentAsync("#application-status"))!.Trim());
        Assert.Contains("NMG-GJ-2026-0815", await pm.TextContentAsync("#certificate"), StringComparison.Ordinal);

        // The profile shows the title (in Chinese, with its certificate) in the careers section and on the timeline.
        await pm.GotoAsync($"/people/{employeeId}?culture=zh-CN");
        await pm.WaitForSelectorAsync("#section-careers");
        var section = (await pm.TextContentAsync("#section-careers"))!;
        Assert.Contains("职称与聘任", section, StringComparison.Ordinal);
        Assert.Contains(levelZh!, section, StringComparison.Ordinal);
        Assert.Contains("NMG-GJ-2026-0815", section, StringComparison.Ordinal);
        var titleEvent = pm.Locator("#timeline li[data-kind='TitleChanged']").First;
        Assert.Contains("职称变动", await titleEvent.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains(levelZh!, await titleEvent.TextContentAsync(), StringComparison.Ordinal);
        await server.ScreenshotAsync(pm, "careers-title-on-profile-zh");
    }

    [Fact]
    public async Task RepaymentOnADeparture_InChinese_AmountOnlyForThoseWhoMaySeeItThenSettledByFinance()
    {
        var (caseId, departureId, amount) = Query(db => db.ClawbackCases.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.DepartureId, c.Amount }).AsEnumerable().Select(c => (c.Id, c.DepartureId, c.Amount)).First());
        var money = "¥" + amount.ToString("N2", CultureInfo.InvariantCulture);

        // HR (administrator) sees the repayment with its amount and formula on the departure's exit workflow.
        var admin = await server.SignedInPageAsync("admin", "zh-CN");
        await admin.GotoAsync($"/knowledge/departures/{departureId}?culture=zh-CN");
        await admin.WaitForSelectorAsync("#obligations");
        Assert.Contains("待结清事项", await admin.TextContentAsync("h2:has-text('待结清事项')"), StringComparison.Ordinal);
        var row = admin.Locator("#obligations .obligation[data-source='education']");
        Assert.Equal(money, (await row.Locator(".obligation-amount").TextContentAsync())!.Trim());
        Assert.Equal("待处理", (await row.Locator(".obligation-status").TextContentAsync())!.Trim());
        Assert.Contains("÷", await row.Locator(".obligation-detail").TextContentAsync(), StringComparison.Ordinal); // the formula, with its figures
        await server.ScreenshotAsync(admin, "education-repayment-on-departure-zh");

        // The knowledge officer runs the exit workflow but sees only that a repayment exists.
        var knowledge = await server.SignedInPageAsync("knowledge", "zh-CN");
        await knowledge.GotoAsync($"/knowledge/departures/{departureId}?culture=zh-CN");
        await knowledge.WaitForSelectorAsync("#obligations");
        var seen = knowledge.Locator("#obligations .obligation[data-source='education']");
        Assert.Equal("—", (await seen.Locator(".obligation-amount").TextContentAsync())!.Trim());
        Assert.DoesNotContain(money, await knowledge.ContentAsync(), StringComparison.Ordinal);

        // Finance settles it; the departure then shows it settled.
        var finance = await server.SignedInPageAsync("finance", "zh-CN");
        await finance.GotoAsync($"/education/clawbacks/{caseId}?culture=zh-CN");
        Assert.Equal(money, (await finance.TextContentAsync("#clawback-amount"))!.Trim());
        await finance.ClickAsync("#settle");
        await finance.WaitForSelectorAsync("#clawback-settled");
        Assert.Equal("已结清", (await finance.TextContentAsync("#clawback-status"))!.Trim());
        await server.ScreenshotAsync(finance, "education-repayment-settled-zh");

        await admin.GotoAsync($"/knowledge/departures/{departureId}?culture=zh-CN");
        Assert.Equal("已结清", (await admin.Locator("#obligations .obligation[data-source='education'] .obligation-status").TextContentAsync())!.Trim());
    }
}
