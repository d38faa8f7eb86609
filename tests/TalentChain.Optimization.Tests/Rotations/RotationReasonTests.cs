using TalentChain.Optimization.Rotations;
using static TalentChain.Optimization.Tests.Rotations.RotationTestData;

namespace TalentChain.Optimization.Tests.Rotations;

public class RotationReasonTests
{
    private static UnplacedParticipant Unplaced(RotationInstance instance, string participant)
    {
        var result = RotationSolver.Solve(instance);
        Assert.Empty(RotationValidation.CheckResult(instance, result));
        return result.Unplaced.Single(u => u.Participant == participant);
    }

    [Fact]
    public void Reason_StartTooLateForAllRotations_IsHorizonTooShort()
    {
        var instance = Instance(4, 3, 0, [Unit("U1", "a", 1, 1, 1, 1), Unit("U2", "a", 1, 1, 1, 1), Unit("U3", "b", 1, 1, 1, 1)],
            [Person("P1", "HQ", 3)]);
        var u = Unplaced(instance, "P1");
        Assert.Equal(UnplacedReason.HorizonTooShort, u.Code);
        Assert.Equal("horizon too short: 3 rotations from period 3 need periods 3–5, but the last period is 4", u.Reason);
    }

    [Fact]
    public void Reason_HomeUnitLeavesTooFewUnits_IsTooFewHostUnits()
    {
        var instance = Instance(3, 3, 0, [Unit("U1", "a", 1, 1, 1), Unit("U2", "a", 1, 1, 1), Unit("U3", "b", 1, 1, 1)],
            [Person("P1", "U2", 1)]);
        var u = Unplaced(instance, "P1");
        Assert.Equal(UnplacedReason.TooFewHostUnits, u.Code);
        Assert.Equal("too few host units: only 2 host unit(s) other than the home unit U2 offer places in periods 1–3 (U1, U3); 3 different units are needed", u.Reason);
    }

    [Fact]
    public void Reason_UnitsInTooFewSegments_IsTooFewSegments()
    {
        var instance = Instance(3, 3, 2, [Unit("U1", "metals", 1, 1, 1), Unit("U2", "mining", 1, 1, 1), Unit("U3", "mining", 1, 1, 1), Unit("U4", "mining", 1, 1, 1)],
            [Person("P1", "U1", 1)]);
        var u = Unplaced(instance, "P1");
        Assert.Equal(UnplacedReason.TooFewSegments, u.Code);
        Assert.Equal("too few segments: the host units other than the home unit U1 that offer places in periods 1–3 cover 1 segment(s) (mining); at least 2 are required", u.Reason);
    }

    [Fact]
    public void Reason_PeriodWithoutPlaces_IsNoCapacityNamingIt()
    {
        var instance = Instance(3, 3, 0, [Unit("U1", "a", 1, 0, 1), Unit("U2", "a", 1, 0, 1), Unit("U3", "b", 1, 1, 1), Unit("U4", "b", 1, 0, 1)],
            [Person("P1", "U3", 1)]);
        var u = Unplaced(instance, "P1");
        Assert.Equal(UnplacedReason.NoCapacity, u.Code);
        Assert.Equal("no capacity left: no host unit other than the home unit U3 offers a place in period(s) 2", u.Reason);
    }

    [Fact]
    public void Reason_PlacesAllowNoDistinctUnits_IsNoCapacity()
    {
        // Periods 1 and 2 only have places in U1: two different units cannot be found for them.
        var instance = Instance(3, 3, 0, [Unit("U1", "a", 1, 1, 0), Unit("U2", "a", 0, 0, 1), Unit("U3", "b", 0, 0, 1)],
            [Person("P1", "HQ", 1)]);
        var u = Unplaced(instance, "P1");
        Assert.Equal(UnplacedReason.NoCapacity, u.Code);
        Assert.Equal("no capacity left: the places offered in periods 1–3 do not allow 3 different host units covering 0 segment(s)", u.Reason);
    }

    [Fact]
    public void Reason_PeriodsFilledByOthers_IsNoCapacityNamingThem()
    {
        // Three places per period, four participants on the same two periods: one stays out.
        var instance = Instance(2, 2, 0, [Unit("U1", "a", 1, 1), Unit("U2", "a", 1, 1), Unit("U3", "b", 1, 1)],
            [Person("P1", "HQ", 1, ("U1", 5)), Person("P2", "HQ", 1, ("U2", 5)), Person("P3", "HQ", 1, ("U3", 5)), Person("P4", "HQ", 1)]);
        var u = Unplaced(instance, "P4");
        Assert.Equal(UnplacedReason.NoCapacity, u.Code);
        Assert.Equal("no capacity left: every place in period(s) 1, 2 is taken (host units other than the home unit HQ)", u.Reason);
    }

    [Fact]
    public void Reason_LeftoverPlacesFormNoPlan_IsOutcompeted()
    {
        // U2's single place per period goes to P1 and P2 (higher scores); P3 would need U2 too, while U1 still has room.
        var instance = Instance(2, 2, 0, [Unit("U1", "a", 2, 2), Unit("U2", "b", 1, 1)],
            [Person("P1", "HQ", 1, ("U1", 5), ("U2", 5)), Person("P2", "HQ", 1, ("U1", 5), ("U2", 5)), Person("P3", "HQ", 1)]);
        var u = Unplaced(instance, "P3");
        Assert.Equal(UnplacedReason.Outcompeted, u.Code);
        Assert.StartsWith("outcompeted: periods 1–2 still have places (period 1: U1)", u.Reason, StringComparison.Ordinal);
        Assert.Equal(UnplacedReason.Outcompeted, RotationJson.ReasonCode(u.Reason));
    }
}
