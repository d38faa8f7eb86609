using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Calendars;

public sealed record CalendarDayView(DateOnly Date, string Kind, string? Note, string Weekday);
public sealed record CalendarView(string Jurisdiction, string Name, bool ToVerify, string? Notes, int[] CoveredYears, List<CalendarDayView> Days, long Version);
public sealed record CalendarDayInput(string? Date, string? Kind, string? Note);
public sealed record CalendarImportInput(string? Csv);
public sealed record DeadlineView(string Jurisdiction, DateOnly Start, int Days, DateOnly Deadline);

/// <summary>Jurisdiction calendars: view, CSV import (all-or-nothing, replaces the listed dates), single-day edits, deadline queries.</summary>
public sealed class CalendarHandlers(TalentChainDbContext db, IStringLocalizer<ExportsResource> L)
{
    public async Task<List<(string Jurisdiction, string Name)>> ListAsync(CancellationToken ct = default) =>
        (await db.JurisdictionCalendars.AsNoTracking().OrderBy(c => c.Jurisdiction).Select(c => new { c.Jurisdiction, c.Name }).ToListAsync(ct))
        .Select(c => (c.Jurisdiction, c.Name)).ToList();

    public async Task<CalendarView> GetAsync(string jurisdiction, CancellationToken ct = default)
    {
        var c = await LoadAsync(jurisdiction, tracked: false, ct);
        var wc = c.ToWorkingCalendar();
        return new CalendarView(c.Jurisdiction, c.Name, c.ToVerify, c.Notes, [.. wc.CoveredYears],
            [.. c.Days.OrderBy(d => d.Date).Select(d => new CalendarDayView(d.Date, d.Kind.ToString(), d.Note,
                d.Date.ToString("ddd", System.Globalization.CultureInfo.CurrentCulture)))], c.Version);
    }

    public async Task<WorkingCalendar> WorkingCalendarAsync(string jurisdiction, CancellationToken ct = default) =>
        (await LoadAsync(jurisdiction, tracked: false, ct)).ToWorkingCalendar();

    private async Task<JurisdictionCalendar> LoadAsync(string jurisdiction, bool tracked, CancellationToken ct)
    {
        var q = db.JurisdictionCalendars.Include(c => c.Days).AsQueryable();
        if (!tracked) q = q.AsNoTracking();
        var code = jurisdiction.ToUpperInvariant();
        return await q.FirstOrDefaultAsync(c => c.Jurisdiction == code, ct)
            ?? throw new NotFoundException(L["Calendar.NotFound", jurisdiction]);
    }

    /// <summary>Replaces the listed dates with the file's; nothing changes when any line is bad.</summary>
    public async Task<CalendarView> ImportAsync(string jurisdiction, string? csv, CancellationToken ct = default)
    {
        var days = CalendarCsv.Parse(csv ?? "", L);
        var c = await LoadAsync(jurisdiction, tracked: true, ct);
        // The file carries no notes: a date that stays listed with the same kind keeps the note it had.
        var notes = c.Days.Where(d => d.Note is not null).ToDictionary(d => (d.Date, d.Kind), d => d.Note);
        db.CalendarDays.RemoveRange(c.Days);
        foreach (var d in days) db.CalendarDays.Add(new CalendarDay { CalendarId = c.Id, Date = d.Date, Kind = d.Kind, Note = notes.GetValueOrDefault((d.Date, d.Kind)) });
        c.Version++;
        db.RecordAuditEvent(nameof(JurisdictionCalendar), c.Jurisdiction, new Dictionary<string, string?> { ["Imported"] = days.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await db.SaveChangesAsync(ct);
        return await GetAsync(jurisdiction, ct);
    }

    public async Task<CalendarView> SetDayAsync(string jurisdiction, CalendarDayInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var ok = DateOnly.TryParseExact((input.Date ?? "").Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date);
        if (!ok) errors.Add(nameof(input.Date), L["Calendar.DateInvalid", input.Date ?? ""]);
        CalendarDayKind kind = default;
        var k = (input.Kind ?? "").Trim().ToLowerInvariant();
        if (k == "holiday") kind = CalendarDayKind.Holiday;
        else if (k == "workday") kind = CalendarDayKind.Workday;
        else errors.Add(nameof(input.Kind), L["Calendar.KindInvalid", input.Kind ?? ""]);
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (note?.Length > 200) errors.Add(nameof(input.Note), L["Common.TooLong", 200]);
        errors.ThrowIfAny(L["Calendar.DayInvalid"]);
        var c = await LoadAsync(jurisdiction, tracked: true, ct);
        var existing = c.Days.FirstOrDefault(d => d.Date == date);
        if (existing is null) db.CalendarDays.Add(new CalendarDay { CalendarId = c.Id, Date = date, Kind = kind, Note = note });
        else
        {
            existing.Kind = kind;
            existing.Note = note;
        }
        c.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(jurisdiction, ct);
    }

    public async Task<CalendarView> RemoveDayAsync(string jurisdiction, DateOnly date, CancellationToken ct = default)
    {
        var c = await LoadAsync(jurisdiction, tracked: true, ct);
        var existing = c.Days.FirstOrDefault(d => d.Date == date) ?? throw new NotFoundException(L["Calendar.DayNotListed", UiCulture.Iso(date)]);
        db.CalendarDays.Remove(existing);
        c.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(jurisdiction, ct);
    }

    public async Task<DeadlineView> DeadlineAsync(string jurisdiction, string? start, int? days, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (!DateOnly.TryParseExact((start ?? "").Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var s))
            errors.Add("Start", L["Cli.BadStart", start ?? ""]);
        if (days is not { } n || n < 1 || n > 3650) errors.Add("Days", L["Cli.BadDays", days?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""]);
        errors.ThrowIfAny(L["Calendar.DeadlineInvalid"]);
        var wc = await WorkingCalendarAsync(jurisdiction, ct);
        try
        {
            return new DeadlineView(jurisdiction.ToUpperInvariant(), s, days!.Value, wc.AddWorkingDays(s, days.Value));
        }
        catch (CalendarCoverageException ex)
        {
            throw ValidationFailedException.For(L["Calendar.DeadlineInvalid"], "Start",
                L["Calendar.OutOfCoverage", UiCulture.Iso(ex.Date), string.Join(", ", ex.CoveredYears)]);
        }
    }
}
