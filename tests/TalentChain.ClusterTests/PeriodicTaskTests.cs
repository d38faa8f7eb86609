using System.Diagnostics;
using System.Globalization;

namespace TalentChain.ClusterTests;

/// <summary>
/// Recurring tasks (mail outbox, reminders, the audit checkpoint…) on two nodes started together: each fire runs on one
/// node only, and neither node logs a failed run (two nodes running the same task at once used to collide on the
/// notification dedup key, log an error and not try again for hours). The runs are read from the PeriodicTaskRuns
/// table (name, node, start, end, success, error).
/// </summary>
public sealed class PeriodicTaskTests
{
    private readonly Cluster _cluster = Cluster.Current;

    [ClusterFact]
    public async Task PeriodicTasks_TwoNodes_EachFireRunsOnOneNodeWithoutFailure()
    {
        // The nodes start their tasks a few seconds after start-up; the mail outbox fires every 10 seconds.
        var clock = Stopwatch.StartNew();
        List<Run> runs;
        do
        {
            runs = Runs();
            if (runs.Count(r => r.Name == "mail.outbox") >= 3) break;
            await Task.Delay(1000);
        }
        while (clock.Elapsed < TimeSpan.FromSeconds(60));
        Assert.True(runs.Count(r => r.Name == "mail.outbox") >= 3, $"the mail outbox ran {runs.Count(r => r.Name == "mail.outbox")} times in a minute");
        Assert.All(runs, r => Assert.Contains(r.Node, _cluster.Nodes));

        // One node per fire: no scheduled fire time of a task is run twice (on one node or two). Start times alone do not
        // tell: under load a fire may start late and the next one on time, a few milliseconds later, which is correct.
        foreach (var fire in runs.Where(r => r.ScheduledFor is not null).GroupBy(r => (r.Name, r.ScheduledFor)))
            Assert.True(fire.Count() == 1, $"{fire.Key.Name} fire of {fire.Key.ScheduledFor:O} ran {fire.Count()} times: "
                + string.Join(", ", fire.Select(r => $"on {r.Node} at {r.Started:O}")));
        // And the fires follow the task's interval: no more runs than its interval allows in the time observed (+1 for the
        // first fire, +1 for a retry after a failure).
        var intervals = Intervals();
        foreach (var task in runs.Where(r => r.ScheduledFor is not null).GroupBy(r => r.Name))
        {
            var interval = intervals.TryGetValue(task.Key, out var i) ? i : TimeSpan.FromSeconds(10);
            var span = task.Max(r => r.ScheduledFor!.Value) - task.Min(r => r.ScheduledFor!.Value);
            Assert.True(task.Count() <= span / interval + 2, $"{task.Key} ran {task.Count()} times in {span} at an interval of {interval}");
        }
        var failed = runs.Where(r => r.Succeeded == false).ToList();
        Assert.True(failed.Count == 0, "failed runs: " + string.Join("; ", failed.Select(r => $"{r.Name} on {r.Node}: {r.Error}")));

        // Neither node's log has a failed periodic task.
        foreach (var node in _cluster.Nodes)
        {
            var errors = File.ReadLines(_cluster.NodeLog(node))
                .Where(l => l.Contains("Periodic task", StringComparison.Ordinal) && l.Contains("failed", StringComparison.Ordinal)).ToList();
            Assert.True(errors.Count == 0, $"{node}: {errors.Count} failed periodic runs, first: {errors.FirstOrDefault()?[..Math.Min(600, errors.First().Length)]}");
        }
    }

    private sealed record Run(string Name, string Node, DateTimeOffset Started, bool? Succeeded, string? Error, DateTimeOffset? ScheduledFor);

    /// <summary>
    /// The rows of PeriodicTaskRuns. A run without FinishedAt was cut short by a node being killed (the kill test does
    /// that on purpose): it has no outcome, so it is neither a success nor a failure.
    /// </summary>
    private List<Run> Runs()
    {
        const string sql = "SELECT \"Name\", \"Node\", to_char(\"StartedAt\" AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), "
            + "CASE WHEN \"FinishedAt\" IS NULL THEN '' ELSE \"Succeeded\"::text END, replace(replace(coalesce(\"Error\", ''), E'\\t', ' '), E'\\n', ' '), "
            + "coalesce(to_char(\"ScheduledFor\" AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), '') FROM \"PeriodicTaskRuns\"";
        return [.. _cluster.Query(sql).Select(r => new Run(r[0], r[1], DateTimeOffset.Parse(r[2], CultureInfo.InvariantCulture),
            r.Length > 3 && r[3].Length > 0 ? r[3] is "t" or "true" : null, r.Length > 4 && r[4].Length > 0 ? r[4] : null,
            r.Length > 5 && r[5].Length > 0 ? DateTimeOffset.Parse(r[5], CultureInfo.InvariantCulture) : null))];
    }

    /// <summary>The tasks' intervals as `jobs list` printed them when the cluster started (name TAB "every hh:mm:ss").</summary>
    private Dictionary<string, TimeSpan> Intervals()
    {
        var file = Path.Combine(_cluster.Dir, "periodic-tasks.tsv");
        var result = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        if (!File.Exists(file)) return result;
        foreach (var line in File.ReadAllLines(file))
        {
            var parts = line.Split('\t');
            if (parts.Length == 2 && TimeSpan.TryParse(parts[1].Replace("every ", "", StringComparison.Ordinal), CultureInfo.InvariantCulture, out var interval))
                result[parts[0]] = interval;
        }
        return result;
    }
}
