using System.Diagnostics;

namespace TalentChain.Optimization.Mentoring;

/// <summary>
/// Exact 1+1+1 mentor matching (docs/optimization/mentoring.md). Lexicographic objective: most filled
/// (participant, role) slots, then most total score. Phases: the network-flow relaxation (drops "a mentor never serves
/// the same participant in two roles"; optimal outright when it breaks no pair), a repair heuristic for an incumbent,
/// then best-first branch-and-bound on the conflicting pairs with the relaxation as node bound. Stops when proven
/// optimal, when the gap to the best proven bound is ≤ <see cref="SolverOptions.GapTolerance"/>, or at the time limit.
/// </summary>
public static class MentoringSolver
{
    /// <summary>Branch-and-bound nodes to evaluate before <see cref="SolverOptions.GapTolerance"/> may end the search.</summary>
    public const int GapStopAfterNodes = 2000;

    /// <summary>Most subgradient steps of the Lagrangian phase.</summary>
    private const int LagrangianIterations = 150;

    public static MentoringResult Solve(
        MentoringInstance instance,
        SolverOptions? options = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        cancellationToken.ThrowIfCancellationRequested();
        MentoringValidation.Validate(instance);
        options ??= SolverOptions.Default;
        // The time limit counts from here, network construction included.
        var deadline = options.TimeLimit is { } limit && limit.TotalSeconds < 1e7
            ? Stopwatch.GetTimestamp() + (long)(Math.Max(0, limit.TotalSeconds) * Stopwatch.Frequency)
            : long.MaxValue;
        var network = new MentoringNetwork(instance);
        return new Search(network, options, deadline, progress, cancellationToken).Run();
    }

    /// <summary>One solve's mutable state (nothing static: solves may run concurrently).</summary>
    private sealed class Search(MentoringNetwork network, SolverOptions options, long deadline, IProgress<SolverProgress>? progress, CancellationToken ct)
    {
        private Selection incumbent = null!;
        private long lastReport;
        private string? lastPhase;
        private int nodes;

        public MentoringResult Run()
        {
            progress?.Report(new SolverProgress("relaxation", 0, null, null));
            // The root relaxation runs to the end whatever the time limit (only cancellation stops it): without it there
            // is neither a bound nor a solution.
            var root = network.Solve(null, long.MaxValue, ct);
            var bound = root.Bound;
            progress?.Report(new SolverProgress("relaxation", 1, null, bound));
            if (root.Conflicts.Length == 0) return Finish(root, bound, optimal: true);

            incumbent = network.DropConflicts(root);
            Report("repair", 0, bound, force: true);
            if (Settled(bound)) return Finish(incumbent, bound, incumbent.Value >= bound);
            try
            {
                // Repair: pin each conflicting pair to its best role and re-solve, until the relaxation breaks no pair.
                var allowed = NewRestrictions();
                var current = root;
                while (current.Conflicts.Length > 0)
                {
                    ct.ThrowIfCancellationRequested();
                    foreach (var (pair, role) in network.BestRoles(current)) allowed[pair] = role;
                    current = network.Solve(allowed, deadline, ct);
                    Offer(network.DropConflicts(current));
                    Report("repair", null, bound, force: true);
                    if (Settled(bound)) return Finish(incumbent, bound, incumbent.Value >= bound);
                }
                bound = Lagrangian(bound);
                if (Settled(bound)) return Finish(incumbent, bound, incumbent.Value >= bound);
            }
            catch (TimeoutException)
            {
                return Finish(incumbent, bound, false);
            }
            return BranchAndBound(bound);
        }

        /// <summary>
        /// Subgradient steps on the multipliers of the one-role rule (unrestricted root): each step re-solves the flow
        /// warm and yields a valid bound; the best multipliers are kept for the branch-and-bound. Returns the best bound.
        /// </summary>
        private Objective Lagrangian(Objective bound)
        {
            var best = bound;
            var bestPenalty = new long[network.PairCount];
            var step = 1.0;
            var stall = 0;
            for (var iteration = 0; iteration < LagrangianIterations && step > 0.02; iteration++)
            {
                ct.ThrowIfCancellationRequested();
                var relaxed = network.Solve(null, deadline, ct);
                Offer(network.DropConflicts(relaxed));
                if (relaxed.Bound < best)
                {
                    best = relaxed.Bound;
                    for (var p = 0; p < bestPenalty.Length; p++) bestPenalty[p] = network.Penalty(p);
                    stall = 0;
                }
                else if (++stall >= 4)
                {
                    step /= 2;
                    stall = 0;
                }
                Report("lagrangian", null, best, force: false);
                if (Settled(best)) break;

                // Subgradient of the rule Σ_r x[p,m,r] ≤ 1: roles used − 1 (only pairs with several candidates matter).
                var used = new int[network.PairCount];
                foreach (var i in relaxed.Chosen) used[network.Pair[i]]++;
                double norm = 0;
                for (var p = 0; p < used.Length; p++)
                {
                    if (network.PairCandidates[p].Length < 2) continue;
                    var g = used[p] - 1;
                    if (g > 0 || (g < 0 && network.Penalty(p) > 0)) norm += g * g;
                }
                if (norm == 0) break;
                // Polyak step towards the incumbent (in cost units); a fixed target while the slot counts differ.
                var target = relaxed.Bound.Count == incumbent.Value.Count
                    ? Math.Max(1, relaxed.Bound.Score - incumbent.Value.Score)
                    : 10;
                var t = step * target * MentoringNetwork.Scale / norm;
                for (var p = 0; p < used.Length; p++)
                {
                    if (network.PairCandidates[p].Length < 2) continue;
                    var g = used[p] - 1;
                    if (g != 0) network.SetPenalty(p, network.Penalty(p) + (long)Math.Round(t * g, MidpointRounding.AwayFromZero));
                }
            }
            for (var p = 0; p < bestPenalty.Length; p++) network.SetPenalty(p, bestPenalty[p]);
            return best;
        }

        private MentoringResult BranchAndBound(Objective bound)
        {
            var open = new PriorityQueue<Node, Node>(NodeOrder.Instance);
            var sequence = 0;
            Selection root;
            try
            {
                root = network.Solve(null, deadline, ct);
            }
            catch (TimeoutException)
            {
                return Finish(incumbent, bound, false);
            }
            Offer(network.DropConflicts(root));
            var rootBound = root.Bound < bound ? root.Bound : bound;
            var rootNode = new Node(null, -1, -1, rootBound, 0, sequence++, Branching(root, NewRestrictions()));
            if (rootNode.BranchPair < 0 || rootBound <= incumbent.Value) return Finish(incumbent, incumbent.Value, true);
            open.Enqueue(rootNode, rootNode);
            while (open.Count > 0)
            {
                ct.ThrowIfCancellationRequested();
                var node = open.Peek();
                if (Settled(node.Bound)) return Finish(incumbent, node.Bound, incumbent.Value >= node.Bound);
                open.Dequeue();
                Report("branch-and-bound", null, node.Bound, force: false);
                try
                {
                    foreach (var child in network.PairCandidates[node.BranchPair])
                    {
                        var restrictions = Restrictions(node);
                        restrictions[node.BranchPair] = network.Role[child];
                        var relaxed = network.Solve(restrictions, deadline, ct);
                        nodes++;
                        Offer(network.DropConflicts(relaxed));
                        // A child cannot promise more than its parent (its bound may be looser when multipliers drop).
                        var childBound = relaxed.Bound < node.Bound ? relaxed.Bound : node.Bound;
                        if (childBound <= incumbent.Value) continue;
                        var branch = Branching(relaxed, restrictions);
                        if (branch < 0) continue;   // its flow is feasible and meets its bound: offered above
                        var next = new Node(node, node.BranchPair, network.Role[child], childBound, node.Depth + 1, sequence++, branch);
                        open.Enqueue(next, next);
                    }
                }
                catch (TimeoutException)
                {
                    var best = open.Count > 0 && open.Peek().Bound > node.Bound ? open.Peek().Bound : node.Bound;
                    return Finish(incumbent, best, incumbent.Value >= best);
                }
            }
            // Every branch explored or pruned: the incumbent is optimal.
            return Finish(incumbent, incumbent.Value, true);
        }

        /// <summary>
        /// The pair to branch on ("which single role may it use"): a pair the flow uses in several roles (the one carrying
        /// most score); else an unrestricted pair with a multiplier that the flow leaves unused (largest multiplier first),
        /// since only those keep the Lagrangian bound above the flow's own value; -1 when there is none (the flow is
        /// feasible and its value equals its bound).
        /// </summary>
        private int Branching(Selection relaxed, int[] restrictions)
        {
            if (relaxed.Conflicts.Length > 0)
            {
                var weight = new Dictionary<int, long>();
                foreach (var i in relaxed.Chosen) weight[network.Pair[i]] = weight.GetValueOrDefault(network.Pair[i]) + network.Score[i];
                var best = relaxed.Conflicts[0];
                foreach (var p in relaxed.Conflicts)
                    if (weight[p] > weight[best]) best = p;
                return best;
            }
            if (relaxed.Bound <= relaxed.Value) return -1;
            var used = new bool[network.PairCount];
            foreach (var i in relaxed.Chosen) used[network.Pair[i]] = true;
            var pick = -1;
            for (var p = 0; p < used.Length; p++)
                if (!used[p] && restrictions[p] == MentoringNetwork.AnyRole && network.Penalty(p) > 0
                    && (pick < 0 || network.Penalty(p) > network.Penalty(pick)))
                    pick = p;
            return pick;
        }

        private int[] NewRestrictions()
        {
            var allowed = new int[network.PairCount];
            Array.Fill(allowed, MentoringNetwork.AnyRole);
            return allowed;
        }

        private int[] Restrictions(Node node)
        {
            var allowed = NewRestrictions();
            for (var n = node; n.Parent is not null; n = n.Parent) allowed[n.Pair] = n.Role;
            return allowed;
        }

        /// <summary>A relaxed node whose solution breaks no pair is feasible; otherwise its dropped repair is.</summary>
        private void Offer(Selection feasible)
        {
            if (feasible.Value > incumbent.Value) incumbent = feasible;
        }

        // The gap tolerance is for rounds whose proof is expensive: it counts only once the search has evaluated
        // GapStopAfterNodes branch-and-bound nodes, so smaller rounds are always proven (and the outcome does not
        // depend on the machine's speed).
        private bool Settled(Objective bound) =>
            incumbent.Value >= bound || (nodes >= GapStopAfterNodes && Objective.Gap(incumbent.Value, bound) <= options.GapTolerance);

        private void Report(string phase, double? fraction, Objective bound, bool force)
        {
            if (progress is null) return;
            var now = Stopwatch.GetTimestamp();
            // Throttled to one report per 100 ms within a phase; a new phase is always reported.
            if (!force && phase == lastPhase && now - lastReport < Stopwatch.Frequency / 10) return;
            lastReport = now;
            lastPhase = phase;
            progress.Report(new SolverProgress(phase, fraction, incumbent.Value, bound));
        }

        private MentoringResult Finish(Selection solution, Objective bound, bool optimal)
        {
            // A run cancelled at any point returns nothing, even if it was about to finish.
            ct.ThrowIfCancellationRequested();
            var candidates = network.Instance.Candidates;
            var assignments = solution.Chosen.Order()
                .Select(i => new MentoringAssignment(candidates[i].Participant, candidates[i].Mentor, candidates[i].Role))
                .ToList();
            // A proven optimum is its own best bound.
            var reported = optimal ? solution.Value : bound;
            progress?.Report(new SolverProgress("done", 1, solution.Value, reported));
            return new MentoringResult(assignments, assignments.Count, solution.Value.Score, reported, optimal) { SearchNodes = nodes };
        }
    }

    /// <summary>A branch: its parent chain fixes pairs to one role; <see cref="Bound"/> is its relaxation value.</summary>
    private sealed record Node(Node? Parent, int Pair, int Role, Objective Bound, int Depth, int Sequence, int BranchPair);

    /// <summary>Best bound first; deeper first on ties (reaches solutions sooner); then creation order (deterministic).</summary>
    private sealed class NodeOrder : IComparer<Node>
    {
        public static readonly NodeOrder Instance = new();

        public int Compare(Node? x, Node? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return 1;
            if (y is null) return -1;
            var c = y.Bound.CompareTo(x.Bound);
            if (c != 0) return c;
            c = y.Depth.CompareTo(x.Depth);
            return c != 0 ? c : x.Sequence.CompareTo(y.Sequence);
        }
    }
}
