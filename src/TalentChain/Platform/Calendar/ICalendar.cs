using System.Globalization;
using System.Text;

namespace TalentChain.Platform.Calendar;

/// <summary>One calendar entry: all-day (a deadline) when <see cref="End"/> is null and <see cref="AllDay"/> is set.</summary>
public sealed record CalendarEvent(string Uid, string Summary, string? Description, DateTimeOffset? Start, DateTimeOffset? End, DateOnly? AllDay, string? Location = null, string? Url = null);

/// <summary>
/// A small RFC 5545 writer (no iCalendar package is available here): CRLF line ends, content lines folded at
/// 75 octets without splitting a UTF-8 character, TEXT values escaped, UID and DTSTAMP on every event.
/// </summary>
public static class ICalendar
{
    public static string Write(string calendarName, DateTimeOffset stamp, IEnumerable<CalendarEvent> events)
    {
        var sb = new StringBuilder();
        Line(sb, "BEGIN:VCALENDAR");
        Line(sb, "VERSION:2.0");
        Line(sb, "PRODID:-//TalentChain//TalentChain//EN");
        Line(sb, "CALSCALE:GREGORIAN");
        Line(sb, "METHOD:PUBLISH");
        Line(sb, "X-WR-CALNAME:" + Escape(calendarName));
        var dtstamp = Utc(stamp);
        foreach (var e in events)
        {
            Line(sb, "BEGIN:VEVENT");
            Line(sb, "UID:" + e.Uid);
            Line(sb, "DTSTAMP:" + dtstamp);
            if (e.AllDay is { } day)
            {
                Line(sb, "DTSTART;VALUE=DATE:" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
                Line(sb, "DTEND;VALUE=DATE:" + day.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            }
            else
            {
                Line(sb, "DTSTART:" + Utc(e.Start!.Value));
                Line(sb, "DTEND:" + Utc(e.End ?? e.Start!.Value));
            }
            Line(sb, "SUMMARY:" + Escape(e.Summary));
            if (!string.IsNullOrEmpty(e.Description)) Line(sb, "DESCRIPTION:" + Escape(e.Description));
            if (!string.IsNullOrEmpty(e.Location)) Line(sb, "LOCATION:" + Escape(e.Location));
            if (!string.IsNullOrEmpty(e.Url)) Line(sb, "URL:" + e.Url);
            Line(sb, "END:VEVENT");
        }
        Line(sb, "END:VCALENDAR");
        return sb.ToString();
    }

    private static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline.</summary>
    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Appends one content line, folded so no physical line exceeds 75 octets (continuations start with a space).</summary>
    public static void Line(StringBuilder sb, string content)
    {
        var octets = 0;
        var limit = 75;
        var e = StringInfo.GetTextElementEnumerator(content);
        while (e.MoveNext())
        {
            var element = (string)e.Current;
            var size = Encoding.UTF8.GetByteCount(element);
            if (octets + size > limit)
            {
                sb.Append("\r\n ");
                octets = 1;
            }
            sb.Append(element);
            octets += size;
        }
        sb.Append("\r\n");
    }
}
