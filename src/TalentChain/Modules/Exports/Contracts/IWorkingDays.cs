namespace TalentChain.Modules.Exports.Contracts;

/// <summary>
/// Working-day arithmetic on the Chinese working calendar that Exports keeps (State Council holidays and make-up
/// workdays), for other modules' periods counted in working days — e.g. a public notice (公示) of five working days.
/// Where the calendar does not cover a year (no official notice loaded yet, or no calendar at all), Monday–Friday is
/// used and the answer is marked <see cref="WorkingDate.Provisional"/>, never left blank.
/// </summary>
public interface IWorkingDays
{
    /// <summary>The date of working day <paramref name="days"/> after <paramref name="start"/> (day 1 is the first working day after it).</summary>
    Task<WorkingDate> AddWorkingDaysAsync(DateOnly start, int days, CancellationToken ct = default);

    /// <summary>Working days in (first, last]; zero when last ≤ first.</summary>
    Task<WorkingDayCount> WorkingDaysBetweenAsync(DateOnly first, DateOnly last, CancellationToken ct = default);
}

/// <summary>A date counted in working days; <see cref="Provisional"/> when a year on the way had no official calendar (Monday–Friday used).</summary>
public sealed record WorkingDate(DateOnly Date, bool Provisional);

/// <summary>A number of working days; <see cref="Provisional"/> as for <see cref="WorkingDate"/>.</summary>
public sealed record WorkingDayCount(int Days, bool Provisional);
