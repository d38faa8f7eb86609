using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Optimization;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Jobs;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

/// <summary>Watchable, cancellable background jobs (solver runs): live progress, cancel from the API or another node, interruption.</summary>
public class JobStatusTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    private sealed record JobDto(Guid Id, string Status, string PhaseText, bool Finished, bool Interrupted, long? BestCount, long? BestScore, long? BoundCount, long? BoundScore, double? Gap);

    /// <summary>A job that reports solver progress, then waits to be cancelled; it records whether it "published".</summary>
    private async Task<(Guid Id, TaskCompletionSource<bool> Published)> StartWaitingJobAsync()
    {
        var runner = app.Services.GetRequiredService<JobRunner>();
        using var actor = HttpCurrentUser.ActAs("admin@talentchain.demo");
        var id = await runner.EnqueueAsync(TestJobs.Wait, "Test solve", new JobOptions("test:" + Guid.NewGuid(), Policies.Administer, Cancellable: true), "{}");
        return (id, TestJobs.OutcomeOf(id));
    }

    private static async Task<JobDto> WaitForAsync(HttpClient api, Guid id, Func<JobDto, bool> until)
    {
        for (var i = 0; i < 200; i++)
        {
            var job = (await api.GetFromJsonAsync<JobDto>($"/api/v1/jobs/{id}"))!;
            if (until(job)) return job;
            await Task.Delay(50);
        }
        throw new TimeoutException($"job {id} never reached the expected state");
    }

    [Fact]
    public async Task SolverJob_RunningThenCancelled_ShowsBestAndBoundKeepsNothing()
    {
        var api = await app.ApiClientAsync("admin");
        var (id, published) = await StartWaitingJobAsync();

        var running = await WaitForAsync(api, id, j => j.BestCount is not null);
        Assert.Equal("Running", running.Status);
        Assert.Equal((7L, 120L, 8L, 130L), (running.BestCount!.Value, running.BestScore!.Value, running.BoundCount!.Value, running.BoundScore!.Value));
        Assert.Equal(0.125, running.Gap!.Value, 6);
        Assert.Contains("relaxation", running.PhaseText, StringComparison.Ordinal);

        var cancel = await api.PostAsync($"/api/v1/jobs/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var done = await WaitForAsync(api, id, j => j.Finished);
        Assert.Equal("Cancelled", done.Status);
        Assert.False(await published.Task);

        var again = await api.PostAsync($"/api/v1/jobs/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("already finished", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_RequestedOnAnotherNode_StopsJobWithinHeartbeat()
    {
        var api = await app.ApiClientAsync("admin");
        var (id, published) = await StartWaitingJobAsync();
        await WaitForAsync(api, id, j => j.Status == "Running");

        // Another node only sees the database: it sets the flag, this node's heartbeat picks it up.
        await app.WithDbAsync(db => db.BackgroundJobs.Where(j => j.Id == id).ExecuteUpdateAsync(j => j.SetProperty(x => x.CancelRequested, true)));

        Assert.Equal("Cancelled", (await WaitForAsync(api, id, j => j.Finished)).Status);
        Assert.False(await published.Task);
    }

    [Fact]
    public async Task JobStatus_UserOutsidePolicy_IsNotShown()
    {
        var (id, _) = await StartWaitingJobAsync();
        var participant = await app.ApiClientAsync("participant");
        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync($"/api/v1/jobs/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await participant.PostAsync($"/api/v1/jobs/{id}/cancel", null)).StatusCode);
        var admin = await app.ApiClientAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/jobs/{id}/cancel", null)).StatusCode);
    }

    [Fact]
    public async Task JobStatus_NodeStoppedBeating_ShowsInterrupted()
    {
        var id = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            db.BackgroundJobs.Add(new BackgroundJob
            {
                Id = id, Kind = "test.solver", Title = "Orphan", CreatedBy = "admin@talentchain.demo", CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-10),
                Status = JobStatus.Running, Cancellable = true, Policy = Policies.Administer, HeartbeatAt = DateTimeOffset.UtcNow.AddMinutes(-5),
            });
            return await db.SaveChangesAsync();
        });
        var admin = await app.ApiClientAsync("admin");
        var job = (await admin.GetFromJsonAsync<JobDto>($"/api/v1/jobs/{id}"))!;
        Assert.True(job.Interrupted);
        Assert.True(job.Finished);
        Assert.Equal("Interrupted", job.Status);

        var browser = await app.SignInAsync("admin");
        var page = await browser.GetHtmlAsync($"/jobs/{id}");
        Assert.Contains("stopped before it finished", page.QuerySelector("#job-progress")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#job-cancel"));
    }
}
