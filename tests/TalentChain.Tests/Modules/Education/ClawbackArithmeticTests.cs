using TalentChain.Modules.Education.Domain;

namespace TalentChain.Tests.Modules.Education;

/// <summary>
/// Repayment and cap arithmetic on hand-computed cases (ADR 0044). Service from 2024-07-01 for three years: the period
/// ends before 2027-07-01, so it has 365 + 365 + 365 = 1,095 days; the last day of work counts as served.
/// </summary>
public class ClawbackArithmeticTests
{
    private static readonly DateOnly Start = new(2024, 7, 1);

    [Fact]
    public void Compute_LeavingOnTheFirstDayOfService_OwesAllButOneDay()
    {
        var f = ClawbackCalculator.Compute(60_000m, Start, 3, Start);
        Assert.Equal((1095, 1, 1094), (f.TotalDays, f.PerformedDays, f.RemainingDays));
        // 60,000 × 1,094 ÷ 1,095 = 59,945.2054… → 59,945.21
        Assert.Equal(59_945.21m, f.Amount);
        Assert.Equal(ClawbackBasis.ProRata, f.Basis);
    }

    [Fact]
    public void Compute_LeavingHalfway_OwesHalf()
    {
        // Two years from 2025-01-01: 730 days; the first 365 served (through 2025-12-31), 365 left.
        var f = ClawbackCalculator.Compute(60_000m, new DateOnly(2025, 1, 1), 2, new DateOnly(2025, 12, 31));
        Assert.Equal((730, 365, 365), (f.TotalDays, f.PerformedDays, f.RemainingDays));
        Assert.Equal(30_000.00m, f.Amount);
    }

    [Fact]
    public void Compute_LeavingOnTheLastDayOfService_OwesNothing()
    {
        var f = ClawbackCalculator.Compute(60_000m, Start, 3, new DateOnly(2027, 6, 30));
        Assert.Equal(0m, f.Amount);
        Assert.Equal(ClawbackBasis.Fulfilled, f.Basis);
    }

    [Fact]
    public void Compute_LeavingAfterTheEnd_OwesNothing()
    {
        var f = ClawbackCalculator.Compute(60_000m, Start, 3, new DateOnly(2028, 1, 15));
        Assert.Equal(0m, f.Amount);
        Assert.Equal(0, f.RemainingDays);
    }

    [Fact]
    public void Compute_LeavingBeforeThePeriodStarts_OwesEverything()
    {
        var agreedStart = ClawbackCalculator.Compute(48_000m, Start, 3, new DateOnly(2024, 6, 30));
        Assert.Equal(48_000m, agreedStart.Amount);
        Assert.Equal(ClawbackBasis.BeforeServiceStart, agreedStart.Basis);
        // Degree not conferred yet: no service start at all.
        var notConferred = ClawbackCalculator.Compute(48_000m, null, 3, new DateOnly(2024, 6, 30));
        Assert.Equal(48_000m, notConferred.Amount);
        Assert.Equal(ClawbackBasis.BeforeServiceStart, notConferred.Basis);
    }

    [Fact]
    public void Compute_PartialMonths_ApportionsByDays()
    {
        // 2024-07-01 … 2025-11-10: 365 + 132 + 1 = 498 days served, 597 left: 60,000 × 597 ÷ 1,095 = 32,712.3287… → 32,712.33
        var f = ClawbackCalculator.Compute(60_000m, Start, 3, new DateOnly(2025, 11, 10));
        Assert.Equal((498, 597), (f.PerformedDays, f.RemainingDays));
        Assert.Equal(32_712.33m, f.Amount);
    }

    [Fact]
    public void Compute_HalfAFen_RoundsAwayFromZero()
    {
        // One year (365 days), 292 served, 73 left = one fifth: 0.125 ÷ 5 = 0.025 → 0.03 (banker's rounding would give 0.02).
        var start = new DateOnly(2025, 1, 1);
        var f = ClawbackCalculator.Compute(0.125m, start, 1, start.AddDays(291));
        Assert.Equal(73, f.RemainingDays);
        Assert.Equal(0.03m, f.Amount);
    }

    [Fact]
    public void Decide_WithinBothCaps_ApprovesTheReimbursableShare()
    {
        var d = ClaimCaps.Decide(10_000m, 80m, 2026, 30_000m, 0m, 80_000m, 0m);
        Assert.Equal((8_000m, 8_000m, CapKind.None), (d.Eligible, d.Approved, d.Cap));
    }

    [Fact]
    public void Decide_OverTheYearsCap_ApprovesWhatIsLeft()
    {
        var d = ClaimCaps.Decide(9_000m, 100m, 2026, 30_000m, 24_000m, 80_000m, 40_000m);
        Assert.Equal((9_000m, 6_000m, CapKind.Annual, 30_000m, 24_000m), (d.Eligible, d.Approved, d.Cap, d.CapLimit, d.AlreadyApproved));
    }

    [Fact]
    public void Decide_OverTheDegreesCap_ApprovesWhatIsLeftOfIt()
    {
        var d = ClaimCaps.Decide(9_000m, 100m, 2026, 30_000m, 0m, 80_000m, 77_500m);
        Assert.Equal((2_500m, CapKind.Degree, 80_000m), (d.Approved, d.Cap, d.CapLimit));
    }

    [Fact]
    public void Decide_CapUsedUp_ApprovesNothing()
    {
        var d = ClaimCaps.Decide(1_000m, 100m, 2026, 30_000m, 30_000m, 80_000m, 30_000m);
        Assert.Equal(0m, d.Approved);
        Assert.Equal(CapKind.Annual, d.Cap);
    }
}
