using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram;
using TalentChain.Optimization;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Jobs;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.TalentProgram.Mentoring;

/// <summary>Shared steps of the mentoring API tests: the demo's open round, solving it as a job and waiting for the outcome.</summary>
internal static class MentoringSteps
{
    public static Task<int> OpenRoundAsync(TalentChainFactory app) =>
        app.WithDbAsync(db => db.MentoringRounds.Where(r => r.Status == MentoringRoundStatus.Open).Select(r => r.Id).FirstAsync());

    public static async Task<JsonElement> WaitForJobAsync(HttpClient api, Guid id)
    {
        for (var i = 0; i < 600; i++)
        {
            var job = await ApiAssert.JsonAsync(await api.GetAsync($"/api/v1/jobs/{id}"), HttpStatusCode.OK);
            if (job.GetProperty("finished").GetBoolean()) return job;
            await Task.Delay(50);
        }
        throw new TimeoutException($"job {id} did not finish");
    }

    public static async Task<JsonElement> SolveAsync(HttpClient api, int roundId)
    {
        var started = await ApiAssert.JsonAsync(await api.PostAsync($"/api/v1/program/mentoring/rounds/{roundId}/solve", null), HttpStatusCode.Accepted);
        var job = await WaitForJobAsync(api, started.GetProperty("jobId").GetGuid());
        Assert.True(job.GetProperty("status").GetString() == "Succeeded", job.ToString());
        return await ApiAssert.JsonAsync(await api.GetAsync($"/api/v1/program/mentoring/rounds/{roundId}"), HttpStatusCode.OK);
    }

    public static (int Participant, int Mentor, string Role) Triple(JsonElement row) =>
        (row.GetProperty("participantId").GetInt32(), row.GetProperty("mentorEmployeeId").GetInt32(), row.GetProperty("role").GetString()!);
}

/// <summary>A round end to end through the API: solve as a job, proposal with breakdowns, pin/forbid, re-solve, publish.</summary>
public abstract class MentoringApiTests(TalentChainFactory app)
{
    [Fact]
    public async Task Lifecycle_SolvePinForbidResolvePublish_CreatesAssignmentsNotificationsAndAWaitlistWithReasons()
    {
        var pm = await app.ApiClientAsync("pm");
        var scenario = await MentoringScenario.CreateAsync(app, pm);
        var roundId = scenario.RoundId;
        // Nobody can be a peer mentor under these rules: every peer slot must end on the waitlist, with the reason.
        await scenario.NoPeersAsync(pm);

        var before = await ApiAssert.JsonAsync(await pm.GetAsync($"/api/v1/program/mentoring/rounds/{roundId}"), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("proposal").ValueKind);
        Assert.NotEmpty(before.GetProperty("participants").EnumerateArray());

        var first = await MentoringSteps.SolveAsync(pm, roundId);
        var proposal = first.GetProperty("proposal");
        var rows = proposal.GetProperty("rows").EnumerateArray().ToList();
        Assert.True(rows.Count >= 2, first.ToString());
        Assert.Equal(rows.Count, proposal.GetProperty("filledSlots").GetInt32());
        Assert.DoesNotContain(rows, r => r.GetProperty("role").GetString() == "Peer");
        foreach (var row in rows)
        {
            var parts = row.GetProperty("breakdown").EnumerateArray().ToList();
            Assert.Equal(["Skill", "Segment", "Site", "Rating", "Preference"], parts.Select(p => p.GetProperty("criterion").GetString()));
            Assert.Equal(row.GetProperty("score").GetInt32(), parts.Sum(p => p.GetProperty("points").GetInt32()));
        }
        Assert.True(proposal.GetProperty("boundSlots").GetInt64() >= proposal.GetProperty("filledSlots").GetInt64());

        // Forbid one proposed pair, pin another (of a different participant); solve again.
        var forbidden = MentoringSteps.Triple(rows[0]);
        var pinned = rows.Select(MentoringSteps.Triple).First(t => t.Participant != forbidden.Participant && t.Mentor != forbidden.Mentor);
        await ApiAssert.JsonAsync(await pm.PostAsJsonAsync($"/api/v1/program/mentoring/rounds/{roundId}/pairs",
            new { participantId = forbidden.Participant, mentorEmployeeId = forbidden.Mentor, role = forbidden.Role, kind = "Forbid" }), HttpStatusCode.OK);
        await ApiAssert.JsonAsync(await pm.PostAsJsonAsync($"/api/v1/program/mentoring/rounds/{roundId}/pairs",
            new { participantId = pinned.Participant, mentorEmployeeId = pinned.Mentor, role = pinned.Role, kind = "Pin" }), HttpStatusCode.OK);
        // The old proposal still has the forbidden pair: it cannot be published until the round is solved again.
        var stale = await pm.PostAsync($"/api/v1/program/mentoring/rounds/{roundId}/publish", null);
        Assert.StartsWith("The proposal no longer fits the round (assignments[", Assert.Single(await ApiAssert.FieldErrorsAsync(stale, "round")), StringComparison.Ordinal);
        var second = await MentoringSteps.SolveAsync(pm, roundId);
        var rows2 = second.GetProperty("proposal").GetProperty("rows").EnumerateArray().ToList();
        Assert.DoesNotContain(rows2, r => MentoringSteps.Triple(r) == forbidden);
        Assert.True(rows2.Single(r => MentoringSteps.Triple(r) == pinned).GetProperty("pinned").GetBoolean());
        var explained = await ApiAssert.JsonAsync(await pm.GetAsync($"/api/v1/program/mentoring/rounds/{roundId}/participants/{forbidden.Participant}/eligibility"), HttpStatusCode.OK);
        var verdict = explained.GetProperty("verdicts").EnumerateArray().Single(v => v.GetProperty("mentorEmployeeId").GetInt32() == forbidden.Mentor && v.GetProperty("role").GetString() == forbidden.Role);
        Assert.Contains("The program manager forbade this pair.", verdict.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

        // Before publishing, the proposal lists every slot it leaves open with the reason it will be waitlisted with.
        var openSlots = second.GetProperty("proposal").GetProperty("openSlots").GetInt32();
        var openList = second.GetProperty("proposal").GetProperty("open").EnumerateArray().ToList();
        Assert.Equal(openSlots, openList.Count);
        var openPeer = openList.First(o => o.GetProperty("role").GetString() == "Peer");
        Assert.Equal("NoEligibleVolunteer", openPeer.GetProperty("reason").GetString());
        Assert.Contains(openPeer.GetProperty("details").EnumerateArray(), d => d.GetString()!.StartsWith("tenure outside the band: ", StringComparison.Ordinal));

        // Publish: mentor assignments, notices to both sides, the open slots on the waitlist with the reason.
        var published = await ApiAssert.JsonAsync(await pm.PostAsync($"/api/v1/program/mentoring/rounds/{roundId}/publish?version={second.GetProperty("version").GetInt64()}", null), HttpStatusCode.OK);
        Assert.Equal(rows2.Count, published.GetProperty("assignments").GetInt32());
        var created = await app.WithDbAsync(db => db.MentorAssignments.Where(a => a.RoundId == roundId).Select(a => new { a.ParticipantId, a.MentorEmployeeId, a.Role }).ToListAsync());
        Assert.Equal(rows2.Count, created.Count);
        Assert.Contains(created, a => a.ParticipantId == pinned.Participant && a.MentorEmployeeId == pinned.Mentor && a.Role.ToString() == pinned.Role);
        var pinnedParticipantEmployee = await app.WithDbAsync(db => db.Participants.Where(p => p.Id == pinned.Participant).Select(p => p.EmployeeId).SingleAsync());
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.EmployeeId == pinnedParticipantEmployee && n.Kind == $"Notify.Mentor.{pinned.Role}.Subject")));
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.EmployeeId == pinned.Mentor && n.Kind == $"Notify.Mentee.{pinned.Role}.Subject")));

        var waitlist = await ApiAssert.JsonAsync(await pm.GetAsync($"/api/v1/program/mentoring/cohorts/{first.GetProperty("round").GetProperty("cohortId").GetInt32()}/waitlist"), HttpStatusCode.OK);
        var waiting = waitlist.EnumerateArray().ToList();
        Assert.True(waiting.Count >= openSlots && openSlots > 0, waitlist.ToString());
        static string Slot(JsonElement e) => $"{e.GetProperty("participantId").GetInt32()}/{e.GetProperty("role").GetString()}/{e.GetProperty("reason").GetString()}/{string.Join("|", e.GetProperty("details").EnumerateArray().Select(d => d.GetString()))}";
        Assert.Subset(waiting.Select(Slot).ToHashSet(), openList.Select(Slot).ToHashSet());
        var peer = waiting.First(w => w.GetProperty("role").GetString() == "Peer");
        Assert.Equal("NoEligibleVolunteer", peer.GetProperty("reason").GetString());
        Assert.Contains(peer.GetProperty("details").EnumerateArray(), d => d.GetString()!.StartsWith("tenure outside the band: ", StringComparison.Ordinal));

        var again = await pm.PostAsync($"/api/v1/program/mentoring/rounds/{roundId}/publish", null);
        Assert.Contains("The round has been published and can no longer change.", await ApiAssert.FieldErrorsAsync(again, "round"));
    }

    [Fact]
    public async Task Permissions_ParticipantCannotSolveOrPublish_MentorSeesOnlyTheirOwn_ExecutiveReads()
    {
        var roundId = await MentoringSteps.OpenRoundAsync(app);
        var participant = await app.ApiClientAsync("participant");
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsync($"/api/v1/program/mentoring/rounds/{roundId}/solve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsync($"/api/v1/program/mentoring/rounds/{roundId}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.GetAsync($"/api/v1/program/mentoring/rounds/{roundId}")).StatusCode);

        var mentor = await app.ApiClientAsync("mentor");
        var mine = await ApiAssert.JsonAsync(await mentor.GetAsync("/api/v1/program/mentoring/me"), HttpStatusCode.OK);
        var me = mine.GetProperty("employeeId").GetInt32();
        var asMentor = mine.GetProperty("asMentor").EnumerateArray().ToList();
        Assert.NotEmpty(asMentor);
        Assert.All(asMentor, r => Assert.Equal(me, r.GetProperty("mentorEmployeeId").GetInt32()));
        Assert.Contains(asMentor, r => r.GetProperty("role").GetString() == "Technical" && r.GetProperty("meetings").GetArrayLength() > 0);
        var someoneElses = await app.WithDbAsync(db => db.MentorAssignments.Where(a => a.MentorEmployeeId != me && a.Participant!.Employee!.Id != me).Select(a => a.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.GetAsync($"/api/v1/program/mentoring/relationships/{someoneElses}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.GetAsync($"/api/v1/program/mentoring/rounds/{roundId}")).StatusCode);

        var exec = await app.ApiClientAsync("exec");
        Assert.Equal(HttpStatusCode.OK, (await exec.GetAsync($"/api/v1/program/mentoring/rounds/{roundId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await exec.GetAsync($"/api/v1/program/mentoring/relationships/{someoneElses}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await exec.PostAsync($"/api/v1/program/mentoring/rounds/{roundId}/solve", null)).StatusCode);
    }
}

public sealed class MentoringApiTestsSqlite(TalentChainFactory app) : MentoringApiTests(app), IClassFixture<TalentChainFactory>;

public sealed class MentoringApiTestsPostgres(PostgresFactory app) : MentoringApiTests(app), IClassFixture<PostgresFactory>;
