using Microsoft.Extensions.Options;
using TalentChain.Platform.Auth;

namespace TalentChain.Platform.Jobs;

/// <summary>
/// Recurring work (reminders, alerts, the mail outbox). Runs on every node, so it must be idempotent: use
/// notification dedup keys or row-level claims, never "run once" assumptions.
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
    /// <summary>Delay before the first run after start-up.</summary>
    public TimeSpan StartDelay { get; set; } = TimeSpan.FromSeconds(20);
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

/// <summary>Finds and runs periodic tasks by name (admin API, CLI, tests).</summary>
public sealed class PeriodicTasks(IEnumerable<PeriodicTaskRegistration> registrations, IServiceScopeFactory scopes)
{
    public IReadOnlyList<(string Name, TimeSpan Interval)> List()
    {
        using var scope = scopes.CreateScope();
        return [.. registrations.Select(r => (IPeriodicTask)scope.ServiceProvider.GetRequiredService(r.Type)).Select(t => (t.Name, t.Interval)).OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    /// <summary>Runs the named task once in a fresh scope; false when no task has that name.</summary>
    public async Task<bool> RunAsync(string name, CancellationToken ct = default)
    {
        foreach (var r in registrations)
        {
            using var scope = scopes.CreateScope();
            var task = (IPeriodicTask)scope.ServiceProvider.GetRequiredService(r.Type);
            if (!string.Equals(task.Name, name, StringComparison.Ordinal)) continue;
            using var actor = HttpCurrentUser.ActAs("system:" + task.Name);
            await task.RunAsync(ct);
            return true;
        }
        return false;
    }
}

/// <summary>Runs each registered task on its own interval, each run in a new scope; a failing run is logged and retried next interval.</summary>
internal sealed partial class PeriodicTaskHost(
    IEnumerable<PeriodicTaskRegistration> registrations,
    IServiceScopeFactory scopes,
    IOptions<PeriodicTaskOptions> options,
    TimeProvider clock,
    ILogger<PeriodicTaskHost> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        try
        {
            await Task.Delay(options.Value.StartDelay, clock, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await Task.WhenAll(registrations.Select(r => LoopAsync(r.Type, stoppingToken)));
    }

    private async Task LoopAsync(Type type, CancellationToken ct)
    {
        TimeSpan interval;
        string name;
        using (var scope = scopes.CreateScope())
        {
            var task = (IPeriodicTask)scope.ServiceProvider.GetRequiredService(type);
            (name, interval) = (task.Name, task.Interval);
        }
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                using var actor = HttpCurrentUser.ActAs("system:" + name);
                await ((IPeriodicTask)scope.ServiceProvider.GetRequiredService(type)).RunAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(log, ex, name);
            }
        }
        while (await WaitAsync(timer, ct));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Periodic task {Name} failed; it runs again at its next interval")]
    private static partial void LogFailed(ILogger logger, Exception ex, string name);
}
