using System.Diagnostics;
using System.Globalization;
using System.Text;
using TalentChain.Optimization.Rotations;

namespace TalentChain.Optimization.Bench;

/// <summary>
/// Rotation benchmark: `rotations [--quick] [--seeds 3] [--time-limit 60] [--out file.md] [--save dir]`.
/// Seeded instances (5,000 participants × 100 host units × 12 periods, 5 rotations, 3 segments; --quick: 500 × 30),
/// slack and tight capacity, each solved once after a warm-up; medians over the seeds.
/// </summary>
internal static class RotationBench
{
    public static int Run(string[] args)
    {
        var quick = args.Contains("--quick");
        var seeds = int.Parse(Arg(args, "--seeds") ?? "3", CultureInfo.InvariantCulture);
        var limit = int.Parse(Arg(args, "--time-limit") ?? "60", CultureInfo.InvariantCulture);
        var outFile = Arg(args, "--out") ?? (quick ? null : "bench/results/2026-11-22-rotations.md");
        var saveDir = Arg(args, "--save");
        var (participants, units) = quick ? (500, 30) : (5000, 100);

        // Warm-up (JIT) on a small instance, not measured.
        RotationSolver.Solve(RotationInstanceGenerator.Generate(200, 20, 12, 1.5, 99), new SolverOptions { TimeLimit = TimeSpan.FromSeconds(10) });

        var rows = new List<Row>();
        var only = Arg(args, "--case");
        foreach (var (caseName, factor) in new[] { ("slack", 1.5), ("tight", 0.85) }.Where(c => only is null || c.Item1 == only))
            for (var seed = 1; seed <= seeds; seed++)
            {
                var instance = RotationInstanceGenerator.Generate(participants, units, 12, factor, seed);
                if (saveDir is not null)
                {
                    Directory.CreateDirectory(saveDir);
                    File.WriteAllText(Path.Combine(saveDir, $"rotations-{caseName}-{seed}.json"), RotationJson.WriteInstance(instance));
                }
                var sw = Stopwatch.StartNew();
                var result = RotationSolver.Solve(instance, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(limit), Seed = seed },
                    args.Contains("--verbose") ? new ConsoleProgress(sw) : null);
                sw.Stop();
                if (saveDir is not null) File.WriteAllText(Path.Combine(saveDir, $"rotations-{caseName}-{seed}.result.json"), RotationJson.WriteResult(result));
                var errors = RotationValidation.CheckResult(instance, result);
                if (errors.Count > 0)
                {
                    Console.Error.WriteLine($"INFEASIBLE result ({caseName}, seed {seed}): {string.Join("; ", errors.Take(5))}");
                    return 1;
                }
                var demand = instance.Participants.Count;
                var capacity = instance.HostUnits.Sum(u => u.Capacity.Sum());
                var row = new Row(caseName, seed, demand, capacity, sw.Elapsed.TotalSeconds, result.Placed, result.TotalScore, result.Bound.Count, result.Bound.Score, result.Gap,
                    result.Optimal, result.Unplaced.GroupBy(u => u.Code).ToDictionary(g => g.Key, g => g.Count()));
                rows.Add(row);
                Console.WriteLine(Format(row));
            }

        var md = Markdown(rows, quick, participants, units, limit);
        Console.WriteLine();
        Console.WriteLine(md);
        if (outFile is not null) File.WriteAllText(outFile, md);
        return 0;
    }

    /// <summary>Synchronous progress lines on standard error (--verbose).</summary>
    private sealed class ConsoleProgress(Stopwatch sw) : IProgress<SolverProgress>
    {
        public void Report(SolverProgress value) => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {sw.Elapsed.TotalSeconds,7:F2} s [{value.Phase}] {value.Fraction:F3} best ({value.Best?.Count}, {value.Best?.Score}) bound ({value.Bound?.Count}, {value.Bound?.Score})"));
    }

    private sealed record Row(string Case, int Seed, int Participants, int Places, double Seconds, int Placed, long Score, long BoundPlaced, long BoundScore, double Gap, bool Optimal,
        Dictionary<UnplacedReason, int> Reasons);

    private static string Format(Row r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Case,-6} seed {r.Seed}: {r.Seconds,7:F2} s  placed {r.Placed}/{r.Participants}  score {r.Score}  bound ({r.BoundPlaced}, {r.BoundScore})  gap {r.Gap:P3}{(r.Optimal ? "  optimal" : "")}  unplaced {string.Join(", ", r.Reasons.Select(x => $"{x.Key} {x.Value}"))}");

    private static string Markdown(List<Row> rows, bool quick, int participants, int units, int limit)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"# Rotation scheduling benchmark — 2026-11-22{(quick ? " (quick)" : "")}");
        sb.AppendLine();
        sb.AppendLine(inv, $"`dotnet run -c Release --project bench/TalentChain.Optimization.Bench -- rotations{(quick ? " --quick" : "")}`: seeded instances of {participants:N0} participants × {units} host units × 12 periods,");
        sb.AppendLine(inv, $"5 rotations each, at least 3 of 7 segments, staggered start periods (1–8, 0.5 % later), 6–12 preferences per participant skewed towards popular units,");
        sb.AppendLine(inv, $"capacity per period = factor × the participants whose window covers it (slack 1.5, tight 0.85), spread over units, 5 % of cells closed.");
        sb.AppendLine(inv, $"Time limit {limit} s, default gap tolerance 0.1 %. Release build, after a warm-up; one solve at a time on a 2-core machine shared with other work.");
        sb.AppendLine(inv, $"Every result passed `RotationValidation.CheckResult` (feasible, totals consistent).");
        sb.AppendLine();
        sb.AppendLine("| case | seed | time (s) | placed | total score | bound (placed, score) | gap | unplaced by reason |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
            sb.AppendLine(inv, $"| {r.Case} | {r.Seed} | {r.Seconds:F2} | {r.Placed} / {r.Participants} | {r.Score} | ({r.BoundPlaced}, {r.BoundScore}) | {r.Gap:P3}{(r.Optimal ? " (optimal)" : "")} | {string.Join(", ", r.Reasons.OrderBy(x => x.Key).Select(x => $"{x.Key} {x.Value}"))} |");
        sb.AppendLine();
        sb.AppendLine("Medians over the seeds:");
        sb.AppendLine();
        sb.AppendLine("| case | time (s) | placed | total score | bound placed | bound score | gap |");
        sb.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var g in rows.GroupBy(r => r.Case))
            sb.AppendLine(inv, $"| {g.Key} | {Median(g.Select(r => r.Seconds)):F2} | {Median(g.Select(r => (double)r.Placed))} | {Median(g.Select(r => (double)r.Score))} | {Median(g.Select(r => (double)r.BoundPlaced))} | {Median(g.Select(r => (double)r.BoundScore))} | {Median(g.Select(r => r.Gap)):P3} |");
        return sb.ToString();
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length == 0 ? 0 : v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

/// <summary>Seeded rotation instances: popular units, staggered starts, capacity scaled to the demand of each period.</summary>
internal static class RotationInstanceGenerator
{
    private static readonly string[] Segments = ["mining", "separation", "metals", "materials", "magnets", "recycling", "applications"];

    public static RotationInstance Generate(int participants, int units, int periods, double capacityFactor, int seed)
    {
        const int rotations = 5;
        var rng = new Random(seed);
        var popularity = Enumerable.Range(0, units).Select(i => 1.0 / Math.Pow(i + 1, 0.8)).ToArray();
        // Shuffle popularity over units so popular units are in every segment.
        for (var i = units - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (popularity[i], popularity[j]) = (popularity[j], popularity[i]);
        }
        var unitIds = Enumerable.Range(1, units).Select(i => $"U{i:D3}").ToArray();
        var people = new List<RotationParticipant>();
        var demand = new double[periods];
        for (var p = 0; p < participants; p++)
        {
            var start = rng.NextDouble() < 0.005 ? rng.Next(periods - rotations + 2, periods + 1) : rng.Next(1, periods - rotations + 2);
            var home = rng.NextDouble() < 0.1 ? $"HQ{rng.Next(1, 6)}" : unitIds[rng.Next(units)];
            var prefs = new Dictionary<string, int>(StringComparer.Ordinal);
            var count = rng.Next(6, 13);
            var total = popularity.Sum();
            for (var guard = 0; prefs.Count < count && guard < 1000; guard++)
            {
                var x = rng.NextDouble() * total;
                var u = 0;
                while (u < units - 1 && (x -= popularity[u]) > 0) u++;
                if (unitIds[u] == home || prefs.ContainsKey(unitIds[u])) continue;
                prefs[unitIds[u]] = Math.Max(1, 10 - prefs.Count + rng.Next(-1, 2));
            }
            people.Add(new RotationParticipant($"P{p + 1:D5}", home, start, prefs));
            for (var t = start - 1; t < Math.Min(periods, start - 1 + rotations); t++) demand[t]++;
        }
        var share = Enumerable.Range(0, units).Select(u => 0.5 + rng.NextDouble() + popularity[u]).ToArray();
        var shareTotal = share.Sum();
        var hostUnits = new List<HostUnit>();
        for (var u = 0; u < units; u++)
        {
            var cap = new int[periods];
            for (var t = 0; t < periods; t++)
            {
                var x = capacityFactor * demand[t] * share[u] / shareTotal;
                cap[t] = rng.NextDouble() < 0.05 ? 0 : (int)Math.Floor(x) + (rng.NextDouble() < x - Math.Floor(x) ? 1 : 0);
            }
            hostUnits.Add(new HostUnit(unitIds[u], Segments[u % Segments.Length], cap));
        }
        return new RotationInstance(periods, rotations, 3, hostUnits, people);
    }
}
