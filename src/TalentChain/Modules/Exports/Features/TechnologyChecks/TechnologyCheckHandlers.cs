using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Files;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.TechnologyChecks;

/// <summary>
/// Technology-export checks (技术出口审查): open (from another module or by hand), classify against the catalogue, attach
/// the documents the class requires, clear / refuse / withdraw. Pages and endpoints call these methods; each one checks
/// the record against the viewer (unseen checks are 404, actions the viewer may not take 403).
/// </summary>
public sealed class TechnologyCheckHandlers(TalentChainDbContext db, TechnologyCheckAccess access, ExportsText text, IStringLocalizer<ExportsResource> L,
    INotifier notifier, ICriticalTechnologyRegister register, TimeProvider clock)
{
    public const long MaxDocumentBytes = 5 * 1024 * 1024;

    /// <summary>The file types a check accepts: scans and PDFs of certificates and licences.</summary>
    public static readonly string[] AllowedExtensions = [".pdf", ".jpg", ".jpeg", ".png"];

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public string CountryName(string code) => L[$"Country.{code}"] is { ResourceNotFound: false } s ? s.Value : code;

    // ---------- reading ----------

    public async Task<List<TechnologyCheckRow>> ListAsync(TechnologyCheckViewer viewer, TechnologyCheckQuery query, CancellationToken ct = default)
    {
        var q = access.Visible(viewer).AsNoTracking();
        if (query.Status is { } s) q = q.Where(c => c.Status == s);
        if (query.Category is { } cat) q = q.Where(c => c.Category == cat);
        if (Blank(query.Country)?.ToUpperInvariant() is { } country) q = q.Where(c => c.CountryCode == country);
        var checks = await q.OrderByDescending(c => c.Id).ToListAsync(ct);
        if (Blank(query.Q) is { } term)
            checks = [.. checks.Where(c => c.Number.Contains(term, StringComparison.OrdinalIgnoreCase) || c.Title.Contains(term, StringComparison.OrdinalIgnoreCase)
                || c.CounterpartyName.Contains(term, StringComparison.OrdinalIgnoreCase))];
        var people = await PeopleAsync(checks.Select(c => c.RequestedByEmployeeId), ct);
        return [.. checks.Select(c => new TechnologyCheckRow(c.Id, c.Number, c.Status, text.Enum(c.Status), c.Category, text.Enum(c.Category), c.Title,
            c.CounterpartyName, c.CountryCode, CountryName(c.CountryCode), c.Kind, text.Enum(c.Kind),
            people[c.RequestedByEmployeeId].Number, people[c.RequestedByEmployeeId].Name, c.RequestedOn, c.DecidedOn))];
    }

    public async Task<TechnologyCheckView> GetAsync(TechnologyCheckViewer viewer, int id, CancellationToken ct = default)
    {
        var c = await access.Visible(viewer).AsNoTracking().AsSplitQuery()
            .Include(x => x.CatalogueItem).Include(x => x.Nodes).Include(x => x.Documents).Include(x => x.Events)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(L["TechCheck.NotFound", id]);
        var chinese = UiCulture.IsChinese;
        var nodeIds = c.Nodes.Select(n => n.TaxonomyNodeId).ToList();
        var nodes = await db.TaxonomyRefs.AsNoTracking().Where(n => nodeIds.Contains(n.Id)).OrderBy(n => n.Code)
            .Select(n => new { n.Id, n.Code, n.Name, n.NameZh }).ToListAsync(ct);
        var person = (await PeopleAsync([c.RequestedByEmployeeId], ct))[c.RequestedByEmployeeId];
        var suggested = await SuggestedItemsAsync(nodeIds, ct);
        var registered = nodeIds.Count == 0 ? [] : await register.CoveringAsync(nodeIds, ct);
        var required = TechnologyExportCheck.RequiredDocuments(c.Category)
            .Select(k => new RequiredDocumentView(k, text.Enum(k), c.Documents.Any(d => d.Kind == k), c.Documents.Where(d => d.Kind == k).OrderBy(d => d.Id).LastOrDefault()?.Reference))
            .ToList();
        return new TechnologyCheckView(c.Id, c.Number, c.Status, text.Enum(c.Status), c.Category, text.Enum(c.Category), c.Title, c.Description,
            c.CounterpartyName, c.CountryCode, CountryName(c.CountryCode), c.Kind, text.Enum(c.Kind), c.SourceKey, person.Number, person.Name, c.RequestedOn,
            c.CatalogueItem is { } item ? ItemRef(item, chinese) : null, c.ClassificationNote, c.Reason, c.DecidedOn, c.DecidedBy,
            [.. nodes.Select(n => new NodeView(n.Id, n.Code, UiCulture.Pick(n.Name, n.NameZh, chinese)))],
            suggested.Select(i => ItemRef(i, chinese)).ToList(),
            [.. registered.Select(r => new RegisterTechnologyView(r.Code, r.Name, r.Controlled))],
            required,
            [.. c.Documents.OrderBy(d => d.Id).Select(DocumentView)],
            [.. c.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new CheckEventView(e.At, e.Status, text.Enum(e.Status), e.Actor, chinese ? e.NoteZh : e.Note))],
            viewer.Officer && c.IsOpen, viewer.MayWithdraw(c) && c.IsOpen, c.Version);
    }

    public async Task<TechnologyCheckDocument> DocumentAsync(TechnologyCheckViewer viewer, int id, int documentId, CancellationToken ct = default)
    {
        if (!await access.Visible(viewer).AnyAsync(c => c.Id == id, ct)) throw new NotFoundException(L["TechCheck.NotFound", id]);
        return await db.TechnologyCheckDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.CheckId == id && d.Id == documentId, ct)
            ?? throw new NotFoundException(L["Document.NotFound", documentId]);
    }

    /// <summary>The list (same filter as the page, same visibility) as CSV or XLSX, headers in the request's language.</summary>
    public async Task<IResult> ExportAsync(TechnologyCheckViewer viewer, string? format, TechnologyCheckQuery query, CancellationToken ct = default)
    {
        var kind = SpreadsheetDownload.Format(format);
        if (kind is null) throw ValidationFailedException.For(L["Export.Invalid"], "format", L["Export.Format", format ?? ""]);
        var rows = await ListAsync(viewer, query, ct);
        string[] header =
        [
            L["TechCheck.Number"], L["TechCheck.Status"], L["TechCheck.Category"], L["TechCheck.Technology"], L["TechCheck.Counterparty"], L["TechCheck.Country"],
            L["TechCheck.Kind"], L["TechCheck.Requester"], L["TechCheck.RequestedOn"], L["TechCheck.DecidedOn"],
        ];
        IEnumerable<IReadOnlyList<object?>> Lines() => rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Number, r.StatusName, r.CategoryName, r.Title, r.CounterpartyName, $"{r.CountryCode} {r.CountryName}", r.KindName, $"{r.RequesterNumber} {r.RequesterName}",
            r.RequestedOn, r.DecidedOn,
        ]);
        return SpreadsheetDownload.File(kind, $"{L["TechCheck.FileName"]}-{clock.Today():yyyy-MM-dd}", L["TechCheck.Title"], header, Lines(), ct);
    }

    // ---------- opening ----------

    /// <summary>From another module (<see cref="ITechnologyExportChecks"/>): the live check for the key, or a new one.</summary>
    public async Task<TechnologyExportCheck> RequestAsync(TechnologyExportRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = Blank(request.SourceKey);
        if (key is null) throw ValidationFailedException.For(L["TechCheck.Invalid"], nameof(request.SourceKey), L["TechCheck.SourceKeyRequired"]);
        if (key.Length > 100) throw ValidationFailedException.For(L["TechCheck.Invalid"], nameof(request.SourceKey), L["TechCheck.TooLong", 100]);
        if (await db.TechnologyExportChecks.FirstOrDefaultAsync(c => c.LiveKey == key, ct) is { } live) return live;
        var errors = new FieldErrors();
        var requester = await db.EmployeeRefs.AsNoTracking().Where(e => e.Id == request.RequestedByEmployeeId && e.Status == EmployeeStatus.Active)
            .Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
        if (requester is null) errors.Add(nameof(request.RequestedByEmployeeId), L["TechCheck.RequesterUnknown", $"#{request.RequestedByEmployeeId}"]);
        var nodeIds = (request.TaxonomyNodeIds ?? []).Distinct().ToList();
        var known = await db.TaxonomyRefs.AsNoTracking().Where(n => nodeIds.Contains(n.Id)).Select(n => n.Id).ToListAsync(ct);
        foreach (var missing in nodeIds.Except(known)) errors.Add(nameof(request.TaxonomyNodeIds), L["TechCheck.NodeUnknown", $"#{missing}"]);
        var check = Validate(errors, request.Title, request.Description, request.CounterpartyName, request.CountryCode, request.Kind);
        errors.ThrowIfAny(L["TechCheck.Invalid"]);
        check.SourceKey = key;
        check.LiveKey = key;
        check.RequestedByEmployeeId = requester!.Value;
        check.Nodes.AddRange(known.Select(n => new TechnologyCheckNode { TaxonomyNodeId = n }));
        try
        {
            await OpenAsync(check, ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Another request for the same key won the race: theirs is the live check.
            db.ChangeTracker.Clear();
            return await db.TechnologyExportChecks.FirstAsync(c => c.LiveKey == key, ct);
        }
        return check;
    }

    /// <summary>By hand, by the officer.</summary>
    public async Task<TechnologyCheckView> CreateAsync(TechnologyCheckViewer viewer, TechnologyCheckInput input, CancellationToken ct = default)
    {
        if (!viewer.Officer) throw new AccessDeniedException(L["TechCheck.OfficerOnly"]);
        var errors = new FieldErrors();
        int? requester = null;
        if (Blank(input.RequesterNumber) is { } number)
        {
            requester = await db.EmployeeRefs.AsNoTracking().Where(e => e.EmployeeNumber == number && e.Status == EmployeeStatus.Active).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
            if (requester is null) errors.Add(nameof(input.RequesterNumber), L["TechCheck.RequesterUnknown", number]);
        }
        else if (viewer.EmployeeId is { } own) requester = own;
        else errors.Add(nameof(input.RequesterNumber), L["TechCheck.RequesterRequired"]);
        var codes = (input.TaxonomyCodes ?? "").Split([',', ' ', ';', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        var nodes = await db.TaxonomyRefs.AsNoTracking().Where(n => codes.Contains(n.Code)).Select(n => new { n.Id, n.Code }).ToListAsync(ct);
        foreach (var missing in codes.Except(nodes.Select(n => n.Code), StringComparer.Ordinal)) errors.Add(nameof(input.TaxonomyCodes), L["TechCheck.NodeUnknown", missing]);
        var check = Validate(errors, input.Title, input.Description, input.CounterpartyName, input.CountryCode, input.Kind);
        errors.ThrowIfAny(L["TechCheck.Invalid"]);
        check.RequestedByEmployeeId = requester!.Value;
        check.Nodes.AddRange(nodes.Select(n => new TechnologyCheckNode { TaxonomyNodeId = n.Id }));
        await OpenAsync(check, ct);
        return await GetAsync(viewer, check.Id, ct);
    }

    private TechnologyExportCheck Validate(FieldErrors errors, string? title, string? description, string? counterparty, string? countryCode, TechnologyTransferKind? kind)
    {
        var t = Blank(title);
        if (t is null) errors.Add("Title", L["TechCheck.TitleRequired"]);
        else if (t.Length > 300) errors.Add("Title", L["TechCheck.TooLong", 300]);
        var d = Blank(description);
        if (d is null) errors.Add("Description", L["TechCheck.DescriptionRequired"]);
        else if (d.Length > 4000) errors.Add("Description", L["TechCheck.TooLong", 4000]);
        var cp = Blank(counterparty);
        if (cp is null) errors.Add("CounterpartyName", L["TechCheck.CounterpartyRequired"]);
        else if (cp.Length > 300) errors.Add("CounterpartyName", L["TechCheck.TooLong", 300]);
        var country = Blank(countryCode)?.ToUpperInvariant();
        if (country is null) errors.Add("CountryCode", L["TechCheck.CountryRequired"]);
        else if (!IsoCountries.IsKnown(country)) errors.Add("CountryCode", L["TechCheck.CountryUnknown", country.Length > 10 ? country[..10] : country]);
        else if (country == "CN") errors.Add("CountryCode", L["TechCheck.CountryDomestic"]);
        if (kind is not { } k || !Enum.IsDefined(k)) errors.Add("Kind", L["TechCheck.KindRequired"]);
        return new TechnologyExportCheck
        {
            Number = "", Title = t ?? "", Description = d ?? "", CounterpartyName = cp ?? "", CountryCode = country ?? "", Kind = kind ?? TechnologyTransferKind.Licence,
            CreatedBy = db.CurrentUser.Name,
        };
    }

    private async Task OpenAsync(TechnologyExportCheck check, CancellationToken ct)
    {
        var today = clock.Today();
        var prefix = string.Create(CultureInfo.InvariantCulture, $"TX-{today.Year}-");
        var last = await db.TechnologyExportChecks.Where(c => c.Number.StartsWith(prefix)).OrderByDescending(c => c.Number).Select(c => c.Number).FirstOrDefaultAsync(ct);
        var next = last is null ? 1 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture) + 1;
        check.Number = string.Create(CultureInfo.InvariantCulture, $"{prefix}{next:0000}");
        check.RequestedOn = today;
        check.CreatedAt = clock.GetUtcNow();
        check.Status = TechnologyExportCheckStatus.Requested;
        var requester = (await PeopleAsync([check.RequestedByEmployeeId], ct))[check.RequestedByEmployeeId];
        AddEvent(check, "TechCheck.Event.Requested", () => [requester.Name, check.Title, check.CounterpartyName, $"{check.CountryCode} {CountryName(check.CountryCode)}", text.Enum(check.Kind)]);
        // The check, then the officers' notification (its link needs the id; the notifier's rows go with the next save):
        // one transaction (the caller's, when it has one).
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        db.TechnologyExportChecks.Add(check);
        await db.SaveChangesAsync(ct);
        await notifier.NotifyRoleAsync<ExportsResource>(Roles.TradeComplianceOfficer, "TechCheck.Notify.Requested.Subject", "TechCheck.Notify.Requested.Body",
            [check.Number, check.Title, check.CounterpartyName, check.CountryCode], Link(check.Id), $"techcheck-requested:{check.Id}", ct);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
    }

    public static string Link(int id) => $"/exports/technology-checks/{id}";

    // ---------- deciding ----------

    public Task<TechnologyCheckView> StartReviewAsync(TechnologyCheckViewer viewer, int id, DecisionInput input, CancellationToken ct = default) =>
        DecideAsync(viewer, id, input.Version, officerOnly: true, ct: ct, validate: (c, errors) =>
        {
            if (c.Status != TechnologyExportCheckStatus.Requested) errors.Add("Status", L["TechCheck.NotRequested", text.Enum(c.Status)]);
            return c2 =>
            {
                c2.Status = TechnologyExportCheckStatus.InReview;
                AddEvent(c2, "TechCheck.Event.ReviewStarted", () => []);
                return Task.CompletedTask;
            };
        });

    public async Task<TechnologyCheckView> ClassifyAsync(TechnologyCheckViewer viewer, int id, ClassifyInput input, CancellationToken ct = default)
    {
        TechnologyCatalogueItem? item = input.CatalogueItemId is { } itemId ? await db.TechnologyCatalogueItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct) : null;
        return await DecideAsync(viewer, id, input.Version, officerOnly: true, ct: ct, validate: (c, errors) =>
        {
            var note = Blank(input.Note);
            if (!c.IsOpen) errors.Add("Status", L["TechCheck.NotOpen", text.Enum(c.Status)]);
            if (note?.Length > 2000) errors.Add(nameof(input.Note), L["TechCheck.TooLong", 2000]);
            if (input.Category is not { } category || category == TechnologyExportCategory.Unclassified || !Enum.IsDefined(category))
                errors.Add(nameof(input.Category), L["TechCheck.CategoryRequired"]);
            else if (category == TechnologyExportCategory.Free)
            {
                if (input.CatalogueItemId is not null) errors.Add(nameof(input.CatalogueItemId), L["TechCheck.ItemNotForFree"]);
            }
            else if (input.CatalogueItemId is null) errors.Add(nameof(input.CatalogueItemId), L["TechCheck.ItemRequired", text.Enum(category)]);
            else if (item is null) errors.Add(nameof(input.CatalogueItemId), L["TechCheck.ItemUnknown", input.CatalogueItemId]);
            else if (item.Category != category) errors.Add(nameof(input.CatalogueItemId), L["TechCheck.ItemWrongClass", item.Number, text.Enum(item.Category), text.Enum(category)]);
            return c2 =>
            {
                c2.Category = input.Category!.Value;
                c2.CatalogueItemId = item?.Id;
                c2.ClassificationNote = note;
                AddEvent(c2, "TechCheck.Event.Classified", () => [text.Enum(c2.Category), item is null ? "" : $" · {item.Number} {item.DisplayName(UiCulture.IsChinese)}"]);
                db.RecordAuditEvent("TechnologyExportCheck", c2.Id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?>
                {
                    ["Decision"] = "Classified", ["Number"] = c2.Number, ["Category"] = c2.Category.ToString(), ["CatalogueItem"] = item?.Number,
                });
                return Task.CompletedTask;
            };
        });
    }

    public Task<TechnologyCheckView> ClearAsync(TechnologyCheckViewer viewer, int id, DecisionInput input, CancellationToken ct = default) =>
        DecideAsync(viewer, id, input.Version, officerOnly: true, ct: ct, validate: (c, errors) =>
        {
            if (c.Status != TechnologyExportCheckStatus.InReview) errors.Add("Status", L["TechCheck.NotInReview", text.Enum(c.Status)]);
            else if (c.Category == TechnologyExportCategory.Unclassified) errors.Add("Category", L["TechCheck.Unclassified"]);
            else if (c.Category == TechnologyExportCategory.Prohibited)
                errors.Add("Category", L["TechCheck.ProhibitedCannotClear", c.CatalogueItem is { } i ? $"{i.Number} {i.DisplayName(UiCulture.IsChinese)}" : text.Enum(c.Category)]);
            else
            {
                var missing = TechnologyExportCheck.RequiredDocuments(c.Category).Where(k => !c.Documents.Any(d => d.Kind == k)).Select(k => text.Enum(k)).ToList();
                if (missing.Count > 0) errors.Add("Documents", L["TechCheck.MissingDocuments", string.Join(UiCulture.IsChinese ? "、" : ", ", missing)]);
            }
            return async c2 =>
            {
                c2.Status = TechnologyExportCheckStatus.Cleared;
                c2.DecidedOn = clock.Today();
                c2.DecidedBy = db.CurrentUser.Name;
                var licence = c2.Documents.Where(d => d.Kind == TechnologyDocumentKind.ExportLicence).OrderBy(d => d.Id).LastOrDefault()?.Reference;
                AddEvent(c2, "TechCheck.Event.Cleared", () => [text.Enum(c2.Category), licence is null ? "" : $" · {licence}"]);
                Audit(c2, "Cleared", null);
                await NotifyRequesterAsync(c2, "Cleared", null, ct);
            };
        });

    public Task<TechnologyCheckView> RefuseAsync(TechnologyCheckViewer viewer, int id, DecisionInput input, CancellationToken ct = default) =>
        DecideAsync(viewer, id, input.Version, officerOnly: true, ct: ct, validate: (c, errors) =>
        {
            var reason = Blank(input.Reason);
            if (!c.IsOpen) errors.Add("Status", L["TechCheck.NotOpen", text.Enum(c.Status)]);
            if (reason is null) errors.Add(nameof(input.Reason), L["TechCheck.ReasonRequired"]);
            else if (reason.Length > 2000) errors.Add(nameof(input.Reason), L["TechCheck.TooLong", 2000]);
            return async c2 =>
            {
                c2.Status = TechnologyExportCheckStatus.Refused;
                c2.Reason = reason;
                c2.LiveKey = null;
                c2.DecidedOn = clock.Today();
                c2.DecidedBy = db.CurrentUser.Name;
                AddEvent(c2, "TechCheck.Event.Refused", () => [reason!]);
                Audit(c2, "Refused", reason);
                await NotifyRequesterAsync(c2, "Refused", reason, ct);
            };
        });

    public Task<TechnologyCheckView> WithdrawAsync(TechnologyCheckViewer viewer, int id, DecisionInput input, CancellationToken ct = default) =>
        DecideAsync(viewer, id, input.Version, officerOnly: false, ct: ct, validate: (c, errors) =>
        {
            if (!viewer.MayWithdraw(c)) throw new AccessDeniedException(L["TechCheck.WithdrawNotAllowed"]);
            var reason = Blank(input.Reason);
            if (!c.IsOpen) errors.Add("Status", L["TechCheck.NotOpen", text.Enum(c.Status)]);
            if (reason?.Length > 2000) errors.Add(nameof(input.Reason), L["TechCheck.TooLong", 2000]);
            return c2 =>
            {
                c2.Status = TechnologyExportCheckStatus.Withdrawn;
                c2.Reason = reason;
                c2.LiveKey = null;
                c2.DecidedOn = clock.Today();
                c2.DecidedBy = db.CurrentUser.Name;
                AddEvent(c2, "TechCheck.Event.Withdrawn", () => [reason ?? ""]);
                Audit(c2, "Withdrawn", reason);
                return Task.CompletedTask;
            };
        });

    /// <summary>Attaches a certificate, licence intent, licence or contract: PDF, JPEG or PNG, content checked against the name, size-limited.</summary>
    public async Task<TechnologyCheckView> AttachAsync(TechnologyCheckViewer viewer, int id, string? kindText, string? reference, string fileName, byte[] content, CancellationToken ct = default)
    {
        var c = await access.Visible(viewer).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(L["TechCheck.NotFound", id]);
        if (!viewer.Officer) throw new AccessDeniedException(L["TechCheck.OfficerOnly"]);
        var errors = new FieldErrors();
        if (!Enum.TryParse<TechnologyDocumentKind>(kindText, true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindText, out _))
            errors.Add("Kind", L["Document.KindUnknown", kindText ?? ""]);
        if (!c.IsOpen) errors.Add("File", L["TechCheck.DocumentClosed", text.Enum(c.Status)]);
        var refText = Blank(reference);
        if (refText?.Length > 100) errors.Add("Reference", L["TechCheck.TooLong", 100]);
        else if (TextInput.HasControlCharacters(refText)) errors.Add("Reference", L["TechCheck.ReferenceOneLine"]);
        if (kind == TechnologyDocumentKind.ExportLicence && refText is null) errors.Add("Reference", L["TechCheck.ReferenceRequired", text.Enum(kind)]);
        var name = FileNames.SafeBaseName(fileName ?? "");
        if (content.Length == 0) errors.Add("File", L["Document.Empty"]);
        else if (content.Length > MaxDocumentBytes) errors.Add("File", L["Document.TooLarge", name, MaxDocumentBytes / 1024 / 1024]);
        else
        {
            var ext = Path.GetExtension(name).ToLowerInvariant();
            if (!AllowedExtensions.Contains(ext) || !FileSignatures.Expected.TryGetValue(ext, out var expected))
                errors.Add("File", L["Document.TypeNotAllowed", name, string.Join(", ", AllowedExtensions)]);
            else if (FileSignatures.Detect(content) != expected.Type) errors.Add("File", L["Document.SignatureMismatch", name, ext]);
        }
        if (name.Length is 0 or > 260) errors.Add("File", L["Document.NameInvalid"]);
        errors.ThrowIfAny(L["Document.Refused"]);
        var doc = new TechnologyCheckDocument
        {
            CheckId = c.Id, Kind = kind, Reference = refText, FileName = name, ContentType = FileSignatures.Expected[Path.GetExtension(name).ToLowerInvariant()].ContentType,
            Size = content.Length, Content = content, UploadedAt = clock.GetUtcNow(), UploadedBy = db.CurrentUser.Name,
        };
        c.Documents.Add(doc);
        AddEvent(c, "TechCheck.Event.DocumentAdded", () => [text.Enum(kind), refText is null ? name : $"{refText} ({name})"]);
        await db.SaveChangesAsync(ct);
        return await GetAsync(viewer, id, ct);
    }

    /// <summary>Reads at most one byte more than the limit, so an oversized upload is recognised without buffering all of it.</summary>
    public static Task<byte[]> ReadLimitedAsync(Stream stream, CancellationToken ct) => UploadedFiles.ReadLimitedAsync(stream, MaxDocumentBytes, ct);

    /// <summary>
    /// Loads the check the viewer may see (404 otherwise), refuses a non-officer (403) where <paramref name="officerOnly"/>,
    /// validates (the validator returns the change to make), applies and saves once.
    /// </summary>
    private async Task<TechnologyCheckView> DecideAsync(TechnologyCheckViewer viewer, int id, long? version, bool officerOnly,
        Func<TechnologyExportCheck, FieldErrors, Func<TechnologyExportCheck, Task>> validate, CancellationToken ct)
    {
        var c = await access.Visible(viewer).Include(x => x.Documents).Include(x => x.CatalogueItem).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(L["TechCheck.NotFound", id]);
        if (officerOnly && !viewer.Officer) throw new AccessDeniedException(L["TechCheck.OfficerOnly"]);
        var errors = new FieldErrors();
        if (version is { } v && v != c.Version) errors.Add("Version", L["TechCheck.Stale"]);
        var apply = validate(c, errors);
        errors.ThrowIfAny(L["TechCheck.NotDecided"]);
        await apply(c);
        await db.SaveChangesAsync(ct);
        return await GetAsync(viewer, id, ct);
    }

    private void Audit(TechnologyExportCheck c, string decision, string? reason) =>
        db.RecordAuditEvent("TechnologyExportCheck", c.Id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?>
        {
            ["Decision"] = decision, ["Number"] = c.Number, ["Category"] = c.Category.ToString(), ["Reason"] = reason,
        });

    private Task NotifyRequesterAsync(TechnologyExportCheck c, string what, string? reason, CancellationToken ct) =>
        notifier.NotifyEmployeeAsync<ExportsResource>(c.RequestedByEmployeeId, $"TechCheck.Notify.{what}.Subject", $"TechCheck.Notify.{what}.Body",
            [c.Number, c.Title, c.CounterpartyName, reason ?? ""], Link(c.Id), $"techcheck-{what.ToLowerInvariant()}:{c.Id}", ct);

    /// <summary>A history line, its note written in both languages (args are computed in each language).</summary>
    private void AddEvent(TechnologyExportCheck c, string key, Func<object[]> args)
    {
        string Render(CultureInfo culture)
        {
            using var _ = UiCulture.Use(culture);
            var s = L[key, args()].Value;
            return s.Length > 2000 ? s[..2000] : s;
        }
        c.Events.Add(new TechnologyCheckEvent { At = clock.GetUtcNow(), Status = c.Status, Actor = db.CurrentUser.Name, Note = Render(English), NoteZh = Render(Chinese) });
    }

    // ---------- helpers ----------

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private CatalogueItemRef ItemRef(TechnologyCatalogueItem i, bool chinese) => new(i.Id, i.Number, i.DisplayName(chinese), i.Category, text.Enum(i.Category), i.ToVerify);

    private CheckDocumentView DocumentView(TechnologyCheckDocument d) =>
        new(d.Id, d.Kind, text.Enum(d.Kind), d.Reference, d.FileName, d.ContentType, d.Size, d.UploadedAt, d.UploadedBy);

    /// <summary>Catalogue items whose taxonomy nodes (with everything below them) contain any of the check's nodes.</summary>
    public async Task<List<TechnologyCatalogueItem>> SuggestedItemsAsync(IReadOnlyCollection<int> nodeIds, CancellationToken ct)
    {
        if (nodeIds.Count == 0) return [];
        var items = await db.TechnologyCatalogueItems.AsNoTracking().Include(i => i.Nodes).Where(i => i.Nodes.Count > 0).ToListAsync(ct);
        if (items.Count == 0) return [];
        var edges = await db.TaxonomyRefs.AsNoTracking().Select(n => new { n.Id, n.ParentId }).ToListAsync(ct);
        var parent = edges.ToDictionary(e => e.Id, e => e.ParentId);
        // A check node is covered by an item node when the item node is the check node or one of its ancestors.
        var ancestors = new HashSet<int>();
        foreach (var n in nodeIds)
        {
            int? cur = n;
            var guard = 0;
            while (cur is { } x && guard++ < 64 && ancestors.Add(x)) cur = parent.GetValueOrDefault(x);
        }
        return [.. items.Where(i => i.Nodes.Any(n => ancestors.Contains(n.TaxonomyNodeId)))
            .OrderBy(i => i.Category == TechnologyExportCategory.Prohibited ? 0 : 1).ThenBy(i => i.Number, StringComparer.Ordinal)];
    }

    private async Task<Dictionary<int, (string Number, string Name)>> PeopleAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        var chinese = UiCulture.IsChinese;
        var rows = await db.EmployeeRefs.AsNoTracking().Where(e => list.Contains(e.Id))
            .Select(e => new { e.Id, e.EmployeeNumber, e.GivenName, e.FamilyName, e.ChineseName }).ToListAsync(ct);
        var result = rows.ToDictionary(r => r.Id, r => (r.EmployeeNumber, PersonName.Display(r.GivenName, r.FamilyName, r.ChineseName, chinese)));
        foreach (var id in list) result.TryAdd(id, ($"#{id}", $"#{id}"));
        return result;
    }
}
