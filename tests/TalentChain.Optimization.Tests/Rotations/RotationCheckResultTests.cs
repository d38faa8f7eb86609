using TalentChain.Optimization.Rotations;
using static TalentChain.Optimization.Tests.Rotations.RotationTestData;

namespace TalentChain.Optimization.Tests.Rotations;

public class RotationCheckResultTests
{
    private static readonly RotationInstance Instance3 = Instance(4, 2, 2,
        [Unit("U1", "mining", 1, 1, 1, 1), Unit("U2", "metals", 1, 1, 1, 1), Unit("U3", "metals", 1, 1, 1, 1)],
        [Person("P1", "U3", 1, ("U1", 4), ("U2", 3)), Person("P2", "HQ", 2, ("U1", 1))]);

    private static RotationResult Result(IEnumerable<RotationPlan> plans, IEnumerable<UnplacedParticipant> unplaced, int placed, long score, Objective bound) =>
        new(plans.ToList(), unplaced.ToList(), placed, score, bound, false);

    [Fact]
    public void CheckResult_FeasibleSchedule_IsAccepted()
    {
        var r = Result([new("P1", [new(1, "U1"), new(2, "U2")]), new("P2", [new(2, "U1"), new(3, "U2")])], [], 2, 8, new(2, 8));
        Assert.Empty(RotationValidation.CheckResult(Instance3, r));
    }

    [Fact]
    public void CheckResult_EveryKindOfViolation_NamesEachOne()
    {
        var r = Result(
            [new("P1", [new(1, "U3"), new(3, "U3")]), new("P2", [new(2, "U2"), new(3, "U3")]), new("P2", [new(2, "U1"), new(3, "U2")])],
            [new("P9", UnplacedReason.NoCapacity, "x")], 2, 99, new(1, 0));
        var errors = RotationValidation.CheckResult(Instance3, r);
        Assert.Contains("participant P1: rotation in the home unit U3", errors);
        Assert.Contains("participant P1: rotation 2 is in period 3, expected period 2 (consecutive from the start period 1)", errors);
        Assert.Contains("participant P1: host unit U3 is used twice", errors);
        Assert.Contains("participant P1: covers 1 segment(s) (metals), at least 2 required", errors);
        Assert.Contains("participant P2 has more than one plan", errors);
        Assert.Contains("host unit U3, period 3: 2 participants placed, capacity 1", errors);
        Assert.Contains("unplaced entry for unknown participant P9", errors);
        Assert.Contains("placed is 2 but there are 3 plans", errors);
        Assert.Contains("totalScore is 99 but the plans score 1", errors);
        Assert.Contains("bound (1, 0) is below the result (2, 99)", errors);
    }

    [Fact]
    public void CheckResult_ParticipantNeitherPlacedNorExplained_IsReported()
    {
        var r = Result([new("P1", [new(1, "U1"), new(2, "U2")])], [], 1, 7, new(2, 8));
        Assert.Contains("participant P2 is neither placed nor listed as unplaced", RotationValidation.CheckResult(Instance3, r));
    }
}
