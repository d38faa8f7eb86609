using System.Globalization;

namespace TalentChain;

/// <summary>
/// The enterprise's working time zone: China Standard Time (UTC+8, no daylight saving). Times are stored in UTC and entered
/// and shown in site time — training and sharing sessions, badge-log entries, the labs' and sessions' day boundaries.
/// </summary>
public static class SiteTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>"yyyy-MM-dd HH:mm" in site time.</summary>
    public static string Format(DateTimeOffset at) => at.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A site-time date and time as an instant.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);

    /// <summary>The instant a site-time day begins.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => At(date, TimeOnly.MinValue);
}
