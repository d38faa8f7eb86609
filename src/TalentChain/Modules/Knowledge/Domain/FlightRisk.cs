using TalentChain.Modules.Knowledge.Domain;

namespace TalentChain.Modules.Knowledge;

public enum RiskBand
{
    Low = 1,
    Medium = 2,
    High = 3,
}

/// <summary>The published rules of the built-in factors and the score (pure functions; see docs/knowledge-continuity.md).</summary>
public static class FlightRiskRules
{
    public const int MaxScore = 100;
    public const int MediumFrom = 30;
    public const int HighFrom = 55;

    public static double Years(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber) / 365.25;

    /// <summary>Tenure: new joiners and the 1–3-year window leave most often.</summary>
    public static int Tenure(double years) => years switch
    {
        < 1 => 10,
        < 3 => 15,
        < 10 => 8,
        _ => 3,
    };

    /// <summary>Years since the last promotion or title change (or since hire when there was none).</summary>
    public static int SinceAdvancement(double years) => years switch
    {
        >= 5 => 20,
        >= 3 => 12,
        >= 2 => 5,
        _ => 0,
    };

    /// <summary>Pay position in the grade's band (0–100): underpaid people are courted.</summary>
    public static int Compensation(int? position) => position switch
    {
        null => 0,
        < 25 => 15,
        < 50 => 8,
        _ => 0,
    };

    /// <summary>A change of line manager within the last 12 months.</summary>
    public static int ManagerChange(DateOnly? changedOn, DateOnly today) =>
        changedOn is { } d && d > today.AddMonths(-12) && d <= today ? 10 : 0;

    /// <summary>Review outcome: high performers are in demand; low performers may be pushed out.</summary>
    public static int Review(int? performance) => performance switch
    {
        3 => 10,
        1 => 6,
        _ => 0,
    };

    /// <summary>The line manager's own view of the risk.</summary>
    public static int ManagerView(ManagerRiskView? view) => view switch
    {
        ManagerRiskView.High => 30,
        ManagerRiskView.Medium => 15,
        _ => 0,
    };

    public static int Score(IEnumerable<int> points) => Math.Clamp(points.Sum(), 0, MaxScore);

    public static RiskBand Band(int score) => score >= HighFrom ? RiskBand.High : score >= MediumFrom ? RiskBand.Medium : RiskBand.Low;
}

/// <summary>Coverage of a critical technology (pure; see docs/knowledge-continuity.md).</summary>
public static class CoverageRules
{
    /// <summary>Years before retirement over which a holder's weight falls linearly to 0.</summary>
    public const double RetirementWindowYears = 5;

    /// <summary>
    /// A holder's weight: (1 − risk/100) × min(1, yearsToRetirement / 5), rounded to 3 decimals. Unknown birth date: no
    /// retirement discount. At or past retirement age: 0.
    /// </summary>
    public static decimal Weight(int riskScore, double? yearsToRetirement)
    {
        var risk = 1m - Math.Clamp(riskScore, 0, 100) / 100m;
        var retirement = yearsToRetirement is { } y ? (decimal)Math.Clamp(y / RetirementWindowYears, 0, 1) : 1m;
        return Math.Round(risk * retirement, 3, MidpointRounding.AwayFromZero);
    }

    public static decimal Coverage(decimal effectiveHolders, int target) =>
        Math.Round(effectiveHolders / Math.Max(1, target), 3, MidpointRounding.AwayFromZero);

    /// <summary>Flagged: one holder or none, or coverage below the threshold.</summary>
    public static bool Flagged(int holders, decimal coverage, decimal threshold) => holders <= 1 || coverage < threshold;

    public static double? YearsToRetirement(DateOnly? birthDate, int retirementAge, DateOnly today) =>
        birthDate is { } b ? FlightRiskRules.Years(today, b.AddYears(retirementAge)) : null;
}
