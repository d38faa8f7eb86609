using System.Numerics;

namespace TalentChain.Optimization.Rotations;

/// <summary>
/// The exact single-participant problem: choose one unit per period of the participant's window, all different, never
/// the home unit, only cells still open, covering at least MinSegments segments, maximising Σ (w·pref − price). Both
/// the Lagrangian bound (its value must be exact for the bound to be valid) and every primal move use it.
/// <para>
/// Candidates: with m = MinSegments ≥ 2, in each period only the R−m+1 best units of each segment can matter (a plan
/// covering m segments holds at most R−m+1 units of one segment; if it uses a unit outside its segment's R−m+1 best
/// for that period, one of those is unused by the plan, scores at least as much and keeps the segment count); with
/// m ≤ 1 the R best overall, by the same argument. Then a depth-first search over the
/// periods with the sum of the remaining periods' best values and the segments still reachable as bounds.
/// </para>
/// One instance per thread: it owns scratch buffers.
/// </summary>
internal sealed class PlanSearch
{
    private readonly RotationProblem pr;
    private readonly int[][] candU;
    private readonly double[][] candV;
    private readonly int[] candN;
    private readonly double[] suffix;
    private readonly ulong[] suffixMask;
    private readonly int[] current;
    private readonly int[] segCount;
    private readonly int[] segTake;
    private readonly int[] scratchU;
    private readonly double[] scratchKey;
    private readonly bool useMasks;
    private readonly int[] unitSlot;
    private readonly int[] slotUnit;
    private readonly int[][] levelOrder;
    private readonly double[][] levelKey;
    private readonly int[] levelN;
    private double[] unitMax = [];
    private double[] cost = [];
    private readonly double[] rowPot;
    private readonly double[] colPot;
    private readonly double[] minv;
    private readonly int[] match;
    private readonly int[] way;
    private readonly bool[] colUsed;
    private int unitCount;
    private bool unitBound;
    private long budget;
    private int[] bestPlan = [];
    private double best;
    private bool found;
    private int covered;
    private int window;
    private int start;

    public PlanSearch(RotationProblem problem)
    {
        pr = problem;
        var r = problem.R;
        var perPeriod = problem.MinSegments <= 1 ? r : Math.Min(problem.U, r * problem.G);
        candU = new int[r][];
        candV = new double[r][];
        for (var k = 0; k < r; k++)
        {
            candU[k] = new int[Math.Max(1, perPeriod)];
            candV[k] = new double[Math.Max(1, perPeriod)];
        }
        candN = new int[r];
        suffix = new double[r + 1];
        suffixMask = new ulong[r + 1];
        current = new int[r];
        segCount = new int[Math.Max(1, problem.G)];
        segTake = new int[Math.Max(1, problem.G)];
        scratchU = new int[Math.Max(1, problem.U)];
        scratchKey = new double[Math.Max(1, problem.U)];
        useMasks = problem.G <= 64;
        unitSlot = new int[Math.Max(1, problem.U)];
        slotUnit = new int[Math.Max(1, problem.U)];
        levelOrder = new int[r][];
        levelKey = new double[r][];
        for (var k = 0; k < r; k++)
        {
            levelOrder[k] = [];
            levelKey[k] = [];
        }
        levelN = new int[r];
        rowPot = new double[r + 1];
        colPot = new double[problem.U + 1];
        minv = new double[problem.U + 1];
        match = new int[problem.U + 1];
        way = new int[problem.U + 1];
        colUsed = new bool[problem.U + 1];
    }

    /// <summary>Per (period·G + segment): the units with places in that cell, in ascending price (ties: more places first).</summary>
    public static int[][] SortedByPrice(RotationProblem pr, double[] price)
    {
        var lists = new int[pr.T * pr.G][];
        var buckets = new List<int>[pr.T * pr.G];
        for (var i = 0; i < buckets.Length; i++) buckets[i] = [];
        for (var t = 0; t < pr.T; t++)
            for (var u = 0; u < pr.U; u++)
                if (pr.Capacity[t * pr.U + u] > 0) buckets[t * pr.G + pr.Segment[u]].Add(u);
        for (var i = 0; i < buckets.Length; i++)
        {
            var t = i / pr.G;
            var units = buckets[i];
            units.Sort((a, b) =>
            {
                var c = price[t * pr.U + a].CompareTo(price[t * pr.U + b]);
                return c != 0 ? c : pr.Capacity[t * pr.U + b].CompareTo(pr.Capacity[t * pr.U + a]);
            });
            lists[i] = units.ToArray();
        }
        return lists;
    }

    /// <summary>Search nodes visited so far (for the benchmark's curiosity).</summary>
    public long Nodes { get; private set; }

    public long Solves { get; private set; }

    /// <summary>
    /// Finds the best plan of participant <paramref name="p"/> whose value is strictly above <paramref name="threshold"/>.
    /// </summary>
    /// <param name="price">Per-cell price subtracted from the value (null = none).</param>
    /// <param name="usePref">Add the participant's preference scores.</param>
    /// <param name="open">Per-cell places; a cell is usable when &gt; 0.</param>
    /// <param name="sorted">Optional per (period·G + segment) unit lists in ascending price over cells with capacity,
    /// to avoid scanning every unit (valid only for the same <paramref name="price"/>).</param>
    /// <param name="plan">Receives the units, one per period of the window, when a plan is found.</param>
    /// <returns>Whether a plan above the threshold exists; its value in <paramref name="value"/>.</returns>
    public bool Solve(int p, double[]? price, bool usePref, int[] open, int[][]? sorted, double threshold, int[] plan, out double value)
    {
        value = double.NegativeInfinity;
        Solves++;
        if (!pr.Fits(p)) return false;
        start = pr.Start[p];
        window = pr.R;
        var home = pr.Home[p];
        var u0 = pr.U;
        var prefRow = (long)p * u0;
        for (var k = 0; k < window; k++)
        {
            var t = start + k;
            var n = 0;
            if (sorted is null)
            {
                for (var u = 0; u < u0; u++)
                {
                    var c = t * u0 + u;
                    if (u == home || open[c] <= 0) continue;
                    var v = (usePref ? pr.Pref[prefRow + u] : 0) - (price is null ? 0 : price[c]);
                    scratchU[n] = u;
                    scratchKey[n++] = -v;
                }
            }
            else
            {
                var perSegmentShared = pr.MinSegments <= 1 ? window : window - pr.MinSegments + 1;
                for (var g = 0; g < pr.G; g++)
                {
                    var list = sorted[t * pr.G + g];
                    var taken = 0;
                    foreach (var u in list)
                    {
                        var c = t * u0 + u;
                        if (u == home || open[c] <= 0 || (usePref && pr.Pref[prefRow + u] > 0)) continue;
                        scratchU[n] = u;
                        scratchKey[n++] = price is null ? 0 : price[c];
                        if (++taken == perSegmentShared) break;
                    }
                }
                if (usePref)
                    foreach (var u in pr.PrefUnits[p])
                    {
                        var c = t * u0 + u;
                        if (open[c] <= 0) continue;
                        scratchU[n] = u;
                        scratchKey[n++] = -(pr.Pref[prefRow + u] - (price is null ? 0 : price[c]));
                    }
            }
            if (n == 0) return false;
            Array.Sort(scratchKey, scratchU, 0, n);
            var cu = candU[k];
            var cv = candV[k];
            var m = 0;
            if (pr.MinSegments <= 1)
            {
                m = Math.Min(n, window);
                for (var i = 0; i < m; i++)
                {
                    cu[i] = scratchU[i];
                    cv[i] = -scratchKey[i];
                }
            }
            else
            {
                Array.Clear(segTake);
                var perSegment = window - pr.MinSegments + 1;
                for (var i = 0; i < n && m < cu.Length; i++)
                {
                    var g = pr.Segment[scratchU[i]];
                    if (segTake[g] == perSegment) continue;
                    segTake[g]++;
                    cu[m] = scratchU[i];
                    cv[m++] = -scratchKey[i];
                }
            }
            candN[k] = m;
        }
        suffix[window] = 0;
        suffixMask[window] = 0;
        for (var k = window - 1; k >= 0; k--)
        {
            suffix[k] = suffix[k + 1] + candV[k][0];
            var mask = suffixMask[k + 1];
            if (useMasks)
                for (var i = 0; i < candN[k]; i++) mask |= 1UL << pr.Segment[candU[k][i]];
            suffixMask[k] = mask;
        }
        if (suffix[0] <= threshold) return false;
        if (bestPlan.Length != window) bestPlan = new int[window];
        // The assignment relaxation (segments dropped) over the same candidates: its optimum is the unconstrained
        // optimum; when it covers enough segments it is the answer, when it is not above the threshold nothing is.
        if (!Assign(out var relaxedValue)) return false;
        if (relaxedValue <= threshold) return false;
        if (CoveredSegments(bestPlan) >= pr.MinSegments)
        {
            Array.Copy(bestPlan, plan, window);
            value = relaxedValue;
            return true;
        }
        best = threshold;
        found = false;
        covered = 0;
        Array.Clear(segCount);
        // Most searches end on the first descent; only the hard ones pay for the unit-wise bound.
        unitBound = false;
        budget = 64;
        Dfs(0, 0, 0);
        if (budget < 0)
        {
            BuildUnitBound();
            unitBound = true;
            budget = long.MaxValue;
            covered = 0;
            Array.Clear(segCount);
            Dfs(0, 0, 0);
        }
        if (!found) return false;
        Array.Copy(bestPlan, plan, window);
        value = best;
        return true;
    }

    private int CoveredSegments(int[] units)
    {
        var n = 0;
        Array.Clear(segTake);
        foreach (var u in units)
            if (segTake[pr.Segment[u]]++ == 0) n++;
        return n;
    }

    /// <summary>
    /// Hungarian method (shortest augmenting paths with potentials) for the periods × candidate units assignment,
    /// maximising the value; pairs outside a period's candidates are forbidden. Writes the plan into bestPlan.
    /// Values are on a dyadic grid, so potentials and the total stay exact.
    /// </summary>
    private bool Assign(out double total)
    {
        total = double.NegativeInfinity;
        var m = 0;
        Array.Fill(unitSlot, -1);
        for (var k = 0; k < window; k++)
            for (var i = 0; i < candN[k]; i++)
            {
                var u = candU[k][i];
                if (unitSlot[u] < 0) { unitSlot[u] = m; slotUnit[m++] = u; }
            }
        if (m < window) return false;
        if (cost.Length < window * m) cost = new double[window * m];
        Array.Fill(cost, double.NaN, 0, window * m);
        for (var k = 0; k < window; k++)
            for (var i = 0; i < candN[k]; i++)
                cost[k * m + unitSlot[candU[k][i]]] = -candV[k][i];
        Array.Clear(rowPot, 0, window + 1);
        Array.Clear(colPot, 0, m + 1);
        Array.Clear(match, 0, m + 1);
        for (var i = 1; i <= window; i++)
        {
            match[0] = i;
            var j0 = 0;
            Array.Fill(minv, double.PositiveInfinity, 0, m + 1);
            Array.Clear(colUsed, 0, m + 1);
            do
            {
                Nodes++;
                colUsed[j0] = true;
                var i0 = match[j0];
                var delta = double.PositiveInfinity;
                var j1 = -1;
                for (var j = 1; j <= m; j++)
                {
                    if (colUsed[j]) continue;
                    var c = cost[(i0 - 1) * m + (j - 1)];
                    if (!double.IsNaN(c))
                    {
                        var cur = c - rowPot[i0] - colPot[j];
                        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
                    }
                    if (minv[j] < delta) { delta = minv[j]; j1 = j; }
                }
                if (j1 < 0 || double.IsPositiveInfinity(delta)) return false;
                for (var j = 0; j <= m; j++)
                {
                    if (colUsed[j]) { rowPot[match[j]] += delta; colPot[j] -= delta; }
                    else minv[j] -= delta;
                }
                j0 = j1;
            }
            while (match[j0] != 0);
            do
            {
                var j1 = way[j0];
                match[j0] = match[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }
        total = 0;
        for (var j = 1; j <= m; j++)
        {
            if (match[j] == 0) continue;
            bestPlan[match[j] - 1] = slotUnit[j - 1];
        }
        // Sum in period order, as the depth-first search does, so equal plans compare equal.
        for (var k = 0; k < window; k++) total += -cost[k * m + unitSlot[bestPlan[k]]];
        return true;
    }

    /// <summary>
    /// Second bound for the remaining periods k..R−1: each unused unit counted once at its best value over those periods,
    /// the r = R−k largest summed. It is tight where the period-wise bound is weak: one popular unit best in every period.
    /// Units are pre-sorted per level by that value, so a node walks at most r + k entries.
    /// </summary>
    private void BuildUnitBound()
    {
        unitCount = 0;
        Array.Fill(unitSlot, -1);
        for (var k = 0; k < window; k++)
            for (var i = 0; i < candN[k]; i++)
            {
                var u = candU[k][i];
                if (unitSlot[u] < 0) { unitSlot[u] = unitCount; slotUnit[unitCount++] = u; }
            }
        var stride = window + 1;
        if (unitMax.Length < unitCount * stride) unitMax = new double[unitCount * stride];
        Array.Fill(unitMax, double.NegativeInfinity, 0, unitCount * stride);
        for (var k = 0; k < window; k++)
            for (var i = 0; i < candN[k]; i++)
            {
                var d = unitSlot[candU[k][i]];
                unitMax[d * stride + k] = Math.Max(unitMax[d * stride + k], candV[k][i]);
            }
        for (var d = 0; d < unitCount; d++)
            for (var k = window - 2; k >= 0; k--)
                unitMax[d * stride + k] = Math.Max(unitMax[d * stride + k], unitMax[d * stride + k + 1]);
        for (var k = 0; k < window; k++)
        {
            if (levelOrder[k].Length < unitCount)
            {
                levelOrder[k] = new int[pr.U];
                levelKey[k] = new double[pr.U];
            }
            var n = 0;
            for (var d = 0; d < unitCount; d++)
            {
                var v = unitMax[d * stride + k];
                if (double.IsNegativeInfinity(v)) continue;
                levelOrder[k][n] = slotUnit[d];
                levelKey[k][n++] = -v;
            }
            Array.Sort(levelKey[k], levelOrder[k], 0, n);
            levelN[k] = n;
        }
    }

    private double UnitBound(int k)
    {
        var r = window - k;
        var order = levelOrder[k];
        var keys = levelKey[k];
        double sum = 0;
        var taken = 0;
        for (var i = 0; i < levelN[k] && taken < r; i++)
        {
            var u = order[i];
            var used = false;
            for (var j = 0; j < k; j++)
                if (current[j] == u) { used = true; break; }
            if (used) continue;
            sum -= keys[i];
            taken++;
        }
        return taken < r ? double.NegativeInfinity : sum;
    }

    private void Dfs(int k, double cur, ulong coveredMask)
    {
        Nodes++;
        if (--budget < 0 && !unitBound) return;
        if (unitBound && k < window && cur + UnitBound(k) <= best) return;
        if (k == window)
        {
            if (covered >= pr.MinSegments && cur > best)
            {
                best = cur;
                found = true;
                Array.Copy(current, bestPlan, window);
            }
            return;
        }
        var need = pr.MinSegments - covered;
        var left = window - k;
        if (need > left) return;
        if (need > 0 && useMasks && BitOperations.PopCount(suffixMask[k] & ~coveredMask) < need) return;
        var cu = candU[k];
        var cv = candV[k];
        var rest = suffix[k + 1];
        for (var i = 0; i < candN[k]; i++)
        {
            var v = cv[i];
            if (cur + v + rest <= best) break;
            var u = cu[i];
            var clash = false;
            for (var j = 0; j < k; j++)
                if (current[j] == u) { clash = true; break; }
            if (clash) continue;
            var g = pr.Segment[u];
            var isNew = segCount[g] == 0;
            if (!isNew && need > left - 1) continue;
            current[k] = u;
            segCount[g]++;
            if (isNew) covered++;
            Dfs(k + 1, cur + v, useMasks ? coveredMask | (1UL << g) : coveredMask);
            if (isNew) covered--;
            segCount[g]--;
            if (budget < 0 && !unitBound) return;
        }
    }
}
