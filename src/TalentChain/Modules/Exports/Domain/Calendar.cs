using TalentChain.Platform.Data;

namespace TalentChain.Modules.Exports.Domain;

public enum CalendarDayKind { Holiday, Workday }

/// <summary>A jurisdiction's working calendar (e.g. "CN"): the listed exceptions to Monday–Friday.</summary>
public class JurisdictionCalendar : IVersioned
{
    public int Id { get; set; }
    /// <summary>Jurisdiction code, e.g. "CN".</summary>
    public required string Jurisdiction { get; set; }
    public required string Name { get; set; }
    public string? Notes { get; set; }
    public bool ToVerify { get; set; }
    public long Version { get; set; }
    public List<CalendarDay> Days { get; } = [];

    public WorkingCalendar ToWorkingCalendar() => new(Days.Select(d => (d.Date, d.Kind)));
}

public class CalendarDay
{
    public int Id { get; set; }
    public int CalendarId { get; set; }
    public DateOnly Date { get; set; }
    public CalendarDayKind Kind { get; set; }
    public string? Note { get; set; }
}

/// <summary>A date the calendar cannot answer for: its year lists no dates.</summary>
public sealed class CalendarCoverageException(DateOnly date, IReadOnlyCollection<int> coveredYears)
    : Exception($"{date:yyyy-MM-dd} lies outside the calendar's coverage ({string.Join(", ", coveredYears)}).")
{
    public DateOnly Date { get; } = date;
    public IReadOnlyCollection<int> CoveredYears { get; } = coveredYears;
}

/// <summary>
/// Working-day arithmetic on a jurisdiction calendar. A calendar covers each year in which it lists at least one
/// date; inside a covered year unlisted Monday–Friday dates are workdays and unlisted weekend dates are not; a
/// listed date is a holiday or a (make-up) workday. Reaching an uncovered year throws rather than guesses.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, CalendarDayKind> _days;
    private readonly SortedSet<int> _years;

    public WorkingCalendar(IEnumerable<(DateOnly Date, CalendarDayKind Kind)> days)
    {
        _days = [];
        foreach (var (date, kind) in days) _days[date] = kind;
        _years = new SortedSet<int>(_days.Keys.Select(d => d.Year));
    }

    public IReadOnlyCollection<int> CoveredYears => _years;
    public bool Covers(DateOnly date) => _years.Contains(date.Year);

    public bool IsWorkday(DateOnly date)
    {
        if (!Covers(date)) throw new CalendarCoverageException(date, _years);
        if (_days.TryGetValue(date, out var kind)) return kind == CalendarDayKind.Workday;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The date of working day <paramref name="n"/> counted from <paramref name="start"/>: day 1 is the first working day after it.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (!Covers(start)) throw new CalendarCoverageException(start, _years);
        var date = start;
        for (var counted = 0; counted < n;)
        {
            date = date.AddDays(1);
            if (IsWorkday(date)) counted++;
        }
        return date;
    }

    /// <summary>Working days in (from, to]: how many have elapsed by <paramref name="to"/> when counting starts after <paramref name="from"/>. Zero when to ≤ from.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsWorkday(d)) count++;
        return count;
    }
}
