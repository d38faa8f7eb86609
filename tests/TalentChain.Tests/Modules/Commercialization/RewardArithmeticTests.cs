using TalentChain.Modules.Commercialization.Domain;

namespace TalentChain.Tests.Modules.Commercialization;

/// <summary>The reward sums on hand-computed cases and, over many random cases, the rule that the parts sum to the whole.</summary>
public sealed class RewardArithmeticTests
{
    [Theory]
    [InlineData("1000.00", new[] { "33.3", "33.3", "33.4" }, new[] { "333.00", "333.00", "334.00" })]
    [InlineData("100.00", new[] { "33.33", "33.33", "33.34" }, new[] { "33.33", "33.33", "33.34" })]
    [InlineData("500000.00", new[] { "33.3", "33.3", "33.4" }, new[] { "166500.00", "166500.00", "167000.00" })]
    // 0.10 over three equal shares: 0.0333… each, floored to 0.03; the one cent left over goes to the largest remainder,
    // all equal, then to the larger share, all equal, then to the first inventor.
    [InlineData("0.10", new[] { "1", "1", "1" }, new[] { "0.04", "0.03", "0.03" })]
    // 0.05 at 50/30/20: exact 0.025/0.015/0.010 → floors 0.02/0.01/0.01, remainders .5/.5/0 → the cent to the larger share.
    [InlineData("0.05", new[] { "50", "30", "20" }, new[] { "0.03", "0.01", "0.01" })]
    // 0.02 at 20/30/50: exact .004/.006/.010 → floors 0/0/0.01, remainders .4/.6/0 → the cent to the largest remainder (second).
    [InlineData("0.02", new[] { "20", "30", "50" }, new[] { "0.00", "0.01", "0.01" })]
    public void SplitCents_HandComputedCases_MatchToTheCent(string total, string[] shares, string[] expected)
    {
        var parts = RewardArithmetic.SplitCents(D(total), [.. shares.Select(D)]);
        Assert.Equal(expected.Select(D), parts);
        Assert.Equal(D(total), parts.Sum());
    }

    [Fact]
    public void Split_EquitySharesInWholeShares_SumToTheWhole()
    {
        // 10,000 shares at 33.3/33.3/33.4 → 3,330 / 3,330 / 3,340; 10 shares over three equal → 4/3/3.
        Assert.Equal([3330m, 3330m, 3340m], RewardArithmetic.Split(10_000m, [33.3m, 33.3m, 33.4m], 1m));
        Assert.Equal([4m, 3m, 3m], RewardArithmetic.Split(10m, [1m, 1m, 1m], 1m));
    }

    [Fact]
    public void Split_RandomAmountsAndShares_PartsAlwaysSumToTheWholeAndStayWithinACentOfTheirShare()
    {
        var random = new Random(20261207);
        for (var run = 0; run < 20_000; run++)
        {
            var total = random.Next(0, 100_000_000) / 100m * (run % 7 == 0 ? 1000 : 1);
            var count = random.Next(1, 9);
            var shares = Enumerable.Range(0, count).Select(_ => random.Next(1, 10_000) / 100m).ToArray();
            var parts = RewardArithmetic.SplitCents(total, shares);
            Assert.Equal(total, parts.Sum());
            var sum = shares.Sum();
            for (var i = 0; i < count; i++)
            {
                Assert.True(parts[i] >= 0 && parts[i] == Math.Round(parts[i], 2), $"run {run}: part {parts[i]} is not a whole cent");
                Assert.True(Math.Abs(parts[i] - total * shares[i] / sum) < 0.01m, $"run {run}: part {parts[i]} is more than a cent off its share");
            }
        }
    }

    [Theory]
    [InlineData(DealKind.Licence, "50")]
    [InlineData(DealKind.Transfer, "50")]
    [InlineData(DealKind.Equity, "50")]
    [InlineData(DealKind.OwnImplementation, "5")]
    public void StatutoryMinimum_PerKind_IsArticle45(DealKind kind, string percent)
    {
        Assert.Equal(D(percent), RewardArithmetic.StatutoryMinimumPercent(kind));
        Assert.Equal(kind == DealKind.OwnImplementation ? 3 : null, RewardArithmetic.StatutoryYears(kind));
    }

    [Fact]
    public void Pool_PercentOfNetIncome_ToTheCent()
    {
        Assert.Equal(500_000.00m, RewardArithmetic.Pool(50m, 1_000_000.00m));
        Assert.Equal(0.01m, RewardArithmetic.Pool(50m, 0.01m)); // half a cent rounds up: the statutory share is a minimum
        Assert.Equal(0m, RewardArithmetic.Pool(50m, -10m));
        Assert.Equal(333m, RewardArithmetic.PoolShares(33.35m, 1000m));
    }

    private static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
