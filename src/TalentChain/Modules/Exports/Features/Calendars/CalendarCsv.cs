using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Calendars;

/// <summary>
/// Reads a calendar file: the header line exactly <c>date,kind</c>, then one line per date:
/// <c>YYYY-MM-DD,holiday|workday</c> (exactly two fields). All-or-nothing: every bad line is reported with its line number.
/// </summary>
public static class CalendarCsv
{
    public sealed record Day(DateOnly Date, CalendarDayKind Kind, string? Note);

    public static List<Day> Parse(string text, IStringLocalizer<ExportsResource> L)
    {
        var errors = new FieldErrors();
        var days = new List<Day>();
        var seen = new Dictionary<DateOnly, int>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var header = lines.Length > 0 ? lines[0].Trim().TrimStart('\uFEFF') : "";
        if (header != "date,kind")
        {
            errors.Add("File", L["Calendar.Csv.Header", header]);
            errors.ThrowIfAny(L["Calendar.Csv.Invalid"]);
        }
        for (var i = 1; i < lines.Length; i++)
        {
            var lineNo = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var cells = line.Split(',');
            if (cells.Length != 2)
            {
                errors.Add("File", L["Calendar.Csv.Columns", lineNo, line]);
                continue;
            }
            var dateText = cells[0].Trim();
            var kindText = cells[1].Trim();
            var ok = true;
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add("File", L["Calendar.Csv.BadDate", lineNo, dateText]);
                ok = false;
            }
            CalendarDayKind kind = default;
            if (kindText.ToLowerInvariant() is "holiday") kind = CalendarDayKind.Holiday;
            else if (kindText.ToLowerInvariant() is "workday") kind = CalendarDayKind.Workday;
            else
            {
                errors.Add("File", L["Calendar.Csv.BadKind", lineNo, kindText]);
                ok = false;
            }
            if (!ok) continue;
            if (seen.TryGetValue(date, out var first))
            {
                errors.Add("File", L["Calendar.Csv.Duplicate", lineNo, dateText, first]);
                continue;
            }
            seen[date] = lineNo;
            days.Add(new Day(date, kind, null));
        }
        if (days.Count == 0 && !errors.Any) errors.Add("File", L["Calendar.Csv.Empty"]);
        errors.ThrowIfAny(L["Calendar.Csv.Invalid"]);
        return days;
    }

    /// <summary>The file format the import and the CLI read: header <c>date,kind</c>, one <c>YYYY-MM-DD,kind</c> line per listed date.</summary>
    public static string Write(IEnumerable<(DateOnly Date, string Kind)> days) =>
        "date,kind\n" + string.Concat(days.OrderBy(d => d.Date).Select(d =>
            $"{d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)},{d.Kind.ToLowerInvariant()}\n"));
}
