namespace TalentChain.Optimization.Rotations;

/// <summary>
/// A validated instance in index form for the solver: units 0..U−1, periods 0..T−1, cells c = t·U + u, segments
/// 0..G−1, a dense preference matrix and each participant's 0-based start. Immutable once built.
/// </summary>
internal sealed class RotationProblem
{
    public RotationProblem(RotationInstance instance)
    {
        Instance = instance;
        U = instance.HostUnits.Count;
        T = instance.Periods;
        R = instance.RotationsPerParticipant;
        MinSegments = instance.MinSegments;
        N = instance.Participants.Count;
        var unitIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var segmentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        Segment = new int[U];
        for (var u = 0; u < U; u++)
        {
            var unit = instance.HostUnits[u];
            unitIndex[unit.Id] = u;
            if (!segmentIndex.TryGetValue(unit.Segment, out var g)) segmentIndex[unit.Segment] = g = segmentIndex.Count;
            Segment[u] = g;
        }
        G = segmentIndex.Count;
        SegmentNames = segmentIndex.OrderBy(x => x.Value).Select(x => x.Key).ToArray();
        UnitIndex = unitIndex;
        Capacity = new int[T * U];
        for (var u = 0; u < U; u++)
            for (var t = 0; t < T; t++)
                Capacity[t * U + u] = instance.HostUnits[u].Capacity[t];
        Start = new int[N];
        Home = new int[N];
        Pref = new int[(long)N * U];
        PrefUnits = new int[N][];
        MaxPref = 0;
        for (var p = 0; p < N; p++)
        {
            var part = instance.Participants[p];
            Start[p] = part.StartPeriod - 1;
            Home[p] = unitIndex.GetValueOrDefault(part.HomeUnit, -1);
            var list = new List<int>();
            foreach (var (unit, score) in part.Preferences)
            {
                if (!unitIndex.TryGetValue(unit, out var u)) continue; // not offered in this instance
                Pref[(long)p * U + u] = score;
                MaxPref = Math.Max(MaxPref, score);
                if (score > 0 && u != Home[p]) list.Add(u);
            }
            list.Sort();
            PrefUnits[p] = list.ToArray();
        }
    }

    public RotationInstance Instance { get; }
    public int U { get; }
    public int T { get; }
    public int R { get; }
    public int G { get; }
    public int N { get; }
    public int MinSegments { get; }
    public int[] Segment { get; }
    public string[] SegmentNames { get; }
    public IReadOnlyDictionary<string, int> UnitIndex { get; }

    /// <summary>Places per cell (t·U + u).</summary>
    public int[] Capacity { get; }

    public int[] Start { get; }

    /// <summary>Home unit index, −1 when the home unit is not a host unit.</summary>
    public int[] Home { get; }

    public int[] Pref { get; }
    public int[][] PrefUnits { get; }
    public int MaxPref { get; }

    public int PrefOf(int p, int u) => Pref[(long)p * U + u];

    /// <summary>Whether the participant's window fits in the horizon.</summary>
    public bool Fits(int p) => Start[p] + R <= T;

    public long PlanScore(int p, int[] plan)
    {
        long s = 0;
        foreach (var u in plan) s += PrefOf(p, u);
        return s;
    }
}
