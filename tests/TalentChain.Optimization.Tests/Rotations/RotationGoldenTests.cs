using TalentChain.Optimization.Rotations;


namespace TalentChain.Optimization.Tests.Rotations;

/// <summary>
/// Instances in Golden/rotations with optima known independently of this code: issue-example (P1 needs 5 units, 2
/// exist), latin-square (3 places per period, everyone visits every unit, so the 3 highest totals 11 + 10 + 7 win),
/// ample-capacity (every participant can have its 5 preferred units at 9 + 8 + 7 + 6 + 5), contested-* (tight random
/// instances whose optimum was computed by a separate Python exhaustive search when the files were made).
/// </summary>
public class RotationGoldenTests
{
    [Theory]
    [InlineData("issue-example.json", 0, 0)]
    [InlineData("latin-square.json", 3, 28)]
    [InlineData("ample-capacity.json", 40, 1400)]
    [InlineData("contested-3.json", 5, 79)]
    [InlineData("contested-11.json", 5, 95)]
    public void Solve_GoldenInstance_ReachesAndProvesKnownOptimum(string file, int placed, long totalScore)
    {
        var instance = RotationJson.ReadInstance(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "rotations", file)));
        var result = RotationSolver.Solve(instance);
        Assert.Empty(RotationValidation.CheckResult(instance, result));
        Assert.Equal(new Objective(placed, totalScore), result.Value);
        Assert.True(result.Optimal);
        Assert.Equal(result.Value, result.Bound);
        Assert.Equal(instance.Participants.Count - placed, result.Unplaced.Count);
    }

    [Theory]
    [InlineData("contested-3.json")]
    [InlineData("contested-11.json")]
    public void GoldenOptimum_OwnExhaustiveSearch_Agrees(string file)
    {
        var instance = RotationJson.ReadInstance(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "rotations", file)));
        Assert.Equal(RotationSolver.Solve(instance).Value, RotationTestData.BruteForce(instance));
    }
}
