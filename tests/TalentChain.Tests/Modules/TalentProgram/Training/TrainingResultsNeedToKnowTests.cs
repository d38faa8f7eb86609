using System.Net;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Features.Training;
using TalentChain.Modules.TalentProgram;
using TalentChain.Tests.Infrastructure;
using TalentChain.Tests.Modules.People.Directory;

namespace TalentChain.Tests.Modules.TalentProgram.Training;

/// <summary>
/// Training results are need-to-know (ADR 0030): everyone sees who attends a session; attendance, score and pass or
/// fail only the person, the lecturer, program managers and the person's management chain.
/// </summary>
public abstract class TrainingResultsNeedToKnowTests(TalentChainFactory app)
{
    private sealed record PastSession(int Id, int Own, int Report, int Stranger);

    private int Employee(string login) => DirectoryTestData.DemoUserEmployee(app, login);

    /// <summary>
    /// A finished session taught by the demo mentor: the demo participant passed (91), a report of the demo line manager
    /// failed (42), someone from the magnets segment passed (77).
    /// </summary>
    private async Task<PastSession> PastSessionAsync()
    {
        var (own, manager, lecturer) = (Employee("participant"), Employee("manager"), Employee("mentor"));
        var accounts = app.WithDb(db => db.Users.Where(u => u.EmployeeId != null).Select(u => u.EmployeeId!.Value).ToHashSet());
        return await app.WithDbAsync(async db =>
        {
            var report = (await db.Employees.Where(e => e.ManagerId == manager && e.Status == EmployeeStatus.Active).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync())
                .First(id => !accounts.Contains(id));
            var stranger = (await db.Employees.Where(e => e.Status == EmployeeStatus.Active && e.OrgUnit!.Segment == ChainSegment.MagnetsFunctional && e.ManagerId != null)
                .OrderBy(e => e.Id).Select(e => e.Id).ToListAsync()).First(id => !accounts.Contains(id));
            var starts = DateTimeOffset.UtcNow.AddDays(-20);
            var session = new TrainingSession
            {
                CourseId = await db.Courses.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
                StartsAt = starts, EndsAt = starts.AddHours(4), Place = "Room NTK", Capacity = 10, LecturerEmployeeId = lecturer,
            };
            var done = DateOnly.FromDateTime(starts.UtcDateTime);
            session.Enrollments.Add(new Enrollment { EmployeeId = own, Status = EnrollmentStatus.Completed, EnrolledAt = starts.AddDays(-7), Attended = true, Score = 91, CompletedOn = done });
            session.Enrollments.Add(new Enrollment { EmployeeId = report, Status = EnrollmentStatus.NotPassed, EnrolledAt = starts.AddDays(-6), Attended = true, Score = 42, CompletedOn = done });
            session.Enrollments.Add(new Enrollment { EmployeeId = stranger, Status = EnrollmentStatus.Completed, EnrolledAt = starts.AddDays(-5), Attended = true, Score = 77, CompletedOn = done });
            db.TrainingSessions.Add(session);
            await db.SaveChangesAsync();
            return new PastSession(session.Id, own, report, stranger);
        });
    }

    private static async Task<Dictionary<int, EnrollmentView>> EnrollmentsAsync(HttpClient api, int sessionId)
    {
        var session = await api.GetJsonAsync<SessionView>($"/api/v1/training/sessions/{sessionId}");
        return session.Enrollments.ToDictionary(e => e.EmployeeId);
    }

    // Score, attendance and completion are required fields of the view, so the strict reader (ApiJson) has already
    // refused a body that left them out: null here means the API wrote null.
    private static void AssertWithheld(EnrollmentView e)
    {
        Assert.False(e.ResultVisible);
        Assert.Null(e.Score);
        Assert.Null(e.Attended);
        Assert.Null(e.CompletedOn);
        Assert.Equal(EnrollmentStatus.Enrolled, e.Status);
    }

    [Fact]
    public async Task SessionApi_Outsider_SeesTheAttendeesButNoResults()
    {
        var s = await PastSessionAsync();
        foreach (var login in new[] { "trade", "knowledge" })
        {
            var list = await EnrollmentsAsync(await app.ApiClientAsync(login), s.Id);
            Assert.Equal(new[] { s.Own, s.Report, s.Stranger }.Order(), list.Keys.Order());
            foreach (var e in list.Values) AssertWithheld(e);
        }
    }

    [Fact]
    public async Task SessionApi_EachRelation_SeesOnlyPermittedResults()
    {
        var s = await PastSessionAsync();

        var own = await EnrollmentsAsync(await app.ApiClientAsync("participant"), s.Id);
        Assert.Equal(91, own[s.Own].Score);
        Assert.Equal(EnrollmentStatus.Completed, own[s.Own].Status);
        AssertWithheld(own[s.Stranger]);

        var manager = await EnrollmentsAsync(await app.ApiClientAsync("manager"), s.Id);
        Assert.Equal(42, manager[s.Report].Score);
        Assert.Equal(EnrollmentStatus.NotPassed, manager[s.Report].Status);
        AssertWithheld(manager[s.Stranger]);

        foreach (var login in new[] { "mentor", "pm" })
        {
            var all = await EnrollmentsAsync(await app.ApiClientAsync(login), s.Id);
            Assert.Equal([91, 42, 77], new[] { s.Own, s.Report, s.Stranger }.Select(id => all[id].Score!.Value));
            Assert.All(all.Values, e => Assert.True(e.ResultVisible));
        }
    }

    [Fact]
    public async Task SessionPage_Outsider_SeesListWithoutScores()
    {
        var s = await PastSessionAsync();
        var number = app.WithDb(db => db.Employees.Single(e => e.Id == s.Stranger).EmployeeNumber);

        var outsider = await (await app.SignInAsync("trade")).GetHtmlAsync($"/training/sessions/{s.Id}");
        var row = outsider.QuerySelector($"#enrollments tr[data-employee='{s.Stranger}']")!;
        Assert.Contains(number, row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Enrolled", row.GetAttribute("data-status"));
        Assert.NotNull(row.QuerySelector(".result-withheld"));
        Assert.DoesNotContain("77", row.TextContent, StringComparison.Ordinal);
        Assert.Empty(outsider.QuerySelectorAll("#enrollments td.score"));

        var pm = await (await app.SignInAsync("pm")).GetHtmlAsync($"/training/sessions/{s.Id}");
        var pmRow = pm.QuerySelector($"#enrollments tr[data-employee='{s.Stranger}']")!;
        Assert.Equal("Completed", pmRow.GetAttribute("data-status"));
        Assert.Equal("77", pmRow.QuerySelector("td.score")!.TextContent.Trim());
    }
}

public sealed class TrainingResultsNeedToKnowTestsSqlite(TalentChainFactory app) : TrainingResultsNeedToKnowTests(app), IClassFixture<TalentChainFactory>;

public sealed class TrainingResultsNeedToKnowTestsPostgres(PostgresFactory app) : TrainingResultsNeedToKnowTests(app), IClassFixture<PostgresFactory>;
