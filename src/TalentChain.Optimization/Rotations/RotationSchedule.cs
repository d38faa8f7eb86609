namespace TalentChain.Optimization.Rotations;

/// <summary>
/// A mutable schedule: each participant's units (one per window period) or null, residual places per cell, who sits in
/// each cell, the objective, and two price vectors the moves use: a tie-break that steers away from nearly full cells
/// (total below 1, so it never outweighs a preference point) and the same plus a penalty on full cells (ejection).
/// </summary>
internal sealed class RotationSchedule
{
    private readonly RotationProblem pr;
    private readonly double ejectPenalty;

    public RotationSchedule(RotationProblem problem)
    {
        pr = problem;
        Plans = new int[problem.N][];
        Residual = (int[])problem.Capacity.Clone();
        Occupants = new List<int>[Residual.Length];
        for (var c = 0; c < Occupants.Length; c++) Occupants[c] = [];
        Tie = new double[Residual.Length];
        Eject = new double[Residual.Length];
        ejectPenalty = problem.MaxPref + 1;
        for (var c = 0; c < Residual.Length; c++) UpdatePrices(c);
    }

    public int[]?[] Plans { get; }
    public int[] Residual { get; }
    public List<int>[] Occupants { get; }
    public double[] Tie { get; }
    public double[] Eject { get; }
    public int Placed { get; private set; }
    public long Score { get; private set; }
    public Objective Value => new(Placed, Score);

    public void Place(int p, int[] units)
    {
        var plan = (int[])units.Clone();
        Plans[p] = plan;
        for (var k = 0; k < plan.Length; k++)
        {
            var c = (pr.Start[p] + k) * pr.U + plan[k];
            Residual[c]--;
            Occupants[c].Add(p);
            UpdatePrices(c);
            Score += pr.PrefOf(p, plan[k]);
        }
        Placed++;
    }

    public int[] Remove(int p)
    {
        var plan = Plans[p] ?? throw new InvalidOperationException("not placed");
        for (var k = 0; k < plan.Length; k++)
        {
            var c = (pr.Start[p] + k) * pr.U + plan[k];
            Residual[c]++;
            var occ = Occupants[c];
            var i = occ.IndexOf(p);
            occ[i] = occ[^1];
            occ.RemoveAt(occ.Count - 1);
            UpdatePrices(c);
            Score -= pr.PrefOf(p, plan[k]);
        }
        Plans[p] = null;
        Placed--;
        return plan;
    }

    /// <summary>Moves participant <paramref name="p"/>'s rotation <paramref name="k"/> to <paramref name="unit"/> (same period).</summary>
    public void Move(int p, int k, int unit)
    {
        var plan = Plans[p]!;
        var t = pr.Start[p] + k;
        var from = t * pr.U + plan[k];
        var to = t * pr.U + unit;
        Residual[from]++;
        var occ = Occupants[from];
        var i = occ.IndexOf(p);
        occ[i] = occ[^1];
        occ.RemoveAt(occ.Count - 1);
        UpdatePrices(from);
        Residual[to]--;
        Occupants[to].Add(p);
        UpdatePrices(to);
        Score += pr.PrefOf(p, unit) - pr.PrefOf(p, plan[k]);
        plan[k] = unit;
    }

    public int[]?[] Snapshot() => Plans.Select(x => x is null ? null : (int[])x.Clone()).ToArray();

    private void UpdatePrices(int c)
    {
        var cap = pr.Capacity[c];
        var tie = cap <= 0 ? 0 : 0.4 / pr.R * (1 - (double)Residual[c] / cap);
        Tie[c] = tie;
        Eject[c] = Residual[c] <= 0 ? ejectPenalty + tie : tie;
    }
}
