using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.Knowledge.Features.Coverage;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.BrowserTests;

public class KnowledgeTests(AppServer server) : IClassFixture<AppServer>
{
    /// <summary>A technology not yet flagged after departures, and a holder whose leaving would flag it.</summary>
    private (CoverageRow Row, string Number) TechnologyOneDepartureFromTrouble()
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var index = scope.ServiceProvider.GetRequiredService<CoverageService>().GetAsync().GetAwaiter().GetResult();
        var accounts = db.Users.Where(u => u.EmployeeId != null).Select(u => u.EmployeeId!.Value).ToHashSet();
        foreach (var row in index.Rows.Where(r => !r.FlaggedAfterDepartures).OrderBy(r => r.HoldersAfterDepartures))
        {
            var holder = row.HolderList.Where(h => !h.Leaving && !accounts.Contains(h.EmployeeId)).OrderByDescending(h => h.Weight).FirstOrDefault();
            if (holder is null) continue;
            var after = row.EffectiveAfterDepartures - holder.Weight;
            if (row.HoldersAfterDepartures - 1 <= 1 || after / row.TargetHolders < index.Threshold)
                return (row, db.Employees.AsNoTracking().Where(e => e.Id == holder.EmployeeId).Select(e => e.EmployeeNumber).First());
        }
        throw new InvalidOperationException("the demo should have a technology one departure away from being flagged");
    }

    [Fact]
    public async Task RecordDeparture_OfAKeyHolder_OpensTheExitWorkflowAndFlagsTheTechnology()
    {
        var (row, number) = TechnologyOneDepartureFromTrouble();
        var page = await server.SignedInPageAsync("knowledge");

        await page.GotoAsync("/knowledge");
        await page.WaitForSelectorAsync("#heatmap");
        Assert.Equal(0, await page.Locator($"#coverage-table tr[data-code='{row.Code}'] .flag").CountAsync());
        await server.ScreenshotAsync(page, "knowledge-coverage");

        await page.GotoAsync("/knowledge/departures");
        await page.FillAsync("#dep-employee", number);
        await page.FillAsync("#dep-last", DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#dep-reason", "Resignation");
        await page.SelectOptionAsync("#dep-destination", "OverseasCompanyOrLab");
        await page.ClickAsync("#dep-save");

        await page.WaitForURLAsync(u => System.Text.RegularExpressions.Regex.IsMatch(u, "/knowledge/departures/\\d+$"));
        await page.WaitForSelectorAsync("#handovers");
        Assert.Equal("Open", (await page.TextContentAsync("#departure-status"))!.Trim());
        Assert.Equal(1, await page.Locator($"#handovers tr[data-code='{row.Code}']").CountAsync());
        Assert.Equal(1, await page.Locator($"#handovers tr[data-code='{row.Code}'] .handover-coverage .badge").CountAsync()); // flagged once they leave
        Assert.True(await page.IsVisibleAsync("#checklist"));
        Assert.True(await page.IsVisibleAsync("#complete"));
        await server.ScreenshotAsync(page, "knowledge-exit-workflow");

        await page.ClickAsync($"#handovers tr[data-code='{row.Code}'] a");
        await page.WaitForSelectorAsync("#tech-flag");
        Assert.Equal(1, await page.Locator($"#holders tr[data-employee='{number}'] .leaving").CountAsync());

        await page.GotoAsync("/knowledge");
        await page.WaitForSelectorAsync($"#coverage-table tr[data-code='{row.Code}'] .flag");
        Assert.Equal(1, await page.Locator($".heat-cell[data-code='{row.Code}'] .badge").CountAsync());
        await server.ScreenshotAsync(page, "knowledge-coverage-after");
    }

    [Fact]
    public async Task Executive_SeesTheHeatMapInChinese_WithoutNames()
    {
        var page = await server.SignedInPageAsync("exec", "zh-CN");
        await page.GotoAsync("/knowledge?culture=zh-CN");
        await page.WaitForSelectorAsync("#heatmap");
        Assert.Equal("知识传承", (await page.TextContentAsync("h1"))!.Trim());
        await page.ClickAsync(".heat-cell[data-code='SEP.SX.HEAVY']");
        await page.WaitForSelectorAsync("#aggregates-only");
        Assert.Equal(0, await page.Locator("#holders").CountAsync());
        await server.ScreenshotAsync(page, "knowledge-exec-zh");
    }

    [Fact]
    public async Task KnowledgeOfficer_WalksThroughPages_SeesRiskSuccessionAccessTurnoverAndRoster()
    {
        var page = await server.SignedInPageAsync("knowledge");

        await page.GotoAsync("/knowledge/risk");
        await page.WaitForSelectorAsync("#risk-table");
        await page.Locator("#risk-table tbody tr a").First.ClickAsync();
        await page.WaitForSelectorAsync("#factors");
        // Every factor is listed with its points and reason: six built in, plus the talent program's review outcome.
        Assert.Equal(7, await page.Locator("#factors tr[data-factor]").CountAsync());
        Assert.Equal(1, await page.Locator("#factors tr[data-factor='programReview']").CountAsync());
        await server.ScreenshotAsync(page, "knowledge-risk-person");

        await page.GotoAsync("/knowledge/succession");
        await page.WaitForSelectorAsync("#nine-box");
        Assert.Equal(9, await page.Locator("#nine-box td[data-box]").CountAsync());
        await server.ScreenshotAsync(page, "knowledge-succession");

        await page.GotoAsync("/knowledge/access");
        await page.ClickAsync("#datasets tr[data-code='SX-CASCADE-P2'] a");
        await page.WaitForSelectorAsync("#grants");
        await page.ClickAsync("#read-record");
        await page.WaitForSelectorAsync("#controlled-content");
        Assert.Contains("read SX-CASCADE-P2", await page.TextContentAsync("#read-log"), StringComparison.Ordinal);
        await server.ScreenshotAsync(page, "knowledge-access");

        await page.GotoAsync("/knowledge/turnover");
        await page.WaitForSelectorAsync("#leadership");
        Assert.True(await page.Locator("#leadership tbody tr").CountAsync() >= 5);
        await server.ScreenshotAsync(page, "knowledge-turnover");

        await page.GotoAsync("/knowledge/roster?culture=zh-CN");
        await page.WaitForSelectorAsync("#roster");
        Assert.True(await page.Locator("#roster tbody tr").CountAsync() > 0);
        await server.ScreenshotAsync(page, "knowledge-roster-zh");
    }
}
