using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TalentChain.Modules.TalentProgram;
using TalentChain.Modules.People.Features.Import;
using TalentChain.Modules.Mentoring;
using TalentChain.Modules.Mentoring.Features.SolveRound;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Jobs;
using TalentChain.Tests.Infrastructure;
using TalentChain.Tests.Modules.Mentoring;
using static TalentChain.Tests.Modules.People.Import.ImportFiles;

using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Tests.Platform;

/// <summary>
/// Jobs across nodes on one PostgreSQL database (ADR 0034): the fixture queues jobs but runs none, worker nodes beside
/// it run them. A worker that shuts down mid-run (what SIGTERM does) leaves its job interrupted, never "running";
/// periodic tasks fire once per interval across the nodes.
/// </summary>
public class JobDurabilityTests(QueueOnlyPostgresFactory app) : IClassFixture<QueueOnlyPostgresFactory>
{
    private static async Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> until, string what)
    {
        for (var i = 0; i < 1200; i++)
        {
            var value = await read();
            if (until(value)) return value;
            await Task.Delay(50);
        }
        throw new TimeoutException("never reached: " + what);
    }


    [Fact]
    public async Task Solve_NodeShutsDownMidRun_IsInterruptedAndCanRerun()
    {
        var pm = await app.ApiClientAsync("pm");
        var roundId = await MentoringSteps.OpenRoundAsync(app);
        Guid id;
        using (var worker = new JobNodeFactory(app.Database, "node-stop"))
        {
            _ = worker.Services;
            using (HttpCurrentUser.ActAs("pm@talentchain.demo"))
                id = await app.Services.GetRequiredService<JobRunner>().EnqueueAsync(TestJobs.Wait, "Solve",
                    new JobOptions(SolveRoundHandler.Subject(roundId), ProgramPolicies.Manage, Cancellable: true), "{}");
            var running = await WaitAsync(() => pm.GetJsonAsync<JobView>($"/api/v1/jobs/{id}"), j => j.Status == "Running", "running");
            Assert.Equal("node-stop", running.RunningOn);
            var refused = await pm.PostAsync($"/api/v1/program/mentoring/rounds/{roundId}/solve", null);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        } // an ordinary host shutdown, as on SIGTERM during a rolling restart

        Assert.False(await TestJobs.OutcomeOf(id).Task.WaitAsync(TimeSpan.FromSeconds(30)));
        var job = await pm.GetJsonAsync<JobView>($"/api/v1/jobs/{id}");
        Assert.Equal("Interrupted", job.Status);
        Assert.True(job.Finished);
        Assert.True(job.Interrupted);
        Assert.Contains("shut down", job.Error, StringComparison.Ordinal);

        var browser = await app.SignInAsync("pm");
        var page = await browser.GetHtmlAsync($"/jobs/{id}?culture=zh-CN");
        Assert.Contains("被关闭", page.QuerySelector("#job-progress")!.TextContent, StringComparison.Ordinal);

        var again = await pm.PostAsync($"/api/v1/program/mentoring/rounds/{roundId}/solve", null);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
    }

    [Fact]
    public async Task Import_NodeShutsDownWhileWriting_IsInterruptedWritingNothing()
    {
        var admin = await app.ApiClientAsync("admin");
        var numbers = Enumerable.Range(0, 20).Select(i => "INT" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()).ToList();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Employees([.. numbers.Select(n => Emp(n))]));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "people.csv");

        // Another session holds the employees table: the import's write waits there, mid-transaction.
        await using var other = new NpgsqlConnection(app.Database.ConnectionString);
        await other.OpenAsync();
        await using var hold = await other.BeginTransactionAsync();
        await using (var lockCmd = new NpgsqlCommand("LOCK TABLE \"Employees\" IN EXCLUSIVE MODE", other, hold)) await lockCmd.ExecuteNonQueryAsync();

        Guid id;
        using (var worker = new JobNodeFactory(app.Database, "node-import"))
        {
            _ = worker.Services;
            var started = await ApiAssert.JsonAsync<ImportJobResponse>(await admin.PostAsync("/api/v1/imports/employees", form), HttpStatusCode.Accepted);
            id = started.Id;
            await WaitAsync(() => admin.GetJsonAsync<ImportJobResponse>($"/api/v1/imports/jobs/{id}"), j => j.Phase == "Import.Phase.Writing", "writing");
        }
        await hold.RollbackAsync();

        var job = await admin.GetJsonAsync<ImportJobResponse>($"/api/v1/imports/jobs/{id}");
        Assert.Equal("interrupted", job.Status);
        Assert.Contains("shut down", job.Error, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Employees.AnyAsync(e => numbers.Contains(e.EmployeeNumber))));
        Assert.False(await app.WithDbAsync(db => db.JobPayloads.AnyAsync(p => p.JobId == id)));

        var browser = await app.SignInAsync("admin");
        var page = await browser.GetHtmlAsync($"/imports/jobs/{id}");
        Assert.Contains("The import was interrupted", page.QuerySelector("#import-result")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Upload it again", page.QuerySelector("#import-result")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeriodicTask_TwoNodesSchedule_RunsOncePerFire()
    {
        using var node1 = new JobNodeFactory(app.Database, "node-p1", periodic: true);
        using var node2 = new JobNodeFactory(app.Database, "node-p2", periodic: true);
        _ = node1.Services;
        _ = node2.Services;
        List<PeriodicRun> runs = [];
        for (var i = 0; i < 1200 && runs.Count < 6; i++)
        {
            await Task.Delay(50);
            runs = await app.WithDbAsync(db => db.PeriodicTaskRuns.AsNoTracking().Where(r => r.Name == "test.tick" && r.FinishedAt != null).ToListAsync());
        }
        Assert.True(runs.Count >= 6, $"only {runs.Count} runs");
        Assert.All(runs, r => Assert.True(r.Succeeded, r.Error));
        Assert.All(runs, r => Assert.NotNull(r.ScheduledFor));
        // Each fire ran on one node only, and never two runs at once.
        Assert.Equal(runs.Count, runs.Select(r => r.ScheduledFor).Distinct().Count());
        var ordered = runs.OrderBy(r => r.StartedAt.UtcTicks).ToList();
        for (var i = 1; i < ordered.Count; i++) Assert.True(ordered[i].StartedAt >= ordered[i - 1].FinishedAt, $"runs {i - 1} and {i} overlap");
        // So did every real task that fired meanwhile (the mail outbox, reminders…): one run per fire.
        var all = await app.WithDbAsync(db => db.PeriodicTaskRuns.AsNoTracking().Where(r => r.ScheduledFor != null).ToListAsync());
        Assert.All(all.GroupBy(r => (r.Name, r.ScheduledFor)), g => Assert.Single(g));
    }
}
