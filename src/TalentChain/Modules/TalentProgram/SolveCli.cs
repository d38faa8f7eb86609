using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TalentChain.Optimization;
using TalentChain.Optimization.Mentoring;
using TalentChain.Optimization.Rotations;

using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram;

/// <summary>
/// <c>solve mentoring|rotations --in x.json --out y.json</c>: runs the optimization core on an instance file in the
/// interchange format (docs/optimization/) and writes the result file. Needs no database. A malformed or inconsistent
/// file is refused with the offending entry named (exit 2), and no output file is written.
/// </summary>
public static class SolveCli
{
    public static Command Create(Func<WebApplication> app)
    {
        var root = new Command("solve", "Solve an optimization instance file (mentor matching or rotation scheduling) and write the result file.");
        root.Subcommands.Add(Verb("mentoring", "1+1+1 mentor matching: docs/optimization/mentoring.md.",
            json => MentoringJson.ReadInstance(json),
            (i, o, p, ct) => MentoringJson.WriteResult(MentoringSolver.Solve((MentoringInstance)i, o, p, ct)),
            r => Summary(MentoringJson.ReadResult(r))));
        root.Subcommands.Add(Verb("rotations", "1+5+N rotation scheduling: docs/optimization/rotations.md.",
            json => RotationJson.ReadInstance(json),
            (i, o, p, ct) => RotationJson.WriteResult(RotationSolver.Solve((RotationInstance)i, o, p, ct)),
            r => Summary(RotationJson.ReadResult(r))));
        return root;
    }

    private static string Summary(MentoringResult r) => string.Create(CultureInfo.InvariantCulture,
        $"filled slots {r.FilledSlots}, total score {r.TotalScore}; bound ({r.Bound.Count}, {r.Bound.Score}); {(r.Optimal ? "optimal" : $"gap {r.Gap:P3}")}");

    private static string Summary(RotationResult r) => string.Create(CultureInfo.InvariantCulture,
        $"placed {r.Placed}, total score {r.TotalScore}, unplaced {r.Unplaced.Count}; bound ({r.Bound.Count}, {r.Bound.Score}); gap {r.Gap:P3}");

    private static Command Verb(
        string name,
        string description,
        Func<string, object> read,
        Func<object, SolverOptions, IProgress<SolverProgress>, CancellationToken, string> solve,
        Func<string, string> summarize)
    {
        var input = new Option<FileInfo>("--in") { Description = "Instance file (JSON, interchange format).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Result file to write (JSON, interchange format).", Required = true };
        var limit = new Option<int>("--time-limit") { Description = "Seconds before the solver stops with its best solution and certified bound.", DefaultValueFactory = _ => 120 };
        var command = new Command(name, description) { input, output, limit };
        command.SetAction((r, ct) =>
        {
            var inFile = r.GetValue(input)!;
            var outFile = r.GetValue(output)!;
            if (!inFile.Exists)
            {
                Console.Error.WriteLine($"{inFile.FullName}: file not found.");
                return Task.FromResult(2);
            }
            if (r.GetValue(limit) < 1)
            {
                Console.Error.WriteLine("--time-limit must be at least 1 second.");
                return Task.FromResult(2);
            }
            object instance;
            try
            {
                instance = read(File.ReadAllText(inFile.FullName));
            }
            catch (InstanceFormatException ex)
            {
                Console.Error.WriteLine($"{inFile.Name}: {ex.Message}");
                return Task.FromResult(2);
            }
            catch (JsonException ex)
            {
                Console.Error.WriteLine($"{inFile.Name}: not valid JSON ({ex.Message})");
                return Task.FromResult(2);
            }
            var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(r.GetValue(limit)) };
            var progress = new ConsoleProgress();
            string result;
            try
            {
                result = solve(instance, options, progress, ct);
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine("Cancelled; no result written.");
                return Task.FromResult(130);
            }
            // Write beside the target and move into place: a failed run never leaves a half-written result.
            var temp = outFile.FullName + ".tmp";
            File.WriteAllText(temp, result);
            File.Move(temp, outFile.FullName, overwrite: true);
            Console.Out.WriteLine($"{outFile.Name}: {summarize(result)}");
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>
    /// Progress on standard error, synchronously (in order): each new phase and the first best/bound
    /// figures at once, otherwise at most one line a second.
    /// </summary>
    private sealed class ConsoleProgress : IProgress<SolverProgress>
    {
        private SolverProgress? last;
        private long lastTicks;

        public void Report(SolverProgress value)
        {
            var now = Environment.TickCount64;
            var changed = last is null || value.Phase != last.Phase || (last.Best is null && value.Best is not null) || (last.Bound is null && value.Bound is not null);
            if (!changed && now - lastTicks < 1000) return;
            (last, lastTicks) = (value, now);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{value.Phase}] best {Show(value.Best)} bound {Show(value.Bound)}"));
        }
    }

    private static string Show(Objective? o) => o is { } v ? string.Create(CultureInfo.InvariantCulture, $"({v.Count}, {v.Score})") : "–";
}
