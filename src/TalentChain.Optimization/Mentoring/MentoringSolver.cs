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
        private int nodes;

        public MentoringResult Run()
        {
            progress?.Report(new SolverProgress("relaxation", 0, null, null));
            // The root relaxation runs to the end whatever the time limit (only cancellation stops it): without it there
            // is neither a bound nor a solution.
            var root = network.Solve(null, long.MaxValue, ct);
            var bound = root.Value;
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
                    foreach (var (pair, role) in network.BestRoles(current)) allowed[pair] = role;
                    current = network.Solve(allowed, deadline, ct);
                    Offer(network.DropConflicts(current));
                    Report("repair", null, bound, force: true);
                    if (Settled(bound)) return Finish(incumbent, bound, incumbent.Value >= bound);
                }
            }
            catch (TimeoutException)
            {
                return Finish(incumbent, bound, false);
            }
            return BranchAndBound(root);
        }

        private MentoringResult BranchAndBound(Selection root)
        {
            var open = new PriorityQueue<Node, Node>(NodeOrder.Instance);
            var sequence = 0;
            var rootNode = new Node(null, -1, -1, root.Value, 0, sequence++, Branching(root));
            open.Enqueue(rootNode, rootNode);
            while (open.Count > 0)
            {
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
                        if (relaxed.Value <= incumbent.Value) continue;
                        var next = new Node(node, node.BranchPair, network.Role[child], relaxed.Value, node.Depth + 1, sequence++, Branching(relaxed));
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

        /// <summary>The conflicting pair to branch on: the one whose relaxed roles carry the most score (first on ties); -1 if none.</summary>
        private int Branching(Selection relaxed)
        {
            if (relaxed.Conflicts.Length == 0) return -1;
            var weight = new Dictionary<int, long>();
            foreach (var i in relaxed.Chosen) weight[network.Pair[i]] = weight.GetValueOrDefault(network.Pair[i]) + network.Score[i];
            var best = relaxed.Conflicts[0];
            foreach (var p in relaxed.Conflicts)
                if (weight[p] > weight[best]) best = p;
            return best;
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
            if (!force && now - lastReport < Stopwatch.Frequency / 10) return;
            lastReport = now;
            progress.Report(new SolverProgress(phase, fraction, incumbent.Value, bound));
        }

        private MentoringResult Finish(Selection solution, Objective bound, bool optimal)
        {
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
