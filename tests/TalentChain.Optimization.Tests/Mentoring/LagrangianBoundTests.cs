using TalentChain.Optimization.Mentoring;

namespace TalentChain.Optimization.Tests.Mentoring;

/// <summary>The Lagrangian bound of the flow relaxation is never below the true optimum, whatever the multipliers and restrictions.</summary>
public class LagrangianBoundTests
{
    [Fact]
    public void LagrangianBound_RandomMultipliersAndRestrictions_NeverBelowBruteForceOptimum()
    {
        for (var seed = 0; seed < 150; seed++)
        {
            var instance = RandomRounds.Create(seed);
            var network = new MentoringNetwork(instance);
            var random = new Random(seed);
            for (var step = 0; step < 4; step++)
            {
                for (var p = 0; p < network.PairCount; p++)
                    network.SetPenalty(p, random.Next(3) == 0 ? random.Next(0, (int)network.MaxPenalty + 1) : 0);
                var allowed = new int[network.PairCount];
                for (var p = 0; p < allowed.Length; p++)
                    allowed[p] = random.Next(4) == 0 ? random.Next(-1, 4) : MentoringNetwork.AnyRole;
                var relaxed = network.Solve(allowed, long.MaxValue, default);
                var optimum = BruteForce.Optimum(Restrict(instance, network, allowed));
                Assert.True(relaxed.Bound >= optimum, $"seed {seed} step {step}: bound {relaxed.Bound} below optimum {optimum}");
            }
        }
    }

    /// <summary>The round with the restrictions applied: a pair pinned to a role keeps only that candidate.</summary>
    private static MentoringInstance Restrict(MentoringInstance instance, MentoringNetwork network, int[] allowed) =>
        instance with
        {
            Candidates = instance.Candidates
                .Where((c, i) => allowed[network.Pair[i]] == MentoringNetwork.AnyRole || allowed[network.Pair[i]] == (int)c.Role)
                .ToList(),
        };
}
