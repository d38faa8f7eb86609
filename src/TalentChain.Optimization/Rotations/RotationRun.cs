using System.Diagnostics;

namespace TalentChain.Optimization.Rotations;

/// <summary>
/// One solve. The objective is lexicographic (placed, score); the bound is derived in two Lagrangian phases:
/// <list type="number">
/// <item>count: L₁(λ) = Σ_p max(0, 1 − min-cost plan_p(λ)) + Σ_c λ_c·cap_c ≥ max placed, so N* = ⌊min L₁⌋;</item>
/// <item>score: L₂(λ, μ) = Σ_p max(0, μ + max_plan Σ(pref − λ)) + Σ_c λ_c·cap_c − μ·N* ≥ the score of every schedule
/// with ≥ N* placed (the relaxed "placed ≥ N*" row carries μ ≥ 0), so S* = ⌊min L₂⌋.</item>
/// </list>
/// No schedule places more than N*, and any that places N* scores at most S*, so (N*, S*) is a lexicographic upper
/// bound. Multipliers are kept on a 2⁻²⁰ grid and preferences are integers, so every L is computed exactly in double
/// (all partial sums stay far below 2³³) and the floors are safe. The subproblems are solved exactly by
/// <see cref="PlanSearch"/>.
/// </summary>
internal sealed class RotationRun
{
    private const double Grid = 1 << 20;

    private readonly RotationProblem pr;
    private readonly SolverOptions options;
    private readonly bool exhaustive;
    private readonly IProgress<SolverProgress>? progress;
    private readonly CancellationToken ct;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Random rng;
    private readonly PlanSearch search;
    private readonly int[] planBuffer;
    private readonly bool[] placeable;
    private readonly long[] bestAlone;
    private int placeableCount;

    private int[]?[] bestPlans = [];
    private Objective best;
    private long countBound;
    private long scoreBound;
    private bool proven;

    public RotationRun(RotationProblem problem, SolverOptions options, IProgress<SolverProgress>? progress, CancellationToken ct, bool exhaustive = true)
    {
        this.exhaustive = exhaustive;
        pr = problem;
        this.options = options;
        this.progress = progress;
        this.ct = ct;
        rng = new Random(options.Seed);
        search = new PlanSearch(problem);
        planBuffer = new int[problem.R];
        placeable = new bool[problem.N];
        bestAlone = new long[problem.N];
    }

    private Objective Bound => new(countBound, scoreBound);

    private bool TimeUp => options.TimeLimit is { } limit && clock.Elapsed >= limit;

    // The bound phases stop at 70 % of the limit so that the final polish of the schedule still has time.
    private bool BoundTimeUp => options.TimeLimit is { } limit && clock.Elapsed >= limit * 0.7;

    private bool Closed => proven || best >= Bound || Objective.Gap(best, Bound) <= options.GapTolerance;

    public RotationResult Execute()
    {
        Structural();
        var schedule = new RotationSchedule(pr);
        Report("construct", 0);
        Construct(schedule, null, Order(i => bestAlone[i]));
        LocalSearch(schedule, passes: 2, chains: true);
        Keep(schedule);
        Report("construct", 1);

        if (!TimeUp && IsSmall()) BranchAndBound();
        if (!proven && best.Count < countBound && !TimeUp) CountPhase();
        if (!proven && !BoundTimeUp) ScorePhase();
        if (!proven && !Closed && !TimeUp) Improve();
        if (best == Bound) proven = true;

        var result = BuildResult();
        Report("done", 1);
        return result;
    }

    /// <summary>Which participants can be placed at all (alone, full capacity), and their best score alone.</summary>
    private void Structural()
    {
        for (var p = 0; p < pr.N; p++)
        {
            if ((p & 63) == 0) ct.ThrowIfCancellationRequested();
            if (search.Solve(p, null, true, pr.Capacity, null, double.NegativeInfinity, planBuffer, out var v))
            {
                placeable[p] = true;
                placeableCount++;
                bestAlone[p] = (long)v;
            }
        }
        countBound = placeableCount;
        scoreBound = bestAlone.Sum();
    }

    // ---------------------------------------------------------------- primal

    private int[] Order(Func<int, double> key)
    {
        var ids = Enumerable.Range(0, pr.N).Where(p => placeable[p]).ToArray();
        var noise = ids.Select(_ => rng.NextDouble()).ToArray();
        var keys = ids.Select((p, i) => -key(p) - noise[i] * 1e-6).ToArray();
        Array.Sort(keys, ids);
        return ids;
    }

    /// <summary>Greedy in the given order: each participant takes its best plan on the places left under the prices.</summary>
    private void Construct(RotationSchedule s, double[]? guide, int[] order)
    {
        for (var i = 0; i < order.Length; i++)
        {
            if ((i & 63) == 0) ct.ThrowIfCancellationRequested();
            var p = order[i];
            if (s.Plans[p] is not null) continue;
            if (search.Solve(p, guide ?? s.Tie, true, s.Residual, null, double.NegativeInfinity, planBuffer, out _))
                s.Place(p, planBuffer);
        }
    }

    /// <summary>Re-optimise each placed participant on the places left, insert whoever fits, then ejection moves.</summary>
    private void LocalSearch(RotationSchedule s, int passes, bool chains = false)
    {
        Report("local-search", 0);
        for (var pass = 0; pass < passes; pass++)
        {
            var before = s.Value;
            for (var p = 0; p < pr.N; p++)
            {
                if ((p & 63) == 0) ct.ThrowIfCancellationRequested();
                if (!placeable[p]) continue;
                if (s.Plans[p] is { } old)
                {
                    var oldScore = pr.PlanScore(p, old);
                    s.Remove(p);
                    if (search.Solve(p, s.Tie, true, s.Residual, null, double.NegativeInfinity, planBuffer, out _)
                        && pr.PlanScore(p, planBuffer) >= oldScore)
                        s.Place(p, planBuffer);
                    else
                        s.Place(p, old);
                }
                else if (search.Solve(p, s.Tie, true, s.Residual, null, double.NegativeInfinity, planBuffer, out _))
                {
                    s.Place(p, planBuffer);
                }
            }
            if (chains)
                for (var round = 0; round < 5 && !TimeUp && PeriodChains(s) > 0; round++) ct.ThrowIfCancellationRequested();
            Keep(s);
            if (s.Value == before || TimeUp) break;
        }
        Report("local-search", 1);
    }

    /// <summary>
    /// Within-period chains: participant p moves its rotation k from unit a to a unit b it prefers; if b is full, one
    /// occupant q of b in that period moves to a unit c (possibly a, which p frees) that keeps q's plan valid. Applied
    /// when the total score rises. Returns the number of moves applied.
    /// </summary>
    private int PeriodChains(RotationSchedule s)
    {
        if (maxPref.Length != pr.N)
        {
            maxPref = new int[pr.N];
            for (var p = 0; p < pr.N; p++)
                foreach (var u in pr.PrefUnits[p]) maxPref[p] = Math.Max(maxPref[p], pr.PrefOf(p, u));
        }
        var applied = 0;
        for (var p = 0; p < pr.N; p++)
        {
            if ((p & 63) == 0) ct.ThrowIfCancellationRequested();
            if (s.Plans[p] is not { } plan) continue;
            for (var k = 0; k < pr.R; k++)
            {
                var t = pr.Start[p] + k;
                var a = plan[k];
                var pa = pr.PrefOf(p, a);
                var bestGain = 0;
                int bestB = -1, bestQ = -1, bestC = -1;
                foreach (var b in pr.PrefUnits[p])
                {
                    var gainP = pr.PrefOf(p, b) - pa;
                    if (gainP <= bestGain || !CanSwap(p, plan, k, b)) continue;
                    var cell = t * pr.U + b;
                    if (pr.Capacity[cell] <= 0) continue;
                    if (s.Residual[cell] > 0)
                    {
                        (bestGain, bestB, bestQ, bestC) = (gainP, b, -1, -1);
                        continue;
                    }
                    foreach (var q in s.Occupants[cell])
                    {
                        var loss = pr.PrefOf(q, b);
                        if (gainP - loss + maxPref[q] <= bestGain) continue;
                        var qPlan = s.Plans[q]!;
                        var kq = t - pr.Start[q];
                        // q's best alternative in this period: a preferred unit with room, p's freed unit, or any unit with room.
                        var bestAlt = int.MinValue;
                        var alt = -1;
                        foreach (var c in pr.PrefUnits[q])
                            if (c != b && (c == a || s.Residual[t * pr.U + c] > 0) && pr.PrefOf(q, c) > bestAlt && CanSwap(q, qPlan, kq, c))
                                (bestAlt, alt) = (pr.PrefOf(q, c), c);
                        if (alt < 0 && a != pr.Home[q] && CanSwap(q, qPlan, kq, a)) (bestAlt, alt) = (pr.PrefOf(q, a), a);
                        if (alt < 0) continue;
                        var gain = gainP + bestAlt - loss;
                        if (gain > bestGain) (bestGain, bestB, bestQ, bestC) = (gain, b, q, alt);
                    }
                }
                if (bestB < 0) continue;
                // q first (when c = a the cell a is briefly over-full, until p leaves it).
                if (bestQ >= 0) s.Move(bestQ, t - pr.Start[bestQ], bestC);
                s.Move(p, k, bestB);
                applied++;
            }
        }
        return applied;
    }

    /// <summary>Whether p's plan stays valid with rotation k in unit u instead (distinct units, not home, segments).</summary>
    private bool CanSwap(int p, int[] plan, int k, int u)
    {
        if (u == pr.Home[p]) return false;
        for (var j = 0; j < plan.Length; j++)
            if (j != k && plan[j] == u) return false;
        if (pr.MinSegments <= 1) return true;
        var count = 0;
        for (var j = 0; j < plan.Length; j++)
        {
            var g = j == k ? pr.Segment[u] : pr.Segment[plan[j]];
            var seen = false;
            for (var i = 0; i < j; i++)
                if ((i == k ? pr.Segment[u] : pr.Segment[plan[i]]) == g) { seen = true; break; }
            if (!seen) count++;
        }
        return count >= pr.MinSegments;
    }

    /// <summary>
    /// Ejection move: give <paramref name="p"/> its best plan counting full cells at a penalty, evict one occupant of each
    /// full cell it needs (at most two), re-place the evicted on the places left; keep only if (placed, score) improves.
    /// </summary>
    private bool Eject(RotationSchedule s, int p)
    {
        var before = s.Value;
        var changed = new List<(int Participant, int[]? Plan)>();
        if (s.Plans[p] is not null) changed.Add((p, s.Remove(p)));
        else changed.Add((p, null));
        var target = new int[pr.R];
        if (!search.Solve(p, s.Eject, true, pr.Capacity, null, double.NegativeInfinity, target, out _))
        {
            Revert(s, changed);
            return false;
        }
        var evicted = new List<int>();
        for (var k = 0; k < pr.R; k++)
        {
            var c = (pr.Start[p] + k) * pr.U + target[k];
            if (s.Residual[c] > 0) continue;
            if (evicted.Count == 2) { Revert(s, changed); return false; }
            var occ = s.Occupants[c];
            var q = occ[rng.Next(occ.Count)];
            changed.Add((q, s.Remove(q)));
            evicted.Add(q);
        }
        s.Place(p, target);
        foreach (var q in evicted)
            if (search.Solve(q, s.Tie, true, s.Residual, null, double.NegativeInfinity, planBuffer, out _))
                s.Place(q, planBuffer);
        if (s.Value > before) return true;
        Revert(s, changed);
        return false;
    }

    private static void Revert(RotationSchedule s, List<(int Participant, int[]? Plan)> changed)
    {
        foreach (var (q, _) in changed)
            if (s.Plans[q] is not null) s.Remove(q);
        foreach (var (q, plan) in changed)
            if (plan is not null) s.Place(q, plan);
    }

    /// <summary>Ejection moves on unplaced and under-served participants until closed, stalled or out of time.</summary>
    private void Improve()
    {
        // The best Lagrangian-guided schedule lies in a different basin from the incumbent: polish it too.
        if (bestGuided is not null)
        {
            var guided = Restore(bestGuided);
            LocalSearch(guided, passes: 2, chains: true);
            bestGuided = null;
        }
        if (Closed || TimeUp) return;
        var s = Restore();
        LocalSearch(s, passes: 2, chains: true);
        if (Closed || TimeUp) return;
        Report("local-search", 0);
        var idle = 0;
        var budget = 20L * Math.Max(1, placeableCount);
        for (long move = 0; move < budget && idle < 4 * Math.Max(1, placeableCount); move++)
        {
            if ((move & 31) == 0)
            {
                ct.ThrowIfCancellationRequested();
                if (TimeUp) break;
            }
            var p = rng.Next(pr.N);
            if (!placeable[p]) continue;
            if (s.Plans[p] is { } plan && pr.PlanScore(p, plan) >= bestAlone[p]) { idle++; continue; }
            if (Eject(s, p))
            {
                idle = 0;
                if (s.Value > best)
                {
                    Keep(s);
                    Report("local-search", null);
                    if (Closed) break;
                }
            }
            else idle++;
        }
        LocalSearch(s, passes: 3, chains: true);
    }

    private RotationSchedule Restore(int[]?[]? plans = null)
    {
        plans ??= bestPlans;
        var s = new RotationSchedule(pr);
        for (var p = 0; p < pr.N; p++)
            if (plans[p] is { } plan) s.Place(p, plan);
        return s;
    }

    private void Keep(RotationSchedule s)
    {
        if (bestPlans.Length == 0 || s.Value > best)
        {
            best = s.Value;
            bestPlans = s.Snapshot();
        }
    }

    // ---------------------------------------------------------------- bound

    /// <summary>One Lagrangian evaluation: the exact L, the relaxed usage per cell, relaxed placements and values.</summary>
    private double Evaluate(double[] lambda, double mu, bool countPhase, int[] usage, double[] relaxed, out int relaxedPlaced)
    {
        var sorted = PlanSearch.SortedByPrice(pr, lambda);
        Array.Clear(usage);
        double l = 0;
        for (var c = 0; c < lambda.Length; c++) l += lambda[c] * pr.Capacity[c];
        var weight = countPhase ? 1.0 : mu;
        if (!countPhase) l -= mu * countBound;
        relaxedPlaced = 0;
        for (var p = 0; p < pr.N; p++)
        {
            if ((p & 63) == 0) ct.ThrowIfCancellationRequested();
            relaxed[p] = double.NegativeInfinity;
            if (!placeable[p]) continue;
            if (!search.Solve(p, lambda, !countPhase, pr.Capacity, sorted, -weight, planBuffer, out var v)) continue;
            l += weight + v;
            relaxed[p] = weight + v;
            relaxedPlaced++;
            for (var k = 0; k < pr.R; k++) usage[(pr.Start[p] + k) * pr.U + planBuffer[k]]++;
        }
        return l;
    }

    /// <summary>Subgradient on L₁ until the placed count meets ⌊L₁⌋ (or stalls), with guided constructions.</summary>
    private void CountPhase()
    {
        var lambda = new double[pr.Capacity.Length];
        var periodPrice = AggregateCountBound();
        for (var t = 0; t < pr.T; t++)
            for (var u = 0; u < pr.U; u++)
                if (pr.Capacity[t * pr.U + u] > 0) lambda[t * pr.U + u] = periodPrice[t];
        ReportLagrangian(0, 150);
        if (best.Count < countBound)
        {
            // Equal-length windows: earliest window first is the classic greedy for intervals under capacities.
            var s = new RotationSchedule(pr);
            Construct(s, null, Order(p => -pr.Start[p] * 1000.0 + bestAlone[p] * 1e-3));
            LocalSearch(s, passes: 1);
            Keep(s);
        }
        var usage = new int[lambda.Length];
        var relaxed = new double[pr.N];
        var bestL = double.PositiveInfinity;
        var theta = 0.5;
        var sinceImproved = 0;
        var scale = pr.R * (double)pr.MaxPref + 1;
        for (var iter = 0; iter < 150 && !BoundTimeUp; iter++)
        {
            var l = Evaluate(lambda, 0, true, usage, relaxed, out _);
            if (l < bestL - 1e-9) { bestL = l; sinceImproved = 0; }
            else if (++sinceImproved >= 10) { theta /= 2; sinceImproved = 0; }
            countBound = Math.Min(countBound, (long)Math.Floor(bestL + 1e-9));
            ReportLagrangian(iter, 150);
            if (best.Count >= countBound) break;
            if (iter % 10 == 9)
            {
                var s = new RotationSchedule(pr);
                Construct(s, lambda.Select(x => x * scale).ToArray(), Order(p => relaxed[p]));
                LocalSearch(s, passes: 1);
                Keep(s);
                if (best.Count >= countBound) break;
            }
            if (theta < 1e-3) break;
            var target = Math.Min(best.Count, l - 0.5);
            if (!Step(lambda, usage, theta, l - target)) break;
        }
        if (best.Count < countBound && !TimeUp)
        {
            var s = Restore();
            for (var round = 0; round < 3 && best.Count < countBound && !TimeUp; round++)
            {
                foreach (var p in Enumerable.Range(0, pr.N).Where(p => placeable[p] && s.Plans[p] is null).ToArray())
                {
                    ct.ThrowIfCancellationRequested();
                    Eject(s, p);
                }
                Keep(s);
            }
        }
    }

    /// <summary>
    /// A count bound from the periods alone: dropping which unit a participant sits in leaves one row per period
    /// (Σ_u cap) and one column per participant over its window. Its exact optimum is a bound; its Lagrangian
    /// L(π) = Σ_p max(0, 1 − Σ_window π_t) + Σ_t π_t·C_t, minimised by a cheap subgradient (participants grouped by start
    /// period), is L₁ at λ(u, t) = π_t and so warm-starts the cell prices of the count phase.
    /// </summary>
    private double[] AggregateCountBound()
    {
        var byStart = new int[pr.T];
        for (var p = 0; p < pr.N; p++)
            if (placeable[p]) byStart[pr.Start[p]]++;
        var periodCap = new long[pr.T];
        for (var t = 0; t < pr.T; t++)
            for (var u = 0; u < pr.U; u++) periodCap[t] += pr.Capacity[t * pr.U + u];
        var pi = new double[pr.T];
        var bestPi = new double[pr.T];
        var bestL = double.PositiveInfinity;
        var g = new double[pr.T];
        var theta = 1.0;
        var since = 0;
        for (var iter = 0; iter < 3000 && theta > 1e-5; iter++)
        {
            double l = 0;
            for (var t = 0; t < pr.T; t++)
            {
                l += pi[t] * periodCap[t];
                g[t] = periodCap[t];
            }
            for (var st = 0; st + pr.R <= pr.T; st++)
            {
                if (byStart[st] == 0) continue;
                double cost = 0;
                for (var t = st; t < st + pr.R; t++) cost += pi[t];
                if (cost >= 1) continue;
                l += byStart[st] * (1 - cost);
                for (var t = st; t < st + pr.R; t++) g[t] -= byStart[st];
            }
            if (l < bestL - 1e-12) { bestL = l; Array.Copy(pi, bestPi, pr.T); since = 0; }
            else if (++since >= 20) { theta /= 2; since = 0; }
            double norm = 0;
            for (var t = 0; t < pr.T; t++)
                if (!(pi[t] <= 0 && g[t] > 0)) norm += g[t] * g[t];
            if (norm <= 0) break;
            var step = theta * Math.Max(l - best.Count, 1e-3) / norm;
            for (var t = 0; t < pr.T; t++) pi[t] = Snap(Math.Max(0, pi[t] - step * g[t]));
        }
        countBound = Math.Min(countBound, (long)Math.Floor(bestL + 1e-9));
        countBound = Math.Min(countBound, AggregateIntervalOptimum(byStart, periodCap));
        return bestPi;
    }

    /// <summary>
    /// The exact optimum of the same period-only relaxation: all windows have length R, so taking them in order of
    /// start period whenever every period still has a place is optimal (exchange argument: if an optimal selection
    /// agreeing with the greedy so far omits the next window I, adding I overflows some leftmost period t; a later window
    /// J of that selection covers t and, being no earlier than I and as long, covers every overflowing period, so
    /// swapping J for I keeps it feasible and optimal). Any schedule's placed participants form such a selection.
    /// </summary>
    private long AggregateIntervalOptimum(int[] byStart, long[] periodCap)
    {
        var left = (long[])periodCap.Clone();
        long total = 0;
        for (var st = 0; st + pr.R <= pr.T; st++)
        {
            long room = byStart[st];
            for (var t = st; t < st + pr.R; t++) room = Math.Min(room, left[t]);
            if (room <= 0) continue;
            for (var t = st; t < st + pr.R; t++) left[t] -= room;
            total += room;
        }
        return total;
    }

    /// <summary>Subgradient on L₂ (λ and μ) until the gap closes, the step vanishes or time runs out.</summary>
    private void ScorePhase()
    {
        var lambda = new double[pr.Capacity.Length];
        var usage = new int[lambda.Length];
        var relaxed = new double[pr.N];
        direction = [];
        var periodPrice = AggregateScorePrices();
        for (var t = 0; t < pr.T; t++)
            for (var u = 0; u < pr.U; u++)
                if (pr.Capacity[t * pr.U + u] > 0) lambda[t * pr.U + u] = periodPrice[t];
        var bestL = double.PositiveInfinity;
        var theta = 1.0;
        var sinceImproved = 0;
        const int maxIter = 300;
        for (var iter = 0; iter < maxIter && !BoundTimeUp; iter++)
        {
            var l = EvaluateScore(lambda, usage, relaxed);
            if (l < bestL - 1e-9) { bestL = l; sinceImproved = 0; }
            else if (++sinceImproved >= 15) { theta /= 2; sinceImproved = 0; }
            // L₂ < 0 would prove that nothing places N*; (N*, 0) remains a valid lexicographic bound.
            scoreBound = Math.Min(scoreBound, Math.Max(0, (long)Math.Floor(bestL + 1e-9)));
            ReportLagrangian(iter, maxIter);
            if (Closed) break;
            if (iter % 15 == 14)
            {
                var s = new RotationSchedule(pr);
                Construct(s, lambda, Order(p => relaxed[p]));
                LocalSearch(s, passes: 1);
                Keep(s);
                if (bestGuided is null || s.Value > bestGuidedValue) (bestGuided, bestGuidedValue) = (s.Snapshot(), s.Value);
                if (Closed) break;
            }
            if (theta < 2e-3) break;
            var target = best.Count == countBound ? Math.Min(best.Score, l - 1) : 0.95 * l;
            if (!Step(lambda, usage, theta, l - target)) break;
        }
    }

    /// <summary>
    /// Warm start for the score phase: L₂ restricted to prices equal across the units of a period, λ(u, t) = π_t. Then
    /// each participant's best plan under λ is its best plan alone minus Σ_window π_t, so L₂ is cheap to evaluate and its
    /// subgradient runs thousands of iterations in milliseconds (μ again optimised exactly). Every value is a valid
    /// bound; the best π starts the cell prices.
    /// </summary>
    private double[] AggregateScorePrices()
    {
        var pi = new double[pr.T];
        var bestPi = new double[pr.T];
        var periodCap = new long[pr.T];
        for (var t = 0; t < pr.T; t++)
            for (var u = 0; u < pr.U; u++) periodCap[t] += pr.Capacity[t * pr.U + u];
        var ids = Enumerable.Range(0, pr.N).Where(p => placeable[p]).ToArray();
        if (ids.Length == 0) return bestPi;
        var values = new double[ids.Length];
        var sortedValues = new double[ids.Length];
        var g = new double[pr.T];
        var bestL = double.PositiveInfinity;
        var theta = 1.0;
        var since = 0;
        var n = (int)Math.Min(countBound, ids.Length);
        for (var iter = 0; iter < 2000 && theta > 1e-4; iter++)
        {
            if ((iter & 63) == 0) ct.ThrowIfCancellationRequested();
            for (var i = 0; i < ids.Length; i++)
            {
                var p = ids[i];
                double cost = 0;
                for (var t = pr.Start[p]; t < pr.Start[p] + pr.R; t++) cost += pi[t];
                values[i] = bestAlone[p] - cost;
            }
            Array.Copy(values, sortedValues, values.Length);
            Array.Sort(sortedValues);
            var mu = n == 0 ? 0 : Math.Max(0, -sortedValues[^n]);
            double l = -mu * countBound;
            for (var t = 0; t < pr.T; t++)
            {
                l += pi[t] * periodCap[t];
                g[t] = periodCap[t];
            }
            for (var i = 0; i < ids.Length; i++)
            {
                if (mu + values[i] <= 0) continue;
                l += mu + values[i];
                for (var t = pr.Start[ids[i]]; t < pr.Start[ids[i]] + pr.R; t++) g[t]--;
            }
            if (l < bestL - 1e-9) { bestL = l; Array.Copy(pi, bestPi, pr.T); since = 0; }
            else if (++since >= 20) { theta /= 2; since = 0; }
            double norm = 0;
            for (var t = 0; t < pr.T; t++)
                if (!(pi[t] <= 0 && g[t] > 0)) norm += g[t] * g[t];
            if (norm <= 0) break;
            var target = best.Count == countBound ? best.Score : 0.95 * l;
            var step = theta * Math.Max(l - target, 1e-3) / norm;
            for (var t = 0; t < pr.T; t++) pi[t] = Snap(Math.Max(0, pi[t] - step * g[t]));
        }
        scoreBound = Math.Min(scoreBound, Math.Max(0, (long)Math.Floor(bestL + 1e-9)));
        return bestPi;
    }

    /// <summary>
    /// L₂ at λ with the best μ for it: every placeable participant's best plan value v_p under λ is computed, and
    /// L₂(λ, μ) = Σ λ·cap + Σ_p max(0, μ + v_p) − μ·N* is minimised over μ ≥ 0 exactly (its slope is the number with
    /// v_p &gt; −μ minus N*, so μ = max(0, −v of the N*-th best)). Only λ is then left to the subgradient.
    /// </summary>
    private double EvaluateScore(double[] lambda, int[] usage, double[] relaxed)
    {
        var sorted = PlanSearch.SortedByPrice(pr, lambda);
        Array.Clear(usage);
        if (relaxedPlans.Length != pr.N * pr.R) relaxedPlans = new int[pr.N * pr.R];
        double l = 0;
        for (var c = 0; c < lambda.Length; c++) l += lambda[c] * pr.Capacity[c];
        var values = new List<double>(pr.N);
        for (var p = 0; p < pr.N; p++)
        {
            if ((p & 63) == 0) ct.ThrowIfCancellationRequested();
            relaxed[p] = double.NegativeInfinity;
            if (!placeable[p]) continue;
            if (!search.Solve(p, lambda, true, pr.Capacity, sorted, double.NegativeInfinity, planBuffer, out var v)) continue;
            relaxed[p] = v;
            values.Add(v);
            Array.Copy(planBuffer, 0, relaxedPlans, p * pr.R, pr.R);
        }
        values.Sort((a, b) => b.CompareTo(a));
        var n = (int)Math.Min(countBound, values.Count);
        var mu = n == 0 ? 0 : Math.Max(0, -values[n - 1]);
        l -= mu * countBound;
        // Participants at exactly −μ contribute 0 either way; enough of them join to make N* (a valid subgradient too).
        var ties = n - values.Count(v => mu + v > 0);
        for (var p = 0; p < pr.N; p++)
        {
            if (double.IsNegativeInfinity(relaxed[p])) continue;
            var contribution = mu + relaxed[p];
            relaxed[p] = contribution;
            if (contribution < 0) continue;
            if (contribution == 0 && ties-- <= 0) continue;
            l += contribution;
            for (var k = 0; k < pr.R; k++) usage[(pr.Start[p] + k) * pr.U + relaxedPlans[p * pr.R + k]]++;
        }
        return l;
    }

    /// <summary>
    /// A projected, deflected subgradient step (Polyak length on d = g + ½·d_previous, which damps the zig-zag between
    /// alternately over- and under-used cells); false when the direction vanishes.
    /// </summary>
    private bool Step(double[] lambda, int[] usage, double theta, double excess)
    {
        if (direction.Length != lambda.Length) direction = new double[lambda.Length];
        const double beta = 0.5;
        double norm = 0;
        for (var c = 0; c < lambda.Length; c++)
        {
            if (pr.Capacity[c] <= 0) continue;
            var d = pr.Capacity[c] - usage[c] + beta * direction[c];
            if (lambda[c] <= 0 && d > 0) d = 0;
            direction[c] = d;
            norm += d * d;
        }
        if (norm <= 0) return false;
        var step = theta * Math.Max(excess, 1e-3) / norm;
        for (var c = 0; c < lambda.Length; c++)
            if (pr.Capacity[c] > 0) lambda[c] = Snap(Math.Max(0, lambda[c] - step * direction[c]));
        return true;
    }

    private double[] direction = [];
    private int[] maxPref = [];
    private int[] relaxedPlans = [];
    private int[]?[]? bestGuided;
    private Objective bestGuidedValue;

    private static double Snap(double x) => Math.Round(x * Grid) / Grid;

    // ---------------------------------------------------------------- exact search for small instances

    private bool IsSmall() => exhaustive && pr.N <= 14 && pr.U <= 12 && pr.R <= 4;

    /// <summary>
    /// Exhaustive branch-and-bound over every participant's complete plan list (small instances only). When it finishes
    /// within its node budget, the incumbent is optimal and the bound is set to it.
    /// </summary>
    private void BranchAndBound()
    {
        Report("branch-and-bound", 0);
        var plans = new List<(int[] Units, long Score)>[pr.N];
        for (var p = 0; p < pr.N; p++)
        {
            plans[p] = [];
            if (!placeable[p]) continue;
            if (!Enumerate(p, plans[p], 5000)) return;
            plans[p].Sort((a, b) => b.Score.CompareTo(a.Score));
        }
        var order = Enumerable.Range(0, pr.N).Where(p => placeable[p]).OrderBy(p => plans[p].Count).ToArray();
        var remCount = new long[order.Length + 1];
        var remScore = new long[order.Length + 1];
        for (var i = order.Length - 1; i >= 0; i--)
        {
            remCount[i] = remCount[i + 1] + 1;
            remScore[i] = remScore[i + 1] + bestAlone[order[i]];
        }
        var residual = (int[])pr.Capacity.Clone();
        var chosen = new int[]?[pr.N];
        var incumbent = best;
        int[]?[]? incumbentPlans = null;
        long nodes = 0;
        const long nodeLimit = 3_000_000;
        var complete = true;

        void Dfs(int i, long placed, long score)
        {
            if (++nodes > nodeLimit) { complete = false; return; }
            if ((nodes & 4095) == 0) ct.ThrowIfCancellationRequested();
            if (i == order.Length)
            {
                var v = new Objective(placed, score);
                if (v > incumbent)
                {
                    incumbent = v;
                    incumbentPlans = chosen.Select(x => x is null ? null : (int[])x.Clone()).ToArray();
                }
                return;
            }
            if (new Objective(placed + remCount[i], score + remScore[i]) <= incumbent) return;
            var p = order[i];
            foreach (var (units, s) in plans[p])
            {
                if (new Objective(placed + remCount[i], score + s + remScore[i + 1]) <= incumbent) break;
                var fits = true;
                for (var k = 0; k < pr.R && fits; k++) fits = residual[(pr.Start[p] + k) * pr.U + units[k]] > 0;
                if (!fits) continue;
                for (var k = 0; k < pr.R; k++) residual[(pr.Start[p] + k) * pr.U + units[k]]--;
                chosen[p] = units;
                Dfs(i + 1, placed + 1, score + s);
                chosen[p] = null;
                for (var k = 0; k < pr.R; k++) residual[(pr.Start[p] + k) * pr.U + units[k]]++;
                if (!complete) return;
            }
            Dfs(i + 1, placed, score);
        }

        Dfs(0, 0, 0);
        if (incumbentPlans is not null && incumbent > best)
        {
            best = incumbent;
            bestPlans = incumbentPlans;
        }
        if (complete)
        {
            proven = true;
            countBound = best.Count;
            scoreBound = best.Score;
        }
        Report("branch-and-bound", 1);
    }

    private bool Enumerate(int p, List<(int[] Units, long Score)> into, int limit)
    {
        var units = new int[pr.R];
        var segCount = new int[pr.G];
        var covered = 0;
        var ok = true;

        void Rec(int k, long score)
        {
            if (!ok) return;
            if (k == pr.R)
            {
                if (covered < pr.MinSegments) return;
                if (into.Count == limit) { ok = false; return; }
                into.Add(((int[])units.Clone(), score));
                return;
            }
            var t = pr.Start[p] + k;
            for (var u = 0; u < pr.U; u++)
            {
                if (u == pr.Home[p] || pr.Capacity[t * pr.U + u] <= 0) continue;
                var used = false;
                for (var j = 0; j < k; j++) used |= units[j] == u;
                if (used) continue;
                units[k] = u;
                var g = pr.Segment[u];
                if (segCount[g]++ == 0) covered++;
                Rec(k + 1, score + pr.PrefOf(p, u));
                if (--segCount[g] == 0) covered--;
            }
        }

        Rec(0, 0);
        return ok;
    }

    // ---------------------------------------------------------------- result

    private RotationResult BuildResult()
    {
        var s = Restore();
        // Whoever still fits on the places left goes in (a run cut short by the time limit may leave such a case).
        for (var p = 0; p < pr.N; p++)
            if (placeable[p] && s.Plans[p] is null
                && search.Solve(p, s.Tie, true, s.Residual, null, double.NegativeInfinity, planBuffer, out _))
                s.Place(p, planBuffer);
        Keep(s);
        if (s.Value == Bound) proven = true;
        var inst = pr.Instance;
        var plans = new List<RotationPlan>();
        var unplaced = new List<UnplacedParticipant>();
        for (var p = 0; p < pr.N; p++)
        {
            var part = inst.Participants[p];
            if (s.Plans[p] is { } units)
                plans.Add(new RotationPlan(part.Id, units.Select((u, k) => new Rotation(part.StartPeriod + k, inst.HostUnits[u].Id)).ToList()));
            else
                unplaced.Add(Explain(p, s));
        }
        return new RotationResult(plans, unplaced, s.Placed, s.Score, Bound, proven);
    }

    private UnplacedParticipant Explain(int p, RotationSchedule s)
    {
        var part = pr.Instance.Participants[p];
        var first = part.StartPeriod;
        var last = first + pr.R - 1;
        if (!pr.Fits(p))
            return new(part.Id, UnplacedReason.HorizonTooShort, RotationReasons.HorizonTooShort(pr.R, first, pr.T));
        var open = new List<int>();
        for (var u = 0; u < pr.U; u++)
        {
            if (u == pr.Home[p]) continue;
            for (var t = pr.Start[p]; t < pr.Start[p] + pr.R; t++)
                if (pr.Capacity[t * pr.U + u] > 0) { open.Add(u); break; }
        }
        if (open.Count < pr.R)
            return new(part.Id, UnplacedReason.TooFewHostUnits,
                RotationReasons.TooFewHostUnits(pr.R, part.HomeUnit, open.Select(u => pr.Instance.HostUnits[u].Id).ToList(), first, last));
        var segments = open.Select(u => pr.Segment[u]).Distinct().Order().Select(g => pr.SegmentNames[g]).ToList();
        if (segments.Count < pr.MinSegments)
            return new(part.Id, UnplacedReason.TooFewSegments, RotationReasons.TooFewSegments(pr.MinSegments, part.HomeUnit, segments, first, last));
        if (!placeable[p])
        {
            var empty = EmptyPeriods(p, pr.Capacity);
            return new(part.Id, UnplacedReason.NoCapacity, empty.Count > 0
                ? RotationReasons.NoPlacesOffered(part.HomeUnit, empty)
                : RotationReasons.NoCombination(pr.R, pr.MinSegments, first, last));
        }
        var full = EmptyPeriods(p, s.Residual);
        if (full.Count > 0)
            return new(part.Id, UnplacedReason.NoCapacity, RotationReasons.PeriodsFull(part.HomeUnit, full));
        var tight = pr.Start[p];
        var fewest = int.MaxValue;
        for (var t = pr.Start[p]; t < pr.Start[p] + pr.R; t++)
        {
            var n = Enumerable.Range(0, pr.U).Count(u => u != pr.Home[p] && s.Residual[t * pr.U + u] > 0);
            if (n < fewest) (fewest, tight) = (n, t);
        }
        var openTight = Enumerable.Range(0, pr.U).Where(u => u != pr.Home[p] && s.Residual[tight * pr.U + u] > 0)
            .Select(u => pr.Instance.HostUnits[u].Id).ToList();
        return new(part.Id, UnplacedReason.Outcompeted, RotationReasons.Outcompeted(part.Id, pr.R, pr.MinSegments, first, last, tight + 1, openTight));
    }

    private List<int> EmptyPeriods(int p, int[] places)
    {
        var periods = new List<int>();
        for (var t = pr.Start[p]; t < pr.Start[p] + pr.R; t++)
        {
            var any = false;
            for (var u = 0; u < pr.U && !any; u++) any = u != pr.Home[p] && places[t * pr.U + u] > 0;
            if (!any) periods.Add(t + 1);
        }
        return periods;
    }

    // ---------------------------------------------------------------- progress

    private void ReportLagrangian(int iter, int max) => Report("lagrangian", Math.Min(1, (iter + 1) / (double)max));

    private void Report(string phase, double? fraction) => progress?.Report(new SolverProgress(phase, fraction, best, Bound));
}
