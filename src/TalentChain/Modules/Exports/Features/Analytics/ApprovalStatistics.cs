using TalentChain.Modules.Exports.Domain;

namespace TalentChain.Modules.Exports.Features.Analytics;

/// <summary>Order statistics used by analytics and the risk board.</summary>
public static class ApprovalStatistics
{
    /// <summary>Median: the middle value, or the mean of the two middle values.</summary>
    public static double? Median(IReadOnlyList<int> values)
    {
        if (values.Count == 0) return null;
        var s = values.Order().ToArray();
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2.0;
    }

    /// <summary>Nearest-rank percentile: the smallest value with at least p % of the values at or below it.</summary>
    public static int? Percentile(IReadOnlyList<int> values, double p)
    {
        if (values.Count == 0) return null;
        var s = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * s.Length);
        return s[Math.Clamp(rank, 1, s.Length) - 1];
    }

    /// <summary>
    /// P(decision later than <paramref name="elapsed"/> + <paramref name="available"/> working days | no decision after
    /// <paramref name="elapsed"/>), from past durations. When no past case took longer than the elapsed time, the
    /// application is already slower than all of history: 1.
    /// </summary>
    public static double ProbabilityLate(IReadOnlyList<int> durations, int elapsed, int available)
    {
        var stillOpen = durations.Count(d => d > elapsed);
        if (stillOpen == 0) return 1.0;
        var late = durations.Count(d => d > elapsed + available);
        return (double)late / stillOpen;
    }

    public static string RouteKind(LicenceApplication a) => a.TransitCountries(a.EndUser!.Country).Any() ? "ViaThirdCountry" : "Direct";
}
