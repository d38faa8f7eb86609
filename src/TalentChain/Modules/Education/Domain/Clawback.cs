namespace TalentChain.Modules.Education.Domain;

public enum ClawbackBasis
{
    /// <summary>Left before the service period began (degree not conferred, or before the agreed start): the whole reimbursed total.</summary>
    BeforeServiceStart = 1,
    /// <summary>Left during the service period: the reimbursed total apportioned to the unperformed days.</summary>
    ProRata = 2,
    /// <summary>Served the whole period: nothing owed.</summary>
    Fulfilled = 3,
}

/// <summary>The figures behind a repayment, for showing the formula.</summary>
public sealed record ClawbackFigures(decimal Reimbursed, DateOnly? ServiceStart, DateOnly? ServiceEnd, int TotalDays, int PerformedDays, int RemainingDays, decimal Amount, ClawbackBasis Basis);

/// <summary>
/// Repayment under a service commitment (Labour Contract Law Art. 22: no more than the training costs, apportioned to
/// the unperformed part of the service period). ADR 0044: the period runs from its start for N calendar years, the
/// end date excluded; the last day of work counts as served; the amount is total × remaining days ÷ total days,
/// rounded to the fen, half away from zero.
/// </summary>
public static class ClawbackCalculator
{
    public static ClawbackFigures Compute(decimal reimbursed, DateOnly? serviceStart, int serviceYears, DateOnly lastDay)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(reimbursed);
        if (serviceStart is not { } start || lastDay < start)
        {
            var end = serviceStart?.AddYears(serviceYears);
            var total = end is { } e ? e.DayNumber - serviceStart!.Value.DayNumber : 0;
            return new ClawbackFigures(reimbursed, serviceStart, end, total, 0, total, reimbursed, ClawbackBasis.BeforeServiceStart);
        }
        var serviceEnd = start.AddYears(serviceYears);
        var totalDays = serviceEnd.DayNumber - start.DayNumber;
        var performed = Math.Min(totalDays, lastDay.DayNumber - start.DayNumber + 1);
        var remaining = totalDays - performed;
        if (remaining <= 0) return new ClawbackFigures(reimbursed, start, serviceEnd, totalDays, totalDays, 0, 0m, ClawbackBasis.Fulfilled);
        var amount = Math.Round(reimbursed * remaining / totalDays, 2, MidpointRounding.AwayFromZero);
        return new ClawbackFigures(reimbursed, start, serviceEnd, totalDays, performed, remaining, amount, ClawbackBasis.ProRata);
    }
}

/// <summary>HR's decision on a claim against the caps: what is reimbursable, what is approved, and which cap cut it.</summary>
public sealed record CapDecision(decimal Eligible, decimal Approved, CapKind Cap, decimal CapLimit, decimal AlreadyApproved, int Year);

public static class ClaimCaps
{
    /// <summary>
    /// Eligible = amount × share (to the fen, half away from zero); approved = eligible, cut to what remains under the
    /// year's cap and the degree's cap. Caps apply to reimbursed (approved) amounts.
    /// </summary>
    public static CapDecision Decide(decimal amount, decimal sharePercent, int year, decimal annualCap, decimal approvedInYear, decimal degreeCap, decimal approvedInDegree)
    {
        var eligible = Math.Round(amount * sharePercent / 100m, 2, MidpointRounding.AwayFromZero);
        var annualRoom = Math.Max(0m, annualCap - approvedInYear);
        var degreeRoom = Math.Max(0m, degreeCap - approvedInDegree);
        var approved = Math.Min(eligible, Math.Min(annualRoom, degreeRoom));
        if (approved >= eligible) return new CapDecision(eligible, eligible, CapKind.None, 0m, 0m, year);
        return annualRoom <= degreeRoom
            ? new CapDecision(eligible, approved, CapKind.Annual, annualCap, approvedInYear, year)
            : new CapDecision(eligible, approved, CapKind.Degree, degreeCap, approvedInDegree, year);
    }
}
