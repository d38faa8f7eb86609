using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;
using TalentChain.Optimization;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Jobs;

/// <summary>Reports a running job's phase and progress; writes are throttled so progress costs little.</summary>
public interface IJobProgress
{
    Guid JobId { get; }
    Task ReportAsync(string phase, int done, int total, CancellationToken ct = default);

    /// <summary>
    /// Records the latest progress in memory without touching the database; the heartbeat writes it (about once a
    /// second). Safe to call from any thread, e.g. a solver's <see cref="IProgress{T}"/>.
    /// </summary>
    void Post(string phase, int done, int total, string? detailJson);

    /// <summary>
    /// Holds the heartbeat's writes while the work holds SQLite's one write lock (an import's transaction): the beat
    /// would only wait for the work. The node still knows the job is alive (the sweep skips its own running jobs).
    /// </summary>
    void PauseHeartbeat(bool paused) { }
}

/// <summary>
/// The work of a queued job, registered by kind (<see cref="JobWorkServiceCollectionExtensions.AddJobWork{T}"/>) and
/// resolved in a fresh scope on whichever node runs the job: everything it needs is in its arguments (and the database).
/// Returns the outcome to store, or throws, which marks the job failed. Must write its result in one transaction at the
/// end: a cancelled or interrupted run keeps nothing.
/// </summary>
public interface IJobWork
{
    Task<JobOutcome> RunAsync(string argumentsJson, IJobProgress progress, CancellationToken ct);
}

/// <summary>Work run inline on the caller (<see cref="JobRunner.RunInlineAsync"/>: CLI verbs, the sync API, tests).</summary>
public delegate Task<JobOutcome> JobWork(IServiceProvider services, IJobProgress progress, CancellationToken ct);

public sealed record JobOutcome(bool Succeeded, string? ResultJson, string? Error = null);

/// <summary>
/// How a job is tracked: its subject (for "latest job of X"), the policy to watch it, whether it can be cancelled;
/// <paramref name="Id"/> when the caller must know the id before the job exists (e.g. to store its upload under it).
/// </summary>
public sealed record JobOptions(string? Subject = null, string? Policy = null, bool Cancellable = false, Guid? Id = null);

/// <summary>One kind of queued work (see <see cref="JobWorkServiceCollectionExtensions.AddJobWork{T}"/>).</summary>
public sealed record JobWorkRegistration(string Kind, Type Type);

public static class JobWorkServiceCollectionExtensions
{
    /// <summary>Registers the work run for jobs of <paramref name="kind"/> (scoped: each run gets a fresh scope and DbContext).</summary>
    public static IServiceCollection AddJobWork<T>(this IServiceCollection services, string kind) where T : class, IJobWork
    {
        services.TryAddScoped<T>();
        services.AddSingleton(new JobWorkRegistration(kind, typeof(T)));
        return services;
    }
}

/// <summary>
/// Runs long work off the request thread. <see cref="EnqueueAsync"/> records a job row (kind, arguments) and schedules a
/// one-shot Quartz trigger in the clustered job store; whichever node fires it runs the work (<see cref="RunQueuedAsync"/>)
/// and keeps the row's phase/progress/result current for any node to show. Every running job beats once a second
/// (progress, detail, heartbeat, the node it runs on) and a cancellable one notices a cancel request made on any node.
/// A job whose node stops — shutdown, crash, lost heartbeat — ends <see cref="JobStatus.Interrupted"/> (ADR 0034).
/// </summary>
public sealed partial class JobRunner(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ISchedulerFactory schedulers,
    IEnumerable<JobWorkRegistration> works,
    IOptions<JobsOptions> options,
    ILogger<JobRunner> log) : IDisposable
{
    public const string QuartzGroup = "jobs";
    public const string JobIdKey = "jobId";

    /// <summary>Stored as <see cref="BackgroundJob.Error"/> when the node running the job shut down (resource keys).</summary>
    public const string NodeStopped = "Job.Interrupted.NodeStopped";
    /// <summary>Stored when the job's node vanished (crash, kill -9, lost heartbeat).</summary>
    public const string NodeLost = "Job.Interrupted.NodeLost";

    private static readonly TimeSpan Beat = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _cancellations = new();
    private readonly Dictionary<string, Type> _works = works.ToDictionary(w => w.Kind, w => w.Type, StringComparer.Ordinal);
    /// <summary>Queued jobs run one at a time per node (two cores); periodic tasks do not wait for them.</summary>
    private readonly SemaphoreSlim _oneAtATime = new(Math.Max(1, options.Value.MaxRunningJobs));

    /// <summary>This node's name (Jobs:NodeName): shown as <see cref="BackgroundJob.RunningOn"/>, also the Quartz instance id.</summary>
    public string NodeName { get; } = options.Value.ResolvedNodeName;

    /// <summary>
    /// Records the job and schedules it to run now on any node. If scheduling fails the row is marked failed (no job
    /// stays queued for ever) and the error is thrown.
    /// </summary>
    public async Task<Guid> EnqueueAsync(string kind, string title, JobOptions jobOptions, string argumentsJson, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(jobOptions);
        if (!_works.ContainsKey(kind)) throw new InvalidOperationException($"No job work is registered for kind '{kind}'.");
        var id = jobOptions.Id ?? Guid.NewGuid();
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
            var actor = scope.ServiceProvider.GetRequiredService<ICurrentUser>().Name;
            db.BackgroundJobs.Add(new BackgroundJob
            {
                Id = id, Kind = kind, Title = Trim(title, 300), CreatedBy = actor, CreatedAt = clock.GetUtcNow(), Phase = "Job.Phase.Queued",
                Subject = jobOptions.Subject, Policy = jobOptions.Policy, Cancellable = jobOptions.Cancellable, ArgumentsJson = argumentsJson,
            });
            await db.SaveChangesAsync(ct);
        }
        try
        {
            var scheduler = await schedulers.GetScheduler(CancellationToken.None);
            var name = id.ToString("N");
            var job = JobBuilder.Create<RunBackgroundJob>().WithIdentity(name, QuartzGroup).UsingJobData(JobIdKey, id.ToString()).RequestRecovery(true).Build();
            var trigger = TriggerBuilder.Create(TimeProvider.System).WithIdentity(name, QuartzGroup).StartNow().Build();
            await scheduler.ScheduleJob(job, trigger, default, CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogScheduleFailed(log, ex, id);
            await new DbJobProgress(id, scopes, clock).SetAsync(j => j
                .SetProperty(x => x.Status, JobStatus.Failed)
                .SetProperty(x => x.FinishedAt, clock.GetUtcNow())
                .SetProperty(x => x.Phase, "Job.Phase.Failed")
                .SetProperty(x => x.Error, JobErrors.Unexpected), CancellationToken.None);
            throw;
        }
        return id;
    }

    /// <summary>Runs the work inline on the caller (CLI verbs, tests): same progress rows, same result.</summary>
    public async Task<BackgroundJob> RunInlineAsync(string kind, string title, JobWork work, CancellationToken ct = default)
    {
        Guid id;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
            var actor = scope.ServiceProvider.GetRequiredService<ICurrentUser>().Name;
            var job = new BackgroundJob { Id = Guid.NewGuid(), Kind = kind, Title = Trim(title, 300), CreatedBy = actor, CreatedAt = clock.GetUtcNow() };
            db.BackgroundJobs.Add(job);
            await db.SaveChangesAsync(ct);
            id = job.Id;
            await ExecuteJobAsync(id, actor, work, ct);
        }
        using var read = scopes.CreateScope();
        return await read.ServiceProvider.GetRequiredService<TalentChainDbContext>().BackgroundJobs.AsNoTracking().SingleAsync(j => j.Id == id, ct);
    }

    /// <summary>
    /// Runs a queued job on this node (called by the Quartz job that fired it). <paramref name="recovering"/>: Quartz
    /// re-fired it because the node that had it died; a job that had started is then recorded as interrupted, not
    /// re-run (its work may have been half-way; the user decides). <paramref name="stopping"/> is cancelled when this node
    /// shuts down: the job ends interrupted.
    /// </summary>
    public async Task RunQueuedAsync(Guid id, bool recovering, CancellationToken stopping)
    {
        BackgroundJob? job;
        using (var scope = scopes.CreateScope())
            job = await scope.ServiceProvider.GetRequiredService<TalentChainDbContext>().BackgroundJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, CancellationToken.None);
        if (job is null || job.IsFinished) return;
        var progress = new DbJobProgress(id, scopes, clock);
        if (recovering && job.Status == JobStatus.Running)
        {
            LogRecovered(log, id, job.RunningOn);
            await FinishInterruptedAsync(progress, NodeLost);
            return;
        }
        if (job.CancelRequested)
        {
            await FinishCancelledAsync(progress);
            return;
        }
        if (!_works.TryGetValue(job.Kind, out var type))
        {
            LogUnknownKind(log, id, job.Kind);
            await progress.SetAsync(j => j.SetProperty(x => x.Status, JobStatus.Failed).SetProperty(x => x.FinishedAt, clock.GetUtcNow())
                .SetProperty(x => x.Phase, "Job.Phase.Failed").SetProperty(x => x.Error, JobErrors.Unexpected), CancellationToken.None);
            return;
        }
        // Shutting down before its turn came throws: the job never ran, so Quartz hands it back to run elsewhere.
        await _oneAtATime.WaitAsync(stopping);
        try
        {
            // Waiting for its turn, it may have been cancelled (on any node).
            using (var scope = scopes.CreateScope())
                job = await scope.ServiceProvider.GetRequiredService<TalentChainDbContext>().BackgroundJobs.AsNoTracking().FirstAsync(j => j.Id == id, CancellationToken.None);
            if (job.IsFinished) return;
            if (job.CancelRequested)
            {
                await FinishCancelledAsync(progress);
                return;
            }
            var args = job.ArgumentsJson ?? "{}";
            await ExecuteJobAsync(id, job.CreatedBy, (services, p, ct) => ((IJobWork)services.GetRequiredService(type)).RunAsync(args, p, ct), stopping);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>
    /// Asks a cancellable job to stop: at once when it runs on this node, within a heartbeat on another node; a queued
    /// job is cancelled before it starts. False when the job is unknown, not cancellable or already finished.
    /// </summary>
    public async Task<bool> RequestCancelAsync(Guid id, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var changed = await db.BackgroundJobs
            .Where(j => j.Id == id && j.Cancellable && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running))
            .ExecuteUpdateAsync(j => j.SetProperty(x => x.CancelRequested, true), ct);
        if (changed == 0) return false;
        if (_cancellations.TryGetValue(id, out var cts)) await cts.CancelAsync();
        return true;
    }

    /// <summary>
    /// Records as interrupted every running job whose heartbeat is older than <see cref="BackgroundJob.HeartbeatTimeout"/>
    /// (its node went away, possibly with the whole cluster), except those this node is running itself. Returns how many.
    /// </summary>
    public async Task<int> InterruptStaleAsync(CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var now = clock.GetUtcNow();
        // SQLite cannot compare DateTimeOffset in SQL; running jobs are few.
        var running = await db.BackgroundJobs.AsNoTracking().Where(j => j.Status == JobStatus.Running)
            .Select(j => new { j.Id, j.HeartbeatAt, j.StartedAt, j.CreatedAt }).ToListAsync(ct);
        var stale = running.Where(j => !_cancellations.ContainsKey(j.Id) && now - (j.HeartbeatAt ?? j.StartedAt ?? j.CreatedAt) > BackgroundJob.HeartbeatTimeout)
            .Select(j => j.Id).ToList();
        if (stale.Count == 0) return 0;
        var changed = await db.BackgroundJobs.Where(j => stale.Contains(j.Id) && j.Status == JobStatus.Running)
            .ExecuteUpdateAsync(j => j
                .SetProperty(x => x.Status, JobStatus.Interrupted)
                .SetProperty(x => x.FinishedAt, now)
                .SetProperty(x => x.Phase, "Job.Phase.Interrupted")
                .SetProperty(x => x.Error, NodeLost), ct);
        if (changed > 0) LogInterruptedStale(log, changed);
        return changed;
    }

    private async Task ExecuteJobAsync(Guid id, string actor, JobWork work, CancellationToken stopping)
    {
        using var actAs = HttpCurrentUser.ActAs(actor);
        using var scope = scopes.CreateScope();
        using var own = new CancellationTokenSource();
        _cancellations[id] = own;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, own.Token);
        var ct = linked.Token;
        var progress = new DbJobProgress(id, scopes, clock);
        try
        {
            var now = clock.GetUtcNow();
            await progress.SetAsync(j => j.SetProperty(x => x.Status, JobStatus.Running).SetProperty(x => x.StartedAt, now)
                .SetProperty(x => x.HeartbeatAt, now).SetProperty(x => x.RunningOn, NodeName), CancellationToken.None);
            using var heartbeatStop = new CancellationTokenSource();
            var heartbeat = HeartbeatAsync(id, progress, own, heartbeatStop.Token);
            JobOutcome outcome;
            string? error = null;
            var cancelled = false;
            var interrupted = false;
            try
            {
                outcome = await work(scope.ServiceProvider, progress, ct);
                error = outcome.Error;
            }
            catch (Exception ex) when (own.IsCancellationRequested && ex is OperationCanceledException)
            {
                outcome = new JobOutcome(false, null);
                cancelled = true;
            }
            catch (Exception ex) when (stopping.IsCancellationRequested)
            {
                // The node is shutting down: whatever the work threw on the way out (a cancelled command, a rolled-back
                // transaction), it did not finish and kept nothing.
                LogStoppedByShutdown(log, ex, id);
                outcome = new JobOutcome(false, null);
                interrupted = true;
            }
            catch (Exception ex)
            {
                LogJobFailed(log, ex, id);
                outcome = new JobOutcome(false, null);
                error = JobErrors.Unexpected;
            }
            await heartbeatStop.CancelAsync();
            await heartbeat;
            if (cancelled)
            {
                await FinishCancelledAsync(progress);
                return;
            }
            if (interrupted)
            {
                await FinishInterruptedAsync(progress, NodeStopped);
                return;
            }
            var (_, done, total, detail) = progress.Latest;
            await progress.SetAsync(j => j
                .SetProperty(x => x.Status, outcome.Succeeded ? JobStatus.Succeeded : JobStatus.Failed)
                .SetProperty(x => x.FinishedAt, clock.GetUtcNow())
                .SetProperty(x => x.Phase, outcome.Succeeded ? "Job.Phase.Done" : "Job.Phase.Failed")
                .SetProperty(x => x.Done, outcome.Succeeded && total > 0 ? total : done)
                .SetProperty(x => x.Total, total)
                .SetProperty(x => x.DetailJson, detail)
                .SetProperty(x => x.ResultJson, outcome.ResultJson)
                .SetProperty(x => x.Error, error), CancellationToken.None);
        }
        finally
        {
            _cancellations.TryRemove(id, out _);
        }
    }

    /// <summary>
    /// At shutdown, after the scheduler has stopped or given up waiting: every job still running on this node is recorded
    /// Interrupted ("the server was shut down"). Only rows still Running change, so a job that ended in time keeps its outcome.
    /// </summary>
    internal async Task InterruptRunningOnThisNodeAsync()
    {
        var ids = _cancellations.Keys.ToList();
        if (ids.Count == 0) return;
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
            var now = clock.GetUtcNow();
            var count = await db.BackgroundJobs.Where(j => ids.Contains(j.Id) && j.Status == JobStatus.Running)
                .ExecuteUpdateAsync(j => j
                    .SetProperty(x => x.Status, JobStatus.Interrupted)
                    .SetProperty(x => x.FinishedAt, now)
                    .SetProperty(x => x.Phase, "Job.Phase.Interrupted")
                    .SetProperty(x => x.Error, NodeStopped), CancellationToken.None);
            if (count > 0) LogInterruptedAtShutdown(log, count);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            // The database is gone too: the heartbeat sweep on another node (or this one, next start) records them.
            LogInterruptAtShutdownFailed(log, ex);
        }
    }

    private Task FinishCancelledAsync(DbJobProgress progress) =>
        progress.SetAsync(j => j
            .SetProperty(x => x.Status, JobStatus.Cancelled)
            .SetProperty(x => x.FinishedAt, clock.GetUtcNow())
            .SetProperty(x => x.Phase, "Job.Phase.Cancelled"), CancellationToken.None);

    private Task FinishInterruptedAsync(DbJobProgress progress, string reason) =>
        progress.SetAsync(j => j
            .SetProperty(x => x.Status, JobStatus.Interrupted)
            .SetProperty(x => x.FinishedAt, clock.GetUtcNow())
            .SetProperty(x => x.Phase, "Job.Phase.Interrupted")
            .SetProperty(x => x.Error, reason), CancellationToken.None);

    /// <summary>Once a second: write the latest progress and the heartbeat; pick up a cancel request made on another node.</summary>
    private async Task HeartbeatAsync(Guid id, DbJobProgress progress, CancellationTokenSource own, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Beat, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                if (progress.Paused) continue;
                try
                {
                    var (phase, done, total, detail) = progress.Latest;
                    await progress.SetAsync(j => j
                        .SetProperty(x => x.HeartbeatAt, clock.GetUtcNow())
                        .SetProperty(x => x.Phase, phase)
                        .SetProperty(x => x.Done, done)
                        .SetProperty(x => x.Total, total)
                        .SetProperty(x => x.DetailJson, detail), stop);
                    using var scope = scopes.CreateScope();
                    var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
                    if (await db.BackgroundJobs.AnyAsync(j => j.Id == id && j.Cancellable && j.CancelRequested, stop)) await own.CancelAsync();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogHeartbeatFailed(log, ex, id);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Work finished: the final update follows.
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..max];

    [LoggerMessage(Level = LogLevel.Error, Message = "Background job {JobId} failed")]
    private static partial void LogJobFailed(ILogger logger, Exception ex, Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Background job {JobId} could not be scheduled; it is marked failed")]
    private static partial void LogScheduleFailed(ILogger logger, Exception ex, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} background job(s) still running at shutdown were marked interrupted")]
    private static partial void LogInterruptedAtShutdown(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not mark the jobs still running at shutdown as interrupted; the heartbeat sweep will")]
    private static partial void LogInterruptAtShutdownFailed(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background job {JobId} was stopped by this node's shutdown; it is marked interrupted")]
    private static partial void LogStoppedByShutdown(ILogger logger, Exception ex, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background job {JobId} was running on {Node}, which went away; it is marked interrupted, not re-run")]
    private static partial void LogRecovered(ILogger logger, Guid jobId, string? node);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Marked {Count} running job(s) interrupted: their heartbeat stopped")]
    private static partial void LogInterruptedStale(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Background job {JobId} has kind {Kind}, for which no work is registered")]
    private static partial void LogUnknownKind(ILogger logger, Guid jobId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Heartbeat of background job {JobId} failed; retrying")]
    private static partial void LogHeartbeatFailed(ILogger logger, Exception ex, Guid jobId);

    private sealed class DbJobProgress(Guid id, IServiceScopeFactory scopes, TimeProvider clock) : IJobProgress
    {
        private readonly Lock _gate = new();
        private DateTimeOffset _last = DateTimeOffset.MinValue;
        private string? _lastPhase;
        private (string? Phase, int Done, int Total, string? Detail) _latest = ("Job.Phase.Running", 0, 0, null);
        public Guid JobId => id;

        public bool Paused { get; private set; }

        public void PauseHeartbeat(bool paused) => Paused = paused;

        public (string? Phase, int Done, int Total, string? Detail) Latest
        {
            get
            {
                lock (_gate) return _latest;
            }
        }

        public void Post(string phase, int done, int total, string? detailJson)
        {
            lock (_gate) _latest = (phase, done, total, detailJson);
        }

        public async Task ReportAsync(string phase, int done, int total, CancellationToken ct = default)
        {
            var now = clock.GetUtcNow();
            lock (_gate) _latest = (phase, done, total, _latest.Detail);
            if (phase == _lastPhase && done < total && now - _last < TimeSpan.FromMilliseconds(250)) return;
            _last = now;
            _lastPhase = phase;
            await SetAsync(j => j.SetProperty(x => x.Phase, phase).SetProperty(x => x.Done, done).SetProperty(x => x.Total, total), ct);
        }

        public async Task SetAsync(Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<BackgroundJob>> set, CancellationToken ct)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
            await db.BackgroundJobs.Where(j => j.Id == id).ExecuteUpdateAsync(set, ct);
        }
    }
}

/// <summary>
/// The live detail of a solver job (stored as <see cref="BackgroundJob.DetailJson"/>): phase, best solution and bound so
/// far as (count, score) — filled slots or placed participants, then total score — and the relative gap.
/// </summary>
public sealed record SolverJobDetail(string Phase, long? BestCount, long? BestScore, long? BoundCount, long? BoundScore, double? Gap)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SolverJobDetail From(SolverProgress p)
    {
        ArgumentNullException.ThrowIfNull(p);
        double? gap = p.Best is { } b && p.Bound is { } u ? Objective.Gap(b, u) : null;
        return new SolverJobDetail(p.Phase, p.Best?.Count, p.Best?.Score, p.Bound?.Count, p.Bound?.Score, gap);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SolverJobDetail? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<SolverJobDetail>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>An <see cref="IProgress{T}"/> for a solver that posts each report to the job (written by its heartbeat).</summary>
    public static IProgress<SolverProgress> Reporter(IJobProgress job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new PostingProgress(job);
    }

    private sealed class PostingProgress(IJobProgress job) : IProgress<SolverProgress>
    {
        public void Report(SolverProgress value) =>
            job.Post("Job.Phase.Solver." + value.Phase, (int)Math.Round((value.Fraction ?? 0) * 1000), value.Fraction is null ? 0 : 1000, From(value).ToJson());
    }
}
