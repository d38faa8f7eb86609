using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.BrowserTests;

/// <summary>A program manager solves the demo's open mentoring round in the browser, reviews the proposal and publishes it.</summary>
public class MentoringTests(AppServer server) : IClassFixture<AppServer>
{
    [Fact]
    public async Task OpenRound_SolvedByProgramManager_ShowsProgressBreakdownAndPublishes()
    {
        int roundId;
        using (var scope = server.Services.CreateScope())
            roundId = await scope.ServiceProvider.GetRequiredService<TalentChainDbContext>().MentoringRounds
                .Where(r => r.Status == MentoringRoundStatus.Open).Select(r => r.Id).FirstAsync();
        var page = await server.SignedInPageAsync("pm");
        await page.GotoAsync("/program/mentoring");
        await page.ClickAsync($"#rounds tr[data-round='{roundId}'] a");
        await page.WaitForSelectorAsync("#no-proposal");
        Assert.True(await page.Locator("#participants tbody tr").CountAsync() > 0);

        await page.ClickAsync("#solve");
        // The run's card appears (queued, running or already done); when it finishes the page shows the proposal.
        await page.WaitForSelectorAsync("#job-progress");
        await server.ScreenshotAsync(page, "mentoring-solving");
        await page.WaitForSelectorAsync("#job-progress[data-job-status='Succeeded']");
        await page.WaitForSelectorAsync("#proposal-summary");
        Assert.True(await page.Locator("#proposal .proposal-row").CountAsync() > 0);
        Assert.True(await page.Locator("#proposal .breakdown [data-criterion]").CountAsync() > 0);
        Assert.Contains("Best", await page.TextContentAsync("#job-progress"), StringComparison.Ordinal);
        await server.ScreenshotAsync(page, "mentoring-proposal");

        // The eligibility of one participant: every volunteer and role, with the reasons.
        await page.Locator("#participants .eligibility-link").First.ClickAsync();
        await page.WaitForSelectorAsync("#eligibility .verdict");
        await page.GoBackAsync();

        await page.ClickAsync("#publish");
        await page.WaitForSelectorAsync("#round-status >> text=Published");
        Assert.Contains("Published", await page.TextContentAsync("#program-message"), StringComparison.Ordinal);
        using (var scope = server.Services.CreateScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<TalentChainDbContext>().MentorAssignments.AnyAsync(a => a.RoundId == roundId));
    }

    [Fact]
    public async Task MentoringPage_InChinese_ShowsChineseLabels()
    {
        var page = await server.SignedInPageAsync("mentor", "zh-CN");
        await page.GotoAsync("/program/mentoring");
        await page.WaitForSelectorAsync("h1 >> text=导师制");
        Assert.Contains("我指导的学员", await page.TextContentAsync("body"), StringComparison.Ordinal);
        Assert.True(await page.Locator("#as-mentor tbody tr").CountAsync() > 0);
        await server.ScreenshotAsync(page, "mentoring-zh");
    }
}
