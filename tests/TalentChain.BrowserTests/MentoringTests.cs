using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.Mentoring;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.TalentProgram;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
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

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task EveryMentoringPage_InEitherLanguage_ShowsNoRawResourceKey(string locale)
    {
        string[] pages;
        using (var scope = server.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
            var round = await db.MentoringRounds.OrderBy(r => r.Id).Select(r => new { r.Id, r.Cohort!.ProgramId }).FirstAsync();
            var participant = await db.MentoringRoundParticipants.Where(p => p.RoundId == round.Id).Select(p => p.ParticipantId).FirstAsync();
            var relationship = await db.MentorAssignments.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
            pages =
            [
                "/program/mentoring", $"/program/mentoring/rounds/{round.Id}", $"/program/mentoring/rounds/{round.Id}/participants/{participant}",
                $"/program/mentoring/programs/{round.ProgramId}/rules", $"/program/mentoring/relationships/{relationship}",
            ];
        }
        // A missing string shows as its key ("Column.Round"): none of the module's keys may appear as text.
        var keys = XDocument.Load(Path.Combine(RepositoryRoot(), "src/TalentChain/Resources/MentoringResource.resx")).Root!
            .Elements("data").Select(d => d.Attribute("name")!.Value).Where(k => k.Contains('.', StringComparison.Ordinal)).ToList();
        var page = await server.SignedInPageAsync("pm", locale);
        foreach (var path in pages)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path}: {response.Status}");
            var text = await page.InnerTextAsync("body");
            var raw = keys.FirstOrDefault(k => text.Contains(k, StringComparison.Ordinal));
            Assert.True(raw is null, $"{path} ({locale}) shows the raw key {raw}");
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TalentChain.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
