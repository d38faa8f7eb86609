using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Exports.Features.Calendars;

/// <summary>Exports' <see cref="IWorkingDays"/>: the "CN" calendar, Monday–Friday (provisional) in years it does not cover.</summary>
internal sealed class WorkingDays(TalentChainDbContext db) : IWorkingDays
{
    public const string Jurisdiction = "CN";
    private WorkingCalendar? _calendar;

    public async Task<WorkingDate> AddWorkingDaysAsync(DateOnly start, int days, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var calendar = await CalendarAsync(ct);
        var provisional = !calendar.Covers(start);
        var date = start;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (IsWorkday(calendar, date, ref provisional)) counted++;
        }
        return new WorkingDate(date, provisional);
    }

    public async Task<WorkingDayCount> WorkingDaysBetweenAsync(DateOnly first, DateOnly last, CancellationToken ct = default)
    {
        var calendar = await CalendarAsync(ct);
        var provisional = false;
        var count = 0;
        for (var d = first.AddDays(1); d <= last; d = d.AddDays(1))
            if (IsWorkday(calendar, d, ref provisional)) count++;
        return new WorkingDayCount(count, provisional);
    }

    private static bool IsWorkday(WorkingCalendar calendar, DateOnly date, ref bool provisional)
    {
        if (calendar.Covers(date)) return calendar.IsWorkday(date);
        provisional = true;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    private async Task<WorkingCalendar> CalendarAsync(CancellationToken ct)
    {
        if (_calendar is not null) return _calendar;
        var calendars = db.JurisdictionCalendars;
        var days = await db.CalendarDays.AsNoTracking()
            .Where(d => calendars.Any(c => c.Id == d.CalendarId && c.Jurisdiction == Jurisdiction))
            .Select(d => new { d.Date, d.Kind }).ToListAsync(ct);
        return _calendar = new WorkingCalendar(days.Select(d => (d.Date, d.Kind)));
    }
}
