using System.Diagnostics;
using System.Globalization;
using System.Text;
using TalentChain.Optimization.Placement;

namespace TalentChain.Optimization.Bench;

/// <summary>
/// <c>placement [--sizes 500,5000,20000] [--seeds 3] [--max-seats 4] [--time-limit 900] [--no-cbc] [--no-highs] [--out FILE]</c>:
/// seeded rounds from <see cref="PlacementGenerator"/> solved by <see cref="PlacementSolver"/> (Release, after a
/// warm-up; the whole solve: validation, network, flow and certificate), its certificate verified, then the same round
/// as a MIP (MPS, one binary per candidate, objective Σ (CountWeight + value)·x, pins fixed, gaps 0) solved by CBC
/// (Debian coinor-cbc, command line) and by HiGHS 1.12 through Google.OrTools' ModelBuilder (a file-based .NET program
/// written to a temp folder, outside the repo), one solver at a time. Peak memory: ours from a child process run with
/// and without the solve under /usr/bin/time; CBC and HiGHS from /usr/bin/time around their process.
/// <c>placement --one N SEED MAXSEATS [--no-solve]</c> is that child. Writes bench/results/2026-12-07-placement.md.
/// </summary>
internal static class PlacementBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private const string HighsProgram = """
        #:package Google.OrTools@9.15.6755
        // HiGHS reference for the TalentChain placement bench: reads an MPS file, solves it, writes the columns at 1.
        using System.Diagnostics;
        using System.Globalization;
        using Google.OrTools.ModelBuilder;
        var model = new Model();
        var watch = Stopwatch.StartNew();
        if (!model.ImportFromMpsString(File.ReadAllText(args[0]))) { Console.Error.WriteLine("import failed"); return 1; }
        var import = watch.Elapsed.TotalSeconds;
        var solver = new Solver(args.Length > 3 ? args[3] : "highs");
        if (!solver.SolverIsSupported()) { Console.Error.WriteLine("solver not supported"); return 2; }
        solver.SetTimeLimitInSeconds(double.Parse(args[2], CultureInfo.InvariantCulture));
        solver.SetSolverSpecificParameters("mip_rel_gap=0\nmip_abs_gap=0");
        watch.Restart();
        var status = solver.Solve(model);
        var solve = watch.Elapsed.TotalSeconds;
        using (var output = new StreamWriter(args[1]))
            if (solver.HasSolution())
                for (var i = 0; i < model.VariablesCount(); i++)
                    if (solver.Value(model.VarFromIndex(i)) > 0.5) output.WriteLine(model.VarFromIndex(i).Name);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"status {status} import {import:F3} solve {solve:F3}"));
        return 0;
        """;

    public static int Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "--one") return One(args[1..]);
        var sizes = (Option(args, "--sizes") ?? "500,5000,20000").Split(',').Select(s => int.Parse(s, Inv)).ToArray();
        var seeds = Option(args, "--seeds") is { } s ? int.Parse(s, Inv) : 3;
        var timeLimit = Option(args, "--time-limit") is { } t ? int.Parse(t, Inv) : 900;
        var maxSeats = Option(args, "--max-seats") is { } ms ? int.Parse(ms, Inv) : 4;
        var output = Option(args, "--out") ?? Path.Combine(RepoRoot(), "bench", "results", "2026-12-07-placement.md");
        var cbc = args.Contains("--no-cbc") ? null : Which("cbc");
        var timeTool = File.Exists("/usr/bin/time") ? "/usr/bin/time" : null;
        var highs = args.Contains("--no-highs") ? null : PrepareHighs();

        PlacementSolver.Solve(PlacementGenerator.Create(300, 99));   // warm-up (JIT), not measured

        var rows = new List<Row>();
        foreach (var size in sizes)
            for (var seed = 1; seed <= seeds; seed++)
            {
                var instance = PlacementGenerator.Create(size, seed, maxSeats: maxSeats);
                var row = Ours(instance, size, seed);
                Console.Error.WriteLine(string.Create(Inv, $"{size} seed {seed}: ours {row.Seconds:F3} s ({row.Value.Count}, {row.Value.Score})"));
                row = row with { Memory = timeTool is null ? null : OurMemory(timeTool, size, seed, maxSeats) };
                var dir = Directory.CreateTempSubdirectory("placement-bench-");
                try
                {
                    var mps = Path.Combine(dir.FullName, "round.mps");
                    using (var writer = new StreamWriter(mps)) WriteMps(instance, row.CountWeight, writer);
                    if (cbc is not null) row = row with { Cbc = RunReference(instance, "CBC", timeTool, cbc, [mps, "sec", timeLimit.ToString(Inv), "ratioGap", "0", "allowableGap", "0", "solve", "solu", Path.Combine(dir.FullName, "cbc.sol")], Path.Combine(dir.FullName, "cbc.sol"), CbcSolution) };
                    Console.Error.WriteLine($"  CBC: {row.Cbc}");
                    if (highs is not null) row = row with { Highs = RunReference(instance, "HiGHS", timeTool, "dotnet", ["run", highs, "--", mps, Path.Combine(dir.FullName, "highs.sol"), timeLimit.ToString(Inv)], Path.Combine(dir.FullName, "highs.sol"), HighsSolution) };
                    Console.Error.WriteLine($"  HiGHS: {row.Highs}");
                }
                finally
                {
                    dir.Delete(true);
                }
                rows.Add(row);
            }

        var md = Markdown(rows, seeds, timeLimit, maxSeats, cbc is not null, highs is not null);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, md);
        Console.WriteLine(md);
        Console.Error.WriteLine($"written {output}");
        return rows.All(r => r.Verified && (r.Cbc is null || r.Cbc.Value == r.Value) && (r.Highs is null || r.Highs.Value == r.Value)) ? 0 : 1;
    }

    private static Row Ours(PlacementInstance instance, int size, int seed)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(true);
        double flowEnd = 0, certificateStart = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var progress = new Recorder(p =>
        {
            if (p.Phase == "flow" && p.Fraction == 0) flowEnd = -watch.Elapsed.TotalSeconds;
            if (p.Phase == "flow" && p.Fraction == 1) flowEnd += watch.Elapsed.TotalSeconds;
            if (p.Phase == "certificate" && p.Fraction == 0) certificateStart = watch.Elapsed.TotalSeconds;
        });
        var result = PlacementSolver.Solve(instance, null, progress);
        var seconds = watch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var allocatedMb = (GC.GetTotalAllocatedBytes(true) - allocated) / 1048576.0;
        watch.Restart();
        var verified = PlacementSolver.VerifyCertificate(instance, result, out var problem);
        var verify = watch.Elapsed.TotalSeconds;
        if (!verified) Console.Error.WriteLine($"CERTIFICATE REFUSED ({size}, seed {seed}): {problem}");
        return new Row(size, seed, instance.Candidates.Count, instance.Roles.Count, instance.Roles.Sum(r => r.Seats), instance.Participants.Sum(p => p.MaxRoles),
            instance.Candidates.Count(c => c.Pinned), seconds, cpuSeconds, flowEnd, seconds - certificateStart, verify, allocatedMb, result.Value, result.Unplaced.Count, verified,
            result.Certificate!.CountWeight, null, null, null);
    }

    /// <summary>Peak RSS (MB) of a child that builds the round and solves it, and of one that only builds it.</summary>
    private static (double Solve, double Instance)? OurMemory(string timeTool, int size, int seed, int maxSeats)
    {
        var self = typeof(PlacementBench).Assembly.Location;
        double? Peak(params string[] extra)
        {
            var (_, stderr, _) = Execute(timeTool, ["-f", "PEAK %M", "dotnet", self, "placement", "--one", size.ToString(Inv), seed.ToString(Inv), maxSeats.ToString(Inv), .. extra]);
            var line = stderr.Split('\n').LastOrDefault(l => l.StartsWith("PEAK ", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line[5..], Inv) / 1024.0;
        }
        return Peak() is { } solve && Peak("--no-solve") is { } only ? (solve, only) : null;
    }

    private static int One(string[] args)
    {
        var instance = PlacementGenerator.Create(int.Parse(args[0], Inv), int.Parse(args[1], Inv), maxSeats: int.Parse(args[2], Inv));
        if (args.Contains("--no-solve")) return instance.Candidates.Count > 0 ? 0 : 1;
        var result = PlacementSolver.Solve(instance);
        return PlacementSolver.VerifyCertificate(instance, result, out _) ? 0 : 1;
    }

    private static Reference RunReference(PlacementInstance instance, string name, string? timeTool, string program, string[] arguments, string solution,
        Func<string, string, IEnumerable<int>> read)
    {
        var watch = Stopwatch.StartNew();
        var (stdout, stderr, exit) = timeTool is null ? Execute(program, arguments) : Execute(timeTool, ["-f", "PEAK %M", program, .. arguments]);
        var process = watch.Elapsed.TotalSeconds;
        var peakLine = stderr.Split('\n').LastOrDefault(l => l.StartsWith("PEAK ", StringComparison.Ordinal));
        double? peak = peakLine is null ? null : long.Parse(peakLine[5..], Inv) / 1024.0;
        if (exit != 0 || !File.Exists(solution)) return new Reference(name, $"failed (exit {exit}): {Last(stderr)} {Last(stdout)}", null, process, peak, null);
        var (status, own) = name == "CBC" ? CbcStatus(stdout, solution) : HighsStatus(stdout);
        long count = 0, value = 0;
        foreach (var i in read(solution, stdout))
        {
            count++;
            value += instance.Candidates[i].Value;
        }
        return new Reference(name, status, own, process, peak, new Objective(count, value));
    }

    private static (string Status, double? Seconds) CbcStatus(string stdout, string solution)
    {
        var line = stdout.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("Total time (CPU seconds):", StringComparison.Ordinal));
        double? seconds = line is null ? null : double.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0], Inv);
        var first = File.ReadLines(solution).FirstOrDefault() ?? "no solution";
        return (first.Split(" - ")[0].Trim(), seconds);
    }

    private static (string Status, double? Seconds) HighsStatus(string stdout)
    {
        var line = stdout.Split('\n').FirstOrDefault(l => l.StartsWith("status ", StringComparison.Ordinal));
        if (line is null) return ("no status", null);
        var parts = line.Split(' ');
        return (parts[1], double.Parse(parts[5], Inv));
    }

    private static IEnumerable<int> CbcSolution(string file, string stdout)
    {
        foreach (var l in File.ReadLines(file).Skip(1))
        {
            var parts = l.Replace("**", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3 || !parts[1].StartsWith('x') || double.Parse(parts[2], Inv) < 0.5) continue;
            yield return int.Parse(parts[1].AsSpan(1), Inv);
        }
    }

    private static IEnumerable<int> HighsSolution(string file, string stdout) =>
        File.ReadLines(file).Where(l => l.StartsWith('x')).Select(l => int.Parse(l.AsSpan(1), Inv));

    /// <summary>
    /// The round as a MIP in free MPS (a minimisation, so costs are −(CountWeight + value)): one binary x{i} per
    /// candidate i (pins fixed at 1), rows P (participant ≤ MaxRoles), T ((participant, period) ≤ 1), R (role ≤ seats).
    /// </summary>
    internal static void WriteMps(PlacementInstance instance, long countWeight, TextWriter writer)
    {
        var roleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < instance.Roles.Count; i++) roleIndex[instance.Roles[i].Id] = i;
        var participantIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < instance.Participants.Count; i++) participantIndex[instance.Participants[i].Id] = i;
        var periodRows = new Dictionary<(int, string), int>();
        foreach (var c in instance.Candidates) periodRows.TryAdd((participantIndex[c.Participant], instance.Roles[roleIndex[c.Role]].Period), periodRows.Count);
        writer.WriteLine("NAME PLACEMENT");
        writer.WriteLine("ROWS");
        writer.WriteLine(" N OBJECTIVE");
        for (var i = 0; i < instance.Participants.Count; i++) writer.WriteLine(string.Create(Inv, $" L P{i}"));
        for (var i = 0; i < periodRows.Count; i++) writer.WriteLine(string.Create(Inv, $" L T{i}"));
        for (var i = 0; i < instance.Roles.Count; i++) writer.WriteLine(string.Create(Inv, $" L R{i}"));
        writer.WriteLine("COLUMNS");
        writer.WriteLine(" MARKER 'MARKER' 'INTORG'");
        for (var i = 0; i < instance.Candidates.Count; i++)
        {
            var c = instance.Candidates[i];
            var p = participantIndex[c.Participant];
            var r = roleIndex[c.Role];
            writer.WriteLine(string.Create(Inv, $" x{i} OBJECTIVE {-(countWeight + c.Value)} P{p} 1"));
            writer.WriteLine(string.Create(Inv, $" x{i} T{periodRows[(p, instance.Roles[r].Period)]} 1 R{r} 1"));
        }
        writer.WriteLine(" MARKER 'MARKER' 'INTEND'");
        writer.WriteLine("RHS");
        for (var i = 0; i < instance.Participants.Count; i++) writer.WriteLine(string.Create(Inv, $" RHSVECTOR P{i} {instance.Participants[i].MaxRoles}"));
        for (var i = 0; i < periodRows.Count; i++) writer.WriteLine(string.Create(Inv, $" RHSVECTOR T{i} 1"));
        for (var i = 0; i < instance.Roles.Count; i++) writer.WriteLine(string.Create(Inv, $" RHSVECTOR R{i} {instance.Roles[i].Seats}"));
        writer.WriteLine("BOUNDS");
        for (var i = 0; i < instance.Candidates.Count; i++)
            writer.WriteLine(string.Create(Inv, $" {(instance.Candidates[i].Pinned ? "FX" : "UP")} BOUNDSET x{i} 1"));
        writer.WriteLine("ENDATA");
    }

    private static string Markdown(List<Row> rows, int seeds, int timeLimit, int maxSeats, bool cbc, bool highs)
    {
        var md = new StringBuilder();
        md.AppendLine("# Placement solver benchmark (issue 15: participants onto project roles)").AppendLine();
        md.AppendLine(Inv, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores (shared with two other engineers' builds), .NET {Environment.Version}, Release. ");
        md.AppendLine(Inv, $"`dotnet run -c Release --project bench/TalentChain.Optimization.Bench -- placement{(maxSeats == 4 ? "" : $" --max-seats {maxSeats}")}` (seeds 1..{seeds}, reference time limit {timeLimit} s). Load average at the end: {LoadAverage()}. ");
        md.AppendLine(Inv, $"Generator: `bench/TalentChain.Optimization.Bench/PlacementGenerator.cs` (participants/10 projects × 3 roles, 2 periods, seats 1–{maxSeats}, 10 candidate roles each from skill-gap overlap + new segment/unit exposure, values 0–100, 20 % MaxRoles 2, 0.5 % pinned).").AppendLine();
        md.AppendLine("**Ours** = `PlacementSolver.Solve` whole (validation, network build, flow, certificate), after a warm-up (wall time, and the process's CPU time over the solve, GC included); *verify* = `VerifyCertificate` (independent check: feasibility, dual feasibility, equal objectives). ");
        md.AppendLine("**CBC** 2.10.8 (command line) and **HiGHS** 1.12 (Google.OrTools 9.15.6755 ModelBuilder) solve the same round as a MIP (MPS written by the bench, objective Σ (CountWeight + value)·x, gaps 0); *own* = the solver's reported time, *process* = the whole process (reading the MPS; for HiGHS also .NET start-up). Peak = maximum resident set (ours: a child that builds the round and solves it; in brackets, the same child without the solve). Objectives are recomputed from each solver's solution.").AppendLine();
        md.AppendLine("| participants | seed | candidates | roles / seats / demand | ours (s) | ours CPU (s) | flow (s) | certificate (s) | verify (s) | ours (placed, value) | ours peak MB | CBC own / process (s) | CBC peak MB | CBC (placed, value) | HiGHS own / process (s) | HiGHS peak MB | HiGHS (placed, value) | CBC ÷ ours | HiGHS ÷ ours |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            var mem = r.Memory is { } m ? string.Create(Inv, $"{m.Solve:F0} ({m.Instance:F0})") : "—";
            md.AppendLine(Inv, $"| {r.Participants:N0} | {r.Seed} | {r.Candidates:N0} | {r.Roles:N0} / {r.Seats:N0} / {r.Demand:N0} | {r.Seconds:F3} | {r.Cpu:F3} | {r.Flow:F3} | {r.Certificate:F3} | {r.Verify:F3} | ({r.Value.Count:N0}, {r.Value.Score:N0}){(r.Verified ? "" : " **certificate refused**")} | {mem} | {Cell(r.Cbc, r)} | {Cell(r.Highs, r)} | {Ratio(r.Cbc, r)} | {Ratio(r.Highs, r)} |");
        }
        md.AppendLine();
        md.AppendLine("Medians over the seeds (whole process for the references):").AppendLine();
        md.AppendLine("| participants | ours (s) | CBC process (s) | HiGHS process (s) | CBC ÷ ours | HiGHS ÷ ours | objectives equal |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var g in rows.GroupBy(r => r.Participants))
        {
            var ours = Median(g.Select(r => r.Seconds));
            var c = g.All(r => r.Cbc is not null) ? Median(g.Select(r => r.Cbc!.Process)) : double.NaN;
            var h = g.All(r => r.Highs is not null) ? Median(g.Select(r => r.Highs!.Process)) : double.NaN;
            var equal = g.All(r => (r.Cbc is null || r.Cbc.Value == r.Value) && (r.Highs is null || r.Highs.Value == r.Value)) ? "yes" : "**no**";
            md.AppendLine(Inv, $"| {g.Key:N0} | {ours:F3} | {Fmt(c)} | {Fmt(h)} | {Fmt(c / ours, "F0")}× | {Fmt(h / ours, "F0")}× | {equal} |");
        }
        if (!cbc) md.AppendLine().AppendLine("CBC was not run (not on PATH, or --no-cbc).");
        if (!highs) md.AppendLine().AppendLine("HiGHS was not run (--no-highs, or the OrTools program could not be built).");
        return md.ToString();
    }

    private static string Cell(Reference? reference, Row row) => reference is null ? "— | — | —" : string.Create(Inv,
        $"{(reference.Own is { } own ? own.ToString("F2", Inv) : "?")} / {reference.Process:F2} | {(reference.Peak is { } p ? p.ToString("F0", Inv) : "—")} | {(reference.Value is { } v ? $"({v.Count:N0}, {v.Score:N0})" : reference.Status)}{(reference.Value == row.Value ? "" : " **differs**")}");

    private static string Ratio(Reference? reference, Row row) => reference is null ? "—" : string.Create(Inv, $"{reference.Process / row.Seconds:F0}×");

    private static string Fmt(double x, string format = "F2") => double.IsNaN(x) ? "—" : x.ToString(format, Inv);

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length == 0 ? double.NaN : v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }

    /// <summary>Writes the HiGHS program to a temp folder (outside the repo's central package management) and builds it once.</summary>
    private static string? PrepareHighs()
    {
        var dir = Path.Combine(Path.GetTempPath(), "talentchain-placement-highs");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "highs.cs");
        File.WriteAllText(file, HighsProgram);
        var (_, stderr, exit) = Execute("dotnet", ["build", file, "-v", "q", "-nologo"]);
        if (exit == 0) return file;
        Console.Error.WriteLine($"HiGHS program did not build: {Last(stderr)}");
        return null;
    }

    private static (string Stdout, string Stderr, int Exit) Execute(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (stdout.Result, stderr.Result, process.ExitCode);
    }

    private static string Last(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim() ?? "";

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

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

    private sealed record Reference(string Name, string Status, double? Own, double Process, double? Peak, Objective? Value)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Status}, own {Own} s, process {Process:F2} s, peak {Peak:F0} MB, {Value}");
    }

    private sealed record Row(int Participants, int Seed, int Candidates, int Roles, int Seats, int Demand, int Pins, double Seconds, double Cpu, double Flow, double Certificate,
        double Verify, double AllocatedMb, Objective Value, int Unplaced, bool Verified, long CountWeight, (double Solve, double Instance)? Memory, Reference? Cbc, Reference? Highs);

    private sealed class Recorder(Action<SolverProgress> report) : IProgress<SolverProgress>
    {
        public void Report(SolverProgress value) => report(value);
    }
}
