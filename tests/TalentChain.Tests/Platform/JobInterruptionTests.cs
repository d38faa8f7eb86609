using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.TalentProgram;
using TalentChain.Modules.Mentoring;
using TalentChain.Modules.Mentoring.Features.SolveRound;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Platform.Jobs;
using TalentChain.Tests.Infrastructure;
using TalentChain.Tests.Modules.Mentoring;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Tests.Platform;

/// <summary>Jobs whose node went away without a word (crash, kill -9, power): interrupted, never running for ever, never re-run by themselves.</summary>
public class JobInterruptionTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    private async Task<Guid> RunningJobAsync(string kind, string? subject, DateTimeOffset heartbeat)
    {
        var id = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            db.BackgroundJobs.Add(new BackgroundJob
            {
                Id = id, Kind = kind, Title = "Orphan", CreatedBy = "pm@talentchain.demo", CreatedAt = heartbeat.AddMinutes(-1), StartedAt = heartbeat,
                Status = JobStatus.Running, Cancellable = true, Policy = ProgramPolicies.Manage, Subject = subject, HeartbeatAt = heartbeat,
                RunningOn = "gone-node", ArgumentsJson = "{}",
            });
            return await db.SaveChangesAsync();
        });
        return id;
    }

    [Fact]
    public async Task Sweep_SolveLostItsNode_RecordsInterruptedAndAllowsRerun()
    {
        var pm = await app.ApiClientAsync("pm");
        var roundId = await MentoringSteps.OpenRoundAsync(app);
        var orphan = await RunningJobAsync(SolveRoundHandler.JobKind, SolveRoundHandler.Subject(roundId), DateTimeOffset.UtcNow.AddMinutes(-5));

        // Its heartbeat stopped five minutes ago: not "already under way".
        var started = await ApiAssert.JsonAsync<SolveStartedDto>(await pm.PostAsync($"/api/v1/program/mentoring/rounds/{roundId}/solve", null), HttpStatusCode.Accepted);
        Assert.Equal("Succeeded", (await MentoringSteps.WaitForJobAsync(pm, started.JobId)).Status);

        Assert.True(await app.Services.GetRequiredService<PeriodicTasks>().RunAsync("jobs.interrupted-sweep"));
        var row = await app.WithDbAsync(db => db.BackgroundJobs.AsNoTracking().SingleAsync(j => j.Id == orphan));
        Assert.Equal(JobStatus.Interrupted, row.Status);
        Assert.NotNull(row.FinishedAt);
        var job = await pm.GetJsonAsync<JobView>($"/api/v1/jobs/{orphan}");
        Assert.Equal("Interrupted", job.Status);
        Assert.Contains("stopped responding", job.Error, StringComparison.Ordinal);
        Assert.Equal("gone-node", job.RunningOn);
        Assert.True(await app.WithDbAsync(db => db.PeriodicTaskRuns.AnyAsync(r => r.Name == "jobs.interrupted-sweep" && r.Succeeded && r.FinishedAt != null)));
    }

    [Fact]
    public async Task Sweep_JobStillBeating_IsLeftAlone()
    {
        var alive = await RunningJobAsync(TestJobs.Wait, null, DateTimeOffset.UtcNow);
        await app.Services.GetRequiredService<JobRunner>().InterruptStaleAsync();
        Assert.Equal(JobStatus.Running, await app.WithDbAsync(db => db.BackgroundJobs.Where(j => j.Id == alive).Select(j => j.Status).SingleAsync()));
        await app.WithDbAsync(db => db.BackgroundJobs.Where(j => j.Id == alive).ExecuteDeleteAsync());
    }

    [Fact]
    public async Task RecoveredJob_FromDeadNode_IsInterruptedNotRerun()
    {
        var id = await RunningJobAsync(TestJobs.Wait, null, DateTimeOffset.UtcNow);

        await app.Services.GetRequiredService<JobRunner>().RunQueuedAsync(id, recovering: true, CancellationToken.None);

        Assert.False(TestJobs.Started.ContainsKey(id));
        var row = await app.WithDbAsync(db => db.BackgroundJobs.AsNoTracking().SingleAsync(j => j.Id == id));
        Assert.Equal(JobStatus.Interrupted, row.Status);
        Assert.Equal(JobRunner.NodeLost, row.Error);
    }
}
