using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
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
    /// Records the latest progress in memory without touching the database; for cancellable jobs the heartbeat
    /// writes it (about once a second). Safe to call from any thread, e.g. a solver's <see cref="IProgress{T}"/>.
    /// </summary>
    void Post(string phase, int done, int total, string? detailJson);
}

/// <summary>The work of a job: returns the JSON result to store (or throws, which marks the job failed).</summary>
public delegate Task<JobOutcome> JobWork(IServiceProvider services, IJobProgress progress, CancellationToken ct);

public sealed record JobOutcome(bool Succeeded, string? ResultJson, string? Error = null);

/// <summary>
/// How a job is tracked: its subject (for "latest job of X"), the policy to watch it, whether it can be cancelled;
/// <paramref name="Id"/> when the caller must know the id before the job exists (e.g. to name its upload after it).
/// </summary>
public sealed record JobOptions(string? Subject = null, string? Policy = null, bool Cancellable = false, Guid? Id = null);

/// <summary>
/// Runs long work off the request thread: the request records a job row and returns at once; this service
/// runs queued work one item at a time and keeps the row's phase/progress/result current for any node to show.
/// Cancellable jobs beat every second (phase, detail, heartbeat) and notice a cancel request made on any node.
/// </summary>
public sealed partial class JobRunner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobRunner> log) : BackgroundService
{
    private static readonly TimeSpan Beat = TimeSpan.FromSeconds(1);
    private readonly Channel<(Guid Id, string Actor, JobWork Work)> _queue = Channel.CreateUnbounded<(Guid, string, JobWork)>();
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _cancellations = new();

    public Task<Guid> EnqueueAsync(string kind, string title, JobWork work, CancellationToken ct = default) =>
        EnqueueAsync(kind, title, new JobOptions(), work, ct);

    public async Task<Guid> EnqueueAsync(string kind, string title, JobOptions options, JobWork work, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var actor = scope.ServiceProvider.GetRequiredService<ICurrentUser>().Name;
        var now = clock.GetUtcNow();
        var job = new BackgroundJob
        {
            Id = options.Id ?? Guid.NewGuid(), Kind = kind, Title = Trim(title, 300), CreatedBy = actor, CreatedAt = now, Phase = "Job.Phase.Queued",
            Subject = options.Subject, Policy = options.Policy, Cancellable = options.Cancellable, HeartbeatAt = options.Cancellable ? now : null,
        };
        db.BackgroundJobs.Add(job);
        await db.SaveChangesAsync(ct);
        if (options.Cancellable) _cancellations[job.Id] = new CancellationTokenSource();
        await _queue.Writer.WriteAsync((job.Id, actor, work), ct);
        return job.Id;
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (id, actor, work) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            await ExecuteJobAsync(id, actor, work, stoppingToken);
        }
    }

    private async Task ExecuteJobAsync(Guid id, string actor, JobWork work, CancellationToken stopping)
    {
        using var actAs = HttpCurrentUser.ActAs(actor);
        using var scope = scopes.CreateScope();
        var own = _cancellations.TryGetValue(id, out var c) ? c : null;
        using var linked = own is null ? CancellationTokenSource.CreateLinkedTokenSource(stopping) : CancellationTokenSource.CreateLinkedTokenSource(stopping, own.Token);
        var ct = linked.Token;
        var progress = new DbJobProgress(id, scopes, clock);
        try
        {
            if (own?.IsCancellationRequested == true)
            {
                await FinishCancelledAsync(progress);
                return;
            }
            await progress.SetAsync(j => j.SetProperty(x => x.Status, JobStatus.Running).SetProperty(x => x.StartedAt, clock.GetUtcNow()).SetProperty(x => x.HeartbeatAt, own is null ? null : clock.GetUtcNow()), CancellationToken.None);
            using var heartbeatStop = new CancellationTokenSource();
            var heartbeat = own is null ? Task.CompletedTask : HeartbeatAsync(id, progress, own, heartbeatStop.Token);
            JobOutcome outcome;
            string? error = null;
            var cancelled = false;
            try
            {
                outcome = await work(scope.ServiceProvider, progress, ct);
                error = outcome.Error;
            }
            catch (OperationCanceledException) when (own?.IsCancellationRequested == true)
            {
                outcome = new JobOutcome(false, null);
                cancelled = true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
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
            if (_cancellations.TryRemove(id, out var removed)) removed.Dispose();
        }
    }

    private Task FinishCancelledAsync(DbJobProgress progress) =>
        progress.SetAsync(j => j
            .SetProperty(x => x.Status, JobStatus.Cancelled)
            .SetProperty(x => x.FinishedAt, clock.GetUtcNow())
            .SetProperty(x => x.Phase, "Job.Phase.Cancelled"), CancellationToken.None);

    /// <summary>Once a second: write the latest progress and the heartbeat; pick up a cancel request made on another node.</summary>
    private async Task HeartbeatAsync(Guid id, DbJobProgress progress, CancellationTokenSource own, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Beat, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
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
                    if (await db.BackgroundJobs.AnyAsync(j => j.Id == id && j.CancelRequested, stop)) await own.CancelAsync();
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

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..max];

    [LoggerMessage(Level = LogLevel.Error, Message = "Background job {JobId} failed")]
    private static partial void LogJobFailed(ILogger logger, Exception ex, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Heartbeat of background job {JobId} failed; retrying")]
    private static partial void LogHeartbeatFailed(ILogger logger, Exception ex, Guid jobId);

    private sealed class DbJobProgress(Guid id, IServiceScopeFactory scopes, TimeProvider clock) : IJobProgress
    {
        private readonly Lock _gate = new();
        private DateTimeOffset _last = DateTimeOffset.MinValue;
        private string? _lastPhase;
        private (string? Phase, int Done, int Total, string? Detail) _latest = ("Job.Phase.Running", 0, 0, null);
        public Guid JobId => id;

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
