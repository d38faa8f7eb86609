using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.Patents;

/// <summary>Open a patent family (专利族) for a disclosure; the owner of its deadlines defaults to the office user who creates it.</summary>
public sealed record FamilyInput(int? DisclosureId, string? Title, string? OwnerNumber);

/// <summary>A filing: office, kind, the PCT parent of a national phase, application number, filing and priority dates, status, grant date and patent number.</summary>
public sealed record FilingInput(PatentOffice? Office, FilingKind? Kind, int? ParentFilingId, string? ApplicationNumber, DateOnly? FilingDate, DateOnly? PriorityDate,
    FilingStatus? Status, DateOnly? GrantDate, string? PatentNumber, long? Version = null);

/// <summary>An office action received: notice date, period in months (default 4 for a first CNIPA notice, 2 for later ones).</summary>
public sealed record OfficeActionInput(DateOnly? NoticeDate, int? PeriodMonths);

/// <summary>The office sets a deadline's owner (employee number) and/or marks it done on a date.</summary>
public sealed record DeadlineInput(string? OwnerNumber, DateOnly? DoneOn);

public sealed record FilingView(int Id, PatentOffice Office, string OfficeName, FilingKind Kind, string KindName, int? ParentFilingId, string? ApplicationNumber,
    DateOnly? FilingDate, DateOnly? PriorityDate, FilingStatus Status, string StatusName, DateOnly? GrantDate, string? PatentNumber, long Version);

public sealed record DeadlineView(int Id, int FamilyId, string FamilyReference, string FamilyTitle, int? FilingId, DeadlineKind Kind, string KindName, string? Detail,
    DateOnly DueOn, DateOnly? GraceUntil, bool Provisional, IpDeadlines.State State, string StateName, int? OwnerEmployeeId, string? OwnerName, DateOnly? DoneOn, int DaysLeft);

public sealed record FamilyRow(int Id, string Reference, string Title, int DisclosureId, string DisclosureNumber, DateOnly? PriorityDate, int Filings, int Granted, int Overdue, DateOnly? NextDue);

public sealed record FamilyView(int Id, string Reference, string Title, int DisclosureId, string DisclosureNumber, DateOnly? PriorityDate, int? OwnerEmployeeId, string? OwnerName,
    List<FilingView> Filings, List<DeadlineView> Deadlines, bool Flagged, bool CanEdit, long Version);

public sealed record IpDashboard(List<DeadlineView> Upcoming, List<DeadlineView> Overdue, List<FamilyRow> Families);

/// <summary>IP protection (知识产权保护): patent families, filings, office actions, computed deadlines. Families follow their disclosure's visibility.</summary>
public sealed class PatentHandlers(TalentChainDbContext db, CommercializationAccess access, IWorkingDays workingDays, TimeProvider clock, IStringLocalizer<CommercializationResource> t)
{
    /// <summary>Adds (unsaved) a draft family for a disclosure decided for a patent; the caller saves.</summary>
    public PatentFamily AddDraftFamily(CommercializationViewer v, Disclosure d)
    {
        var f = new PatentFamily { DisclosureId = d.Id, Title = d.Title, OwnerEmployeeId = v.EmployeeId, CreatedBy = v.Name, CreatedAt = clock.GetUtcNow(), Reference = "PF-" + d.Number[3..] };
        db.PatentFamilies.Add(f);
        return f;
    }

    private IQueryable<PatentFamily> Visible(CommercializationViewer v)
    {
        var disclosures = access.VisibleDisclosures(v).Select(d => d.Id);
        return db.PatentFamilies.AsNoTracking().Where(f => disclosures.Contains(f.DisclosureId));
    }

    public async Task<IpDashboard> DashboardAsync(CommercializationViewer v, CancellationToken ct = default)
    {
        var today = clock.Today();
        var families = await Visible(v).Include(f => f.Disclosure).Include(f => f.Filings).Include(f => f.Deadlines).ThenInclude(x => x.Owner).AsSplitQuery()
            .OrderBy(f => f.Reference).ToListAsync(ct);
        var deadlines = families.SelectMany(f => f.Deadlines.Select(x => View(f, x, today))).ToList();
        return new IpDashboard(
            [.. deadlines.Where(x => x.State is IpDeadlines.State.Open or IpDeadlines.State.DueSoon && x.DueOn <= today.AddDays(90)).OrderBy(x => x.DueOn)],
            [.. deadlines.Where(x => x.State == IpDeadlines.State.Overdue).OrderBy(x => x.DueOn)],
            [.. families.Select(f => Row(f, today))]);
    }

    private static FamilyRow Row(PatentFamily f, DateOnly today) =>
        new(f.Id, f.Reference, f.Title, f.DisclosureId, f.Disclosure!.Number, IpDeadlines.FamilyPriority(f.Filings), f.Filings.Count, f.Filings.Count(x => x.Status == FilingStatus.Granted),
            f.Deadlines.Count(x => IpDeadlines.StateOf(x.DueOn, x.DoneOn, x.NotApplicable, today) == IpDeadlines.State.Overdue),
            f.Deadlines.Where(x => x.DoneOn is null && !x.NotApplicable && x.DueOn >= today).Select(x => (DateOnly?)x.DueOn).Min());

    public async Task<FamilyView> GetAsync(CommercializationViewer v, int id, CancellationToken ct = default)
    {
        var f = await Visible(v).Include(x => x.Disclosure).Include(x => x.Owner).Include(x => x.Filings).Include(x => x.Deadlines).ThenInclude(x => x.Owner).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["Family.NotFound", id]);
        if (!await access.MayReadFullAsync(v, f.DisclosureId, ct)) throw new NotFoundException(t["Family.NotFound", id]);
        var today = clock.Today();
        var deadlines = f.Deadlines.Select(x => View(f, x, today)).OrderBy(x => x.DueOn).ToList();
        return new FamilyView(f.Id, f.Reference, f.Title, f.DisclosureId, f.Disclosure!.Number, IpDeadlines.FamilyPriority(f.Filings), f.OwnerEmployeeId,
            f.Owner?.DisplayName(UiCulture.IsChinese), [.. f.Filings.OrderBy(x => x.FilingDate ?? DateOnly.MaxValue).ThenBy(x => x.Id).Select(FilingViewOf)], deadlines,
            deadlines.Any(x => x.State == IpDeadlines.State.Overdue) || f.Filings.Any(x => x.Status == FilingStatus.Lapsed), v.Office || v.Counsel, f.Version);
    }

    private FilingView FilingViewOf(PatentFiling x) => new(x.Id, x.Office, t["PatentOffice." + x.Office], x.Kind, t["FilingKind." + x.Kind], x.ParentFilingId, x.ApplicationNumber,
        x.FilingDate, x.PriorityDate, x.Status, t["FilingStatus." + x.Status], x.GrantDate, x.PatentNumber, x.Version);

    private DeadlineView View(PatentFamily f, IpDeadline x, DateOnly today)
    {
        var state = IpDeadlines.StateOf(x.DueOn, x.DoneOn, x.NotApplicable, today);
        return new DeadlineView(x.Id, f.Id, f.Reference, f.Title, x.FilingId, x.Kind, t["DeadlineKind." + x.Kind], x.Detail, x.DueOn, x.GraceUntil, x.Provisional,
            state, t["DeadlineState." + state], x.OwnerEmployeeId, x.Owner?.DisplayName(UiCulture.IsChinese), x.DoneOn, x.DueOn.DayNumber - today.DayNumber);
    }

    private async Task<PatentFamily> LoadForEditAsync(CommercializationViewer v, int familyId, CancellationToken ct)
    {
        var f = await db.PatentFamilies.Include(x => x.Filings).ThenInclude(x => x.OfficeActions).Include(x => x.Deadlines).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == familyId, ct);
        if (f is null || !await access.MayReadFullAsync(v, f.DisclosureId, ct)) throw new NotFoundException(t["Family.NotFound", familyId]);
        if (!v.Office && !v.Counsel) throw new AccessDeniedException(t["Access.Office"]);
        return f;
    }

    public async Task<FamilyView> CreateAsync(CommercializationViewer v, FamilyInput input, CancellationToken ct = default)
    {
        if (input.DisclosureId is not { } did || !await access.MaySeeDisclosureAsync(v, did, ct)) throw new NotFoundException(t["Disclosure.NotFound", input.DisclosureId ?? 0]);
        if (!v.Office) throw new AccessDeniedException(t["Access.Office"]);
        var d = await db.Disclosures.FirstAsync(x => x.Id == did, ct);
        var errors = new FieldErrors();
        if (d.Status is DisclosureStatus.Draft or DisclosureStatus.Withdrawn) errors.Add("DisclosureId", t["Family.DisclosureNotSubmitted", d.Number]);
        int? owner = v.EmployeeId;
        if (!string.IsNullOrWhiteSpace(input.OwnerNumber))
        {
            owner = await db.EmployeeRefs.Where(e => e.EmployeeNumber == input.OwnerNumber.Trim()).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
            if (owner is null) errors.Add("OwnerNumber", t["Disclosure.InventorUnknown", input.OwnerNumber]);
        }
        errors.ThrowIfAny(t["Family.Invalid"]);
        var count = await db.PatentFamilies.CountAsync(x => x.DisclosureId == did, ct);
        var f = AddDraftFamily(v, d);
        f.OwnerEmployeeId = owner;
        if (!string.IsNullOrWhiteSpace(input.Title)) f.Title = input.Title.Trim();
        if (count > 0) f.Reference += "-" + (count + 1).ToString(CultureInfo.InvariantCulture);
        await db.SaveChangesAsync(ct);
        return await GetAsync(v, f.Id, ct);
    }

    /// <summary>Adds (filingId null) or changes a filing, then recomputes the family's deadlines. Bad dates or a national phase without its PCT parent: refused, nothing written.</summary>
    public async Task<FamilyView> SaveFilingAsync(CommercializationViewer v, int familyId, int? filingId, FilingInput input, CancellationToken ct = default)
    {
        var f = await LoadForEditAsync(v, familyId, ct);
        PatentFiling filing;
        if (filingId is { } fid)
        {
            filing = f.Filings.FirstOrDefault(x => x.Id == fid) ?? throw new NotFoundException(t["Filing.NotFound", fid]);
            if (input.Version is { } ver && ver != filing.Version) throw ValidationFailedException.For(t["Filing.Invalid"], "Version", t["Disclosure.Stale"]);
        }
        else filing = new PatentFiling();
        var errors = new FieldErrors();
        if (input.Office is not { } office || !Enum.IsDefined(office)) { errors.Add("Office", t["Filing.OfficeRequired"]); office = default; }
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) { errors.Add("Kind", t["Filing.KindRequired"]); kind = default; }
        var status = input.Status ?? FilingStatus.Drafting;
        if (!Enum.IsDefined(status)) errors.Add("Status", t["Filing.StatusInvalid"]);
        var today = clock.Today();
        if (input.FilingDate > today) errors.Add("FilingDate", t["Filing.DateFuture", CommercializationText.Date(input.FilingDate)]);
        if (input.PriorityDate is { } pr && input.FilingDate is { } fd && fd < pr) errors.Add("FilingDate", t["Filing.BeforePriority", CommercializationText.Date(fd), CommercializationText.Date(pr)]);
        var others = f.Filings.Where(x => x != filing).ToList();
        var familyPriority = IpDeadlines.FamilyPriority(others);
        if (input.FilingDate is { } filed && familyPriority is { } famP && filed < famP && kind == FilingKind.NationalPhase)
            errors.Add("FilingDate", t["Filing.BeforePriority", CommercializationText.Date(filed), CommercializationText.Date(famP)]);
        if (kind == FilingKind.NationalPhase)
        {
            var parent = input.ParentFilingId is { } pid ? others.FirstOrDefault(x => x.Id == pid) : null;
            if (parent is null || parent.Kind != FilingKind.PctInternational) errors.Add("ParentFilingId", t["Filing.NationalPhaseNeedsPct"]);
            else if (input.FilingDate is { } entered && IpDeadlines.FamilyPriority([parent]) is { } pp && entered < pp)
                errors.Add("FilingDate", t["Filing.BeforePriority", CommercializationText.Date(entered), CommercializationText.Date(pp)]);
        }
        else if (input.ParentFilingId is not null) errors.Add("ParentFilingId", t["Filing.ParentOnlyNationalPhase"]);
        if (status is not FilingStatus.Drafting && input.FilingDate is null) errors.Add("FilingDate", t["Filing.FilingDateRequired", t["FilingStatus." + status]]);
        if (status == FilingStatus.Granted)
        {
            if (input.FilingDate is null) errors.Add("GrantDate", t["Filing.GrantWithoutFiling"]);
            if (input.GrantDate is not { } gd) errors.Add("GrantDate", t["Filing.GrantDateRequired"]);
            else if (input.FilingDate is { } fd2 && gd < fd2) errors.Add("GrantDate", t["Filing.GrantBeforeFiling", CommercializationText.Date(gd), CommercializationText.Date(fd2)]);
            else if (gd > today) errors.Add("GrantDate", t["Filing.DateFuture", CommercializationText.Date(gd)]);
            if (string.IsNullOrWhiteSpace(input.PatentNumber)) errors.Add("PatentNumber", t["Filing.PatentNumberRequired"]);
            if (kind == FilingKind.PctInternational) errors.Add("Status", t["Filing.PctNotGranted"]);
        }
        if (input.ApplicationNumber?.Length > 60) errors.Add("ApplicationNumber", t["Disclosure.TooLong", 60]);
        if (input.PatentNumber?.Length > 60) errors.Add("PatentNumber", t["Disclosure.TooLong", 60]);
        errors.ThrowIfAny(t["Filing.Invalid"]);
        (filing.Office, filing.Kind, filing.ParentFilingId, filing.ApplicationNumber, filing.FilingDate, filing.PriorityDate, filing.Status) =
            (office, kind, input.ParentFilingId, Trim(input.ApplicationNumber), input.FilingDate, input.PriorityDate, status);
        (filing.GrantDate, filing.PatentNumber) = status == FilingStatus.Granted ? (input.GrantDate, Trim(input.PatentNumber)) : (null, null);
        if (filing.Id == 0) f.Filings.Add(filing);
        // Deadlines are keyed by filing id: save first so a new filing has one.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await RecomputeAsync(f, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetAsync(v, familyId, ct);
    }

    public async Task<FamilyView> AddOfficeActionAsync(CommercializationViewer v, int familyId, int filingId, OfficeActionInput input, CancellationToken ct = default)
    {
        var f = await LoadForEditAsync(v, familyId, ct);
        var filing = f.Filings.FirstOrDefault(x => x.Id == filingId) ?? throw new NotFoundException(t["Filing.NotFound", filingId]);
        var errors = new FieldErrors();
        if (input.NoticeDate is not { } notice) { errors.Add("NoticeDate", t["OfficeAction.NoticeRequired"]); notice = default; }
        else if (notice > clock.Today()) errors.Add("NoticeDate", t["Filing.DateFuture", CommercializationText.Date(notice)]);
        else if (filing.FilingDate is not { } fd || notice < fd) errors.Add("NoticeDate", t["OfficeAction.BeforeFiling"]);
        if (input.PeriodMonths is { } m && (m < 1 || m > 12)) errors.Add("PeriodMonths", t["OfficeAction.PeriodRange"]);
        errors.ThrowIfAny(t["Filing.Invalid"]);
        var first = filing.OfficeActions.Count == 0;
        filing.OfficeActions.Add(new OfficeAction { NoticeDate = notice, PeriodMonths = input.PeriodMonths ?? IpDeadlines.DefaultResponseMonths(first || filing.Office != PatentOffice.Cnipa) });
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await RecomputeAsync(f, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetAsync(v, familyId, ct);
    }

    public async Task<FamilyView> SetDeadlineAsync(CommercializationViewer v, int familyId, int deadlineId, DeadlineInput input, CancellationToken ct = default)
    {
        // The office and counsel set the owner and mark done; the deadline's owner may mark it done (not hand it on).
        var f = await db.PatentFamilies.Include(x => x.Deadlines).FirstOrDefaultAsync(x => x.Id == familyId, ct);
        if (f is null || !await access.MayReadFullAsync(v, f.DisclosureId, ct)) throw new NotFoundException(t["Family.NotFound", familyId]);
        var x = f.Deadlines.FirstOrDefault(d => d.Id == deadlineId) ?? throw new NotFoundException(t["Deadline.NotFound", deadlineId]);
        var manages = v.Office || v.Counsel;
        if (!manages && (v.EmployeeId is not { } me || x.OwnerEmployeeId != me)) throw new AccessDeniedException(t["Access.Deadline"]);
        var errors = new FieldErrors();
        if (!string.IsNullOrWhiteSpace(input.OwnerNumber) && !manages) errors.Add("OwnerNumber", t["Deadline.OwnerOffice"]);
        else if (!string.IsNullOrWhiteSpace(input.OwnerNumber))
        {
            var owner = await db.EmployeeRefs.Where(e => e.EmployeeNumber == input.OwnerNumber.Trim()).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
            if (owner is null) errors.Add("OwnerNumber", t["Disclosure.InventorUnknown", input.OwnerNumber]);
            else x.OwnerEmployeeId = owner;
        }
        if (input.DoneOn is { } done && done > clock.Today()) errors.Add("DoneOn", t["Filing.DateFuture", CommercializationText.Date(done)]);
        if (string.IsNullOrWhiteSpace(input.OwnerNumber) && input.DoneOn is null) errors.Add("DoneOn", t["Deadline.NothingToSet"]);
        errors.ThrowIfAny(t["Deadline.Invalid"]);
        if (input.DoneOn is not null) x.DoneOn = input.DoneOn;
        await db.SaveChangesAsync(ct);
        return await GetAsync(v, familyId, ct);
    }

    /// <summary>Recomputes the family's deadlines (keeping owner and done-on by key); a date on a non-working day moves to the next working day.</summary>
    public async Task RecomputeAsync(PatentFamily f, CancellationToken ct)
    {
        var rules = IpDeadlines.Compute(f.Filings);
        var keys = rules.Select(r => r.Key).ToHashSet();
        foreach (var gone in f.Deadlines.Where(x => !keys.Contains(x.Key)).ToList()) db.IpDeadlines.Remove(gone);
        foreach (var r in rules)
        {
            var shifted = await workingDays.AddWorkingDaysAsync(r.DueOn.AddDays(-1), 1, ct);
            var x = f.Deadlines.FirstOrDefault(d => d.Key == r.Key);
            if (x is null)
            {
                x = new IpDeadline { FamilyId = f.Id, Key = r.Key, OwnerEmployeeId = f.OwnerEmployeeId };
                f.Deadlines.Add(x);
            }
            (x.Kind, x.FilingId, x.DueOn, x.GraceUntil, x.Provisional, x.NotApplicable, x.Detail) =
                (r.Kind, r.FilingId, shifted.Date, r.GraceUntil, shifted.Provisional, r.NotApplicable, r.Detail);
        }
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
