using System.Diagnostics;
using System.Globalization;
using System.Text;
using TalentChain.Optimization.Mentoring;

namespace TalentChain.Optimization.Bench;

/// <summary>
/// <c>mentoring [--quick] [--seeds N] [--time-limit S] [--gap G] [--no-cbc] [--small-only|--large-only] [--out FILE]</c>: seeded rounds of 2,000 participants /
/// 600 mentors and 20,000 / 5,000, solved by our solver (Release, after a warm-up); the 2,000-participant rounds are
/// also exported as LP and solved by CBC in the same run. Writes markdown to bench/results/2026-11-22-mentoring.md
/// (--quick: one seed of the small size only, to …-mentoring-quick.md, which is not kept).
/// <c>mentoring --export-lp round.json round.lp</c> writes any round file as LP.
/// </summary>
internal static class MentoringBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "--export-lp") return ExportLp(args[1..]);
        var quick = args.Contains("--quick");
        var seeds = Option(args, "--seeds") is { } s ? int.Parse(s, Inv) : quick ? 1 : 3;
        var timeLimit = Option(args, "--time-limit") is { } t ? double.Parse(t, Inv) : 120;
        var useCbc = !args.Contains("--no-cbc");
        var gap = Option(args, "--gap") is { } g ? double.Parse(g, Inv) : SolverOptions.Default.GapTolerance;
        var output = Option(args, "--out") ?? Path.Combine(RepoRoot(), "bench", "results", quick ? "2026-11-22-mentoring-quick.md" : "2026-11-22-mentoring.md");
        var sizes = quick ? new[] { (2000, 600) } : args.Contains("--large-only") ? [(20000, 5000)] : args.Contains("--small-only") ? [(2000, 600)] : [(2000, 600), (20000, 5000)];
        var cbc = useCbc ? FindCbc() : null;

        // Warm-up (JIT) on a small round.
        MentoringSolver.Solve(MentoringGenerator.Create(300, 90, 1));

        var md = new StringBuilder();
        md.AppendLine("# Mentoring solver benchmark (1+1+1 matching)").AppendLine();
        md.AppendLine(Inv, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores (shared), .NET {Environment.Version}, Release. ");
        md.AppendLine(Inv, $"`dotnet run -c Release --project bench/TalentChain.Optimization.Bench -- mentoring{(quick ? " --quick" : "")}`; time limit {timeLimit} s, gap tolerance {gap:P1}, seeds 1..{seeds}. ");
        md.AppendLine(Inv, $"Load average at the start: {LoadAverage()} (the machine is shared; wall times are inflated when it is busy, CPU time much less so). ");
        md.AppendLine("Generator: `bench/TalentChain.Optimization.Bench/MentoringGenerator.cs` (10–30 eligible mentors per participant and role, skewed popularity, scores 0–100, capacities 0–4 per role, 2–8 total).").AppendLine();
        var cbcRows = new List<string>();
        var medians = new List<string>();
        var variants = quick ? new[] { ("niche mentors (spare places) and popular ones", 0.25) }
            : [("niche mentors (spare places) and popular ones", 0.25), ("no niche mentors: every mentor over-subscribed", 0.0)];
        foreach (var (variant, niche) in variants)
        {
            md.AppendLine(Inv, $"### {char.ToUpperInvariant(variant[0])}{variant[1..]}").AppendLine();
            md.AppendLine("| participants / mentors | seed | candidates | slots | our time (s) | our CPU (s) | relaxation (s) | filled | score | bound (filled, score) | gap | optimal | B&B nodes | mentors full / with slack |");
            md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var (participants, mentors) in sizes)
            {
                var times = new List<double>();
                for (var seed = 1; seed <= seeds; seed++)
                {
                    var instance = MentoringGenerator.Create(participants, mentors, seed, niche);
                    var slots = instance.Candidates.Select(c => (c.Participant, c.Role)).Distinct().Count();
                    var relaxation = 0.0;
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var watch = Stopwatch.StartNew();
                    var progress = new Recorder(p =>
                    {
                        if (p.Phase == "relaxation" && p.Fraction == 1) relaxation = watch.Elapsed.TotalSeconds;
                        Console.Error.WriteLine(string.Create(Inv, $"  {watch.Elapsed.TotalSeconds,7:F2}s [{p.Phase}] best {p.Best} bound {p.Bound}"));
                    });
                    Console.Error.WriteLine($"{variant}: {participants}/{mentors} seed {seed}: {instance.Candidates.Count} candidates");
                    var result = MentoringSolver.Solve(instance, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(timeLimit), GapTolerance = gap }, progress);
                    watch.Stop();
                    var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                    var violations = MentoringValidation.CheckResult(instance, result);
                    if (violations.Count > 0) throw new InvalidOperationException($"infeasible result: {violations[0]}");
                    times.Add(watch.Elapsed.TotalSeconds);
                    md.AppendLine(Inv, $"| {participants:N0} / {mentors:N0} | {seed} | {instance.Candidates.Count:N0} | {slots:N0} | {watch.Elapsed.TotalSeconds:F2} | {cpuSeconds:F2} | {relaxation:F2} | {result.FilledSlots:N0} | {result.TotalScore:N0} | ({result.Bound.Count:N0}, {result.Bound.Score:N0}) | {result.Gap:P4} | {(result.Optimal ? "yes" : "no")} | {result.SearchNodes:N0} | {Load(instance, result)} |");
                    if (participants == 2000 && useCbc) cbcRows.Add(RunCbc(cbc, instance, result, watch.Elapsed.TotalSeconds, seed, variant));
                }
                times.Sort();
                medians.Add(string.Create(Inv, $"| {variant} | {participants:N0} / {mentors:N0} | {times[times.Count / 2]:F2} | {times[0]:F2} | {times[^1]:F2} |"));
            }
            md.AppendLine();
        }
        md.AppendLine("Median over seeds:").AppendLine();
        md.AppendLine("| round | participants / mentors | median time (s) | min | max |").AppendLine("|---|---|---|---|---|");
        foreach (var row in medians) md.AppendLine(row);
        md.AppendLine().AppendLine("## CBC on the 2,000-participant rounds (same instances, LP from `MentoringLp.Write`)").AppendLine();
        if (!useCbc) md.AppendLine("Skipped (--no-cbc).");
        else if (cbc is null) md.AppendLine("CBC not found on PATH (`apt-get install -y coinor-cbc`); only our solver was run.");
        else
        {
            md.AppendLine("CBC objective = Σ (W + score)·x; filled and score are recomputed from CBC's solution file. CBC time is its own reported time; process time includes reading the LP.").AppendLine();
            md.AppendLine("| round | seed | ours (filled, score) | ours time (s) | CBC status | CBC (filled, score) | CBC time (s) | CBC process (s) | match |");
            md.AppendLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var row in cbcRows) md.AppendLine(row);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, md.ToString());
        Console.WriteLine(md.ToString());
        Console.Error.WriteLine($"written {output}");
        return 0;
    }

    /// <summary><c>mentoring --export-lp round.json round.lp</c>: a round in the interchange format as an LP file (for CBC, GLPK, HiGHS).</summary>
    public static int ExportLp(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: mentoring --export-lp <round.json> <round.lp>");
            return 2;
        }
        var instance = MentoringJson.ReadInstance(File.ReadAllText(args[0]));
        using (var writer = new StreamWriter(args[1])) MentoringLp.Write(instance, writer);
        Console.WriteLine(string.Create(Inv, $"{args[1]}: {instance.Candidates.Count} variables, W = {MentoringLp.SlotWeight(instance)}"));
        return 0;
    }

    private static string RunCbc(string? cbc, MentoringInstance instance, MentoringResult ours, double ourTime, int seed, string variant)
    {
        var ourValue = string.Create(Inv, $"({ours.FilledSlots:N0}, {ours.TotalScore:N0})");
        if (cbc is null) return string.Create(Inv, $"| {variant} | {seed} | {ourValue} | {ourTime:F2} | not installed | | | | |");
        var dir = Directory.CreateTempSubdirectory("mentoring-cbc-");
        try
        {
            var lp = Path.Combine(dir.FullName, "round.lp");
            var sol = Path.Combine(dir.FullName, "round.sol");
            using (var writer = new StreamWriter(lp)) MentoringLp.Write(instance, writer);
            var start = new ProcessStartInfo(cbc, [lp, "sec", "900", "solve", "solu", sol]) { RedirectStandardOutput = true, RedirectStandardError = true };
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var stdoutTask = process.StandardOutput.ReadToEndAsync();
            var stderrTask = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            watch.Stop();
            var stdout = stdoutTask.Result;
            _ = stderrTask.Result;
            var cbcTime = stdout.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("Total time (CPU seconds):", StringComparison.Ordinal)) is { } line
                ? line.Split(':', 2)[1].Trim().Split(' ')[0] : "?";
            var lines = File.ReadAllLines(sol);
            var status = lines.Length > 0 ? lines[0].Split(" - ")[0].Trim() : "no solution";
            long filled = 0, score = 0;
            foreach (var l in lines.Skip(1))
            {
                var parts = l.Replace("**", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 3 || !parts[1].StartsWith('x')) continue;
                if (double.Parse(parts[2], Inv) < 0.5) continue;
                filled++;
                score += instance.Candidates[int.Parse(parts[1].AsSpan(1), Inv)].Score;
            }
            var match = filled == ours.FilledSlots && score == ours.TotalScore ? "yes" : "**no**";
            return string.Create(Inv, $"| {variant} | {seed} | {ourValue} | {ourTime:F2} | {status} | ({filled:N0}, {score:N0}) | {cbcTime} | {watch.Elapsed.TotalSeconds:F2} | {match} |");
        }
        finally
        {
            dir.Delete(true);
        }
    }

    /// <summary>Mentors whose total capacity is used up vs mentors left with spare total capacity.</summary>
    private static string Load(MentoringInstance instance, MentoringResult result)
    {
        var used = result.Assignments.GroupBy(a => a.Mentor).ToDictionary(g => g.Key, g => g.Count());
        var full = instance.Mentors.Count(m => used.GetValueOrDefault(m.Id) >= m.TotalCapacity);
        return string.Create(Inv, $"{full:N0} / {instance.Mentors.Count - full:N0}");
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string? FindCbc() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "cbc")).FirstOrDefault(File.Exists);

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "TalentChain.slnx"))) return d.FullName;
        return Directory.GetCurrentDirectory();
    }

    private sealed class Recorder(Action<SolverProgress> report) : IProgress<SolverProgress>
    {
        public void Report(SolverProgress value) => report(value);
    }
}
