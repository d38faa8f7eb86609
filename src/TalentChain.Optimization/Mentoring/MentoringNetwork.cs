using TalentChain.Optimization.Flow;

namespace TalentChain.Optimization.Mentoring;

/// <summary>
/// The network-flow relaxation of a mentoring round, built once per solve: source → (participant, role) slot (cap 1)
/// → (mentor, role) (cap = per-role capacity) → mentor (cap = total capacity) → sink; candidate arcs cost
/// <c>maxScore − score</c> ≥ 0. Every unit of flow crosses exactly one candidate arc, so a min-cost maximum flow is the
/// lexicographic optimum (most slots, then most score) of the round without the rule "a mentor never serves the same
/// participant in two roles". That rule is imposed by restricting (participant, mentor) pairs to one role, and priced
/// by Lagrange multipliers λ ≥ 0 on the pairs that are not restricted (see <see cref="Selection.Bound"/>).
/// Costs are scaled by <see cref="Scale"/> so that multipliers can be fractions of a score point.
/// </summary>
internal sealed class MentoringNetwork
{
    public const int AnyRole = -1;
    public const int NoRole = 3;

    /// <summary>Cost units per score point (multipliers are integers in these units).</summary>
    public const long Scale = 32;

    private const int Source = 0;
    private const int Sink = 1;

    private readonly MinCostFlow flow;
    private readonly int[] candidateArc;
    private readonly long maxScore;
    private readonly long[] penalty;

    public MentoringNetwork(MentoringInstance instance)
    {
        Instance = instance;
        var n = instance.Candidates.Count;
        var participants = new Dictionary<string, int>(StringComparer.Ordinal);
        var mentors = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < instance.Mentors.Count; i++) mentors.Add(instance.Mentors[i].Id, i);
        Score = new int[n];
        Role = new int[n];
        Pair = new int[n];
        var slots = new Dictionary<(int, int), int>();
        var slotOf = new int[n];
        var mentorOf = new int[n];
        var pairs = new Dictionary<(int, int), int>();
        var pairCandidates = new List<List<int>>();
        for (var i = 0; i < n; i++)
        {
            var c = instance.Candidates[i];
            if (!participants.TryGetValue(c.Participant, out var p)) participants.Add(c.Participant, p = participants.Count);
            var m = mentors[c.Mentor];
            mentorOf[i] = m;
            Score[i] = c.Score;
            Role[i] = (int)c.Role;
            maxScore = Math.Max(maxScore, c.Score);
            if (!slots.TryGetValue((p, (int)c.Role), out var s)) slots.Add((p, (int)c.Role), s = slots.Count);
            slotOf[i] = s;
            if (!pairs.TryGetValue((p, m), out var pair))
            {
                pairs.Add((p, m), pair = pairs.Count);
                pairCandidates.Add([]);
            }
            Pair[i] = pair;
            pairCandidates[pair].Add(i);
        }
        PairCandidates = pairCandidates.Select(l => l.ToArray()).ToArray();
        ParticipantCount = participants.Count;
        SlotCount = slots.Count;

        // Nodes: source, sink, slots, (mentor, role), mentors.
        var mentorCount = instance.Mentors.Count;
        var slotBase = 2;
        var mentorRoleBase = slotBase + slots.Count;
        var mentorBase = mentorRoleBase + 3 * mentorCount;
        flow = new MinCostFlow(mentorBase + mentorCount, Source, Sink, 2 * Scale * (maxScore + 1));
        penalty = new long[pairs.Count];
        for (var s = 0; s < slots.Count; s++) flow.AddArc(Source, slotBase + s, 1, 0);
        candidateArc = new int[n];
        for (var i = 0; i < n; i++)
            candidateArc[i] = flow.AddArc(slotBase + slotOf[i], mentorRoleBase + 3 * mentorOf[i] + Role[i], 1, Scale * (maxScore - Score[i]));
        for (var m = 0; m < mentorCount; m++)
        {
            var mentor = instance.Mentors[m];
            for (var r = 0; r < 3; r++)
                flow.AddArc(mentorRoleBase + 3 * m + r, mentorBase + m, mentor.Capacity[(MentoringRole)r], 0);
            flow.AddArc(mentorBase + m, Sink, mentor.TotalCapacity, 0);
        }
        flow.Build();
    }

    public MentoringInstance Instance { get; }

    public int[] Score { get; }

    public int[] Role { get; }

    /// <summary>Candidate → its (participant, mentor) pair.</summary>
    public int[] Pair { get; }

    /// <summary>Pair → its candidates (one per role at most), in input order.</summary>
    public int[][] PairCandidates { get; }

    public int PairCount => PairCandidates.Length;

    public int ParticipantCount { get; }

    public int SlotCount { get; }

    internal MinCostFlow Flow => flow;

    /// <summary>Largest useful multiplier (in cost units): beyond the best score no role is worth the pair.</summary>
    public long MaxPenalty => Scale * (maxScore + 1);

    /// <summary>Lagrange multiplier of a pair's one-role rule, in cost units (1/<see cref="Scale"/> score point); takes effect at the next solve.</summary>
    public long Penalty(int pair) => penalty[pair];

    public void SetPenalty(int pair, long value) => penalty[pair] = Math.Clamp(value, 0, MaxPenalty);

    /// <summary>
    /// Solves the relaxation with pairs restricted by <paramref name="allowed"/> (per pair: <see cref="AnyRole"/>, a role
    /// 0–2, or <see cref="NoRole"/>; null = no restriction).
    /// </summary>
    /// <remarks>
    /// The first call solves from zero; later calls change only the arcs whose restriction changed and re-optimise
    /// from the previous flow (warm start), so a branch-and-bound node costs a few short searches.
    /// </remarks>
    public Selection Solve(int[]? allowed, long deadline, CancellationToken cancellationToken)
    {
        for (var i = 0; i < candidateArc.Length; i++)
        {
            var a = allowed is null ? AnyRole : allowed[Pair[i]];
            var arc = candidateArc[i];
            var cap = a == AnyRole || a == Role[i] ? 1 : 0;
            if (flow.Capacity(arc) != cap) flow.SetCapacity(arc, cap);
            // A restricted pair obeys the rule by construction: its multiplier is dropped (a tighter bound).
            var cost = Scale * (maxScore - Score[i]) + (a == AnyRole ? penalty[Pair[i]] : 0);
            if (flow.Cost(arc) != cost) flow.SetCost(arc, cost);
        }
        if (!solved)
        {
            flow.Solve(deadline, cancellationToken);
            solved = true;
        }
        else flow.Reoptimize(deadline, cancellationToken);
        var chosen = new List<int>((int)flow.Value);
        long score = 0, reducedCost = 0;
        for (var i = 0; i < candidateArc.Length; i++)
            if (flow.Flow(candidateArc[i]) > 0)
            {
                chosen.Add(i);
                score += Score[i];
                reducedCost += flow.Cost(candidateArc[i]);
            }
        // Bound (Lagrangian): scaled score of the flow minus the multipliers it pays, plus all multipliers of free pairs.
        long multipliers = 0;
        for (var p = 0; p < penalty.Length; p++)
            if (penalty[p] != 0 && (allowed is null || allowed[p] == AnyRole)) multipliers += penalty[p];
        var scaledBound = Scale * maxScore * chosen.Count - reducedCost + multipliers;
        var bound = new Objective(chosen.Count, FloorDiv(scaledBound, Scale));
        return new Selection(chosen.ToArray(), new Objective(chosen.Count, score), Conflicts(chosen), bound);
    }

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);

    private bool solved;

    /// <summary>Pairs that serve one participant in two or more roles in <paramref name="chosen"/>, in order of first use.</summary>
    public int[] Conflicts(IReadOnlyList<int> chosen)
    {
        var seen = new Dictionary<int, int>();
        var conflicts = new List<int>();
        foreach (var i in chosen)
        {
            var n = seen[Pair[i]] = seen.GetValueOrDefault(Pair[i]) + 1;
            if (n == 2) conflicts.Add(Pair[i]);
        }
        return conflicts.ToArray();
    }

    /// <summary>
    /// A feasible selection from a relaxed one: in each conflicting pair keep the best-scoring role (earliest candidate on
    /// ties) and drop the others. Capacities only get looser, so the result is feasible.
    /// </summary>
    public Selection DropConflicts(Selection relaxed)
    {
        if (relaxed.Conflicts.Length == 0) return relaxed;
        var keep = new Dictionary<int, int>();
        foreach (var i in relaxed.Chosen)
        {
            if (keep.TryGetValue(Pair[i], out var k) && Score[k] >= Score[i]) continue;
            keep[Pair[i]] = i;
        }
        var chosen = relaxed.Chosen.Where(i => keep[Pair[i]] == i).ToArray();
        var value = new Objective(chosen.Length, chosen.Sum(i => (long)Score[i]));
        return new Selection(chosen, value, [], value);
    }

    /// <summary>The best-scoring role each conflicting pair uses in <paramref name="relaxed"/> (earliest on ties).</summary>
    public IEnumerable<(int Pair, int Role)> BestRoles(Selection relaxed)
    {
        var conflict = relaxed.Conflicts.ToHashSet();
        var best = new Dictionary<int, int>();
        foreach (var i in relaxed.Chosen)
        {
            if (!conflict.Contains(Pair[i])) continue;
            if (best.TryGetValue(Pair[i], out var k) && Score[k] >= Score[i]) continue;
            best[Pair[i]] = i;
        }
        return relaxed.Conflicts.Select(p => (p, Role[best[p]]));
    }
}

/// <summary>
/// Chosen candidates (indices, input order), their objective, the pairs that break the one-role rule, and the bound
/// the solve proves for its restrictions. The bound is Lagrangian: for multipliers λ ≥ 0 on the unrestricted pairs, the
/// flow maximises (slots, Σ (score − λ_pair)·x) and every feasible matching x satisfies Σ_r x[p,m,r] ≤ 1, so
/// score(x) ≤ Σ (score − λ)·x + Σ λ ≤ the flow's value of the same; with λ = 0 it is the plain flow relaxation.
/// For a feasible matching, <see cref="Value"/> and <see cref="Bound"/> are its own value when λ = 0.
/// </summary>
internal sealed record Selection(int[] Chosen, Objective Value, int[] Conflicts, Objective Bound);
