using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Modules.Exports.Features.Calendars;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Applications;

/// <summary>
/// Loading and view mapping shared by the application use cases: the list, one application with its review clock and
/// checklist. Every write handler answers with <see cref="GetAsync"/>, so the page and the API see the same view.
/// </summary>
public sealed class ApplicationReader(TalentChainDbContext db, IStringLocalizer<ExportsResource> L, ExportsText text, TimeProvider clock, CalendarHandlers calendars)
{
    public DateOnly Today => clock.Today();

    private IQueryable<LicenceApplication> Full() => db.LicenceApplications
        .Include(a => a.Applicant).Include(a => a.Consignee).Include(a => a.EndUser)
        .Include(a => a.Lines).ThenInclude(l => l.Material).Include(a => a.Route).Include(a => a.Supplements)
        .AsSplitQuery();

    public async Task<List<ApplicationRow>> ListAsync(string? status = null, CancellationToken ct = default)
    {
        var q = Full().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (status == "Pending") q = q.Where(a => LicenceApplication.Pending.Contains(a.Status));
            else if (Enum.TryParse<ApplicationStatus>(status, true, out var s)) q = q.Where(a => a.Status == s);
        }
        var apps = await q.OrderByDescending(a => a.Id).ToListAsync(ct);
        var calendar = await SafeCalendarAsync(ct);
        var today = Today;
        return [.. apps.Select(a => Row(a, calendar, today).Row)];
    }

    private async Task<WorkingCalendar?> SafeCalendarAsync(CancellationToken ct)
    {
        try
        {
            return await calendars.WorkingCalendarAsync("CN", ct);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    internal (ApplicationRow Row, string? ClockNote) Row(LicenceApplication a, WorkingCalendar? calendar, DateOnly today)
    {
        var transit = a.TransitCountries(a.EndUser!.Country).ToArray();
        DateOnly? deadline = null;
        int? elapsed = null, remaining = null;
        var stopped = false;
        string? note = null;
        if (a.AcceptedOn is { } accepted && calendar is not null)
        {
            var asOf = a.DecidedOn ?? today;
            try
            {
                var state = ReviewClock.Compute(calendar, accepted, a.ReviewWorkingDays,
                    a.Supplements.Select(s => (s.RequestedOn, s.ProvidedOn, s.Policy)), asOf);
                (deadline, elapsed, remaining, stopped) = (state.Deadline, state.Elapsed, state.Remaining, state.Stopped);
                if (stopped) note = L["Clock.Stopped"];
            }
            catch (CalendarCoverageException ex)
            {
                note = L["Calendar.OutOfCoverage", UiCulture.Iso(ex.Date), string.Join(", ", ex.CoveredYears)];
            }
        }
        var pending = LicenceApplication.Pending.Contains(a.Status);
        return (new ApplicationRow(a.Id, a.Number, a.Kind.ToString(), a.Status.ToString(), text.Enum(a.Status),
            UiCulture.Pick(a.EndUser.Name, a.EndUser.NameZh), a.EndUser.Country, UiCulture.Pick(a.Consignee!.Name, a.Consignee.NameZh), a.Consignee.Country,
            transit.Length > 0, transit, a.EndUseCategory.ToString(), a.Lines.Sum(l => l.Value), a.Currency, a.SubmittedOn, a.AcceptedOn, deadline, elapsed, remaining,
            stopped, pending && deadline is { } d && d < today, a.DecidedOn), note);
    }

    public async Task<ApplicationView> GetAsync(int id, CancellationToken ct = default)
    {
        var a = await Full().AsNoTracking().Include(x => x.Events).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(L["Application.NotFound", id]);
        var docs = await db.ApplicationDocuments.AsNoTracking().Where(d => d.ApplicationId == id)
            .Select(d => new { d.Id, d.Kind, d.FileName, d.ContentType, d.Size, d.UploadedAt, d.UploadedBy }).ToListAsync(ct);
        var kinds = docs.Select(d => d.Kind).ToHashSet();
        var calendar = await SafeCalendarAsync(ct);
        var today = Today;
        var (row, note) = Row(a, calendar, today);
        var checklist = Checklist(a, kinds);
        return new ApplicationView(row, a.ApplicantPartyId, a.Applicant!.Name, a.ContractNumber, a.ConsigneePartyId, a.EndUserPartyId, a.EndUse, a.AmendsLicenceId,
            [.. a.Lines.OrderBy(l => l.Id).Select(l => new LineView(l.Id, l.MaterialId, l.Material!.Code, UiCulture.Pick(l.Material.Name, l.Material.NameZh), l.ControlCode, l.Quantity, l.Unit, l.Value, l.Currency))],
            [.. a.Route.OrderBy(r => r.Sequence).Select(r => new LegView(r.Sequence, r.FromCountry, r.ToCountry, r.Mode))],
            [.. docs.OrderBy(d => d.Id).Select(d => new DocumentView(d.Id, d.Kind.ToString(), text.Enum(d.Kind), d.FileName, d.ContentType, d.Size, d.UploadedAt, d.UploadedBy))],
            checklist,
            [.. a.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new EventView(e.At, e.OnDate, e.From.ToString(), e.To.ToString(), text.Enum(e.To), e.Actor, e.Note))],
            [.. a.Supplements.OrderBy(s => s.RequestedOn).Select(s => new SupplementView(s.Id, s.RequestedOn, s.DueOn, s.ProvidedOn, s.Policy.ToString(), text.Enum(s.Policy), s.Request, s.ProvidedOn is null && s.DueOn < today))],
            [.. LicenceApplication.Transitions[a.Status].Select(s => s.ToString())],
            a.ReviewWorkingDays, note, a.Version);
    }

    internal List<ChecklistItem> Checklist(LicenceApplication a, HashSet<DocumentKind> kinds) =>
    [
        new("Contract", L["Checklist.Contract"], kinds.Contains(DocumentKind.Contract)),
        new("EndUserCertificate", L["Checklist.EndUserCertificate"], kinds.Contains(DocumentKind.EndUserCertificate)),
        new("TechnicalDescription", L["Checklist.TechnicalDescription"], kinds.Contains(DocumentKind.TechnicalDescription) || kinds.Contains(DocumentKind.TestReport)),
        new("Lines", L["Checklist.Lines"], a.Lines.Count > 0),
        new("Route", L["Checklist.Route"], a.Route.Count > 0),
    ];
}

/// <summary>Lifecycle bookkeeping shared by the handlers that change an application.</summary>
internal static class ApplicationLifecycle
{
    /// <summary>Refuses a stale edit (the version the client read is not the current one).</summary>
    public static void ExpectVersion(TalentChainDbContext db, IStringLocalizer L, LicenceApplication a, long? version)
    {
        if (version is null) return;
        if (version != a.Version) throw new DbUpdateConcurrencyException(L["Common.Stale"]);
        db.Entry(a).Property(x => x.Version).OriginalValue = version.Value;
    }

    /// <summary>Moves the application to a status and records the event.</summary>
    public static void Move(TalentChainDbContext db, TimeProvider clock, LicenceApplication a, ApplicationStatus to, DateOnly onDate, string? note)
    {
        var e = new ApplicationEvent { ApplicationId = a.Id, At = clock.GetUtcNow(), OnDate = onDate, From = a.Status, To = to, Actor = db.CurrentUser.Name, Note = note };
        db.ApplicationEvents.Add(e);
        a.Status = to;
    }
}
