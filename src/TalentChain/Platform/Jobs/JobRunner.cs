using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Jobs;

/// <summary>Reports a running job's phase and progress; writes are throttled so progress costs little.</summary>
public interface IJobProgress
{
    Guid JobId { get; }
    Task ReportAsync(string phase, int done, int total, CancellationToken ct = default);
}

/// <summary>The work of a job: returns the JSON result to store (or throws, which marks the job failed).</summary>
public delegate Task<JobOutcome> JobWork(IServiceProvider services, IJobProgress progress, CancellationToken ct);

public sealed record JobOutcome(bool Succeeded, string? ResultJson);

/// <summary>
/// Runs long work off the request thread: the request records a job row and returns at once; this service
/// runs queued work one item at a time and keeps the row's phase/progress/result current for any node to show.
/// </summary>
public sealed partial class JobRunner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobRunner> log) : BackgroundService
{
    private readonly Channel<(Guid Id, string Actor, JobWork Work)> _queue = Channel.CreateUnbounded<(Guid, string, JobWork)>();

    public async Task<Guid> EnqueueAsync(string kind, string title, JobWork work, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var actor = scope.ServiceProvider.GetRequiredService<ICurrentUser>().Name;
        var job = new BackgroundJob { Id = Guid.NewGuid(), Kind = kind, Title = title, CreatedBy = actor, CreatedAt = clock.GetUtcNow(), Phase = "Job.Phase.Queued" };
        db.BackgroundJobs.Add(job);
        await db.SaveChangesAsync(ct);
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
            var job = new BackgroundJob { Id = Guid.NewGuid(), Kind = kind, Title = title, CreatedBy = actor, CreatedAt = clock.GetUtcNow() };
            db.BackgroundJobs.Add(job);
            await db.SaveChangesAsync(ct);
            id = job.Id;
            await ExecuteJobAsync(id, actor, work, ct);
        }
        using var read = scopes.CreateScope();
        return await read.ServiceProvider.GetRequiredService<TalentChainDbContext>().BackgroundJobs.AsNoTracking().SingleAsync(j => j.Id == id, ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (id, actor, work) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            await ExecuteJobAsync(id, actor, work, stoppingToken);
        }
    }

    private async Task ExecuteJobAsync(Guid id, string actor, JobWork work, CancellationToken ct)
    {
        using var actAs = HttpCurrentUser.ActAs(actor);
        using var scope = scopes.CreateScope();
        var progress = new DbJobProgress(id, scopes, clock);
        await progress.SetAsync(j => j.SetProperty(x => x.Status, JobStatus.Running).SetProperty(x => x.StartedAt, clock.GetUtcNow()), ct);
        JobOutcome outcome;
        string? error = null;
        try
        {
            outcome = await work(scope.ServiceProvider, progress, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogJobFailed(log, ex, id);
            outcome = new JobOutcome(false, null);
            error = ex.Message;
        }
        await progress.SetAsync(j => j
            .SetProperty(x => x.Status, outcome.Succeeded ? JobStatus.Succeeded : JobStatus.Failed)
            .SetProperty(x => x.FinishedAt, clock.GetUtcNow())
            .SetProperty(x => x.Phase, outcome.Succeeded ? "Job.Phase.Done" : "Job.Phase.Failed")
            .SetProperty(x => x.ResultJson, outcome.ResultJson)
            .SetProperty(x => x.Error, error), CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Background job {JobId} failed")]
    private static partial void LogJobFailed(ILogger logger, Exception ex, Guid jobId);

    private sealed class DbJobProgress(Guid id, IServiceScopeFactory scopes, TimeProvider clock) : IJobProgress
    {
        private DateTimeOffset _last = DateTimeOffset.MinValue;
        private string? _lastPhase;
        public Guid JobId => id;

        public async Task ReportAsync(string phase, int done, int total, CancellationToken ct = default)
        {
            var now = clock.GetUtcNow();
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
