using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Optimization;
using TalentChain.Platform.Jobs;

namespace TalentChain.Tests.Infrastructure;

/// <summary>Queued work for tests, registered in every test app: kind "test.wait" reports solver progress and waits to be stopped.</summary>
public static class TestJobs
{
    public const string Wait = "test.wait";

    /// <summary>Per job: true when the work ran to its end ("published"), false when it was stopped.</summary>
    public static readonly ConcurrentDictionary<Guid, TaskCompletionSource<bool>> Outcomes = new();

    /// <summary>Jobs whose work has started, on any node of the test process.</summary>
    public static readonly ConcurrentDictionary<Guid, bool> Started = new();

    public static TaskCompletionSource<bool> OutcomeOf(Guid id) => Outcomes.GetOrAdd(id, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));

    public static void Register(IServiceCollection services) => services.AddJobWork<WaitingWork>(Wait);

    public sealed class WaitingWork : IJobWork
    {
        public async Task<JobOutcome> RunAsync(string argumentsJson, IJobProgress progress, CancellationToken ct)
        {
            Started[progress.JobId] = true;
            SolverJobDetail.Reporter(progress).Report(new SolverProgress("relaxation", 0.5, new Objective(7, 120), new Objective(8, 130)));
            try
            {
                await Task.Delay(TimeSpan.FromMinutes(5), ct);
            }
            finally
            {
                OutcomeOf(progress.JobId).TrySetResult(!ct.IsCancellationRequested);
            }
            return new JobOutcome(true, "{}");
        }
    }

    /// <summary>A periodic task that takes a moment: two nodes running one fire at once would overlap.</summary>
    public sealed class TickTask : IPeriodicTask
    {
        public string Name => "test.tick";
        public TimeSpan Interval => TimeSpan.FromSeconds(1);
        public Task RunAsync(CancellationToken ct) => Task.Delay(TimeSpan.FromMilliseconds(300), ct);
    }
}

/// <summary>
/// Another app node on a shared database, with its own node name; <paramref name="worker"/> false queues jobs but
/// runs none; <paramref name="periodic"/> turns the periodic tasks on (with "test.tick") as in production.
/// </summary>
public sealed class JobNodeFactory(TestDatabase sharedDatabase, string nodeName, bool worker = true, bool periodic = false) : TalentChainFactory(sharedDatabase)
{
    public string NodeName => nodeName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:NodeName", nodeName);
        builder.UseSetting("Jobs:Worker", worker ? "true" : "false");
        if (periodic)
        {
            builder.UseSetting("Jobs:Periodic:Enabled", "true");
            builder.UseSetting("Jobs:Periodic:StartDelay", "00:00:00");
            builder.ConfigureServices(s => s.AddPeriodicTask<TestJobs.TickTask>());
        }
    }
}

/// <summary>The app on its own fresh PostgreSQL database that queues jobs but runs none: the jobs of its tests run on other nodes.</summary>
public sealed class QueueOnlyPostgresFactory : TalentChainFactory
{
    public QueueOnlyPostgresFactory() : base(global::TalentChain.Platform.Data.DatabaseProvider.Postgres) { }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:NodeName", "queue-only");
        builder.UseSetting("Jobs:Worker", "false");
    }
}
