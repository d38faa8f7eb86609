using TalentChain.Modules.Knowledge;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.Knowledge.Features.Coverage;

namespace TalentChain.Tests.Modules.Knowledge;

/// <summary>The published formulas (docs/knowledge-continuity.md) on hand-computed examples.</summary>
public class CalculationTests
{
    [Theory]
    [InlineData(0, null, 1.0)]        // no risk, no birth date: full weight
    [InlineData(40, 20.0, 0.6)]       // (1 − 0.40) × 1
    [InlineData(20, 2.5, 0.4)]        // (1 − 0.20) × 2.5/5 = 0.8 × 0.5
    [InlineData(63, 1.0, 0.074)]      // 0.37 × 0.2 = 0.074
    [InlineData(10, 0.0, 0.0)]        // at retirement age
    [InlineData(10, -3.0, 0.0)]       // past retirement age
    [InlineData(100, 30.0, 0.0)]      // certain to leave
    public void Weight_RiskAndRetirement_MatchesHandComputed(int risk, double? yearsToRetirement, double expected) =>
        Assert.Equal((decimal)expected, CoverageRules.Weight(risk, yearsToRetirement));

    [Fact]
    public void Snapshot_ThreeHoldersOneLeaving_CoverageNowAndAfter()
    {
        // Weights 0.8, 0.6 and 0.4 (leaving); target 3.
        HolderView[] holders = [new(1, 4, 0.8m, false), new(2, 3, 0.6m, false), new(3, 3, 0.4m, true)];
        var s = CoverageService.Snapshot(7, 3, holders);
        Assert.Equal(3, s.Holders);
        Assert.Equal(1.8m, s.EffectiveHolders);
        Assert.Equal(0.6m, s.Coverage);                  // 1.8 / 3
        Assert.Equal(2, s.HoldersAfterDepartures);
        Assert.Equal(1.4m, s.EffectiveAfterDepartures);
        Assert.Equal(0.467m, s.CoverageAfterDepartures); // 1.4 / 3, rounded to 3 decimals
        Assert.False(CoverageRules.Flagged(s.Holders, s.Coverage, 0.5m));
        Assert.True(CoverageRules.Flagged(s.HoldersAfterDepartures, s.CoverageAfterDepartures, 0.5m));
    }

    [Fact]
    public void Flagged_SingleHolderEvenWithFullCoverage_IsFlagged()
    {
        Assert.True(CoverageRules.Flagged(1, 1.0m, 0.5m));
        Assert.True(CoverageRules.Flagged(0, 0m, 0m));
        Assert.False(CoverageRules.Flagged(2, 0.5m, 0.5m)); // at the threshold is not below it
    }

    [Fact]
    public void YearsToRetirement_FromBirthDate_CountsToRetirementAge()
    {
        var today = new DateOnly(2026, 6, 15);
        var years = CoverageRules.YearsToRetirement(new DateOnly(1968, 6, 15), 60, today)!.Value;
        Assert.Equal(2.0, years, 2); // turns 60 on 2028-06-15
        Assert.Null(CoverageRules.YearsToRetirement(null, 60, today));
    }

    [Fact]
    public void FlightRisk_HandComputedPerson_ScoreAndBand()
    {
        var today = new DateOnly(2026, 6, 15);
        // Hired 2½ years ago (15), no advancement since hire (2½ years → 5), pay at 20% of band (15),
        // manager changed 3 months ago (10), high performer (10), manager says high (30): 85 → high.
        var points = new[]
        {
            FlightRiskRules.Tenure(FlightRiskRules.Years(today.AddMonths(-30), today)),
            FlightRiskRules.SinceAdvancement(FlightRiskRules.Years(today.AddMonths(-30), today)),
            FlightRiskRules.Compensation(20),
            FlightRiskRules.ManagerChange(today.AddMonths(-3), today),
            FlightRiskRules.Review(3),
            FlightRiskRules.ManagerView(ManagerRiskView.High),
        };
        Assert.Equal([15, 5, 15, 10, 10, 30], points);
        Assert.Equal(85, FlightRiskRules.Score(points));
        Assert.Equal(RiskBand.High, FlightRiskRules.Band(85));
    }

    [Fact]
    public void FlightRisk_LongServingRecentlyPromoted_IsLow()
    {
        var today = new DateOnly(2026, 6, 15);
        var points = new[]
        {
            FlightRiskRules.Tenure(15),                          // 3
            FlightRiskRules.SinceAdvancement(1),                 // 0
            FlightRiskRules.Compensation(70),                    // 0
            FlightRiskRules.ManagerChange(today.AddMonths(-13), today), // older than 12 months: 0
            FlightRiskRules.Review(2),                           // 0
            FlightRiskRules.ManagerView(ManagerRiskView.Medium), // 15
        };
        Assert.Equal(18, FlightRiskRules.Score(points));
        Assert.Equal(RiskBand.Low, FlightRiskRules.Band(18));
        Assert.Equal(RiskBand.Medium, FlightRiskRules.Band(30));
        Assert.Equal(RiskBand.High, FlightRiskRules.Band(55));
        Assert.Equal(100, FlightRiskRules.Score([80, 40])); // capped
    }
}
