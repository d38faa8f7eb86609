using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.Mentoring;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram;
using TalentChain.Optimization;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Jobs;
using TalentChain.Tests.Infrastructure;

using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Tests.Modules.Mentoring;

/// <summary>round.json / result.json export and import (exact format, precise refusals, nothing changed on error) and cancelled runs.</summary>
public class MentoringInterchangeTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    private static StringContent Json(string s) => new(s, Encoding.UTF8, "application/json");

    private async Task<(string? Proposal, string? Imported, string Capacities)> StateAsync(int roundId) => await app.WithDbAsync(async db =>
    {
        var r = await db.MentoringRounds.AsNoTracking().SingleAsync(x => x.Id == roundId);
        var caps = string.Join(";", await db.MentoringVolunteers.Where(v => v.RoundId == roundId).OrderBy(v => v.Id).Select(v => $"{v.Technical},{v.Career},{v.Peer},{v.Total}").ToListAsync());
        return (r.ProposalJson, r.ImportedInstanceJson, caps);
    });

    [Fact]
    public async Task ExportedFiles_RoundTrip_AndUseEmployeeNumbersInTheExactFormat()
    {
        var pm = await app.ApiClientAsync("pm");
        var scenario = await MentoringScenario.CreateAsync(app, pm);
        await MentoringSteps.SolveAsync(pm, scenario.RoundId);

        var instance = await pm.GetAsync($"/api/v1/program/mentoring/rounds/{scenario.RoundId}/instance");
        Assert.Equal(HttpStatusCode.OK, instance.StatusCode);
        Assert.Equal("round.json", instance.Content.Headers.ContentDisposition!.FileNameStar ?? instance.Content.Headers.ContentDisposition.FileName);
        var instanceJson = await instance.Content.ReadAsStringAsync();
        // round.json and result.json are file formats: their property names and order are checked on the raw JSON.
        var doc = System.Text.Json.JsonDocument.Parse(instanceJson).RootElement;
        Assert.Equal(["mentors", "candidates"], doc.EnumerateObject().Select(p => p.Name));
        var firstMentor = doc.GetProperty("mentors")[0];
        Assert.Equal(["id", "capacity", "totalCapacity"], firstMentor.EnumerateObject().Select(p => p.Name));
        Assert.StartsWith("E", firstMentor.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(["participant", "mentor", "role", "score"], doc.GetProperty("candidates")[0].EnumerateObject().Select(p => p.Name));

        var result = await (await pm.GetAsync($"/api/v1/program/mentoring/rounds/{scenario.RoundId}/result")).Content.ReadAsStringAsync();
        var r = System.Text.Json.JsonDocument.Parse(result).RootElement;
        Assert.Equal(["assignments", "filledSlots", "totalScore", "bound", "optimal"], r.EnumerateObject().Select(p => p.Name));

        // Import the exported instance and the exported result: accepted, the result becomes the proposal again.
        Assert.Equal(HttpStatusCode.NoContent, (await pm.PutAsync($"/api/v1/program/mentoring/rounds/{scenario.RoundId}/instance", Json(instanceJson))).StatusCode);
        var (cleared, imported, _) = await StateAsync(scenario.RoundId);
        Assert.Null(cleared);
        Assert.NotNull(imported);
        Assert.Equal(HttpStatusCode.NoContent, (await pm.PutAsync($"/api/v1/program/mentoring/rounds/{scenario.RoundId}/result", Json(result))).StatusCode);
        var detail = await pm.GetJsonAsync<RoundDetailDto>($"/api/v1/program/mentoring/rounds/{scenario.RoundId}");
        Assert.True(detail.ImportedInstance);
        Assert.Equal("an imported result file", detail.Proposal!.Source);
        Assert.Equal(r.GetProperty("filledSlots").GetInt32(), detail.Proposal.Rows.Count);
    }

    [Fact]
    public async Task AnImportedRoundsOwnScores_AreShownAsSuch_NotAsTheProgramsCriteria()
    {
        var pm = await app.ApiClientAsync("pm");
        var scenario = await MentoringScenario.CreateAsync(app, pm);
        var exported = System.Text.Json.Nodes.JsonNode.Parse(await (await pm.GetAsync($"/api/v1/program/mentoring/rounds/{scenario.RoundId}/instance")).Content.ReadAsStringAsync())!;
        // Another tool scored the round its own way.
        foreach (var c in exported["candidates"]!.AsArray()) c!["score"] = c["score"]!.GetValue<int>() + 100;
        Assert.Equal(HttpStatusCode.NoContent, (await pm.PutAsync($"/api/v1/program/mentoring/rounds/{scenario.RoundId}/instance", Json(exported.ToJsonString()))).StatusCode);
        var solved = await MentoringSteps.SolveAsync(pm, scenario.RoundId);
        var rows = solved.Proposal!.Rows;
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            var part = Assert.Single(row.Breakdown);
            Assert.Equal("Imported", part.Criterion);
            Assert.Equal("Score from the imported round file", part.Label);
            Assert.Equal(row.Score, part.Points);
            Assert.True(row.Score >= 100);
        });
        // The eligibility explanation says the verdicts are the program's rules, not what the imported file holds.
        var explained = await pm.GetJsonAsync<EligibilityDto>($"/api/v1/program/mentoring/rounds/{scenario.RoundId}/participants/{scenario.ParticipantIds[0]}/eligibility");
        Assert.True(explained.ImportedInstance);
        var browser = await app.SignInAsync("pm");
        var page = await browser.GetHtmlAsync($"/program/mentoring/rounds/{scenario.RoundId}/participants/{scenario.ParticipantIds[0]}?culture=zh-CN");
        Assert.Contains("导入的实例文件", page.QuerySelector("#eligibility-imported")!.TextContent, StringComparison.Ordinal);
        // The round page lists the slots the proposal leaves open, each with its reason.
        var round = await browser.GetHtmlAsync($"/program/mentoring/rounds/{scenario.RoundId}");
        Assert.Equal(solved.Proposal.OpenSlots, round.QuerySelectorAll("#open-slots tr.open-slot").Length);
    }

    [Fact]
    public async Task BadFiles_AreRefusedWithTheOffendingEntryNamed_AndNothingChanges()
    {
        var pm = await app.ApiClientAsync("pm");
        var scenario = await MentoringScenario.CreateAsync(app, pm);
        await MentoringSteps.SolveAsync(pm, scenario.RoundId);
        var before = await StateAsync(scenario.RoundId);
        var numbers = await app.WithDbAsync(db => db.Employees.Where(e => scenario.VolunteerIds.Contains(e.Id)).OrderBy(e => e.Id).Select(e => e.EmployeeNumber).ToListAsync());
        var participant = await app.WithDbAsync(db => db.Participants.Where(p => p.Id == scenario.ParticipantIds[0]).Select(p => p.Employee!.EmployeeNumber).SingleAsync());
        var url = $"/api/v1/program/mentoring/rounds/{scenario.RoundId}";

        async Task<string> Refused(string path, string body)
        {
            var response = await pm.PutAsync(url + path, Json(body));
            return Assert.Single(await ApiAssert.FieldErrorsAsync(response, "file"));
        }

        Assert.StartsWith("line 1, position 16: invalid JSON", await Refused("/instance", "{ \"mentors\": [ "), StringComparison.Ordinal);
        Assert.Equal("mentors[0].id: \"E999999\" has not volunteered for this round (mentor ids are employee numbers of volunteers).",
            await Refused("/instance", "{\"mentors\":[{\"id\":\"E999999\",\"capacity\":{\"technical\":1,\"career\":0,\"peer\":0},\"totalCapacity\":1}],\"candidates\":[]}"));
        Assert.Equal("candidates[0].participant: \"E999998\" is not a participant of this round (participant ids are employee numbers).",
            await Refused("/instance", $"{{\"mentors\":[{{\"id\":\"{numbers[0]}\",\"capacity\":{{\"technical\":1,\"career\":0,\"peer\":0}},\"totalCapacity\":1}}],\"candidates\":[{{\"participant\":\"E999998\",\"mentor\":\"{numbers[0]}\",\"role\":\"technical\",\"score\":3}}]}}"));
        // The library codec names the entry (its wording is the codec's own).
        Assert.StartsWith("candidates[0].mentor: ",
            await Refused("/instance", $"{{\"mentors\":[],\"candidates\":[{{\"participant\":\"{participant}\",\"mentor\":\"E999997\",\"role\":\"technical\",\"score\":3}}]}}"), StringComparison.Ordinal);
        Assert.Contains("role", await Refused("/instance", $"{{\"mentors\":[{{\"id\":\"{numbers[0]}\",\"capacity\":{{\"technical\":1,\"career\":0,\"peer\":0}},\"totalCapacity\":1}}],\"candidates\":[{{\"participant\":\"{participant}\",\"mentor\":\"{numbers[0]}\",\"role\":\"coach\",\"score\":3}}]}}"), StringComparison.Ordinal);
        // A result that assigns a triple the round does not have.
        Assert.StartsWith("assignments[0]: (\"E999998\", ",
            await Refused("/result", $"{{\"assignments\":[{{\"participant\":\"E999998\",\"mentor\":\"{numbers[0]}\",\"role\":\"technical\"}}],\"filledSlots\":1,\"totalScore\":3,\"bound\":{{\"filledSlots\":1,\"totalScore\":3}},\"optimal\":true}}"), StringComparison.Ordinal);
        Assert.Equal("The file is empty.", await Refused("/result", " "));

        Assert.Equal(before, await StateAsync(scenario.RoundId));
    }

    [Fact]
    public async Task SolveRun_Cancelled_LeavesPreviousProposal()
    {
        var pm = await app.ApiClientAsync("pm");
        var scenario = await MentoringScenario.CreateAsync(app, pm);
        await MentoringSteps.SolveAsync(pm, scenario.RoundId);
        var before = await StateAsync(scenario.RoundId);
        Assert.NotNull(before.Proposal);

        // Hold the job queue with a job that waits to be cancelled, so the solve is still queued when we cancel it.
        var runner = app.Services.GetRequiredService<JobRunner>();
        Guid blocker;
        using (HttpCurrentUser.ActAs("admin@talentchain.demo"))
            blocker = await runner.EnqueueAsync(TestJobs.Wait, "Hold the queue", new JobOptions("test:" + Guid.NewGuid(), Policies.Administer, Cancellable: true), "{}");
        for (var i = 0; i < 400 && !TestJobs.Started.ContainsKey(blocker); i++) await Task.Delay(50);
        var started = await ApiAssert.JsonAsync<SolveStartedDto>(await pm.PostAsync($"/api/v1/program/mentoring/rounds/{scenario.RoundId}/solve", null), HttpStatusCode.Accepted);
        var jobId = started.JobId;
        Assert.Equal(HttpStatusCode.OK, (await pm.PostAsync($"/api/v1/jobs/{jobId}/cancel", null)).StatusCode);
        await runner.RequestCancelAsync(blocker);
        var job = await MentoringSteps.WaitForJobAsync(pm, jobId);
        Assert.Equal("Cancelled", job.Status);
        Assert.Equal(before, await StateAsync(scenario.RoundId));
        var detail = await pm.GetJsonAsync<JobView>($"/api/v1/program/mentoring/rounds/{scenario.RoundId}/job");
        Assert.Equal("Cancelled", detail.Status);
    }
}
