using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Jobs;

/// <summary>
/// Recurring work (reminders, alerts, the mail outbox). Each fire runs on exactly one node (a Quartz trigger in the
/// clustered job store, ADR 0034); a run by hand (admin API, <c>jobs run</c>) may still meet a scheduled one, so tasks
/// stay idempotent: notification dedup keys or row-level claims.
/// </summary>
public interface IPeriodicTask
{
    /// <summary>Stable name, e.g. "program.review-reminders"; used by the admin API and <c>jobs run</c>.</summary>
    string Name { get; }
    TimeSpan Interval { get; }
    Task RunAsync(CancellationToken ct);
}

public sealed class PeriodicTaskOptions
{
    public const string Section = "Jobs:Periodic";
    /// <summary>Run periodic tasks in the background (off in the Testing environment: tests call them directly).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Delay before the first fire after the tasks are first registered.</summary>
    public TimeSpan StartDelay { get; set; } = TimeSpan.FromSeconds(20);
    /// <summary>A failed run is tried again after this long (once), not only at its next interval.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Registration of one periodic task type (see AddPeriodicTask).</summary>
public sealed record PeriodicTaskRegistration(Type Type);

public static class PeriodicTaskServiceCollectionExtensions
{
    /// <summary>Registers a periodic task (scoped: each run gets a fresh scope and DbContext).</summary>
    public static IServiceCollection AddPeriodicTask<T>(this IServiceCollection services) where T : class, IPeriodicTask
    {
        services.AddScoped<T>();
        services.AddSingleton(new PeriodicTaskRegistration(typeof(T)));
        return services;
    }
}

/// <summary>Finds and runs periodic tasks by name (scheduler, admin API, CLI, tests); every run is recorded in PeriodicTaskRuns.</summary>
public sealed partial class PeriodicTasks(
    IEnumerable<PeriodicTaskRegistration> registrations,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<JobsOptions> jobs,
    IOptions<PeriodicTaskOptions> options,
    ILogger<PeriodicTasks> log)
{
    public TimeSpan RetryDelay => options.Value.RetryDelay;

    public IReadOnlyList<(string Name, TimeSpan Interval)> List()
    {
        using var scope = scopes.CreateScope();
        return [.. registrations.Select(r => (IPeriodicTask)scope.ServiceProvider.GetRequiredService(r.Type)).Select(t => (t.Name, t.Interval)).OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    /// <summary>Runs the named task once in a fresh scope; false when no task has that name. A failure is recorded and thrown.</summary>
    public async Task<bool> RunAsync(string name, CancellationToken ct = default)
    {
        var type = Find(name);
        if (type is null) return false;
        await RunRecordedAsync(type, name, null, ct);
        return true;
    }

    /// <summary>One scheduled fire: runs the task, records the run; a failure is logged and answered with false (retried by the caller).</summary>
    internal async Task<bool> RunScheduledAsync(string name, DateTimeOffset? scheduledFor, CancellationToken ct)
    {
        var type = Find(name);
        if (type is null)
        {
            LogUnknown(log, name);
            return true;
        }
        try
        {
            await RunRecordedAsync(type, name, scheduledFor, ct);
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex)
        {
            LogFailed(log, ex, name, options.Value.RetryDelay);
            return false;
        }
    }

    private Type? Find(string name)
    {
        using var scope = scopes.CreateScope();
        return registrations.Select(r => r.Type).FirstOrDefault(t => string.Equals(((IPeriodicTask)scope.ServiceProvider.GetRequiredService(t)).Name, name, StringComparison.Ordinal));
    }

    private async Task RunRecordedAsync(Type type, string name, DateTimeOffset? scheduledFor, CancellationToken ct)
    {
        var run = new PeriodicRun { Name = name, Node = jobs.Value.ResolvedNodeName, ScheduledFor = scheduledFor, StartedAt = clock.GetUtcNow() };
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
            db.PeriodicTaskRuns.Add(run);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        string? error = null;
        try
        {
            using var scope = scopes.CreateScope();
            using var actor = HttpCurrentUser.ActAs("system:" + name);
            await ((IPeriodicTask)scope.ServiceProvider.GetRequiredService(type)).RunAsync(ct);
        }
        catch (Exception ex)
        {
            error = ex.GetType().Name + ": " + ex.Message;
            throw;
        }
        finally
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
            var finished = clock.GetUtcNow();
            var text = error is null ? null : error.Length <= 2000 ? error : error[..2000];
            await db.PeriodicTaskRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(r => r
                .SetProperty(x => x.FinishedAt, finished)
                .SetProperty(x => x.Succeeded, text == null)
                .SetProperty(x => x.Error, text), CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Periodic task {Name} failed; it is tried again in {Retry}")]
    private static partial void LogFailed(ILogger logger, Exception ex, string name, TimeSpan retry);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A periodic trigger names task {Name}, which this version does not have; ignored")]
    private static partial void LogUnknown(ILogger logger, string name);
}

/// <summary>
/// Every minute: a running job whose heartbeat stopped more than two minutes ago (its node died — or the whole cluster
/// went down and came back) is recorded as interrupted, so no job stays "running" for ever.
/// </summary>
public sealed class StaleJobSweepTask(JobRunner runner) : IPeriodicTask
{
    public string Name => "jobs.interrupted-sweep";
    public TimeSpan Interval => TimeSpan.FromMinutes(1);
    public Task RunAsync(CancellationToken ct) => runner.InterruptStaleAsync(ct);
}
