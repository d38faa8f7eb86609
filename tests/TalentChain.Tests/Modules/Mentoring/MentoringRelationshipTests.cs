using System.Net.Http.Json;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.Mentoring;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.Mentoring.Features.EndRelationship;
using TalentChain.Modules.TalentProgram;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Mentoring;

/// <summary>Relationships after publishing: meeting logs, completion with a rating, re-match on request, a mentor's departure.</summary>
public class MentoringRelationshipTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<(MentoringScenario Scenario, List<MentorAssignment> Published)> PublishedScenarioAsync(HttpClient pm)
    {
        var scenario = await MentoringScenario.CreateAsync(app, pm);
        var solved = await MentoringSteps.SolveAsync(pm, scenario.RoundId);
        await ApiAssert.JsonAsync<PublishOutcomeDto>(await pm.PostAsync($"/api/v1/program/mentoring/rounds/{scenario.RoundId}/publish?version={solved.Version}", null), HttpStatusCode.OK);
        var published = await app.WithDbAsync(db => db.MentorAssignments.AsNoTracking().Where(a => a.RoundId == scenario.RoundId).OrderBy(a => a.Id).ToListAsync());
        Assert.NotEmpty(published);
        return (scenario, published);
    }

    [Fact]
    public async Task Meetings_LoggedByEitherSide_OnlyParticipantRates()
    {
        var participant = await app.ApiClientAsync("participant");
        var mentor = await app.ApiClientAsync("mentor");
        var mine = await participant.GetJsonAsync<MyMentoringDto>("/api/v1/program/mentoring/me");
        var rel = mine.AsParticipant.First(r => r.Role == "Technical" && r.Running);
        var id = rel.Id;
        var mentorId = rel.MentorEmployeeId;
        var url = $"/api/v1/program/mentoring/relationships/{id}";

        var logged = await ApiAssert.JsonAsync<MeetingDto>(await participant.PostAsJsonAsync(url + "/meetings", new { date = Day(Today), durationMinutes = 60, topic = "Cascade profiles", notes = "Stage 12 drifts", rating = 5 }), HttpStatusCode.Created);
        Assert.Equal(5, logged.Rating);
        var future = await participant.PostAsJsonAsync(url + "/meetings", new { date = Day(Today.AddDays(3)), durationMinutes = 60, topic = "x" });
        Assert.Contains("The meeting date cannot be in the future.", await ApiAssert.FieldErrorsAsync(future, "Date"));
        var mentorRates = await mentor.PostAsJsonAsync(url + "/meetings", new { date = Day(Today), durationMinutes = 30, topic = "Follow-up", rating = 5 });
        Assert.Contains("Only the participant rates a mentor.", await ApiAssert.FieldErrorsAsync(mentorRates, "Rating"));
        await ApiAssert.JsonAsync<MeetingDto>(await mentor.PostAsJsonAsync(url + "/meetings", new { date = Day(Today), durationMinutes = 30, topic = "Follow-up" }), HttpStatusCode.Created);
        var detail = await mentor.GetJsonAsync<RelationshipDto>(url);
        Assert.Contains(detail.Meetings, m => m.Topic == "Cascade profiles" && m.RecordedBy == "participant@talentchain.demo");

        // The mentor cannot close it; the participant completes it with a rating.
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.PostAsJsonAsync(url + "/complete", new { rating = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await participant.PostAsJsonAsync(url + "/complete", new { rating = 4, note = "Goals met" })).StatusCode);
        var done = await participant.GetJsonAsync<RelationshipDto>(url);
        Assert.False(done.Running);
        Assert.Equal(("Completed", (int?)4), (done.EndReason, done.Rating));
        var twice = await participant.PostAsJsonAsync(url + "/complete", new { });
        Assert.Contains("The relationship has already ended.", await ApiAssert.FieldErrorsAsync(twice, "relationship"));

        // The ratings (meeting 5, completion 4 and any earlier ones) are the mentor's history: the score's rating part uses their average.
        var ratings = await app.WithDbAsync(async db => (await db.MentorAssignments.Where(a => a.MentorEmployeeId == mentorId && a.Rating != null).Select(a => a.Rating!.Value).ToListAsync())
            .Concat(await db.MentoringMeetings.Where(m => m.Rating != null && db.Set<MentorAssignment>().Any(a => a.Id == m.MentorAssignmentId && a.MentorEmployeeId == mentorId)).Select(m => m.Rating!.Value).ToListAsync()).ToList());
        Assert.Contains(4, ratings);
        Assert.Contains(5, ratings);
    }

    [Fact]
    public async Task Rematch_EndsRelationship_RematchRoundFillsWaitlistedSlot()
    {
        var pm = await app.ApiClientAsync("pm");
        var (scenario, published) = await PublishedScenarioAsync(pm);
        var target = published[0];
        var url = $"/api/v1/program/mentoring/relationships/{target.Id}";
        Assert.Contains("Say why a new mentor is needed.", await ApiAssert.FieldErrorsAsync(await pm.PostAsJsonAsync(url + "/rematch", new { reason = " " }), "Reason"));
        Assert.Equal(HttpStatusCode.NoContent, (await pm.PostAsJsonAsync(url + "/rematch", new { reason = "Different shifts: they never meet" })).StatusCode);

        var ended = await app.WithDbAsync(db => db.MentorAssignments.AsNoTracking().SingleAsync(a => a.Id == target.Id));
        Assert.Equal(MentorEndReason.RematchRequested, ended.EndReason);
        var wait = await app.WithDbAsync(db => db.MentoringWaitlist.AsNoTracking().SingleAsync(w => w.EndedAssignmentId == target.Id));
        Assert.Equal((WaitlistReason.RematchRequested, "Different shifts: they never meet", target.Role), (wait.Reason, wait.Detail, wait.Role));
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.EmployeeId == target.MentorEmployeeId && n.Kind == "Notify.Rematch.Subject")));

        // A re-match round: the waitlisted slot, and the earlier volunteers with what is left of their places.
        var round = await ApiAssert.JsonAsync<RoundSummaryDto>(await pm.PostAsJsonAsync("/api/v1/program/mentoring/rounds", new { cohortId = scenario.CohortId, kind = "Rematch" }), HttpStatusCode.Created);
        var roundId = round.Id;
        var detail = await pm.GetJsonAsync<RoundDetailDto>($"/api/v1/program/mentoring/rounds/{roundId}");
        var slot = detail.Participants.Single(p => p.ParticipantId == target.ParticipantId);
        Assert.Contains(target.Role.ToString(), slot.Roles);
        var used = published.Where(a => a.Id != target.Id).GroupBy(a => a.MentorEmployeeId).ToDictionary(g => g.Key, g => g.Count());
        foreach (var v in detail.Volunteers)
            Assert.Equal(2 - used.GetValueOrDefault(v.EmployeeId), v.Total);

        // The mentor the participant asked to leave is not offered again, in any role, and the page says why.
        var explained = await pm.GetJsonAsync<EligibilityDto>($"/api/v1/program/mentoring/rounds/{roundId}/participants/{target.ParticipantId}/eligibility");
        var away = explained.Verdicts.Where(v => v.MentorEmployeeId == target.MentorEmployeeId).ToList();
        Assert.NotEmpty(away);
        Assert.All(away, v => Assert.Contains("The participant asked to be re-matched away from this mentor.", v.Reasons));

        var solved = await MentoringSteps.SolveAsync(pm, roundId);
        Assert.DoesNotContain(solved.Proposal!.Rows,
            r => r.ParticipantId == target.ParticipantId && r.MentorEmployeeId == target.MentorEmployeeId);
        await ApiAssert.JsonAsync<PublishOutcomeDto>(await pm.PostAsync($"/api/v1/program/mentoring/rounds/{roundId}/publish", null), HttpStatusCode.OK);
        var filled = solved.Proposal.Rows.Any(r => r.ParticipantId == target.ParticipantId && r.Role == target.Role.ToString());
        var after = await app.WithDbAsync(db => db.MentoringWaitlist.AsNoTracking().SingleAsync(w => w.Id == wait.Id));
        Assert.Equal(filled, after.FilledOn is not null);
        if (filled) Assert.Equal(roundId, after.FilledByRoundId);
    }

    [Fact]
    public async Task MeetingLogs_DemoData_FollowTheRules()
    {
        var meetings = await app.WithDbAsync(db => (from m in db.MentoringMeetings.AsNoTracking()
                                                    join a in db.MentorAssignments on m.MentorAssignmentId equals a.Id
                                                    select new { m.Rating, m.RecordedBy, Participant = a.Participant!.EmployeeId, ParticipantEmail = a.Participant.Employee!.Email }).ToListAsync());
        var demoParticipant = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "participant@talentchain.demo").Select(u => u.EmployeeId).SingleAsync());
        Assert.NotEmpty(meetings);
        Assert.Contains(meetings, m => m.Rating is not null);
        Assert.All(meetings.Where(m => m.Rating is not null), m => Assert.True(
            m.RecordedBy == m.ParticipantEmail || (m.RecordedBy == "participant@talentchain.demo" && m.Participant == demoParticipant), $"{m.RecordedBy} rated a meeting of {m.ParticipantEmail}"));
        Assert.All(meetings.Where(m => m.RecordedBy == "participant@talentchain.demo"), m => Assert.Equal(demoParticipant, m.Participant));
    }

    [Fact]
    public async Task AVolunteerWhoGaveNotice_IsNotEligible_SoTheDepartureTaskNeverUndoesAFreshMatch()
    {
        var pm = await app.ApiClientAsync("pm");
        var scenario = await MentoringScenario.CreateAsync(app, pm);
        var leaving = scenario.VolunteerIds[0];
        await app.WithDbAsync(db =>
        {
            db.Set<Departure>().Add(new Departure { EmployeeId = leaving, NoticeDate = Today, LastDay = Today.AddDays(30) });
            return db.SaveChangesAsync();
        });
        var explained = await pm.GetJsonAsync<EligibilityDto>($"/api/v1/program/mentoring/rounds/{scenario.RoundId}/participants/{scenario.ParticipantIds[0]}/eligibility");
        var verdicts = explained.Verdicts.Where(v => v.MentorEmployeeId == leaving).ToList();
        Assert.NotEmpty(verdicts);
        Assert.All(verdicts, v =>
        {
            Assert.False(v.Eligible);
            Assert.Contains("The mentor has given notice of departure.", v.Reasons);
        });

        var solved = await MentoringSteps.SolveAsync(pm, scenario.RoundId);
        Assert.DoesNotContain(solved.Proposal!.Rows, r => r.MentorEmployeeId == leaving);
        await ApiAssert.JsonAsync<PublishOutcomeDto>(await pm.PostAsync($"/api/v1/program/mentoring/rounds/{scenario.RoundId}/publish?version={solved.Version}", null), HttpStatusCode.OK);
        using (var scope = app.Services.CreateScope()) await scope.ServiceProvider.GetRequiredService<MentorDepartureTask>().EndDepartedAsync();
        var published = await app.WithDbAsync(db => db.MentorAssignments.AsNoTracking().Where(a => a.RoundId == scenario.RoundId).ToListAsync());
        Assert.NotEmpty(published);
        Assert.All(published, a => Assert.Null(a.EndReason));
    }

    [Fact]
    public async Task DepartedMentor_RelationshipsEnded_WaitlistedOnce()
    {
        var pm = await app.ApiClientAsync("pm");
        var (_, published) = await PublishedScenarioAsync(pm);
        var leaver = published[0].MentorEmployeeId;
        var noticeGiver = published.First(a => a.MentorEmployeeId != leaver).MentorEmployeeId;
        await app.WithDbAsync(async db =>
        {
            var e = await db.Employees.SingleAsync(x => x.Id == leaver);
            e.Status = EmployeeStatus.Departed;
            e.DepartureDate = Today;
            // The other one has only handed in their notice (recorded in the knowledge module).
            db.Set<Departure>().Add(new Departure { EmployeeId = noticeGiver, NoticeDate = Today, LastDay = Today.AddDays(30) });
            return await db.SaveChangesAsync();
        });

        // The program names its managers: the demo PM and a second person (without the ProgramManager role) share it.
        var programId = await app.WithDbAsync(db => db.Participants.Where(p => p.Id == published[0].ParticipantId).Select(p => p.Cohort!.ProgramId).SingleAsync());
        var pmEmployee = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "pm@talentchain.demo").Select(u => u.EmployeeId!.Value).SingleAsync());
        var coManager = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "manager@talentchain.demo").Select(u => u.EmployeeId!.Value).SingleAsync());
        var before = await app.WithDbAsync(db => db.DevelopmentPrograms.Where(p => p.Id == programId).Select(p => p.ManagerEmployeeIds).SingleAsync());
        await SetManagersAsync(programId, [pmEmployee, coManager]);

        using var scope = app.Services.CreateScope();
        var task = scope.ServiceProvider.GetRequiredService<MentorDepartureTask>();
        int ended;
        try
        {
            ended = await task.EndDepartedAsync();
        }
        finally
        {
            await SetManagersAsync(programId, before);
        }
        var affected = published.Where(a => a.MentorEmployeeId == leaver || a.MentorEmployeeId == noticeGiver).ToList();
        var pmKey = $"mentoring-departed:{affected[0].Id}:pm";
        var told = await app.WithDbAsync(db => db.Notifications.Where(n => n.DedupKey == pmKey).Select(n => n.EmployeeId).ToListAsync());
        Assert.Equal(new[] { coManager, pmEmployee }.Order().ToList(), told.Select(e => e ?? 0).Order().ToList());
        Assert.True(ended >= affected.Count);
        var rows = await app.WithDbAsync(db => db.MentorAssignments.AsNoTracking().Where(a => a.RoundId == published[0].RoundId).ToListAsync());
        Assert.All(rows.Where(a => affected.Any(x => x.Id == a.Id)), a => Assert.Equal(MentorEndReason.MentorDeparted, a.EndReason));
        Assert.All(rows.Where(a => affected.All(x => x.Id != a.Id)), a => Assert.Null(a.EndReason));
        var ids = affected.Select(a => a.Id).ToList();
        var waits = await app.WithDbAsync(db => db.MentoringWaitlist.AsNoTracking().Where(w => w.EndedAssignmentId != null && ids.Contains(w.EndedAssignmentId.Value)).ToListAsync());
        Assert.Equal(affected.Count, waits.Count);
        Assert.All(waits, w => Assert.Equal(WaitlistReason.MentorDeparted, w.Reason));
        var participantEmployee = await app.WithDbAsync(db => db.Participants.Where(p => p.Id == affected[0].ParticipantId).Select(p => p.EmployeeId).SingleAsync());
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.EmployeeId == participantEmployee && n.Kind == "Notify.Departed.Subject")));

        // Running it again changes nothing.
        using var again = app.Services.CreateScope();
        Assert.Equal(0, await again.ServiceProvider.GetRequiredService<MentorDepartureTask>().EndDepartedAsync());
        Assert.Equal(affected.Count, await app.WithDbAsync(db => db.MentoringWaitlist.CountAsync(w => w.EndedAssignmentId != null && ids.Contains(w.EndedAssignmentId.Value))));
    }

    private Task<int> SetManagersAsync(int programId, List<int> managers) => app.WithDbAsync(async db =>
    {
        var program = await db.DevelopmentPrograms.SingleAsync(p => p.Id == programId);
        program.ManagerEmployeeIds = managers;
        return await db.SaveChangesAsync();
    });
}
