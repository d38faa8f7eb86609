using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram;
using TalentChain.Platform.Data;

using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.BrowserTests;

/// <summary>One participant through the program in a real browser: nomination → selection → plan → training → first review.</summary>
public class TalentProgramTests(AppServer server) : IClassFixture<AppServer>
{
    [Fact]
    public async Task Participant_NominationToFirstReview_SkillRisesAndPlanDiffShowsWhy()
    {
        int cohortId, employeeId, sessionId;
        string number;
        using (var scope = server.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
            cohortId = await db.Cohorts.OrderByDescending(c => c.StartDate).Select(c => c.Id).FirstAsync();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var born = today.AddYears(-44);
            var hired = today.AddYears(-2);
            // Eligible (technical, not too old, two years' service), in no cohort, not yet practised in cascade design.
            var titled = ProfessionalTitles.AtLeast(ProfessionalTitle.Technician);
            var person = await db.Employees.Where(e => e.Status == EmployeeStatus.Active && e.Track == CareerTrack.Technical && titled.Contains(e.Title)
                    && e.BirthDate > born && e.HireDate < hired && !db.Set<TalentChain.Modules.TalentProgram.Domain.Participant>().Any(p => p.EmployeeId == e.Id)
                    && !e.Skills.Any(s => s.TaxonomyNode!.Code == "SEP.SX.CASCADE" && s.Level >= 2))
                .OrderBy(e => e.Id).Select(e => new { e.Id, e.EmployeeNumber }).FirstAsync();
            (employeeId, number) = (person.Id, person.EmployeeNumber);
            var now = DateTimeOffset.UtcNow;
            sessionId = await db.TrainingSessions.Where(s => s.Course!.Code == "CORE-110" && s.StartsAt < now && s.EndsAt > now).Select(s => s.Id).FirstAsync();
        }

        var page = await server.SignedInPageAsync("pm");

        // Nomination: the candidate search explains eligibility; nominate, then select.
        await page.GotoAsync($"{server.BaseUrl}/program/cohorts/{cohortId}?search={number}");
        await page.FillAsync($"#candidates tr[data-employee='{employeeId}'] input[name=Reason]", "Strong cascade results on line 3");
        await page.ClickAsync($"#candidates tr[data-employee='{employeeId}'] .nominate-button");
        await page.WaitForSelectorAsync("#program-message");
        Assert.Equal("Nominated", (await page.TextContentAsync($"#board tr[data-employee='{employeeId}'] .status"))!.Trim());
        await page.ClickAsync($"#board tr[data-employee='{employeeId}'] .select-button");
        await page.WaitForSelectorAsync("#program-message");
        Assert.Equal("Selected", (await page.TextContentAsync($"#board tr[data-employee='{employeeId}'] .status"))!.Trim());
        await server.ScreenshotAsync(page, "program-cohort-board");

        // The participant's record and plan version 1: a goal and the course that serves it.
        await page.ClickAsync($"#board tr[data-employee='{employeeId}'] a");
        await page.WaitForSelectorAsync("#current-stage");
        await page.ClickAsync("#plan-link");
        await page.WaitForSelectorAsync("#goal-form");
        await page.SelectOptionAsync("#Goal_TaxonomyCode", "SEP.SX.CASCADE");
        await page.SelectOptionAsync("#Goal_CurrentLevel", "1");
        await page.SelectOptionAsync("#Goal_TargetLevel", "3");
        await page.FillAsync("#Goal_DueDate", DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#Goal_Outcome", "Designs a 60-stage Pr/Nd cascade unaided");
        await page.ClickAsync("#goal-save");
        await page.WaitForSelectorAsync("#goals tr[data-skill='SEP.SX.CASCADE']");
        var planUrl = page.Url.Split('?')[0];
        await page.SelectOptionAsync("#Activity_Kind", "Training");
        await page.SelectOptionAsync("#Activity_CourseCode", "CORE-110");
        await page.ClickAsync("#activity-save");
        await page.WaitForSelectorAsync("#activities tr[data-course='CORE-110']");
        var levelBefore = int.Parse((await page.GetAttributeAsync("#goals tr[data-skill='SEP.SX.CASCADE'] .actual-level", "data-level"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(levelBefore < 2);

        // Training: enroll in the running block week, pass it.
        await page.GotoAsync($"{server.BaseUrl}/training/sessions/{sessionId}");
        await page.SelectOptionAsync("#EmployeeId", employeeId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("#enroll-submit");
        await page.WaitForSelectorAsync("#program-message");
        var row = $"#enrollments tr[data-employee='{employeeId}']";
        await page.SelectOptionAsync($"{row} select[name=Attended]", "true");
        await page.FillAsync($"{row} input[name=Score]", "86");
        await page.SelectOptionAsync($"{row} select[name=Passed]", "true");
        await page.ClickAsync($"{row} .result-form button");
        await page.WaitForSelectorAsync($"#enrollments tr[data-employee='{employeeId}'][data-status='Completed']");
        await server.ScreenshotAsync(page, "program-session");

        // The plan shows the raised level and the course done.
        await page.GotoAsync(planUrl);
        Assert.Equal("2", await page.GetAttributeAsync("#goals tr[data-skill='SEP.SX.CASCADE'] .actual-level", "data-level"));
        Assert.Equal("Done", await page.GetAttributeAsync("#activities tr[data-course='CORE-110'] .activity-status", "data-status"));

        // First review: the decision with a skill update closes version 1 and opens version 2.
        await page.GotoAsync(planUrl.Replace("/plan", "", StringComparison.Ordinal));
        await page.ClickAsync("#reviews tr[data-review] a");
        await page.WaitForSelectorAsync("#complete-form");
        await page.SelectOptionAsync("#Decision", "OnTrack");
        await page.FillAsync("#Note", "Strong first half-year; cascade work ahead of plan");
        await page.SelectOptionAsync("#Updates_0_TaxonomyCode", "SEP.SX.CASCADE");
        await page.SelectOptionAsync("#Updates_0_Level", "3");
        await page.FillAsync("#Updates_0_Evidence", "Re-balanced line 3 after the feed change");
        await page.ClickAsync("#complete-review");
        await page.WaitForSelectorAsync("#review-completed");

        await page.GotoAsync($"{planUrl}?from=1&to=2");
        Assert.Equal("Version 2", (await page.TextContentAsync("#plan-version"))!.Trim());
        Assert.Equal("3", await page.GetAttributeAsync("#goals tr[data-skill='SEP.SX.CASCADE'] .actual-level", "data-level"));
        var changed = "#diff tr[data-change='Changed']";
        await page.WaitForSelectorAsync(changed);
        Assert.Contains("Strong first half-year", await page.TextContentAsync($"{changed} .reasons"), StringComparison.Ordinal);
        Assert.NotNull(await page.QuerySelectorAsync("#diff tr[data-change='Removed']")); // the finished course stays in version 1
        await server.ScreenshotAsync(page, "program-plan-diff");
    }

    [Fact]
    public async Task Dashboard_InChinese_DrawsTheChartsAndListsTheCohort()
    {
        int cohortId;
        using (var scope = server.Services.CreateScope())
            cohortId = await scope.ServiceProvider.GetRequiredService<TalentChainDbContext>().Cohorts.OrderBy(c => c.StartDate).Select(c => c.Id).FirstAsync();
        var page = await server.SignedInPageAsync("pm", "zh-CN");
        await page.GotoAsync($"{server.BaseUrl}/program/cohorts/{cohortId}/dashboard");
        Assert.Contains("各阶段学员分布", await page.TextContentAsync("body"), StringComparison.Ordinal);
        await page.WaitForFunctionAsync("() => window.Chart && Chart.getChart('chart-stages') !== undefined");
        Assert.True(await page.Locator("#dashboard-table tbody tr").CountAsync() > 0);
        await server.ScreenshotAsync(page, "program-dashboard-zh");
    }

    [Fact]
    public async Task SessionForm_LecturerPicker_SuggestsByNameAndExplainsUnknown()
    {
        string family, number, given;
        using (var scope = server.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
            var expert = await db.Employees.Where(e => e.Status == EmployeeStatus.Active).OrderByDescending(e => e.Id).Select(e => new { e.EmployeeNumber, e.GivenName, e.FamilyName }).FirstAsync();
            (number, given, family) = (expert.EmployeeNumber, expert.GivenName, expert.FamilyName);
        }
        var page = await server.SignedInPageAsync("pm");
        await page.GotoAsync($"{server.BaseUrl}/training");
        await page.Locator("#Lecturer").PressSequentiallyAsync($"{given} {family}", new() { Delay = 30 });
        var option = page.Locator($"#lecturer-options option[value^='{number} · ']");
        await option.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        var label = (await option.GetAttributeAsync("value"))!;

        var date = DateTime.UtcNow.AddDays(45).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.FillAsync("#SessionDate", date);
        await page.FillAsync("#SessionStart", "09:00");
        await page.FillAsync("#SessionEnd", "11:30");
        await page.FillAsync("#Place", "Research institute auditorium");
        await page.FillAsync("#Capacity", "20");
        await page.FillAsync("#Lecturer", "Nobody Atall");
        await page.ClickAsync("#session-schedule");
        Assert.Contains("No active employee matches “Nobody Atall”", await page.TextContentAsync("#lecturer-error"), StringComparison.Ordinal);
        Assert.Equal(date, await page.InputValueAsync("#SessionDate"));

        await page.FillAsync("#Lecturer", label);
        await page.ClickAsync("#session-schedule");
        await page.WaitForURLAsync(u => u.Contains("/training/sessions/", StringComparison.Ordinal));
        Assert.Contains($"{given} {family}", await page.TextContentAsync("#session-facts"), StringComparison.Ordinal);
        await server.ScreenshotAsync(page, "program-session-lecturer");
    }
}
