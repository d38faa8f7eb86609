using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Labs;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Modules.Labs.Features.Grants;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Features.Training.Enrol;
using TalentChain.Modules.TalentProgram.Features.Training.RecordResults;
using TalentChain.Platform.Notifications;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Labs;

/// <summary>
/// The expiry boundary with a fake clock: a qualification is valid THROUGH its expiry date, the grant is suspended by the
/// daily task the day after, and a passing training result for a course that grants it reinstates the grant at once.
/// </summary>
public abstract class LabsLifecycleTests(LabsClockFactory app)
{
    private readonly LabsDriver _d = new(app);

    [Fact]
    public async Task Grant_QualificationExpires_ValidOnExpiryDaySuspendedTheDayAfterReinstatedByTrainingResult()
    {
        var today = app.Today;
        var (person, _, _) = await _d.FreshAsync();
        await _d.QualifyAsync(person, "LAB-INDUCT", today.AddDays(-10));
        await _d.QualifyAsync(person, "HAZCHEM-HF", today.AddDays(-100));
        var expiry = today.AddDays(1);
        var radiation = await _d.QualifyAsync(person, "RAD-SAFE", today.AddDays(-700), expiry);
        var request = await _d.RequestAsync(person, "RADCHEM", today, today.AddDays(150));
        Assert.Contains(request.Checks, c => c.Code == "RAD-SAFE" && c.ExpiresBeforeEnd && c.ValidUntil == expiry);
        var approved = await ApiAssert.JsonAsync<GrantView>(await _d.ApproveAsync("mentor", request.Id, null, today.AddDays(150)), HttpStatusCode.OK);
        Assert.Equal(GrantStatus.Active, approved.Status);

        async Task<GrantView> GrantAsync() => await (await _d.As("knowledge")).GetJsonAsync<GrantView>($"{LabsDriver.Api}/grants/{request.Id}");

        // The day before expiry and the expiry day itself: still valid, still active.
        await _d.RunDailyAsync();
        Assert.Equal(GrantStatus.Active, (await GrantAsync()).Status);
        app.Clock!.Advance(TimeSpan.FromDays(1));
        Assert.Equal(expiry, app.Today);
        await _d.RunDailyAsync();
        Assert.Equal(GrantStatus.Active, (await GrantAsync()).Status);

        // The day after: lapsed (expiresOn < today) — suspended, naming the qualification; audited; holder and lab manager told.
        app.Clock.Advance(TimeSpan.FromDays(1));
        await _d.RunDailyAsync();
        var suspended = await GrantAsync();
        Assert.Equal((GrantStatus.Suspended, app.Today), (suspended.Status, suspended.SuspendedOn!.Value));
        Assert.Equal("Radiation safety and protection", suspended.SuspendedFor);
        await _d.RunDailyAsync(); // idempotent
        var mentor = await _d.EmployeeOfAsync("mentor");
        var key = request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (audits, told) = await app.WithDbAsync(async db => (
            await db.AuditEntries.CountAsync(a => a.Entity == "LabAccessGrant" && a.EntityKey == key && a.Changes.Contains("Suspended") && a.Changes.Contains("RAD-SAFE")),
            await db.Set<Notification>().Where(n => n.Kind == "Notify.Suspended.Subject" && n.Link == $"/labs/requests/{request.Id}").Select(n => n.EmployeeId).ToListAsync()));
        Assert.Equal(1, audits);
        Assert.Contains(person, told);
        Assert.Contains(mentor, told);
        Assert.Equal(told.Count, told.Distinct().Count());

        // Renewal through a training result: enrol in the next CORE-140 session (a session that is over takes no one),
        // and when it has started, record a pass.
        var pm = await _d.As("pm");
        var now = app.Clock.GetUtcNow();
        var sessions = await app.WithDbAsync(db => db.TrainingSessionRefs.Where(s => s.Course!.Code == "CORE-140" && s.StartsAt > now).OrderBy(s => s.StartsAt).Select(s => new { s.Id, s.StartsAt }).ToListAsync());
        EnrollResult? enrolled = null;
        var session = 0;
        foreach (var candidate in sessions)
        {
            var response = await pm.PostAsJsonAsync($"/api/v1/training/sessions/{candidate.Id}/enrollments", new EnrollInput(person, JoinWaitlist: false), ApiJson.Options);
            if (response.StatusCode != HttpStatusCode.Created) continue;
            (enrolled, session) = (await ApiAssert.JsonAsync<EnrollResult>(response, HttpStatusCode.Created), candidate.Id);
            app.Clock.SetUtcNow(candidate.StartsAt.AddHours(1));
            _d.Forget();
            pm = await _d.As("pm");
            break;
        }
        Assert.NotNull(enrolled);
        var result = await pm.PutAsJsonAsync($"/api/v1/training/sessions/{session}/enrollments/{enrolled!.Enrollment.Id}/result", new ResultInput(true, 88, true), ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);

        var reinstated = await GrantAsync();
        Assert.Equal((GrantStatus.Active, app.Today), (reinstated.Status, reinstated.ReinstatedOn!.Value));
        var renewed = await app.WithDbAsync(db => db.QualificationRecords.Where(r => r.EmployeeId == person && r.CourseCode == "CORE-140").ToListAsync());
        var record = Assert.Single(renewed);
        Assert.Equal((QualificationSource.Training, app.Today, app.Today.AddMonths(24), session), (record.Source, record.GrantedOn, record.ExpiresOn, record.SessionId!.Value));
        Assert.NotEqual(radiation.Id, record.Id);
        // The daily catch-up does not grant it twice, and leaves the grant active.
        await _d.RunDailyAsync();
        Assert.Single(await app.WithDbAsync(db => db.QualificationRecords.Where(r => r.EmployeeId == person && r.CourseCode == "CORE-140").ToListAsync()));
        Assert.Equal(GrantStatus.Active, (await GrantAsync()).Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "LabAccessGrant" && a.EntityKey == key && a.Changes.Contains("Reinstated"))));
    }
}

public sealed class LabsLifecycleTestsSqlite(LabsClockFactory app) : LabsLifecycleTests(app), IClassFixture<LabsClockFactory>;

public sealed class LabsLifecycleTestsPostgres(LabsClockPostgresFactory app) : LabsLifecycleTests(app), IClassFixture<LabsClockPostgresFactory>;
