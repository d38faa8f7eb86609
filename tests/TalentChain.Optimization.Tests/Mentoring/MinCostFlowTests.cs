using TalentChain.Optimization.Flow;
using TalentChain.Optimization.Mentoring;

namespace TalentChain.Optimization.Tests.Mentoring;

/// <summary>Optimality certificates of the flow relaxation: maximum (no augmenting path) and minimum cost (no negative reduced cost).</summary>
public class MinCostFlowTests
{
    [Fact]
    public void MinCostFlow_RelaxationFlows_CarryOptimalityCertificate()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var network = new MentoringNetwork(RandomRounds.Create(seed));
            network.Solve(null, long.MaxValue, default);
            var flow = network.Flow;
            foreach (var (from, to, residual, cost, _) in flow.ResidualArcs())
            {
                var reduced = cost + flow.Potential(from) - flow.Potential(to);
                Assert.True(reduced >= 0, $"seed {seed}: residual arc {from}→{to} (cap {residual}) has reduced cost {reduced}");
            }
            Assert.False(Reachable(flow, 0, 1), $"seed {seed}: an augmenting path is left, the flow is not maximum");
        }
    }

    [Fact]
    public void MinCostFlow_WarmStartedResolve_EqualsColdSolveAndStaysCertified()
    {
        for (var seed = 0; seed < 100; seed++)
        {
            var instance = RandomRounds.Create(seed);
            var warm = new MentoringNetwork(instance);
            warm.Solve(null, long.MaxValue, default);
            var random = new Random(seed);
            for (var step = 0; step < 5; step++)
            {
                // Random one-role restrictions, as branch-and-bound nodes make them (and lift them again).
                var allowed = new int[warm.PairCount];
                for (var p = 0; p < allowed.Length; p++)
                    allowed[p] = random.Next(3) == 0 ? random.Next(-1, 4) : MentoringNetwork.AnyRole;
                var again = warm.Solve(allowed, long.MaxValue, default);
                var fresh = new MentoringNetwork(instance).Solve(allowed, long.MaxValue, default);
                Assert.Equal(fresh.Value, again.Value);
                foreach (var (from, to, _, cost, _) in warm.Flow.ResidualArcs())
                    Assert.True(cost + warm.Flow.Potential(from) - warm.Flow.Potential(to) >= 0, $"seed {seed} step {step}: {from}→{to}");
            }
        }
    }

    [Fact]
    public void MinCostFlow_CheapAndExpensivePaths_TakesCheapFirstAndSaturates()
    {
        // Two units must go s→t; routes via a (cost 1+1, cap 1), via b (cost 5+0, cap 2); max flow 3 costs 2+5+5.
        var flow = new MinCostFlow(4, 0, 1, 5);
        flow.AddArc(0, 2, 1, 1);
        flow.AddArc(2, 1, 1, 1);
        var b = flow.AddArc(0, 3, 2, 5);
        flow.AddArc(3, 1, 5, 0);
        flow.Build();
        Assert.Equal((3L, 12L), flow.Solve());
        Assert.Equal(2, flow.Flow(b));
        flow.SetCapacity(b, 0);
        Assert.Equal((1L, 2L), flow.Solve());
        // Warm start: re-open the arc and re-optimise from the current flow.
        flow.SetCapacity(b, 2);
        flow.Reoptimize();
        Assert.Equal((3L, 12L), (flow.Value, flow.TotalCost()));
        // Make route b cheaper than route a: a unit moves over.
        flow.SetCost(b, 1);
        flow.SetCapacity(b, 3);
        flow.Reoptimize();
        Assert.Equal((4L, 3L + 2L), (flow.Value, flow.TotalCost()));
    }

    [Fact]
    public void MinCostFlow_CancelledSolve_Throws()
    {
        var network = new MentoringNetwork(RandomRounds.Create(11));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        // Cancellation is polled every 1,024 steps; a tiny round may finish first, so use a large one.
        var big = new MinCostFlow(2 + 2000, 0, 1, 10);
        for (var i = 0; i < 1000; i++)
        {
            big.AddArc(0, 2 + i, 1, i % 7);
            big.AddArc(2 + i, 2 + 1000 + (i * 7 % 1000), 1, i % 5);
            big.AddArc(2 + 1000 + i, 1, 1, 0);
        }
        big.Build();
        Assert.ThrowsAny<OperationCanceledException>(() => big.Solve(long.MaxValue, cts.Token));
        Assert.NotNull(network);
    }

    private static bool Reachable(MinCostFlow flow, int source, int sink)
    {
        var arcs = flow.ResidualArcs().Where(a => !a.Return).ToLookup(a => a.From, a => a.To);
        var seen = new HashSet<int> { source };
        var stack = new Stack<int>([source]);
        while (stack.Count > 0)
            foreach (var w in arcs[stack.Pop()])
                if (seen.Add(w)) stack.Push(w);
        return seen.Contains(sink);
    }
}
