using FsCheck;
using FsCheck.Fluent;
using TalentChain.Optimization.Rotations;
using static TalentChain.Optimization.Tests.Rotations.RotationTestData;


namespace TalentChain.Optimization.Tests.Rotations;

public class RotationSolverTests
{
    [Fact]
    public void Solve_RandomSmallInstances_MatchesBruteForceOptimum()
    {
        Check.One(Deterministic(150), Prop.ForAll(Seeds, seed =>
        {
            var instance = Random(seed);
            var result = RotationSolver.Solve(instance, new SolverOptions { Seed = seed });
            var errors = RotationValidation.CheckResult(instance, result);
            Assert.True(errors.Count == 0, $"seed {seed}: {string.Join("; ", errors)}");
            var optimum = BruteForce(instance);
            Assert.True(optimum == result.Value, $"seed {seed}: solver {result.Value}, brute force {optimum}");
            Assert.True(result.Optimal, $"seed {seed}: not proven optimal");
            Assert.Equal(result.Value, result.Bound);
            Assert.Equal(0, result.Gap);
        }));
    }

    [Fact]
    public void Solve_WithoutExhaustiveSearch_BoundsBruteForceOptimumFromAbove()
    {
        Check.One(Deterministic(150), Prop.ForAll(Seeds, seed =>
        {
            var instance = Random(seed);
            var result = RotationSolver.Solve(instance, new SolverOptions { Seed = seed }, null, exhaustive: false, CancellationToken.None);
            var errors = RotationValidation.CheckResult(instance, result);
            Assert.True(errors.Count == 0, $"seed {seed}: {string.Join("; ", errors)}");
            var optimum = BruteForce(instance);
            Assert.True(result.Value <= optimum, $"seed {seed}: solver {result.Value} above the optimum {optimum}?");
            Assert.True(result.Bound >= optimum, $"seed {seed}: bound {result.Bound} below the optimum {optimum}");
            Assert.Equal(Objective.Gap(result.Value, result.Bound), result.Gap);
            if (result.Optimal) Assert.Equal(optimum, result.Value);
        }));
    }

    [Fact]
    public void Solve_NoTimeLeft_ReturnsFeasibleScheduleWithValidBound()
    {
        Check.One(Deterministic(60), Prop.ForAll(Seeds, seed =>
        {
            var instance = Random(seed);
            var result = RotationSolver.Solve(instance, new SolverOptions { Seed = seed, TimeLimit = TimeSpan.Zero });
            Assert.Empty(RotationValidation.CheckResult(instance, result));
            Assert.True(result.Bound >= BruteForce(instance), $"seed {seed}: bound {result.Bound} below the optimum");
        }));
    }

    [Fact]
    public void SingleParticipantSearch_ArbitraryPricesAndOpenCells_EqualsEnumeration()
    {
        // The Lagrangian bound is only valid if each participant's subproblem is solved exactly, whatever the prices.
        Check.One(Deterministic(200), Prop.ForAll(Seeds, seed =>
        {
            var instance = WideRandom(seed);
            var problem = new RotationProblem(instance);
            var rng = new System.Random(seed);
            var price = problem.Capacity.Select(_ => Math.Round(rng.NextDouble() * 12 * 1024) / 1024).ToArray();
            var open = problem.Capacity.Select(c => rng.NextDouble() < 0.8 ? c : 0).ToArray();
            var sorted = PlanSearch.SortedByPrice(problem, price);
            var search = new PlanSearch(problem);
            var plan = new int[problem.R];
            for (var p = 0; p < problem.N; p++)
                foreach (var usePref in new[] { true, false })
                {
                    var expected = Enumerate(problem, p, price, usePref, open);
                    var found = search.Solve(p, price, usePref, open, null, double.NegativeInfinity, plan, out var value);
                    Assert.Equal(expected.HasValue, found);
                    if (found) Assert.Equal(expected!.Value, value);
                    // The shared price-sorted lists are only used over full capacity (the bound).
                    var foundSorted = search.Solve(p, price, usePref, problem.Capacity, sorted, double.NegativeInfinity, plan, out var sortedValue);
                    var full = Enumerate(problem, p, price, usePref, problem.Capacity);
                    Assert.Equal(full.HasValue, foundSorted);
                    if (foundSorted) Assert.Equal(full!.Value, sortedValue);
                }
        }));
    }

    private static double? Enumerate(RotationProblem pr, int p, double[] price, bool usePref, int[] open)
    {
        if (!pr.Fits(p)) return null;
        double? best = null;
        var pick = new int[pr.R];
        void Rec(int k, double value)
        {
            if (k == pr.R)
            {
                if (pick.Select(u => pr.Segment[u]).Distinct().Count() >= pr.MinSegments && (best is null || value > best)) best = value;
                return;
            }
            var t = pr.Start[p] + k;
            for (var u = 0; u < pr.U; u++)
            {
                if (u == pr.Home[p] || open[t * pr.U + u] <= 0 || pick.Take(k).Contains(u)) continue;
                pick[k] = u;
                Rec(k + 1, value + (usePref ? pr.PrefOf(p, u) : 0) - price[t * pr.U + u]);
            }
        }
        Rec(0, 0);
        return best;
    }

    [Fact]
    public void Solve_SameSeedTwice_GivesSameSchedule()
    {
        var instance = Random(7);
        var a = RotationJson.WriteResult(RotationSolver.Solve(instance, new SolverOptions { Seed = 3 }));
        var b = RotationJson.WriteResult(RotationSolver.Solve(instance, new SolverOptions { Seed = 3 }));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Solve_CancelledToken_ThrowsWithNoResult()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => RotationSolver.Solve(Random(1), null, null, cts.Token));
    }

    [Fact]
    public void Solve_CancelledWhileRunning_Throws()
    {
        var instance = MediumInstance(400, 25, 0.9, 5);
        using var cts = new CancellationTokenSource();
        var progress = new CancelOnPhase("lagrangian", cts);
        Assert.ThrowsAny<OperationCanceledException>(() => RotationSolver.Solve(instance, null, progress, cts.Token));
    }

    [Fact]
    public void Solve_WithProgress_ReportsPhasesEndingInDone()
    {
        var instance = MediumInstance(300, 20, 1.3, 2);
        var reports = new List<SolverProgress>();
        var result = RotationSolver.Solve(instance, null, new SynchronousProgress(reports.Add));
        Assert.Contains(reports, r => r.Phase == "construct");
        Assert.Contains(reports, r => r.Phase == "lagrangian");
        Assert.Equal("done", reports[^1].Phase);
        Assert.Equal(result.Value, reports[^1].Best);
        Assert.Equal(result.Bound, reports[^1].Bound);
        Assert.All(reports, r => Assert.True(r.Bound >= r.Best, $"{r.Phase}: bound {r.Bound} below best {r.Best}"));
    }

    [Fact]
    public void Solve_MediumInstance_IsFeasibleWithConsistentBoundAndGap()
    {
        var instance = MediumInstance(300, 20, 0.9, 4);
        var result = RotationSolver.Solve(instance, new SolverOptions { Seed = 4 });
        Assert.Empty(RotationValidation.CheckResult(instance, result));
        Assert.True(result.Bound >= result.Value);
        Assert.Equal(Objective.Gap(result.Value, result.Bound), result.Gap);
        Assert.Equal(instance.Participants.Count, result.Placed + result.Unplaced.Count);
    }

    /// <summary>A generated instance larger than the exhaustive search handles (same shape as the benchmark's).</summary>
    internal static RotationInstance MediumInstance(int participants, int units, double factor, int seed)
    {
        var rng = new System.Random(seed);
        string[] segments = ["mining", "separation", "metals", "magnets", "recycling"];
        var demand = new int[12];
        var people = Enumerable.Range(1, participants).Select(i =>
        {
            var start = rng.Next(1, 9);
            for (var t = start - 1; t < start + 4; t++) demand[t]++;
            var prefs = Enumerable.Range(1, units).Where(_ => rng.NextDouble() < 0.3).Select(u => ($"U{u}", rng.Next(1, 10))).ToArray();
            return Person($"P{i}", $"U{rng.Next(1, units + 1)}", start, prefs);
        }).ToList();
        var hostUnits = Enumerable.Range(1, units).Select(u => Unit($"U{u}", segments[u % segments.Length],
            demand.Select(d => (int)Math.Round(factor * d / units + rng.NextDouble())).ToArray())).ToList();
        return new RotationInstance(12, 5, 3, hostUnits, people);
    }

    private sealed class SynchronousProgress(Action<SolverProgress> report) : IProgress<SolverProgress>
    {
        public void Report(SolverProgress value) => report(value);
    }

    private sealed class CancelOnPhase(string phase, CancellationTokenSource cts) : IProgress<SolverProgress>
    {
        public void Report(SolverProgress value)
        {
            if (value.Phase == phase) cts.Cancel();
        }
    }
}
