using System.Text.Json;
using TalentChain.Optimization.Mentoring;

namespace TalentChain.Optimization.Tests.Mentoring;

/// <summary>Golden rounds (Golden/mentoring/*.json) with optima verified independently (brute force and CBC).</summary>
public class GoldenTests
{
    public static TheoryData<string> Names() => new(Golden.Names());

    [Theory]
    [MemberData(nameof(Names))]
    public void Solve_GoldenRound_ReachesKnownOptimum(string name)
    {
        var (instance, expected) = Golden.Load(name);
        var result = MentoringSolver.Solve(instance);
        Assert.Empty(MentoringValidation.CheckResult(instance, result));
        Assert.Equal(expected, result.Value);
        Assert.True(result.Optimal);
    }

    [Fact]
    public void GreedyByScore_GoldenRound_FillsFewerSlotsThanOptimum()
    {
        // P1 takes M1 (10) greedily and P2, who can only have M1, stays empty; the optimum gives P1 M2 (9) and P2 M1 (8).
        var (instance, expected) = Golden.Load("greedy-is-wrong");
        Assert.Equal(new Objective(2, 17), expected);
        var result = MentoringSolver.Solve(instance);
        Assert.Contains(result.Assignments, a => a is { Participant: "P2", Mentor: "M1" });
    }

    [Fact]
    public void Solve_PairRuleBinds_NoMentorServesParticipantTwice()
    {
        var (instance, _) = Golden.Load("pair-rule-binds");
        var result = MentoringSolver.Solve(instance);
        Assert.Equal(result.Assignments.Count, result.Assignments.Select(a => (a.Participant, a.Mentor)).Distinct().Count());
        Assert.Equal(new Objective(2, 13), result.Value);
    }
}

public class GoldenRelaxationTests
{
    [Theory]
    [InlineData("pair-rule-binds")]
    [InlineData("round-40x12")]
    public void FlowRelaxation_GoldenRounds_BreaksPairRuleAndOverestimates(string name)
    {
        // These rounds need the repair / branch-and-bound: the relaxation alone would claim more than is feasible.
        var (instance, expected) = Golden.Load(name);
        var relaxed = new MentoringNetwork(instance).Solve(null, long.MaxValue, default);
        Assert.NotEmpty(relaxed.Conflicts);
        Assert.True(relaxed.Value > expected);
    }
}

internal static class Golden
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Golden", "mentoring");

    public static IEnumerable<string> Names() =>
        Directory.GetFiles(Folder, "*.json")
            .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal))
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Order(StringComparer.Ordinal);

    public static (MentoringInstance Instance, Objective Expected) Load(string name)
    {
        var instance = MentoringJson.ReadInstance(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".expected.json")));
        var root = expected.RootElement;
        return (instance, new Objective(root.GetProperty("filledSlots").GetInt64(), root.GetProperty("totalScore").GetInt64()));
    }
}
