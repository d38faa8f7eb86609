using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.Rotations;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram;
using TalentChain.Platform.Data;

namespace TalentChain.BrowserTests;

/// <summary>Rotation planning in Chromium: a program manager solves and publishes; the participant sees their host units.</summary>
public class RotationTests(AppServer server) : IClassFixture<AppServer>
{
    private (int PlanId, int Me) DemoPlan()
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var me = db.Users.Where(u => u.Email == "participant@talentchain.demo").Select(u => u.EmployeeId).Single();
        var participant = db.Participants.Where(p => p.EmployeeId == me).Select(p => p.Id).Single();
        var plan = db.RotationPlans.AsNoTracking().Where(p => p.Status == RotationPlanStatus.Published).OrderBy(p => p.Id).Select(p => p.Id).First();
        return (plan, participant);
    }

    [Fact]
    public async Task RotationPlan_SolvedAndPublished_ParticipantSeesTheirUnits()
    {
        var (planId, me) = DemoPlan();
        var page = await server.SignedInPageAsync("pm");
        await page.GotoAsync($"/program/rotations/{planId}");
        await page.ClickAsync("#solve");
        // The job card shows progress (phase, best, bound, gap) and stays after the run finished.
        await page.WaitForSelectorAsync("#job-progress");
        await page.WaitForSelectorAsync("#job-progress[data-job-status='Succeeded']", new() { Timeout = 60_000 });
        Assert.Contains("·", await page.TextContentAsync("#job-best") ?? "", StringComparison.Ordinal);
        await page.WaitForSelectorAsync("#schedule td.rotation");
        Assert.True(await page.Locator("#capacity td[data-period]").CountAsync() > 0);
        await server.ScreenshotAsync(page, "rotations-proposal");

        await page.ClickAsync("#publish");
        await page.WaitForSelectorAsync("#program-message");
        Assert.Equal("Published", await page.Locator("#plan-status").GetAttributeAsync("data-status"));
        var units = await page.Locator($"#published tr[data-participant='{me}'] td[data-unit]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.unit)");
        Assert.Equal(5, units.Length);

        var participant = await server.SignedInPageAsync("participant");
        await participant.GotoAsync($"/program/rotations/{planId}/participants/{me}");
        var mine = await participant.Locator("#my-rotations tr[data-unit]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.unit)");
        Assert.Equal(units, mine);
        await participant.GotoAsync($"/program/participants/{me}");
        Assert.True(await participant.Locator(".host-unit").CountAsync() > 0);
        await server.ScreenshotAsync(participant, "rotations-participant");
    }

    [Fact]
    public async Task PlanPage_InChinese_ShowsChineseLabels()
    {
        var (planId, _) = DemoPlan();
        var page = await server.SignedInPageAsync("pm", "zh-CN");
        await page.GotoAsync($"/program/rotations/{planId}");
        await page.ClickAsync("#lang-zh");
        await page.WaitForSelectorAsync("h1 >> text=轮岗方案");
        Assert.Contains("名额使用", await page.TextContentAsync("body") ?? "", StringComparison.Ordinal);
        Assert.Contains("接收单位", await page.TextContentAsync("#capacity thead") ?? "", StringComparison.Ordinal);
        await server.ScreenshotAsync(page, "rotations-zh");
        await page.ClickAsync("#lang-en");
        await page.WaitForSelectorAsync("h1 >> text=Rotation plan");
    }
}
