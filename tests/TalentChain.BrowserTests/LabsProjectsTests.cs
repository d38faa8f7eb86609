using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.Labs;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Modules.Projects.Data;
using TalentChain.Modules.Projects.Domain;
using TalentChain.Modules.TalentProgram;
using TalentChain.Platform.Data;

namespace TalentChain.BrowserTests;

/// <summary>Labs and projects as their users meet them, in Chinese: access suspended by a lapsed qualification and reinstated by a training pass; a placement round solved and published into a plan.</summary>
public class LabsProjectsTests(AppServer server) : IClassFixture<AppServer>
{
    private T Query<T>(Func<TalentChainDbContext, T> query)
    {
        using var scope = server.Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<TalentChainDbContext>());
    }

    [Fact]
    public async Task LapsedQualification_InChinese_SuspendsAccessUntilATrainingPassReinstatesIt()
    {
        // The demo participant's radiation-safety qualification lapsed: their radiochemistry access is suspended.
        var (grantId, employeeId, unitCode) = Query(db => db.AccessGrants.AsNoTracking().Where(g => g.Status == GrantStatus.Suspended)
            .OrderBy(g => g.Id).Select(g => new { g.Id, g.EmployeeId, g.LabUnit!.Code }).AsEnumerable().Select(g => (g.Id, g.EmployeeId, g.Code)).First());
        var participant = await server.SignedInPageAsync("participant", "zh-CN");
        await participant.GotoAsync("/labs/my?culture=zh-CN");
        var grantRow = participant.Locator($"#my-grants tr[data-unit='{unitCode}']");
        Assert.Equal("Suspended", await grantRow.GetAttributeAsync("data-status"));
        Assert.Contains("已暂停", await grantRow.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("lapsed", await participant.Locator("#my-qualifications tr[data-code='RAD-SAFE']").GetAttributeAsync("data-state"));
        await participant.GotoAsync($"/labs/requests/{grantId}?culture=zh-CN");
        Assert.Contains("辐射安全与防护", await participant.TextContentAsync("#grant-suspension"), StringComparison.Ordinal);
        Assert.Contains("已过期", await participant.TextContentAsync("#qualification-check tr[data-code='RAD-SAFE']"), StringComparison.Ordinal); // lapsed, not "never held"
        await server.ScreenshotAsync(participant, "labs-access-suspended-zh");

        // The program manager enrols them in the next radiation-protection course (CORE-140, which grants the qualification) …
        var sessionId = Query(db => db.TrainingSessions.AsNoTracking().Where(s => s.Course!.Code == "CORE-140")
            .Select(s => new { s.Id, s.StartsAt }).AsEnumerable().Where(s => s.StartsAt > DateTimeOffset.UtcNow).OrderBy(s => s.StartsAt).First().Id);
        var pm = await server.SignedInPageAsync("pm", "zh-CN");
        await pm.GotoAsync($"/training/sessions/{sessionId}?culture=zh-CN");
        await pm.SelectOptionAsync("#EmployeeId", employeeId.ToString(CultureInfo.InvariantCulture));
        await pm.ClickAsync("#enroll-submit");
        await pm.WaitForSelectorAsync($"#enrollments tr[data-employee='{employeeId}']");

        // … the course runs (the app is on the real clock: move the session to this morning) and they pass it.
        Query(db => db.TrainingSessions.Where(s => s.Id == sessionId).ExecuteUpdate(s => s.SetProperty(x => x.StartsAt, DateTimeOffset.UtcNow.AddHours(-2))));
        await pm.GotoAsync($"/training/sessions/{sessionId}?culture=zh-CN");
        var row = $"#enrollments tr[data-employee='{employeeId}']";
        await pm.SelectOptionAsync($"{row} select[name=Attended]", "true");
        await pm.FillAsync($"{row} input[name=Score]", "91");
        await pm.SelectOptionAsync($"{row} select[name=Passed]", "true");
        await pm.ClickAsync($"{row} .result-form button");
        await pm.WaitForSelectorAsync($"#enrollments tr[data-employee='{employeeId}'][data-status='Completed']");

        // Access is back at once, without waiting for the daily task, and the qualification is valid again.
        await participant.GotoAsync("/labs/my?culture=zh-CN");
        Assert.Equal("Active", await grantRow.GetAttributeAsync("data-status"));
        Assert.Equal("valid", await participant.Locator("#my-qualifications tr[data-code='RAD-SAFE']").GetAttributeAsync("data-state"));
        await participant.GotoAsync($"/labs/requests/{grantId}?culture=zh-CN");
        Assert.Equal("有效", (await participant.TextContentAsync("#grant-status"))!.Trim());
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (await participant.TextContentAsync("#grant-reinstated"))!.Trim());
        await server.ScreenshotAsync(participant, "labs-access-reinstated-zh");
    }

    [Fact]
    public async Task PlacementRound_InChinese_SolvedOptimallyAndPublishedIntoThePlan()
    {
        var roundId = Query(db => db.PlacementRounds.AsNoTracking().Where(r => r.Status == RoundStatus.Open).OrderBy(r => r.Id).Select(r => r.Id).First());
        var pm = await server.SignedInPageAsync("pm", "zh-CN");
        await pm.GotoAsync($"/projects/rounds/{roundId}?culture=zh-CN");
        await pm.ClickAsync("#solve");
        // The solve runs as a job: its progress card polls, and the page reloads with the proposal when it is done.
        await pm.WaitForSelectorAsync("#proposal-optimal", new() { Timeout = 60_000 });
        Assert.Equal("True", await pm.GetAttributeAsync("#proposal-optimal", "data-optimal"));
        Assert.Equal("True", await pm.GetAttributeAsync("#proposal-optimal", "data-verified"));
        Assert.Contains("已证明最优", await pm.TextContentAsync("#proposal-optimal"), StringComparison.Ordinal);
        Assert.True(await pm.Locator("#assignments tbody tr").CountAsync() > 0);
        await server.ScreenshotAsync(pm, "projects-round-solved-zh");

        await pm.ClickAsync("#publish");
        await pm.WaitForSelectorAsync("#round-status[data-status='Published']");
        Assert.Equal("已发布", (await pm.TextContentAsync("#round-status"))!.Trim());

        // The placed participant's development plan now has the project as an activity.
        var (participantId, roleTitleZh, projectTitleZh) = Query(db => db.PlacementAssignments.AsNoTracking().Where(a => a.RoundId == roundId)
            .OrderBy(a => a.Id).Select(a => new { a.ParticipantId, a.Role!.TitleZh, ProjectZh = a.Role.Project!.TitleZh })
            .AsEnumerable().Select(a => (a.ParticipantId, a.TitleZh, a.ProjectZh)).First());
        await pm.GotoAsync($"/program/participants/{participantId}/plan?culture=zh-CN");
        var activities = (await pm.TextContentAsync("#activities"))!;
        Assert.Contains("项目", activities, StringComparison.Ordinal);
        Assert.Contains($"{projectTitleZh} · {roleTitleZh}", activities, StringComparison.Ordinal); // published in Chinese
        await server.ScreenshotAsync(pm, "projects-placement-in-plan-zh");
    }
}
