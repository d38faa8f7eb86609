using Microsoft.Extensions.Options;
using Quartz;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Jobs;

public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>This node's name (env Jobs__NodeName); default {machine}-{process id}. Unique per node: it is the Quartz instance id.</summary>
    public string? NodeName { get; set; }

    /// <summary>False: this node queues jobs but runs none (and no periodic task); another node runs them.</summary>
    public bool Worker { get; set; } = true;

    /// <summary>How long an idle scheduler waits before asking the store again: how soon another node picks up a new job.</summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often a node records in the store that it is alive (PostgreSQL cluster); a node silent for about twice this is dead.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>Queued jobs (imports, solves) run at once per node; periodic tasks run beside them.</summary>
    public int MaxRunningJobs { get; set; } = 1;

    /// <summary>Quartz's threads per node: running jobs, jobs waiting for their turn, and periodic tasks.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>How long a shutdown waits for cancelled work to record how it ended.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(20);

    public string ResolvedNodeName => string.IsNullOrWhiteSpace(NodeName) ? $"{Environment.MachineName}-{Environment.ProcessId}" : NodeName.Trim();
}

/// <summary>Set once the database is migrated (<see cref="TalentChainApp.PrepareDatabaseAsync(IServiceProvider, CancellationToken)"/>): the scheduler waits for it.</summary>
public sealed class DatabaseReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public void SetReady() => _ready.TrySetResult();
    public Task WaitAsync(CancellationToken ct) => _ready.Task.WaitAsync(ct);
}

public static class JobSchedulingSetup
{
    public const string SchedulerName = "TalentChain";

    /// <summary>
    /// Jobs on Quartz.NET: an ADO.NET job store on the app's own database (clustered on PostgreSQL; SQLite is the
    /// single-node embedded default), the job runner, the periodic tasks, and the hosted service that starts and stops
    /// the scheduler (ADR 0034).
    /// </summary>
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var jobs = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section);
        services.AddOptions<PeriodicTaskOptions>().BindConfiguration(PeriodicTaskOptions.Section)
            .PostConfigure<IHostEnvironment, IConfiguration>((o, env, config) =>
            {
                // Tests call the tasks directly; a test of the scheduling itself says so explicitly.
                if (env.IsEnvironment("Testing") && config[PeriodicTaskOptions.Section + ":Enabled"] is null) o.Enabled = false;
            });
        services.AddSingleton<DatabaseReadiness>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<PeriodicTasks>();
        services.AddTransient<RunBackgroundJob>();
        services.AddTransient<RunPeriodicTask>();
        services.AddPeriodicTask<StaleJobSweepTask>();

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = SchedulerName;
                o.IdleWaitTime = jobs.IdleWaitTime;
                // Host shutdown cancels the running work's token: the job records itself interrupted (not left "running").
                o.ShutdownJobInterruption = ShutdownJobInterruption.Always;
                if (database.Provider == DatabaseProvider.Postgres) o.InstanceId = jobs.ResolvedNodeName;
            });
            // Quartz keeps real time: a test clock moves the app's dates, not the scheduler's triggers.
            q.UseTimeProvider(TimeProvider.System);
            q.UseDefaultThreadPool(Math.Max(2, jobs.MaxConcurrency));
            q.UsePersistentStore(store =>
            {
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(database.ConnectionString ?? throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is empty."));
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = jobs.CheckinInterval;
                        c.CheckinMisfireThreshold = jobs.CheckinInterval * 2;
                    });
                }
                else
                {
                    store.UseSqlite(PlatformSetup.SqliteConnectionString(database.ConnectionString, builder.Environment.ContentRootPath));
                }
                store.UseSystemTextJsonSerializer(_ => { });
                store.ConfigureStore(o =>
                {
                    o.StoreJobDataAsStrings = true;
                    // A queued job whose node stopped before it started is handed back and runs elsewhere; a started one
                    // completes (as interrupted) instead — see JobRunner.RunQueuedAsync.
                    o.RecoverFiringsCancelledByShutdown = true;
                });
            });
        });
        services.AddHostedService<JobScheduler>();
        return builder;
    }
}

/// <summary>The one Quartz job for every queued job: it carries only our job id; the row says what to run.</summary>
internal sealed class RunBackgroundJob(JobRunner runner) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!context.MergedJobDataMap.TryGetValue(JobRunner.JobIdKey, out var value) || !Guid.TryParse(value?.ToString(), out var id)) return;
        // Either token may carry the shutdown (or an interrupt): the work stops on both.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, context.CancellationToken);
        await runner.RunQueuedAsync(id, context.Recovering, stopping.Token);
    }
}

/// <summary>A periodic task's fire: exactly one node runs it (clustered store), never two fires of one task at once.</summary>
[DisallowConcurrentExecution]
internal sealed class RunPeriodicTask(PeriodicTasks tasks) : IJob
{
    public const string Group = "periodic";
    public const string NameKey = "task";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!context.MergedJobDataMap.TryGetValue(NameKey, out var value) || value?.ToString() is not { } name) return;
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, context.CancellationToken);
        var ok = await tasks.RunScheduledAsync(name, context.ScheduledFireTimeUtc, stopping.Token);
        if (ok || stopping.IsCancellationRequested) return;
        // A failed run is retried soon rather than at its next interval (hours for some tasks): one extra fire, once.
        var retry = TriggerBuilder.Create(TimeProvider.System).WithIdentity("retry:" + name, Group).ForJob(context.JobDetail.Key)
            .StartAt(TimeProvider.System.GetUtcNow() + tasks.RetryDelay).Build();
        try
        {
            await context.Scheduler.ScheduleJob(retry, default, CancellationToken.None);
        }
        catch (ObjectAlreadyExistsException)
        {
            // A retry is already pending.
        }
    }
}

/// <summary>
/// Starts the Quartz scheduler once the database is migrated, (re)registers the periodic tasks, and shuts the
/// scheduler down with the host: running work is cancelled and given <see cref="JobsOptions.ShutdownTimeout"/> to
/// record that it was interrupted.
/// </summary>
internal sealed partial class JobScheduler(
    ISchedulerFactory factory,
    DatabaseReadiness readiness,
    PeriodicTasks tasks,
    JobRunner runner,
    IOptions<JobsOptions> options,
    IOptions<PeriodicTaskOptions> periodic,
    ILogger<JobScheduler> log) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _starting = Task.CompletedTask;
    private IScheduler? _scheduler;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Worker) _starting = StartSchedulerAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    private async Task StartSchedulerAsync(CancellationToken ct)
    {
        try
        {
            await readiness.WaitAsync(ct);
            var scheduler = await factory.GetScheduler(ct);
            _scheduler = scheduler;
            if (periodic.Value.Enabled) await SchedulePeriodicAsync(scheduler, ct);
            await scheduler.Start(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopped before it started.
        }
        catch (Exception ex)
        {
            LogStartFailed(log, ex);
        }
    }

    /// <summary>Each task is a durable job with a repeating trigger; replacing keeps every node's registration identical.</summary>
    private async Task SchedulePeriodicAsync(IScheduler scheduler, CancellationToken ct)
    {
        var start = TimeProvider.System.GetUtcNow() + periodic.Value.StartDelay;
        foreach (var (name, interval) in tasks.List())
        {
            var key = new JobKey(name, RunPeriodicTask.Group);
            var job = JobBuilder.Create<RunPeriodicTask>().WithIdentity(key).UsingJobData(RunPeriodicTask.NameKey, name).StoreDurably(true).Build();
            var triggerKey = new TriggerKey(name, RunPeriodicTask.Group);
            // Already scheduled (another node, an earlier start): keep its timing, do not restart the interval.
            var existing = await scheduler.GetTrigger(triggerKey, ct);
            if (existing is ISimpleTrigger simple && simple.RepeatInterval == interval) continue;
            var trigger = TriggerBuilder.Create(TimeProvider.System).WithIdentity(triggerKey).ForJob(key).StartAt(start)
                .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build();
            await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, ct);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _starting;
        if (_scheduler is not { } scheduler) return;
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(options.Value.ShutdownTimeout);
        try
        {
            await scheduler.Shutdown(true, bounded.Token);
        }
        catch (OperationCanceledException)
        {
            LogShutdownTimedOut(log);
        }
        finally
        {
            // Work that has not recorded its own end by now (its cancellation is slow, or the wait gave up) is
            // recorded here, while the app's services still exist: the row must not stay Running after this node is gone.
            await runner.InterruptRunningOnThisNodeAsync();
        }
    }

    public void Dispose() => _stopping.Dispose();

    [LoggerMessage(Level = LogLevel.Error, Message = "The job scheduler could not start; queued jobs and periodic tasks do not run on this node")]
    private static partial void LogStartFailed(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The job scheduler did not stop in time; running jobs are left to the heartbeat sweep")]
    private static partial void LogShutdownTimedOut(ILogger logger);
}
