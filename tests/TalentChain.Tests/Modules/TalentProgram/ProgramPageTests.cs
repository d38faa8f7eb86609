using System.Net.Http.Json;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram;
using TalentChain.Platform.Demo;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.TalentProgram;

/// <summary>The module's pages for each demo role, and bad input shown on the form in both languages.</summary>
public class ProgramPageTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    private Task<int> DemoParticipantAsync() => app.WithDbAsync(async db =>
    {
        var me = await db.Users.Where(u => u.Email == "participant" + DemoSeeder.EmailDomain).Select(u => u.EmployeeId).SingleAsync();
        return await db.Participants.Where(p => p.EmployeeId == me).Select(p => p.Id).SingleAsync();
    });

    [Fact]
    public async Task ProgramPages_AsProgramManager_EveryPageRenders()
    {
        var pm = await app.SignInAsync("pm");
        var (programId, cohortId, sessionId, reviewId) = await app.WithDbAsync(async db => (
            await db.DevelopmentPrograms.Select(p => p.Id).FirstAsync(), await db.Cohorts.Select(c => c.Id).FirstAsync(),
            await db.TrainingSessions.Select(s => s.Id).FirstAsync(), await db.Reviews.Select(r => r.Id).FirstAsync()));
        var participant = await DemoParticipantAsync();
        foreach (var url in new[]
        {
            "/program", $"/program/{programId}", $"/program/cohorts/{cohortId}", $"/program/cohorts/{cohortId}?search=a", $"/program/participants/{participant}",
            $"/program/participants/{participant}/plan", $"/program/participants/{participant}/plan?from=1&to=2", "/program/reviews", "/program/reviews?overdue=true",
            $"/program/reviews/{reviewId}", "/training", "/training?all=true", $"/training/sessions/{sessionId}", $"/program/cohorts/{cohortId}/dashboard", "/account/calendar",
        })
        {
            var doc = await pm.GetHtmlAsync(url);
            Assert.NotNull(doc.QuerySelector("h1"));
        }
    }

    [Fact]
    public async Task Participant_SeesTheirOwnPlanWithVersionsAndDiff_ButNotTheDashboardOrOthers()
    {
        var client = await app.SignInAsync("participant");
        var id = await DemoParticipantAsync();
        var home = await client.GetHtmlAsync("/program");
        Assert.NotNull(home.QuerySelector($"#mine tr[data-participant='{id}'] .plan-link"));
        var plan = await client.GetHtmlAsync($"/program/participants/{id}/plan?from=1&to=2");
        Assert.True(plan.QuerySelectorAll("#versions a").Length >= 2);
        Assert.NotNull(plan.QuerySelector("#diff"));
        Assert.NotNull(plan.QuerySelector("#goal-form"));
        Assert.Contains("proposals", plan.QuerySelector("main, body")!.TextContent, StringComparison.Ordinal);

        var other = await app.WithDbAsync(db => db.Participants.Where(p => p.Id != id && p.Employee!.ManagerId != db.Set<Participant>().Where(x => x.Id == id).Select(x => x.EmployeeId).First()).Select(p => p.Id).FirstAsync());
        AssertDenied(await client.GetAsync($"/program/participants/{other}/plan"));
        var cohort = await app.WithDbAsync(db => db.Cohorts.Select(c => c.Id).FirstAsync());
        AssertDenied(await client.GetAsync($"/program/cohorts/{cohort}/dashboard"));
    }

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("denied", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Mentor_GivesReviewInputOnThePage_AndAProgramManagerAssignsAPeerMentor()
    {
        var id = await DemoParticipantAsync();
        var reviewId = await app.WithDbAsync(db => db.Reviews.Where(r => r.ParticipantId == id && r.CompletedOn == null).Select(r => r.Id).SingleAsync());
        var url = $"/program/reviews/{reviewId}";
        var mentor = await app.SignInAsync("mentor");
        var version = (await mentor.GetHtmlAsync(url)).QuerySelector("#mentor-form input[name=Version]")!.GetAttribute("value")!;
        var posted = await mentor.PostFormAsync(url + "?handler=Mentor", new() { ["Version"] = version, ["Text"] = "Ready to lead the cascade retrofit" }, tokenFrom: url);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("Ready to lead the cascade retrofit", (await mentor.GetHtmlAsync(url)).QuerySelector("#mentor-inputs")!.TextContent, StringComparison.Ordinal);
        var participant = await app.SignInAsync("participant");
        var own = await participant.GetHtmlAsync(url);
        Assert.Null(own.QuerySelector("#mentor-form"));
        Assert.Null(own.QuerySelector("#complete-form"));

        var pm = await app.SignInAsync("pm");
        var page = $"/program/participants/{id}";
        var self = await app.WithDbAsync(db => db.Participants.Where(p => p.Id == id).Select(p => p.EmployeeId).SingleAsync());
        var candidate = (await pm.GetHtmlAsync(page)).QuerySelectorAll("#MentorEmployeeId option").Select(o => o.GetAttribute("value")!)
            .First(v => v.Length > 0 && v != self.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var assigned = await pm.PostFormAsync(page + "?handler=Mentor", new() { ["MentorEmployeeId"] = candidate, ["Role"] = "Peer" }, tokenFrom: page);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var mentorId = int.Parse(candidate, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await app.WithDbAsync(db => db.MentorAssignments.AnyAsync(m => m.ParticipantId == id && m.Role == MentorRole.Peer && m.MentorEmployeeId == mentorId)));
        var again = await pm.PostFormAsync(page + "?handler=Mentor", new() { ["MentorEmployeeId"] = candidate, ["Role"] = "Peer" }, tokenFrom: page);
        Assert.Equal((HttpStatusCode)422, again.StatusCode);
        Assert.Contains("The participant already has a Peer mentor in that period; end that assignment first.", HttpTestExtensions.ParseHtml(await again.Content.ReadAsStringAsync()).QuerySelector("#program-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoalForm_BadInput_Shows422WithMessagesWritingNothing()
    {
        var pm = await app.SignInAsync("pm");
        var id = await DemoParticipantAsync();
        var url = $"/program/participants/{id}/plan";
        var page = await pm.GetHtmlAsync(url);
        var version = page.QuerySelector("#goal-form input[name=Version]")!.GetAttribute("value")!;
        var number = page.QuerySelector("#goal-form input[name=PlanNumber]")!.GetAttribute("value")!;
        var before = await app.WithDbAsync(db => db.PlanGoals.CountAsync());

        var response = await pm.PostFormAsync(url + "?handler=Goal", new()
        {
            ["Version"] = version, ["PlanNumber"] = number, ["Goal.TaxonomyCode"] = "SEP.SX.CASCADE", ["Goal.CurrentLevel"] = "3", ["Goal.TargetLevel"] = "2", ["Goal.Outcome"] = "", ["Goal.DueDate"] = "2027-01-01",
        }, tokenFrom: url);
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var errors = HttpTestExtensions.ParseHtml(await response.Content.ReadAsStringAsync()).QuerySelector("#program-errors")!.TextContent;
        Assert.Contains("The target level must be above the starting level.", errors, StringComparison.Ordinal);
        Assert.Contains("Describe the measurable outcome.", errors, StringComparison.Ordinal);

        var zh = await pm.PostFormAsync(url + "?handler=Goal&culture=zh-CN", new()
        {
            ["Version"] = version, ["PlanNumber"] = number, ["Goal.TaxonomyCode"] = "SEP.SX.CASCADE", ["Goal.CurrentLevel"] = "3", ["Goal.TargetLevel"] = "2", ["Goal.Outcome"] = "x", ["Goal.DueDate"] = "2027-01-01",
        }, tokenFrom: url);
        Assert.Contains("目标等级必须高于起始等级。", HttpTestExtensions.ParseHtml(await zh.Content.ReadAsStringAsync()).QuerySelector("#program-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.PlanGoals.CountAsync()));
    }

    [Fact]
    public async Task SessionForm_LecturerByName_SuggestsAndRefusesUnknown()
    {
        var pm = await app.SignInAsync("pm");
        var expert = await app.WithDbAsync(db => db.Employees.Where(e => e.Status == TalentChain.Modules.People.Contracts.EmployeeStatus.Active && e.ChineseName != null)
            .OrderByDescending(e => e.Id).Select(e => new { e.Id, e.EmployeeNumber, e.GivenName, e.FamilyName }).FirstAsync());
        var catalog = await pm.GetHtmlAsync("/training");
        var picker = catalog.QuerySelector("#session-form input#Lecturer")!;
        Assert.Equal("lecturer-options", picker.GetAttribute("list"));
        Assert.Null(catalog.QuerySelector("#session-form input[type=number][name=LecturerEmployeeId]"));

        // What htmx fetches while typing: the datalist's options, number first.
        var options = HttpTestExtensions.ParseHtml(await (await pm.GetAsync($"/training?handler=Lecturers&lecturer={Uri.EscapeDataString(expert.GivenName + " " + expert.FamilyName)}")).Content.ReadAsStringAsync())
            .QuerySelectorAll("option").Select(o => o.GetAttribute("value")!).ToList();
        var label = Assert.Single(options, o => o.StartsWith(expert.EmployeeNumber + " · ", StringComparison.Ordinal));

        var date = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Dictionary<string, string> Form(string lecturer) => new()
        {
            ["SessionCourse"] = "CORE-120", ["SessionDate"] = date, ["SessionStart"] = "09:00", ["SessionEnd"] = "12:00", ["Place"] = "Room 7", ["Capacity"] = "12", ["Lecturer"] = lecturer, ["ExternalLecturer"] = "",
        };
        var before = await app.WithDbAsync(db => db.TrainingSessions.CountAsync());
        var refused = await pm.PostFormAsync("/training?handler=Session", Form("Nobody Atall"), tokenFrom: "/training");
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        var page = HttpTestExtensions.ParseHtml(await refused.Content.ReadAsStringAsync());
        Assert.Equal("No active employee matches “Nobody Atall”. Type part of a name or an employee number and pick one of the suggestions.", page.QuerySelector("#lecturer-error")!.TextContent.Trim());
        Assert.Equal("Nobody Atall", page.QuerySelector("#Lecturer")!.GetAttribute("value"));
        Assert.Equal(date, page.QuerySelector("#SessionDate")!.GetAttribute("value"));
        var refusedZh = await pm.PostFormAsync("/training?handler=Session&culture=zh-CN", Form("Nobody Atall"), tokenFrom: "/training");
        Assert.Contains("没有与“Nobody Atall”匹配的在职员工", HttpTestExtensions.ParseHtml(await refusedZh.Content.ReadAsStringAsync()).QuerySelector("#program-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.TrainingSessions.CountAsync()));

        var created = await pm.PostFormAsync("/training?handler=Session", Form(label), tokenFrom: "/training");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.TrainingSessions.AnyAsync(s => s.Place == "Room 7" && s.LecturerEmployeeId == expert.Id && s.ExternalLecturer == null)));

        // Only program managers get suggestions; participants do not see the dashboard link they could not open.
        var participant = await app.SignInAsync("participant");
        var denied = await participant.GetAsync("/training?handler=Lecturers&lecturer=wang");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode); // refused (to the access-denied page)
        Assert.DoesNotContain("<option", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var cohort = await app.WithDbAsync(db => db.Cohorts.Select(c => c.Id).FirstAsync());
        Assert.Null((await participant.GetHtmlAsync($"/program/cohorts/{cohort}")).QuerySelector("#dashboard-link"));
        Assert.NotNull((await pm.GetHtmlAsync($"/program/cohorts/{cohort}")).QuerySelector("#dashboard-link"));
    }

    [Fact]
    public async Task ProgramSettings_ManagersByEmployeeNumber_ShowsThemAndRefusesUnknown()
    {
        var admin = await app.ApiClientAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/v1/program/programs", new { name = "Recycling leaders", nameZh = "回收骨干培养" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<TalentChain.Modules.TalentProgram.Features.Programs.ProgramView>(ApiJson.Options))!.Id;
        var pmEmployee = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "pm" + DemoSeeder.EmailDomain)
            .Select(u => db.Set<Employee>().Where(e => e.Id == u.EmployeeId).Select(e => new { e.Id, e.EmployeeNumber, e.GivenName, e.FamilyName }).Single()).SingleAsync());
        var pm = await app.SignInAsync("pm");
        var url = $"/program/{id}";
        Dictionary<string, string> Form(string managers, string version) => new()
        {
            ["Settings.Name"] = "Recycling leaders", ["Settings.NameZh"] = "回收骨干培养", ["Settings.Goals"] = "", ["Settings.ReviewIntervalMonths"] = "6",
            ["Settings.ReminderDaysAhead"] = "14", ["Settings.Version"] = version, ["Managers"] = managers,
        };
        string Version(AngleSharp.Html.Dom.IHtmlDocument d) => d.QuerySelector("#settings-form input[name='Settings.Version']")!.GetAttribute("value")!;

        var refused = await pm.PostFormAsync(url + "?handler=Settings", Form($"{pmEmployee.EmployeeNumber}, E999999", Version(await pm.GetHtmlAsync(url))), tokenFrom: url);
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Contains("There is no employee with the number “E999999”.", HttpTestExtensions.ParseHtml(await refused.Content.ReadAsStringAsync()).QuerySelector("#program-errors")!.TextContent, StringComparison.Ordinal);
        var refusedZh = await pm.PostFormAsync(url + "?handler=Settings&culture=zh-CN", Form("E999999", Version(await pm.GetHtmlAsync(url))), tokenFrom: url);
        Assert.Contains("不存在工号为“E999999”的员工。", HttpTestExtensions.ParseHtml(await refusedZh.Content.ReadAsStringAsync()).QuerySelector("#program-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.WithDbAsync(db => db.DevelopmentPrograms.Where(p => p.Id == id).Select(p => p.ManagerEmployeeIds).SingleAsync()));

        var saved = await pm.PostFormAsync(url + "?handler=Settings", Form(pmEmployee.EmployeeNumber.ToLowerInvariant(), Version(await pm.GetHtmlAsync(url))), tokenFrom: url);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([pmEmployee.Id], await app.WithDbAsync(db => db.DevelopmentPrograms.Where(p => p.Id == id).Select(p => p.ManagerEmployeeIds).SingleAsync()));
        var page = await pm.GetHtmlAsync(url);
        Assert.Equal(pmEmployee.EmployeeNumber, page.QuerySelector("#Managers")!.GetAttribute("value"));
        Assert.Contains($"{pmEmployee.EmployeeNumber} · {pmEmployee.GivenName} {pmEmployee.FamilyName}", page.QuerySelector("#manager-names")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionPages_PastDateFullOrDuplicate_RefusedOnFormWritingNothing()
    {
        var pm = await app.SignInAsync("pm");
        string Errors(string html) => HttpTestExtensions.ParseHtml(html).QuerySelector("#program-errors")!.TextContent;

        // Scheduling in the past, from the catalog form.
        var yesterday = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var sessions = await app.WithDbAsync(db => db.TrainingSessions.CountAsync());
        Dictionary<string, string> Past() => new()
        {
            ["SessionCourse"] = "CORE-120", ["SessionDate"] = yesterday, ["SessionStart"] = "09:00", ["SessionEnd"] = "12:00", ["Place"] = "Room 9", ["Capacity"] = "5", ["Lecturer"] = "", ["ExternalLecturer"] = "Prof. Li Na",
        };
        var past = await pm.PostFormAsync("/training?handler=Session", Past(), tokenFrom: "/training");
        Assert.Equal((HttpStatusCode)422, past.StatusCode);
        Assert.Contains("A session cannot be scheduled in the past.", Errors(await past.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var pastZh = await pm.PostFormAsync("/training?handler=Session&culture=zh-CN", Past(), tokenFrom: "/training");
        Assert.Contains("不能安排过去时间的课程。", Errors(await pastZh.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(sessions, await app.WithDbAsync(db => db.TrainingSessions.CountAsync()));

        // A one-place session: the second person without the waitlist is refused, the first cannot enroll twice.
        var api = await app.ApiClientAsync("pm");
        var starts = DateTimeOffset.UtcNow.AddDays(25);
        var created = await api.PostAsJsonAsync("/api/v1/training/sessions", new { courseCode = "FRT-220", startsAt = starts, endsAt = starts.AddHours(4), place = "Room 2", capacity = 1, externalLecturer = "Prof. Li Na" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var url = $"/training/sessions/{(await created.Content.ReadFromJsonAsync<TalentChain.Modules.TalentProgram.Features.Training.SessionView>(ApiJson.Options))!.Id}";
        var people = await app.WithDbAsync(db => db.Employees.Where(e => e.Status == TalentChain.Modules.People.Contracts.EmployeeStatus.Active).OrderByDescending(e => e.Id).Select(e => e.Id).Take(2).ToListAsync());
        Dictionary<string, string> Enroll(int who, bool waitlist) => new() { ["EmployeeId"] = who.ToString(System.Globalization.CultureInfo.InvariantCulture), ["JoinWaitlist"] = waitlist ? "true" : "false" };
        Assert.Equal(HttpStatusCode.Redirect, (await pm.PostFormAsync(url + "?handler=Enroll", Enroll(people[0], true), tokenFrom: url)).StatusCode);
        var enrollments = await app.WithDbAsync(db => db.Enrollments.CountAsync());

        var full = await pm.PostFormAsync(url + "?handler=Enroll", Enroll(people[1], false), tokenFrom: url);
        Assert.Equal((HttpStatusCode)422, full.StatusCode);
        Assert.Contains("The session is full (1 places); the enrollment was refused (no waitlist was asked for).", Errors(await full.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var fullZh = await pm.PostFormAsync(url + "?handler=Enroll&culture=zh-CN", Enroll(people[1], false), tokenFrom: url);
        Assert.Contains("本期课程已满（1 个名额）；未选择候补，报名被拒绝。", Errors(await fullZh.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var twice = await pm.PostFormAsync(url + "?handler=Enroll", Enroll(people[0], true), tokenFrom: url);
        Assert.Equal((HttpStatusCode)422, twice.StatusCode);
        Assert.Contains("This person is already on the session (Enrolled).", Errors(await twice.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(enrollments, await app.WithDbAsync(db => db.Enrollments.CountAsync()));
    }

    [Fact]
    public async Task CohortBoard_ShowsWhyAnEmployeeIsNotEligible_AndNominatingThroughThePageWorks()
    {
        var pm = await app.SignInAsync("pm");
        var cohort = await app.WithDbAsync(db => db.Cohorts.OrderByDescending(c => c.StartDate).Select(c => c.Id).FirstAsync());
        var manager = await app.WithDbAsync(db => db.Employees.Where(e => e.Track == TalentChain.Modules.People.Contracts.CareerTrack.Management).Select(e => new { e.Id, e.EmployeeNumber }).FirstAsync());
        var board = await pm.GetHtmlAsync($"/program/cohorts/{cohort}?search={manager.EmployeeNumber}");
        Assert.Contains("Career track Management is not eligible.", board.QuerySelector($"#candidates tr[data-employee='{manager.Id}'] .why-not")!.TextContent, StringComparison.Ordinal);

        var eligible = await pm.GetHtmlAsync($"/program/cohorts/{cohort}?eligibleOnly=true");
        var row = eligible.QuerySelector("#candidates tr[data-employee]")!;
        var employeeId = row.GetAttribute("data-employee")!;
        var response = await pm.PostFormAsync($"/program/cohorts/{cohort}?handler=Nominate", new() { ["EmployeeId"] = employeeId, ["Reason"] = "Strong results" }, tokenFrom: $"/program/cohorts/{cohort}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await pm.GetHtmlAsync($"/program/cohorts/{cohort}");
        Assert.Equal("Nominated", after.QuerySelector($"#board tr[data-employee='{employeeId}'] .status")!.TextContent.Trim());
        Assert.NotNull(after.QuerySelector("#program-message"));
        Assert.Equal(ParticipantStatus.Nominated, await app.WithDbAsync(db => db.Participants.Where(p => p.CohortId == cohort && p.EmployeeId == int.Parse(employeeId, System.Globalization.CultureInfo.InvariantCulture)).Select(p => p.Status).SingleAsync()));
    }
}
