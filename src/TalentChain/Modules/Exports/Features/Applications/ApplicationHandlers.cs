using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Modules.Exports.Features.Calendars;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Applications;

public sealed record ApplicationLineInput(int? MaterialId, string? ControlCode, decimal? Quantity, string? Unit, decimal? Value, string? Currency);
public sealed record RouteLegInput(string? From, string? To, string? Mode);
public sealed record ApplicationInput(
    string? Kind, int? AmendsLicenceId, int? ApplicantPartyId, string? ContractNumber, int? ConsigneePartyId, int? EndUserPartyId,
    string? EndUse, string? EndUseCategory, string? Currency, List<ApplicationLineInput>? Lines, List<RouteLegInput>? Route, long? Version = null);
public sealed record TransitionInput(string? To, DateOnly? OnDate, string? Note, DateOnly? DueOn, string? Policy, long? Version = null);

public sealed record ApplicationRow(int Id, string Number, string Kind, string Status, string StatusName, string EndUser, string EndUserCountry,
    string Consignee, string ConsigneeCountry, bool ViaThirdCountry, string[] TransitCountries, string EndUseCategory, decimal TotalValue, string Currency,
    DateOnly? SubmittedOn, DateOnly? AcceptedOn, DateOnly? Deadline, int? Elapsed, int? Remaining, bool ClockStopped, bool Overdue, DateOnly? DecidedOn);
public sealed record LineView(int Id, int MaterialId, string MaterialCode, string Material, string ControlCode, decimal Quantity, string Unit, decimal Value, string Currency);
public sealed record LegView(int Sequence, string From, string To, string? Mode);
public sealed record DocumentView(int Id, string Kind, string KindName, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string UploadedBy);
public sealed record EventView(DateTimeOffset At, DateOnly OnDate, string From, string To, string ToName, string Actor, string? Note);
public sealed record SupplementView(int Id, DateOnly RequestedOn, DateOnly DueOn, DateOnly? ProvidedOn, string Policy, string PolicyName, string Request, bool Overdue);
public sealed record ChecklistItem(string Item, string Name, bool Done);
public sealed record ApplicationView(
    ApplicationRow Summary, int ApplicantPartyId, string Applicant, string ContractNumber, int ConsigneePartyId, int EndUserPartyId, string EndUse,
    int? AmendsLicenceId, List<LineView> Lines, List<LegView> Route, List<DocumentView> Documents, List<ChecklistItem> Checklist,
    List<EventView> Events, List<SupplementView> Supplements, string[] AllowedTransitions, int WorkingDaysAllowed, string? ClockNote, long Version);

/// <summary>Licence applications: drafting, the lifecycle, supplementary-information requests, documents and the review clock.</summary>
public sealed class ApplicationHandlers(TalentChainDbContext db, IStringLocalizer<ExportsResource> L, ExportsText text, TimeProvider clock, CalendarHandlers calendars, IStringLocalizer<SharedResource> shared)
{
    public const long MaxDocumentBytes = 5 * 1024 * 1024;

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
                note = L["Calendar.OutOfCoverage", ExportsText.Iso(ex.Date), string.Join(", ", ex.CoveredYears)];
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

    private List<ChecklistItem> Checklist(LicenceApplication a, HashSet<DocumentKind> kinds) =>
    [
        new("Contract", L["Checklist.Contract"], kinds.Contains(DocumentKind.Contract)),
        new("EndUserCertificate", L["Checklist.EndUserCertificate"], kinds.Contains(DocumentKind.EndUserCertificate)),
        new("TechnicalDescription", L["Checklist.TechnicalDescription"], kinds.Contains(DocumentKind.TechnicalDescription) || kinds.Contains(DocumentKind.TestReport)),
        new("Lines", L["Checklist.Lines"], a.Lines.Count > 0),
        new("Route", L["Checklist.Route"], a.Route.Count > 0),
    ];

    public async Task<ApplicationView> CreateAsync(ApplicationInput input, CancellationToken ct = default)
    {
        var v = await ValidateAsync(input, ct);
        var count = await db.LicenceApplications.CountAsync(ct);
        var number = $"EXP-{Today.Year}-{count + 1:00000}";
        while (await db.LicenceApplications.AnyAsync(a => a.Number == number, ct)) number = $"EXP-{Today.Year}-{++count + 1:00000}";
        var a = new LicenceApplication { Number = number, ContractNumber = v.ContractNumber, EndUse = v.EndUse, Currency = v.Currency, CreatedAt = clock.GetUtcNow() };
        v.ApplyTo(a);
        db.LicenceApplications.Add(a);
        a.Events.Add(new ApplicationEvent { At = clock.GetUtcNow(), OnDate = Today, From = ApplicationStatus.Draft, To = ApplicationStatus.Draft, Actor = db.CurrentUser.Name, Note = L["Event.Created"] });
        await db.SaveChangesAsync(ct);
        return await GetAsync(a.Id, ct);
    }

    public async Task<ApplicationView> UpdateAsync(int id, ApplicationInput input, CancellationToken ct = default)
    {
        var a = await db.LicenceApplications.Include(x => x.Lines).Include(x => x.Route).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(L["Application.NotFound", id]);
        ExpectVersion(a, input.Version);
        if (a.Status is not (ApplicationStatus.Draft or ApplicationStatus.Ready))
            throw ValidationFailedException.For(L["Application.Invalid"], "Status", L["Application.NotEditable", text.Enum(a.Status)]);
        var v = await ValidateAsync(input, ct);
        db.ApplicationLines.RemoveRange(a.Lines);
        db.RouteLegs.RemoveRange(a.Route);
        a.Lines.Clear();
        a.Route.Clear();
        v.ApplyTo(a);
        if (a.Status == ApplicationStatus.Ready) Move(a, ApplicationStatus.Draft, Today, L["Event.EditedBackToDraft"]);
        a.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(a.Id, ct);
    }

    private sealed record Valid(ApplicationKind Kind, int? AmendsLicenceId, int Applicant, string ContractNumber, int Consignee, int EndUser, string EndUse,
        EndUseCategory Category, string Currency, List<ApplicationLine> Lines, List<RouteLeg> Route)
    {
        public void ApplyTo(LicenceApplication a)
        {
            a.Kind = Kind;
            a.AmendsLicenceId = AmendsLicenceId;
            a.ApplicantPartyId = Applicant;
            a.ContractNumber = ContractNumber;
            a.ConsigneePartyId = Consignee;
            a.EndUserPartyId = EndUser;
            a.EndUse = EndUse;
            a.EndUseCategory = Category;
            a.Currency = Currency;
            a.Lines.AddRange(Lines);
            a.Route.AddRange(Route);
        }
    }

    private async Task<Valid> ValidateAsync(ApplicationInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.ContractNumber), input.ContractNumber));
        var kind = ApplicationKind.New;
        if (!string.IsNullOrWhiteSpace(input.Kind) && (!Enum.TryParse(input.Kind, true, out kind) || !Enum.IsDefined(kind)))
            errors.Add(nameof(input.Kind), L["Application.KindUnknown", input.Kind]);
        if (kind == ApplicationKind.Amendment)
        {
            if (input.AmendsLicenceId is not { } lid || !await db.Licences.AnyAsync(l => l.Id == lid, ct))
                errors.Add(nameof(input.AmendsLicenceId), L["Application.AmendsLicenceRequired"]);
        }
        var partyIds = new[] { input.ApplicantPartyId, input.ConsigneePartyId, input.EndUserPartyId }.Where(x => x is not null).Select(x => x!.Value).ToList();
        var parties = await db.Parties.AsNoTracking().Where(p => partyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        Party? Check(int? pid, string field, PartyRoles role)
        {
            if (pid is not { } x) { errors.Add(field, L["Application.PartyRequired"]); return null; }
            if (!parties.TryGetValue(x, out var p)) { errors.Add(field, L["Party.NotFound", x]); return null; }
            if (!p.Roles.HasFlag(role)) errors.Add(field, L["Application.PartyRole", p.Name, text.Enum(role)]);
            return p;
        }
        var applicant = Check(input.ApplicantPartyId, nameof(input.ApplicantPartyId), PartyRoles.Exporter);
        if (applicant is not null && applicant.Country != "CN") errors.Add(nameof(input.ApplicantPartyId), L["Application.ApplicantChinese", applicant.Name]);
        var consignee = Check(input.ConsigneePartyId, nameof(input.ConsigneePartyId), PartyRoles.Consignee);
        var endUser = Check(input.EndUserPartyId, nameof(input.EndUserPartyId), PartyRoles.EndUser);
        var contract = (input.ContractNumber ?? "").Trim();
        if (contract.Length is 0 or > 100) errors.Add(nameof(input.ContractNumber), L["Application.ContractRequired"]);
        var endUse = (input.EndUse ?? "").Trim();
        if (endUse.Length is 0 or > 1000) errors.Add(nameof(input.EndUse), L["Application.EndUseRequired"]);
        if (!Enum.TryParse<EndUseCategory>(input.EndUseCategory, true, out var category) || !Enum.IsDefined(category))
            errors.Add(nameof(input.EndUseCategory), L["Application.CategoryUnknown", input.EndUseCategory ?? ""]);
        var currency = (input.Currency ?? "").Trim().ToUpperInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)) errors.Add(nameof(input.Currency), L["Application.CurrencyInvalid", input.Currency ?? ""]);

        var lines = new List<ApplicationLine>();
        var inputLines = input.Lines ?? [];
        if (inputLines.Count == 0) errors.Add(nameof(input.Lines), L["Application.LinesRequired"]);
        var materialIds = inputLines.Where(l => l.MaterialId is not null).Select(l => l.MaterialId!.Value).ToList();
        var materials = await db.Materials.AsNoTracking().Where(m => materialIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var codes = (await db.ControlListEntries.AsNoTracking().Select(e => e.ControlCode).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < inputLines.Count; i++)
        {
            var l = inputLines[i];
            var field = $"Lines[{i}]";
            var n = i + 1;
            Material? m = null;
            if (l.MaterialId is not { } mid || !materials.TryGetValue(mid, out m)) errors.Add($"{field}.MaterialId", L["Line.MaterialUnknown", n, l.MaterialId?.ToString(CultureInfo.InvariantCulture) ?? "—"]);
            var code = (l.ControlCode ?? "").Trim();
            if (!codes.Contains(code)) errors.Add($"{field}.ControlCode", L["Line.ControlCodeUnknown", n, code]);
            if (l.Quantity is not { } q || q <= 0) errors.Add($"{field}.Quantity", L["Line.QuantityPositive", n]);
            if (l.Value is not { } val || val < 0) errors.Add($"{field}.Value", L["Line.ValueNonNegative", n]);
            var lineCurrency = string.IsNullOrWhiteSpace(l.Currency) ? currency : l.Currency.Trim().ToUpperInvariant();
            if (lineCurrency != currency) errors.Add($"{field}.Currency", L["Line.CurrencyMismatch", n, lineCurrency, currency]);
            var unit = string.IsNullOrWhiteSpace(l.Unit) ? m?.Unit ?? "kg" : l.Unit.Trim();
            if (m is not null && unit != m.Unit) errors.Add($"{field}.Unit", L["Line.UnitMismatch", n, unit, m.Unit]);
            lines.Add(new ApplicationLine { MaterialId = l.MaterialId ?? 0, ControlCode = code, Quantity = l.Quantity ?? 0, Unit = unit, Value = l.Value ?? 0, Currency = lineCurrency });
        }

        var route = new List<RouteLeg>();
        var legs = input.Route ?? [];
        if (legs.Count == 0) errors.Add(nameof(input.Route), L["Route.Required"]);
        for (var i = 0; i < legs.Count; i++)
        {
            var from = (legs[i].From ?? "").Trim().ToUpperInvariant();
            var to = (legs[i].To ?? "").Trim().ToUpperInvariant();
            if (from.Length != 2 || to.Length != 2 || !(from + to).All(char.IsAsciiLetterUpper)) { errors.Add(nameof(input.Route), L["Route.LegCountries", i + 1]); continue; }
            if (i == 0 && from != "CN") errors.Add(nameof(input.Route), L["Route.StartsInChina"]);
            if (i > 0 && route[^1].ToCountry != from) errors.Add(nameof(input.Route), L["Route.NotContiguous", i + 1, route[^1].ToCountry, from]);
            route.Add(new RouteLeg { Sequence = i + 1, FromCountry = from, ToCountry = to, Mode = ControlList.ControlListHandlers.Blank(legs[i].Mode) });
        }
        if (route.Count > 0 && consignee is not null && endUser is not null && route[^1].ToCountry != consignee.Country && route[^1].ToCountry != endUser.Country)
            errors.Add(nameof(input.Route), L["Route.EndsAtConsignee", route[^1].ToCountry, consignee.Country, endUser.Country]);
        errors.ThrowIfAny(L["Application.Invalid"]);
        return new Valid(kind, kind == ApplicationKind.Amendment ? input.AmendsLicenceId : null, applicant!.Id, contract, consignee!.Id, endUser!.Id, endUse, category, currency, lines, route);
    }

    private void ExpectVersion(LicenceApplication a, long? version)
    {
        if (version is null) return;
        if (version != a.Version) throw new DbUpdateConcurrencyException(L["Common.Stale"]);
        db.Entry(a).Property(x => x.Version).OriginalValue = version.Value;
    }

    private void Move(LicenceApplication a, ApplicationStatus to, DateOnly onDate, string? note)
    {
        var e = new ApplicationEvent { ApplicationId = a.Id, At = clock.GetUtcNow(), OnDate = onDate, From = a.Status, To = to, Actor = db.CurrentUser.Name, Note = note };
        db.ApplicationEvents.Add(e);
        a.Status = to;
    }

    /// <summary>Moves an application along its lifecycle; a forbidden move, a missing document or date is refused and nothing changes.</summary>
    public async Task<ApplicationView> TransitionAsync(int id, TransitionInput input, CancellationToken ct = default)
    {
        var a = await db.LicenceApplications.Include(x => x.Lines).Include(x => x.Route).Include(x => x.Supplements)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(L["Application.NotFound", id]);
        ExpectVersion(a, input.Version);
        var errors = new FieldErrors();
        if (!Enum.TryParse<ApplicationStatus>(input.To, true, out var to) || !Enum.IsDefined(to))
            throw ValidationFailedException.For(L["Transition.Refused"], nameof(input.To), L["Transition.UnknownStatus", input.To ?? ""]);
        if (!LicenceApplication.CanMove(a.Status, to))
            throw ValidationFailedException.For(L["Transition.Refused"], nameof(input.To), L["Transition.Forbidden", text.Enum(a.Status), text.Enum(to)]);
        var onDate = input.OnDate ?? Today;
        if (onDate > Today) errors.Add(nameof(input.OnDate), L["Transition.FutureDate", ExportsText.Iso(onDate)]);
        var lastDate = a.DecidedOn ?? a.AcceptedOn ?? a.SubmittedOn;
        if (lastDate is { } last && onDate < last) errors.Add(nameof(input.OnDate), L["Transition.BeforePrevious", ExportsText.Iso(onDate), ExportsText.Iso(last)]);
        var note = ControlList.ControlListHandlers.Blank(input.Note);
        if (note?.Length > 2000) errors.Add(nameof(input.Note), L["Common.TooLong", 2000]);
        switch (to)
        {
            case ApplicationStatus.Ready:
                var kinds = (await db.ApplicationDocuments.Where(d => d.ApplicationId == id).Select(d => d.Kind).ToListAsync(ct)).ToHashSet();
                foreach (var item in Checklist(a, kinds).Where(c => !c.Done)) errors.Add("Checklist", L["Transition.ChecklistMissing", item.Name]);
                break;
            case ApplicationStatus.Submitted:
                a.SubmittedOn = onDate;
                break;
            case ApplicationStatus.Accepted:
                a.AcceptedOn = onDate;
                break;
            case ApplicationStatus.SupplementRequested:
                if (input.DueOn is not { } due) errors.Add(nameof(input.DueOn), L["Supplement.DueRequired"]);
                else if (due < onDate) errors.Add(nameof(input.DueOn), L["Supplement.DueBeforeRequest"]);
                var policy = SupplementClockPolicy.Pause;
                if (!string.IsNullOrWhiteSpace(input.Policy) && (!Enum.TryParse(input.Policy, true, out policy) || !Enum.IsDefined(policy)))
                    errors.Add(nameof(input.Policy), L["Supplement.PolicyUnknown", input.Policy]);
                if (note is null) errors.Add(nameof(input.Note), L["Supplement.RequestRequired"]);
                if (!errors.Any)
                    a.Supplements.Add(new SupplementRequest { RequestedOn = onDate, DueOn = input.DueOn!.Value, Policy = policy, Request = note! });
                break;
            case ApplicationStatus.SupplementProvided:
                var open = a.Supplements.Where(s => s.ProvidedOn is null).OrderBy(s => s.RequestedOn).LastOrDefault();
                if (open is null) errors.Add(nameof(input.To), L["Supplement.NoneOpen"]);
                else if (onDate < open.RequestedOn) errors.Add(nameof(input.OnDate), L["Transition.BeforePrevious", ExportsText.Iso(onDate), ExportsText.Iso(open.RequestedOn)]);
                else open.ProvidedOn = onDate;
                break;
            case ApplicationStatus.Approved or ApplicationStatus.PartiallyApproved or ApplicationStatus.Rejected or ApplicationStatus.Returned:
                a.DecidedOn = onDate;
                a.DecisionNote = note;
                break;
            case ApplicationStatus.Draft:
                // A returned application is reworked as a new draft; its clock starts again on resubmission.
                a.SubmittedOn = null;
                a.AcceptedOn = null;
                a.DecidedOn = null;
                break;
        }
        errors.ThrowIfAny(L["Transition.Refused"]);
        Move(a, to, onDate, note);
        a.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Attaches a file after checking its size and that its content matches its declared type.</summary>
    public async Task<DocumentView> AttachAsync(int id, string? kindText, string fileName, byte[] content, CancellationToken ct = default)
    {
        var a = await db.LicenceApplications.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(L["Application.NotFound", id]);
        var errors = new FieldErrors();
        if (!Enum.TryParse<DocumentKind>(kindText, true, out var kind) || !Enum.IsDefined(kind)) errors.Add("Kind", L["Document.KindUnknown", kindText ?? ""]);
        if (a.Status is ApplicationStatus.Approved or ApplicationStatus.PartiallyApproved or ApplicationStatus.Rejected or ApplicationStatus.Withdrawn)
            errors.Add("File", L["Document.Closed", text.Enum(a.Status)]);
        // The name is the sender's: a path (either separator), control characters, device names — keep a safe base name.
        errors.RequireOneLine(shared, ("File", fileName));
        var name = FileNames.SafeBaseName(fileName);
        if (content.Length == 0) errors.Add("File", L["Document.Empty"]);
        else if (content.Length > MaxDocumentBytes) errors.Add("File", L["Document.TooLarge", name, MaxDocumentBytes / 1024 / 1024]);
        else
        {
            var ext = Path.GetExtension(name).ToLowerInvariant();
            if (!FileSignatures.Expected.TryGetValue(ext, out var expected)) errors.Add("File", L["Document.TypeNotAllowed", name, string.Join(", ", FileSignatures.Expected.Keys)]);
            else if (FileSignatures.Detect(content) != expected.Type) errors.Add("File", L["Document.SignatureMismatch", name, ext]);
        }
        if (name.Length is 0 or > 260) errors.Add("File", L["Document.NameInvalid"]);
        errors.ThrowIfAny(L["Document.Refused"]);
        var doc = new ApplicationDocument
        {
            ApplicationId = id, Kind = kind, FileName = name, ContentType = FileSignatures.Expected[Path.GetExtension(name).ToLowerInvariant()].ContentType,
            Size = content.Length, Content = content, UploadedAt = clock.GetUtcNow(), UploadedBy = db.CurrentUser.Name,
        };
        db.ApplicationDocuments.Add(doc);
        await db.SaveChangesAsync(ct);
        return new DocumentView(doc.Id, doc.Kind.ToString(), text.Enum(doc.Kind), doc.FileName, doc.ContentType, doc.Size, doc.UploadedAt, doc.UploadedBy);
    }

    /// <summary>Reads at most one byte more than the limit, so an oversized upload is recognised without buffering all of it.</summary>
    public static async Task<byte[]> ReadLimitedAsync(Stream stream, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            await ms.WriteAsync(buffer.AsMemory(0, read), ct);
            if (ms.Length > MaxDocumentBytes) break;
        }
        return ms.ToArray();
    }

    public async Task<ApplicationDocument> DocumentAsync(int id, int documentId, CancellationToken ct = default) =>
        await db.ApplicationDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.ApplicationId == id && d.Id == documentId, ct)
        ?? throw new NotFoundException(L["Document.NotFound", documentId]);
}

/// <summary>File types accepted as application documents, recognised by their first bytes, not their name.</summary>
public static class FileSignatures
{
    public static readonly IReadOnlyDictionary<string, (string Type, string ContentType)> Expected = new Dictionary<string, (string, string)>
    {
        [".pdf"] = ("pdf", "application/pdf"),
        [".png"] = ("png", "image/png"),
        [".jpg"] = ("jpeg", "image/jpeg"),
        [".jpeg"] = ("jpeg", "image/jpeg"),
        [".tif"] = ("tiff", "image/tiff"),
        [".tiff"] = ("tiff", "image/tiff"),
        [".docx"] = ("zip", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        [".xlsx"] = ("zip", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    };

    public static string? Detect(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("%PDF-"u8)) return "pdf";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "png";
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "jpeg";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x49, 0x49, 0x2A, 0x00]) || b.StartsWith((ReadOnlySpan<byte>)[0x4D, 0x4D, 0x00, 0x2A])) return "tiff";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04])) return "zip";
        return null;
    }
}
