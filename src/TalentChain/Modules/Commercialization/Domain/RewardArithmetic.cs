namespace TalentChain.Modules.Commercialization.Domain;

/// <summary>
/// The sums behind conversion rewards (ADR 0050): the statutory floors of Art. 45 of the Law on Promoting the Transformation
/// of Scientific and Technological Achievements (促进科技成果转化法第四十五条), the reward pool of a deal, and the split of a
/// reward among the inventors by their contribution shares without losing or inventing a cent.
/// </summary>
public static class RewardArithmetic
{
    /// <summary>Own implementation (自行实施) pays a share of the operating profit each year for three to five years after it starts.</summary>
    public const int MinOwnImplementationYears = 3;
    public const int MaxOwnImplementationYears = 5;

    /// <summary>
    /// The statutory minimum percent where no agreement or company policy says otherwise: a transfer or licence 50 % of the
    /// net income, an equity investment 50 % of the equity, own implementation 5 % of the operating profit.
    /// </summary>
    public static decimal StatutoryMinimumPercent(DealKind kind) => kind switch
    {
        DealKind.Licence or DealKind.Transfer or DealKind.Equity => 50m,
        DealKind.OwnImplementation => 5m,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Years of own-implementation rewards under the statutory default (the shortest the law allows).</summary>
    public static int? StatutoryYears(DealKind kind) => kind == DealKind.OwnImplementation ? MinOwnImplementationYears : null;

    /// <summary>The pool: percent of the base, to the cent (half away from zero, so the statutory share is never cut short by rounding down a half cent).</summary>
    public static decimal Pool(decimal percent, decimal baseAmount) =>
        baseAmount <= 0 ? 0m : Math.Round(baseAmount * percent / 100m, 2, MidpointRounding.AwayFromZero);

    /// <summary>Equity shares in the pool: percent of the shares received, whole shares only (a fraction of a share cannot be handed out).</summary>
    public static decimal PoolShares(decimal percent, decimal shares) => shares <= 0 ? 0m : Math.Floor(shares * percent / 100m);

    /// <summary>Splits money to the cent. See <see cref="Split(decimal, IReadOnlyList{decimal}, decimal)"/>.</summary>
    public static decimal[] SplitCents(decimal total, IReadOnlyList<decimal> shares) => Split(total, shares, 0.01m);

    /// <summary>
    /// Largest-remainder split: each part is its exact share floored to the unit (a cent, or one share); the units left over
    /// go one each to the parts with the largest fractional remainders, ties to the larger share, then to the earlier
    /// inventor. The parts always sum to <paramref name="total"/>; every part is within one unit of its exact share.
    /// </summary>
    public static decimal[] Split(decimal total, IReadOnlyList<decimal> shares, decimal unit)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(unit);
        if (total < 0) throw new ArgumentOutOfRangeException(nameof(total), "The total may not be negative.");
        if (total % unit != 0) throw new ArgumentException("The total must be a whole number of units.", nameof(total));
        if (shares.Count == 0) throw new ArgumentException("At least one share is needed.", nameof(shares));
        if (shares.Any(s => s < 0)) throw new ArgumentException("Shares may not be negative.", nameof(shares));
        var sum = shares.Sum();
        if (sum <= 0) throw new ArgumentException("The shares must add up to more than zero.", nameof(shares));

        var units = total / unit;
        var parts = new decimal[shares.Count];
        var remainders = new decimal[shares.Count];
        for (var i = 0; i < shares.Count; i++)
        {
            // Work in whole units so that decimal division error stays far below one unit.
            var exact = units * shares[i] / sum;
            parts[i] = Math.Floor(exact);
            remainders[i] = exact - parts[i];
        }
        var left = (int)(units - parts.Sum());
        foreach (var i in Enumerable.Range(0, shares.Count).OrderByDescending(i => remainders[i]).ThenByDescending(i => shares[i]).ThenBy(i => i).Take(left))
            parts[i] += 1;
        for (var i = 0; i < parts.Length; i++) parts[i] *= unit;
        return parts;
    }
}
