using TalentChain.Modules.Exports.Demo;
using TalentChain.Modules.Exports.Domain;

using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Exports;

/// <summary>Working-day arithmetic on the China 2025/2026 calendar; every expected date is counted by hand in the comment.</summary>
public class WorkingCalendarTests
{
    private static readonly WorkingCalendar China = ChinaCalendar.Working();

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void AddWorkingDays_AcrossTheNationalDayWeek_SkipsTheHolidaysAndCountsBothMakeUpWeekends()
    {
        // Accepted Fri 26 Sep 2025: Sun 28 Sep (make-up) = 1, Mon 29 = 2, Tue 30 = 3, 1–8 Oct holiday, Thu 9 = 4, Fri 10 = 5,
        // Sat 11 Oct (make-up) = 6, Mon 13 … Thu 16 = 7 … 10.
        Assert.Equal(D("2025-10-16"), China.AddWorkingDays(D("2025-09-26"), 10));
    }

    [Fact]
    public void AddWorkingDays_FortyFiveDaysFromMidSeptember_EndsOnTheHandCountedDate()
    {
        // From Mon 15 Sep 2025: 16–19 Sep = 4, 22–26 = 9, Sun 28 = 10, 29–30 = 12, 9–11 Oct = 15, 13–17 = 20, 20–24 = 25,
        // 27–31 = 30, 3–7 Nov = 35, 10–14 = 40, 17–21 = 45.
        Assert.Equal(D("2025-11-21"), China.AddWorkingDays(D("2025-09-15"), 45));
    }

    [Fact]
    public void AddWorkingDays_DayOne_IsFirstWorkingDayEvenAMakeUpSunday()
    {
        Assert.Equal(D("2025-09-28"), China.AddWorkingDays(D("2025-09-26"), 1));
        Assert.Equal(D("2025-10-09"), China.AddWorkingDays(D("2025-09-30"), 1));
        Assert.Equal(D("2026-01-05"), China.AddWorkingDays(D("2025-12-31"), 2)); // 1–3 Jan 2026 holiday, Sun 4 Jan make-up = 1, Mon 5 = 2
    }

    [Fact]
    public void AddWorkingDays_IntoAYearTheCalendarDoesNotList_RefusesRatherThanGuesses()
    {
        var ex = Assert.Throws<CalendarCoverageException>(() => China.AddWorkingDays(D("2026-12-20"), 10));
        Assert.Equal(D("2027-01-01"), ex.Date);
        Assert.Equal([2025, 2026], ex.CoveredYears);
        Assert.Throws<CalendarCoverageException>(() => China.AddWorkingDays(D("2024-12-30"), 1));
    }

    [Fact]
    public void UnlistedDates_FollowMondayToFriday_InACoveredYear()
    {
        var calendar = new WorkingCalendar([(D("2030-05-01"), CalendarDayKind.Holiday), (D("2030-05-04"), CalendarDayKind.Workday)]);
        Assert.False(calendar.IsWorkday(D("2030-05-01"))); // listed holiday (Wed)
        Assert.True(calendar.IsWorkday(D("2030-05-02"))); // unlisted Thu
        Assert.True(calendar.IsWorkday(D("2030-05-04"))); // listed Saturday workday
        Assert.False(calendar.IsWorkday(D("2030-05-05"))); // unlisted Sunday
        Assert.Equal(D("2030-05-06"), calendar.AddWorkingDays(D("2030-04-30"), 4)); // 2, 3, Sat 4, Mon 6
    }

    [Fact]
    public void ReviewClock_SupplementRequest_UnderEachPolicy()
    {
        var accepted = D("2025-09-26");
        var requested = D("2025-09-29");
        var provided = D("2025-10-10");
        var asOf = D("2025-10-14");

        var cont = ReviewClock.Compute(China, accepted, 10, [(requested, provided, SupplementClockPolicy.Continue)], asOf);
        Assert.Equal(D("2025-10-16"), cont.Deadline);

        // Pause: working days in (29 Sep, 10 Oct] = 30 Sep, 9 Oct, 10 Oct = 3, so 13 working days from acceptance: 16, 17, 20, 21 Oct.
        var pause = ReviewClock.Compute(China, accepted, 10, [(requested, provided, SupplementClockPolicy.Pause)], asOf);
        Assert.Equal(D("2025-10-21"), pause.Deadline);

        // Restart: 10 working days from 10 Oct: Sat 11 (make-up) = 1, 13–17 Oct = 2–6, 20–23 Oct = 7–10.
        var restart = ReviewClock.Compute(China, accepted, 10, [(requested, provided, SupplementClockPolicy.Restart)], asOf);
        Assert.Equal(D("2025-10-23"), restart.Deadline);
        Assert.Equal(7, restart.Remaining); // after 14 Oct: 15, 16, 17, 20, 21, 22, 23

        // Unanswered under Pause: the clock stands still at the working days run until the request.
        var open = ReviewClock.Compute(China, accepted, 10, [(requested, null, SupplementClockPolicy.Pause)], asOf);
        Assert.True(open.Stopped);
        Assert.Null(open.Deadline);
        Assert.Equal(2, open.Elapsed); // Sun 28 Sep (make-up) and Mon 29 Sep
    }

    [Fact]
    public void ReviewClock_AmendmentOfTwentyDays_ElapsedAndRemainingAddUp()
    {
        var state = ReviewClock.Compute(China, D("2025-09-26"), 20, [], D("2025-10-10"));
        Assert.Equal(5, state.Elapsed); // 28 Sep, 29, 30, 9 Oct, 10 Oct
        Assert.Equal(15, state.Remaining);
        Assert.Equal(D("2025-10-30"), state.Deadline); // 11 Oct = 6, 13–17 = 11, 20–24 = 16, 27–30 = 20
    }
}
