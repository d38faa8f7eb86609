using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Features.Cohorts;
using TalentChain.Modules.TalentProgram.Features.Participants;
using TalentChain.Modules.TalentProgram.Features.Plans;
using TalentChain.Modules.TalentProgram.Features.Plans.CompareVersions;
using TalentChain.Modules.TalentProgram.Features.Programs;
using TalentChain.Modules.TalentProgram.Features.Reviews;
using TalentChain.Modules.TalentProgram.Features.Training;
using TalentChain.Modules.TalentProgram.Features.Training.Enrol;
using TalentChain.Modules.TalentProgram.Features.Training.Sessions;
using TalentChain.Platform.Calendar;
using TalentChain.Modules.TalentProgram;
using TalentChain.Platform.Demo;
using TalentChain.Tests.Infrastructure;
using CohortDashboard = TalentChain.Modules.TalentProgram.Features.Dashboard.CohortDashboard;

namespace TalentChain.Tests.Modules.TalentProgram;

/// <summary>The talent program API end to end on a demo enterprise: nomination to review, bad input, permissions.</summary>
public abstract class ProgramApiTests(TalentChainFactory app)
{
    /// <summary>A cohort of the demo program (other tests add programs of their own).</summary>
    private Task<int> CohortAsync(bool newest = true) => app.WithDbAsync(db =>
    {
        var demo = db.Cohorts.Where(c => c.ProgramId == db.Set<DevelopmentProgram>().Min(p => p.Id));
        return (newest ? demo.OrderByDescending(c => c.StartDate) : demo.OrderBy(c => c.StartDate)).Select(c => c.Id).FirstAsync();
    });

    private Task<int> AccountEmployeeAsync(string login) => app.WithDbAsync(db =>
        db.Users.Where(u => u.Email == login + DemoSeeder.EmailDomain).Select(u => u.EmployeeId!.Value).SingleAsync());

    /// <summary>Nominates and selects a fresh eligible employee (skipping <paramref name="skip"/>); returns the participant id.</summary>
    private async Task<int> NewParticipantAsync(HttpClient pm, int skip, DateOnly? start = null)
    {
        var cohort = await CohortAsync();
        var candidates = await pm.GetJsonAsync<List<CandidateView>>($"/api/v1/program/cohorts/{cohort}/candidates?eligibleOnly=true");
        var employeeId = candidates.Skip(skip).First().EmployeeId;
        var nominated = await ApiAssert.JsonAsync<BoardRow>(await pm.PostAsJsonAsync($"/api/v1/program/cohorts/{cohort}/nominations", new { employeeId, reason = "Strong cascade work" }), HttpStatusCode.Created);
        var id = nominated.ParticipantId;
        Assert.Equal(ParticipantStatus.Nominated, nominated.Status);
        var selected = await ApiAssert.JsonAsync<BoardRow>(await pm.PostAsJsonAsync($"/api/v1/program/participants/{id}/selection", new { step = "Select", startDate = start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }), HttpStatusCode.OK);
        Assert.Equal(ParticipantStatus.Selected, selected.Status);
        return id;
    }

    [Fact]
    public async Task Lifecycle_SelectionToReview_RaisesSkillAndOpensPlanVersionTwo()
    {
        var pm = await app.ApiClientAsync("pm");
        var id = await NewParticipantAsync(pm, 0);

        var detail = await pm.GetJsonAsync<ParticipantDetail>($"/api/v1/program/participants/{id}");
        Assert.Equal(StageKind.Onboarding, detail.CurrentStage!.Kind);
        Assert.False(detail.CurrentStage.GateMet);
        var start = detail.StartDate!.Value;
        var firstReview = detail.Reviews.Single();
        Assert.Equal(start.AddMonths(6), firstReview.DueDate);

        // Plan version 1: a goal on the cascade skill and the course that develops it.
        var employeeId = detail.EmployeeId;
        var before = await app.WithDbAsync(db => db.SkillRecords.Where(s => s.EmployeeId == employeeId && s.TaxonomyNode!.Code == "SEP.SX.CASCADE").Select(s => (int?)s.Level).FirstOrDefaultAsync());
        var plan = await pm.GetJsonAsync<PlanView>($"/api/v1/program/participants/{id}/plan");
        Assert.Equal(1, plan.Number);
        var goal = await ApiAssert.JsonAsync<GoalView>(await pm.PostAsJsonAsync($"/api/v1/program/participants/{id}/plan/versions/1/goals",
            new { taxonomyCode = "SEP.SX.CASCADE", currentLevel = 0, targetLevel = 3, outcome = "Designs a 60-stage Pr/Nd cascade", dueDate = "2027-06-30", version = plan.Version }), HttpStatusCode.Created);
        Assert.False(goal.Proposed);
        plan = await pm.GetJsonAsync<PlanView>($"/api/v1/program/participants/{id}/plan");
        await ApiAssert.JsonAsync<ActivityView>(await pm.PostAsJsonAsync($"/api/v1/program/participants/{id}/plan/versions/1/activities",
            new { kind = "Training", courseCode = "CORE-110", goalKey = goal.Key, version = plan.Version }), HttpStatusCode.Created);

        // The running block week of CORE-110: enroll, pass.
        var now = DateTimeOffset.UtcNow;
        var sessionId = await app.WithDbAsync(db => db.TrainingSessions.Where(s => s.Course!.Code == "CORE-110" && s.StartsAt < now && s.EndsAt > now).Select(s => s.Id).FirstAsync());
        var enrolled = await ApiAssert.JsonAsync<EnrollResult>(await pm.PostAsJsonAsync($"/api/v1/training/sessions/{sessionId}/enrollments", new { employeeId }), HttpStatusCode.Created);
        Assert.Equal(EnrollmentStatus.Enrolled, enrolled.Enrollment.Status);
        var enrollmentId = enrolled.Enrollment.Id;
        var result = await ApiAssert.JsonAsync<EnrollmentView>(await pm.PutAsJsonAsync($"/api/v1/training/sessions/{sessionId}/enrollments/{enrollmentId}/result", new { attended = true, score = 88, passed = true }), HttpStatusCode.OK);
        Assert.Equal(EnrollmentStatus.Completed, result.Status);

        var record = await app.WithDbAsync(db => db.SkillRecords.AsNoTracking().SingleAsync(s => s.EmployeeId == employeeId && s.TaxonomyNode!.Code == "SEP.SX.CASCADE"));
        Assert.Equal(Math.Max(2, before ?? 0), record.Level);
        if ((before ?? 0) < 2) Assert.Contains("CORE-110", record.Evidence, StringComparison.Ordinal);
        plan = await pm.GetJsonAsync<PlanView>($"/api/v1/program/participants/{id}/plan");
        Assert.Equal(ActivityStatus.Done, plan.Activities.Single(a => a.CourseCode == "CORE-110").Status);
        Assert.Equal(Math.Max(2, before ?? 0), plan.Goals[0].ActualLevel);

        // First review: self-assessment, decision with a skill update → version 2, the next review six months later.
        var reviewId = firstReview.Id;
        Assert.Equal(HttpStatusCode.NoContent, (await pm.PostAsJsonAsync($"/api/v1/program/reviews/{reviewId}/self-assessment", new { text = "Ran the cascade course exercises" })).StatusCode);
        var completed = await ApiAssert.JsonAsync<ReviewView>(await pm.PostAsJsonAsync($"/api/v1/program/reviews/{reviewId}/complete",
            new { decision = "OnTrack", note = "Good first half-year", skillUpdates = new[] { new { taxonomyCode = "SEP.SX.CASCADE", level = 3, evidence = "Balanced line 3 alone" } } }), HttpStatusCode.OK);
        Assert.Equal(2, completed.OpenPlanVersion);
        Assert.Equal(3, await app.WithDbAsync(db => db.SkillRecords.Where(s => s.EmployeeId == employeeId && s.TaxonomyNode!.Code == "SEP.SX.CASCADE").Select(s => s.Level).SingleAsync()));

        var v2 = await pm.GetJsonAsync<PlanView>($"/api/v1/program/participants/{id}/plan");
        Assert.Equal(2, v2.Number);
        Assert.Equal(3, v2.Goals[0].CurrentLevel);
        Assert.Empty(v2.Activities); // the finished course stays in version 1
        var diff = await pm.GetJsonAsync<PlanDiffView>($"/api/v1/program/participants/{id}/plan/diff?from=1&to=2");
        var goalDiff = diff.Items.Single(i => i.Change == PlanChangeKind.Changed);
        Assert.Contains(goalDiff.Fields, f => f.From == "0" && f.To == "3");
        Assert.Contains("Good first half-year", goalDiff.Reasons[0], StringComparison.Ordinal);

        var after = await pm.GetJsonAsync<ParticipantDetail>($"/api/v1/program/participants/{id}");
        var next = after.Reviews.Single(r => r.Sequence == 2);
        Assert.Equal(start.AddMonths(12), next.DueDate);

        // Version 1 is closed now: editing it is refused, nothing changes.
        var closed = await pm.PostAsJsonAsync($"/api/v1/program/participants/{id}/plan/versions/1/goals",
            new { taxonomyCode = "SEP.SX.P507", currentLevel = 1, targetLevel = 2, outcome = "x", dueDate = "2027-01-01" });
        Assert.Contains("Version 1 of this plan was closed on", (await ApiAssert.FieldErrorsAsync(closed, "version"))[0], StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.PlanGoals.CountAsync(g => db.Set<PlanVersion>().Any(v => v.Id == g.PlanVersionId && v.Number == 1 && v.Plan!.ParticipantId == id))));
    }

    [Fact]
    public async Task Nominate_IneligibleOrTwice_Returns400WithReasons()
    {
        var pm = await app.ApiClientAsync("pm");
        var cohort = await CohortAsync();
        var manager = await app.WithDbAsync(db => db.Employees.Where(e => e.Track == TalentChain.Modules.People.Contracts.CareerTrack.Management && e.Status == TalentChain.Modules.People.Contracts.EmployeeStatus.Active
            && !db.Set<Participant>().Any(p => p.EmployeeId == e.Id)).Select(e => e.Id).FirstAsync());
        var refused = await pm.PostAsJsonAsync($"/api/v1/program/cohorts/{cohort}/nominations", new { employeeId = manager });
        Assert.Contains("Career track Management is not eligible.", await ApiAssert.FieldErrorsAsync(refused, "EmployeeId"));
        var zh = await pm.PostAsJsonAsync($"/api/v1/program/cohorts/{cohort}/nominations?culture=zh-CN", new { employeeId = manager });
        Assert.Contains("职业序列“管理序列”不符合条件。", await ApiAssert.FieldErrorsAsync(zh, "EmployeeId"));
        Assert.False(await app.WithDbAsync(db => db.Participants.AnyAsync(p => p.EmployeeId == manager)));

        var id = await NewParticipantAsync(pm, 1);
        var employeeId = await app.WithDbAsync(db => db.Participants.Where(p => p.Id == id).Select(p => p.EmployeeId).SingleAsync());
        var twice = await pm.PostAsJsonAsync($"/api/v1/program/cohorts/{cohort}/nominations", new { employeeId });
        Assert.Contains("This person is already in the cohort.", await ApiAssert.FieldErrorsAsync(twice, "EmployeeId"));
    }

    [Fact]
    public async Task Advance_PastUnmetGate_IsRefusedUntilEvidenceOrOverride()
    {
        var pm = await app.ApiClientAsync("pm");
        var id = await NewParticipantAsync(pm, 2);
        var refused = await pm.PostAsJsonAsync($"/api/v1/program/participants/{id}/advance", new { });
        var message = (await ApiAssert.FieldErrorsAsync(refused, "gate"))[0];
        Assert.StartsWith("The stage gate is not met. Still missing: Stage report filed; Line manager sign-off", message, StringComparison.Ordinal);
        var noReason = await pm.PostAsJsonAsync($"/api/v1/program/participants/{id}/advance", new { @override = true, reason = " " });
        Assert.Contains("Give the reason for advancing past the unmet gate; it is recorded in the stage history.", await ApiAssert.FieldErrorsAsync(noReason, "reason"));
        Assert.Equal(1, await app.WithDbAsync(db => db.ParticipantStages.CountAsync(s => s.ParticipantId == id)));

        // The participant files the report; the line manager must sign (a program manager cannot sign as line manager).
        var detail = await pm.GetJsonAsync<ParticipantDetail>($"/api/v1/program/participants/{id}");
        var criteria = detail.CurrentStage!.Criteria;
        var document = criteria.Single(c => c.Kind == EvidenceKind.Document).Id;
        var signOff = criteria.Single(c => c.Kind == EvidenceKind.SignOff).Id;
        Assert.Equal(HttpStatusCode.NoContent, (await pm.PostAsJsonAsync($"/api/v1/program/participants/{id}/evidence", new { criterionId = document, note = "DMS-2026-0042" })).StatusCode);
        var wrongSigner = await pm.PostAsJsonAsync($"/api/v1/program/participants/{id}/evidence", new { criterionId = signOff, note = "ok" });
        Assert.Contains("This sign-off must be given by the participant's line manager.", await ApiAssert.FieldErrorsAsync(wrongSigner, "SignedAs"));

        var overridden = await ApiAssert.JsonAsync<ParticipantDetail>(await pm.PostAsJsonAsync($"/api/v1/program/participants/{id}/advance", new { @override = true, reason = "Line manager on leave; report reviewed by HR" }), HttpStatusCode.OK);
        Assert.Equal(StageKind.Rotation, overridden.CurrentStage!.Kind);
        var first = overridden.History[0];
        Assert.Equal("Line manager on leave; report reviewed by HR", first.OverrideReason);
        Assert.NotNull(first.EndedOn);
    }

    [Fact]
    public async Task PlanEdit_StaleVersionOrParticipantProposal_Is409OrNeedsAcceptance()
    {
        var pm = await app.ApiClientAsync("pm");
        var participantId = await app.WithDbAsync(async db =>
        {
            var me = await db.Users.Where(u => u.Email == "participant" + DemoSeeder.EmailDomain).Select(u => u.EmployeeId).SingleAsync();
            return await db.Participants.Where(p => p.EmployeeId == me && p.Status == ParticipantStatus.Selected).Select(p => p.Id).SingleAsync();
        });
        var plan = await pm.GetJsonAsync<PlanView>($"/api/v1/program/participants/{participantId}/plan");
        var number = plan.Number;
        var read = plan.Version;

        var me = await app.ApiClientAsync("participant");
        var proposal = await ApiAssert.JsonAsync<ActivityView>(await me.PostAsJsonAsync($"/api/v1/program/participants/{participantId}/plan/versions/{number}/activities",
            new { kind = "Education", title = "Part-time master's in metallurgy", version = read }), HttpStatusCode.Created);
        Assert.True(proposal.Proposed);

        // The manager edits with the version read before the proposal: someone saved first → 409, nothing written.
        var stale = await pm.PostAsJsonAsync($"/api/v1/program/participants/{participantId}/plan/versions/{number}/activities", new { kind = "Project", title = "Stale edit", version = read });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.PlanActivities.AnyAsync(a => a.Title == "Stale edit")));

        // Only a manager may accept; the participant cannot change agreed items.
        var key = proposal.Key;
        Assert.Equal(HttpStatusCode.Forbidden, (await me.PostAsync($"/api/v1/program/participants/{participantId}/plan/versions/{number}/items/{key}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await pm.PostAsync($"/api/v1/program/participants/{participantId}/plan/versions/{number}/items/{key}/accept", null)).StatusCode);
        var agreed = await me.PutAsJsonAsync($"/api/v1/program/participants/{participantId}/plan/versions/{number}/activities/{key}", new { kind = "Education", title = "Full-time instead", reason = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, agreed.StatusCode);

        // A change needs a reason; removing records one too.
        var noReason = await pm.PutAsJsonAsync($"/api/v1/program/participants/{participantId}/plan/versions/{number}/activities/{key}", new { kind = "Education", title = "Master's, evening classes" });
        Assert.Contains("Give the reason for this change; it is shown when versions are compared.", await ApiAssert.FieldErrorsAsync(noReason, "Reason"));
        Assert.Equal(HttpStatusCode.NoContent, (await pm.DeleteAsync($"/api/v1/program/participants/{participantId}/plan/versions/{number}/items/{key}?reason=Postponed+to+next+year")).StatusCode);
        var changes = (await pm.GetJsonAsync<PlanView>($"/api/v1/program/participants/{participantId}/plan")).Changes;
        Assert.Contains(changes, c => c.Kind == PlanChangeKind.Removed && c.Reason == "Postponed to next year");
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "PlanActivity" && a.Action == TalentChain.Platform.Audit.AuditAction.Delete)));
    }

    [Fact]
    public async Task Permissions_ParticipantMentorAndManagerSeeTheirOwn_OthersAreRefused()
    {
        var demoParticipant = await AccountEmployeeAsync("participant");
        var (own, other) = await app.WithDbAsync(async db =>
        {
            var own = await db.Participants.Where(p => p.EmployeeId == demoParticipant).Select(p => p.Id).SingleAsync();
            var other = await db.Participants.Where(p => p.EmployeeId != demoParticipant && !p.Mentors.Any(m => m.MentorEmployeeId == db.Users.Where(u => u.Email == "mentor" + DemoSeeder.EmailDomain).Select(u => u.EmployeeId).First())
                && p.Employee!.ManagerId != db.Users.Where(u => u.Email == "manager" + DemoSeeder.EmailDomain).Select(u => u.EmployeeId).First()).Select(p => p.Id).FirstAsync();
            return (own, other);
        });
        foreach (var login in new[] { "participant", "mentor", "manager", "pm" })
        {
            var api = await app.ApiClientAsync(login);
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/program/participants/{own}/plan")).StatusCode);
            Assert.Equal(login == "pm" ? HttpStatusCode.OK : HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/program/participants/{other}")).StatusCode);
        }
        var participant = await app.ApiClientAsync("participant");
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsJsonAsync($"/api/v1/program/participants/{own}/mentors", new { mentorEmployeeId = 1, role = "Peer" })).StatusCode);
        var board = await participant.GetJsonAsync<CohortBoard>($"/api/v1/program/cohorts/{await CohortAsync(newest: false)}/board");
        Assert.All(board.Rows, r => Assert.Equal(demoParticipant, r.EmployeeId));
    }

    [Fact]
    public async Task DemoAccounts_FitTogether_AndSomeReviewsAreOverdue()
    {
        var (participant, mentor, manager) = (await AccountEmployeeAsync("participant"), await AccountEmployeeAsync("mentor"), await AccountEmployeeAsync("manager"));
        var p = await app.WithDbAsync(db => db.Participants.Include(x => x.Employee).Include(x => x.Mentors).SingleAsync(x => x.EmployeeId == participant));
        Assert.Equal(ParticipantStatus.Selected, p.Status);
        Assert.Equal(manager, p.Employee!.ManagerId);
        Assert.Contains(p.Mentors, m => m.MentorEmployeeId == mentor && m.Role == MentorRole.Technical && m.To == null);
        Assert.True(await app.WithDbAsync(db => db.PlanVersions.CountAsync(v => v.Plan!.ParticipantId == p.Id)) >= 2);

        var pm = await app.ApiClientAsync("pm");
        var overdue = await pm.GetJsonAsync<List<ReviewListRow>>("/api/v1/program/reviews?overdue=true");
        Assert.All(overdue, r => Assert.True(r.Overdue));
        var cohorts = await app.WithDbAsync(db => db.Cohorts.CountAsync(c => c.ProgramId == db.Set<DevelopmentProgram>().Min(p => p.Id)));
        Assert.Equal(2, cohorts);
        Assert.True(await app.WithDbAsync(db => db.Courses.AnyAsync(c => c.NameZh != null && c.Layer!.Code == "FRONTIER")));

        // Completed demo reviews show what they raised, with evidence; no version of the demo participant's plan repeats one activity title.
        Assert.True(await app.WithDbAsync(db => db.ReviewSkillUpdates.AnyAsync(u => u.Evidence != "" && db.Set<Review>().Any(r => r.Id == u.ReviewId && r.CompletedOn != null))));
        var titles = await app.WithDbAsync(db => db.PlanActivities.Where(a => db.Set<PlanVersion>().Any(v => v.Id == a.PlanVersionId && v.Plan!.ParticipantId == p.Id)).Select(a => new { a.PlanVersionId, a.Title }).ToListAsync());
        Assert.DoesNotContain(titles.GroupBy(a => a), g => g.Count() > 1);
    }

    [Fact]
    public async Task Enrollment_FullSessionOrDuplicate_WaitlistsOrRefuses()
    {
        var pm = await app.ApiClientAsync("pm");
        var starts = DateTimeOffset.UtcNow.AddDays(20);
        var session = await ApiAssert.JsonAsync<SessionView>(await pm.PostAsJsonAsync("/api/v1/training/sessions",
            new { courseCode = "FRT-210", startsAt = starts, endsAt = starts.AddHours(6), place = "Room 305", capacity = 1, externalLecturer = "Prof. Zhang Wei" }), HttpStatusCode.Created);
        var sessionId = session.Id;
        var people = await app.WithDbAsync(db => db.Employees.Where(e => e.Status == TalentChain.Modules.People.Contracts.EmployeeStatus.Active).OrderBy(e => e.Id).Select(e => e.Id).Take(3).ToListAsync());

        var first = await ApiAssert.JsonAsync<EnrollResult>(await pm.PostAsJsonAsync($"/api/v1/training/sessions/{sessionId}/enrollments", new { employeeId = people[0] }), HttpStatusCode.Created);
        var refused = await pm.PostAsJsonAsync($"/api/v1/training/sessions/{sessionId}/enrollments", new { employeeId = people[1], joinWaitlist = false });
        Assert.Contains("The session is full (1 places); the enrollment was refused (no waitlist was asked for).", await ApiAssert.FieldErrorsAsync(refused, "capacity"));
        var waiting = await ApiAssert.JsonAsync<EnrollResult>(await pm.PostAsJsonAsync($"/api/v1/training/sessions/{sessionId}/enrollments", new { employeeId = people[1] }), HttpStatusCode.Created);
        Assert.Equal(EnrollmentStatus.Waitlisted, waiting.Enrollment.Status);
        Assert.Equal("The session is full: you are number 1 on the waitlist and move up automatically when a place frees.", waiting.Message);
        var duplicate = await pm.PostAsJsonAsync($"/api/v1/training/sessions/{sessionId}/enrollments", new { employeeId = people[0] });
        Assert.Contains("This person is already on the session (Enrolled).", await ApiAssert.FieldErrorsAsync(duplicate, "EmployeeId"));

        var promoted = await ApiAssert.JsonAsync<EnrollmentView>(await pm.DeleteAsync($"/api/v1/training/sessions/{sessionId}/enrollments/{first.Enrollment.Id}"), HttpStatusCode.OK);
        Assert.Equal(people[1], promoted.EmployeeId);
        Assert.Equal(EnrollmentStatus.Enrolled, promoted.Status);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.EmployeeId == people[1] && n.Subject == "A place freed up: you are enrolled in FRT-210")));

        var past = await pm.PostAsJsonAsync("/api/v1/training/sessions",
            new { courseCode = "FRT-210", startsAt = DateTimeOffset.UtcNow.AddDays(-1), endsAt = DateTimeOffset.UtcNow.AddDays(-1).AddHours(2), place = "Room 305", capacity = 10, externalLecturer = "Prof. Zhang Wei" });
        Assert.Contains("A session cannot be scheduled in the past.", await ApiAssert.FieldErrorsAsync(past, "StartsAt"));
        var pastZh = await pm.PostAsJsonAsync("/api/v1/training/sessions?culture=zh-CN",
            new { courseCode = "FRT-210", startsAt = DateTimeOffset.UtcNow.AddDays(-1), endsAt = DateTimeOffset.UtcNow.AddDays(-1).AddHours(2), place = "Room 305", capacity = 10, externalLecturer = "Prof. Zhang Wei" });
        Assert.Contains("不能安排过去时间的课程。", await ApiAssert.FieldErrorsAsync(pastZh, "StartsAt"));
    }

    [Fact]
    public async Task Lecturer_ByNameOrNumber_ResolvesOrRefusesUnknown()
    {
        var pm = await app.ApiClientAsync("pm");
        var expert = await app.WithDbAsync(db => db.Employees.Where(e => e.Status == TalentChain.Modules.People.Contracts.EmployeeStatus.Active && e.ChineseName != null)
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.EmployeeNumber, e.GivenName, e.FamilyName, e.ChineseName }).FirstAsync());

        // Suggestions: by part of the number, by name (either language); each label names the number and the person.
        var byNumber = await pm.GetJsonAsync<List<LecturerChoice>>($"/api/v1/training/lecturers?q={expert.EmployeeNumber[..^1]}");
        Assert.Contains(byNumber, c => c.EmployeeId == expert.Id);
        var byName = await pm.GetJsonAsync<List<LecturerChoice>>($"/api/v1/training/lecturers?q={Uri.EscapeDataString(expert.ChineseName!)}");
        var label = byName.Single(c => c.EmployeeId == expert.Id).Label;
        Assert.StartsWith(expert.EmployeeNumber + " · " + expert.GivenName + " " + expert.FamilyName, label, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync("participant")).GetAsync("/api/v1/training/lecturers?q=wang")).StatusCode);

        // The picked label and a typed full name both resolve to the person.
        var starts = DateTimeOffset.UtcNow.AddDays(30);
        var byLabel = await ApiAssert.JsonAsync<SessionView>(await pm.PostAsJsonAsync("/api/v1/training/sessions",
            new { courseCode = "CORE-110", startsAt = starts, endsAt = starts.AddHours(3), place = "Room 12", capacity = 8, lecturer = label }), HttpStatusCode.Created);
        Assert.Equal(expert.Id, byLabel.LecturerEmployeeId);
        Assert.False(byLabel.External);
        var byTypedName = await ApiAssert.JsonAsync<SessionView>(await pm.PostAsJsonAsync("/api/v1/training/sessions",
            new { courseCode = "CORE-110", startsAt = starts, endsAt = starts.AddHours(3), place = "Room 13", capacity = 8, lecturer = $"{expert.GivenName} {expert.FamilyName}".ToUpperInvariant() }), HttpStatusCode.Created);
        Assert.Equal(expert.Id, byTypedName.LecturerEmployeeId);

        // Nobody of that name: 422 on the lecturer field, in either language, and no session written.
        var before = await app.WithDbAsync(db => db.TrainingSessions.CountAsync());
        var unknown = await pm.PostAsJsonAsync("/api/v1/training/sessions",
            new { courseCode = "CORE-110", startsAt = starts, endsAt = starts.AddHours(3), place = "Room 14", capacity = 8, lecturer = "Nobody Atall" });
        Assert.Contains("No active employee matches “Nobody Atall”. Type part of a name or an employee number and pick one of the suggestions.", await ApiAssert.FieldErrorsAsync(unknown, "Lecturer"));
        var unknownZh = await pm.PostAsJsonAsync("/api/v1/training/sessions?culture=zh-CN",
            new { courseCode = "CORE-110", startsAt = starts, endsAt = starts.AddHours(3), place = "Room 14", capacity = 8, lecturer = "E999999" });
        Assert.Contains("没有与“E999999”匹配的在职员工。请输入姓名或工号的一部分，并从提示中选择。", await ApiAssert.FieldErrorsAsync(unknownZh, "Lecturer"));
        var both = await pm.PostAsJsonAsync("/api/v1/training/sessions",
            new { courseCode = "CORE-110", startsAt = starts, endsAt = starts.AddHours(3), place = "Room 14", capacity = 8, lecturer = label, externalLecturer = "Prof. Li Na" });
        Assert.Contains("Name either an internal or an external lecturer, not both.", await ApiAssert.FieldErrorsAsync(both, "ExternalLecturer"));
        Assert.Equal(before, await app.WithDbAsync(db => db.TrainingSessions.CountAsync()));
    }

    [Fact]
    public async Task Review_RescheduleBeforeStart_IsRefusedAndRemindsOnce()
    {
        var pm = await app.ApiClientAsync("pm");
        var demoParticipant = await AccountEmployeeAsync("participant");
        var review = await app.WithDbAsync(db => db.Reviews.Where(r => r.CompletedOn == null && r.Participant!.EmployeeId == demoParticipant).Select(r => new { r.Id, r.Participant!.StartDate }).SingleAsync());

        var early = await pm.PostAsJsonAsync($"/api/v1/program/reviews/{review.Id}/reschedule", new { dueDate = review.StartDate!.Value.AddDays(-1) });
        Assert.Contains($"The date cannot be before the participant's start ({review.StartDate:yyyy-MM-dd}).", await ApiAssert.FieldErrorsAsync(early, "DueDate"));

        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        Assert.Equal(HttpStatusCode.NoContent, (await pm.PostAsJsonAsync($"/api/v1/program/reviews/{review.Id}/reschedule", new { dueDate = due })).StatusCode);
        for (var run = 0; run < 2; run++)
        {
            using var scope = app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ReviewReminderTask>().RunAsync(default);
        }
        var manager = await AccountEmployeeAsync("manager");
        var notes = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.DedupKey!.StartsWith($"review:{review.Id}:")).ToListAsync());
        Assert.Single(notes, n => n.EmployeeId == demoParticipant);
        Assert.Single(notes, n => n.EmployeeId == manager);
        Assert.Contains(notes, n => n.Subject.Contains($"is due on {due:yyyy-MM-dd}", StringComparison.Ordinal));

        var participant = await app.ApiClientAsync("participant");
        var feed = await participant.GetJsonAsync<CalendarFeedView>("/api/v1/me/calendar");
        var path = new Uri(feed.Url).AbsolutePath;
        var anonymous = app.CreateClient();
        var ics = await anonymous.GetAsync(path);
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType!.MediaType);
        var text = await ics.Content.ReadAsStringAsync();
        Assert.Contains($"UID:review-{review.Id}@talentchain\r\n", text, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;VALUE=DATE:{due:yyyyMMdd}", text, StringComparison.Ordinal);

        await ApiAssert.JsonAsync<CalendarFeedView>(await participant.PostAsync("/api/v1/me/calendar/regenerate", null), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Dashboard_CountsTheCohort_AndExportsCsv()
    {
        var pm = await app.ApiClientAsync("pm");
        var cohort = await CohortAsync(newest: false);
        var d = await pm.GetJsonAsync<CohortDashboard>($"/api/v1/program/cohorts/{cohort}/dashboard");
        var rows = d.Rows.Count;
        Assert.True(rows > 0);
        Assert.Equal(rows, d.StageDistribution.Sum(s => s.Value));
        Assert.True(d.HoursByLayer.Count > 0);
        var csv = await pm.GetAsync($"/api/v1/program/cohorts/{cohort}/dashboard/export?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Employee no.,Name,Stage,Gate met", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(rows + 1, lines.Length);
        var xlsx = await pm.GetAsync($"/api/v1/program/cohorts/{cohort}/dashboard/export?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var rowsInSheet = TalentChain.Platform.Spreadsheets.Xlsx.ReadRows(await xlsx.Content.ReadAsStreamAsync()).ToList();
        Assert.Equal(rows + 1, rowsInSheet.Count);
        var participant = await app.ApiClientAsync("participant");
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.GetAsync($"/api/v1/program/cohorts/{cohort}/dashboard")).StatusCode);
        var bad = await pm.GetAsync($"/api/v1/program/cohorts/{cohort}/dashboard/export?format=pdf");
        Assert.Contains("The format must be csv or xlsx.", await ApiAssert.FieldErrorsAsync(bad, "format"));
    }

    [Fact]
    public async Task ProgramManager_OtherProgram_IsRefused()
    {
        var admin = await app.ApiClientAsync("admin");
        var someoneElse = await app.WithDbAsync(db => db.Employees.Where(e => e.Status == TalentChain.Modules.People.Contracts.EmployeeStatus.Active).OrderByDescending(e => e.Id).Select(e => e.Id).FirstAsync());
        var created = await ApiAssert.JsonAsync<ProgramView>(await admin.PostAsJsonAsync("/api/v1/program/programs",
            new { name = "Magnet engineers fast track", nameZh = "磁材工程师快速培养", managerEmployeeIds = new[] { someoneElse }, onboardingStages = 1, rotationStages = 2, reviewIntervalMonths = 4 }), HttpStatusCode.Created);
        Assert.Equal("1+2+N", created.TemplateLabel);
        var id = created.Id;

        var pm = await app.ApiClientAsync("pm");
        Assert.Equal(HttpStatusCode.Forbidden, (await pm.PutAsJsonAsync($"/api/v1/program/programs/{id}", new { name = "Renamed" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pm.PostAsJsonAsync($"/api/v1/program/programs/{id}/cohorts", new { intakeYear = 2027, startDate = "2027-01-01" })).StatusCode);
        Assert.Equal("Magnet engineers fast track", await app.WithDbAsync(db => db.DevelopmentPrograms.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
        var cohort = await ApiAssert.JsonAsync<CohortSummary>(await admin.PostAsJsonAsync($"/api/v1/program/programs/{id}/cohorts", new { intakeYear = 2027, startDate = "2027-01-01" }), HttpStatusCode.Created);

        // Its dashboard is not theirs either (API, export and page); executives and administrators see every cohort.
        var cohortId = cohort.Id;
        Assert.Equal(HttpStatusCode.Forbidden, (await pm.GetAsync($"/api/v1/program/cohorts/{cohortId}/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pm.GetAsync($"/api/v1/program/cohorts/{cohortId}/dashboard/export?format=csv")).StatusCode);
        var pmBrowser = await app.SignInAsync("pm");
        var page = await pmBrowser.GetAsync($"/program/cohorts/{cohortId}/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/denied", page.Headers.Location!.AbsolutePath);
        var exec = await app.ApiClientAsync("exec");
        Assert.Equal(HttpStatusCode.OK, (await exec.GetAsync($"/api/v1/program/cohorts/{cohortId}/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/program/cohorts/{cohortId}/dashboard")).StatusCode);

        var twice = await admin.PostAsJsonAsync($"/api/v1/program/programs/{id}/cohorts", new { intakeYear = 2027, startDate = "2027-02-01" });
        Assert.Contains("The program already has a cohort for 2027.", await ApiAssert.FieldErrorsAsync(twice, "IntakeYear"));
    }

    [Fact]
    public async Task ProgramParticipation_ForParticipant_ReturnsPlanLocation()
    {
        var demoParticipant = await AccountEmployeeAsync("participant");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChain.Platform.Data.TalentChainDbContext>();
        var info = await ProgramParticipation.CurrentAsync(db, demoParticipant);
        Assert.NotNull(info);
        Assert.Equal($"/program/participants/{info.ParticipantId}/plan", info.PlanUrl);
        Assert.Null(await ProgramParticipation.CurrentAsync(db, await AccountEmployeeAsync("exec")));
    }
}

public sealed class ProgramApiTestsSqlite(TalentChainFactory app) : ProgramApiTests(app), IClassFixture<TalentChainFactory>;

public sealed class ProgramApiTestsPostgres(PostgresFactory app) : ProgramApiTests(app), IClassFixture<PostgresFactory>;
