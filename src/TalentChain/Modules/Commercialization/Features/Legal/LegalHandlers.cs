using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.GoToMarket;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.Legal;

/// <summary>A request to counsel: kind, question, what it is about (a disclosure, a patent family, a go-to-market project) and the due date wanted (default by kind).</summary>
public sealed record LegalRequestInput(LegalRequestKind? Kind, string? Question, int? DisclosureId = null, int? PatentFamilyId = null, int? ConversionProjectId = null, DateOnly? DueOn = null);

/// <summary>The office assigns counsel (employee number of an IP counsel account) and may change the due date.</summary>
public sealed record LegalAssignInput(string? CounselNumber, DateOnly? DueOn = null, long? Version = null);

/// <summary>Counsel's answer: the opinion (outcome) and the conclusion.</summary>
public sealed record LegalAnswerInput(string? Outcome, LegalConclusion? Conclusion, long? Version = null);

public sealed record LegalCloseInput(long? Version = null);

/// <summary>List filters: status, kind, mine (requested by me or assigned to me), overdue.</summary>
public sealed record LegalFilter(LegalRequestStatus? Status = null, LegalRequestKind? Kind = null, bool Mine = false, bool Overdue = false);

public sealed record LegalRequestRow(int Id, string Number, LegalRequestKind Kind, string KindName, LegalRequestStatus Status, string StatusName, bool Overdue, string StateName,
    int? DisclosureId, string? DisclosureNumber, int? PatentFamilyId, string? FamilyReference, int? ConversionProjectId, string? ProjectNumber,
    string RequestedBy, DateTimeOffset RequestedAt, int? CounselEmployeeId, string? CounselName, DateOnly? DueOn, LegalConclusion? Conclusion, string? ConclusionName, DateTimeOffset? AnsweredAt);

public sealed record LegalRequestView(LegalRequestRow Row, string Question, string? Outcome, string? AnsweredBy, bool CanAssign, bool CanAnswer, bool CanClose, long Version)
{
    public int Id => Row.Id;
    public string Number => Row.Number;
}

/// <summary>What a new request can be about, as the viewer may see it.</summary>
public sealed record LegalOption(int Id, string Label);

/// <summary>
/// Legal advisory (法务咨询): requests to IP counsel — freedom to operate, licence or transfer contract review,
/// infringement — with due dates, assignment, counsel's opinion and conclusion, close. Who sees a request: the office
/// and administrators; its requester; its assigned counsel; other IP counsel and the inventors of its disclosure unless
/// it is about a controlled disclosure (then only the office, the requester and the assigned counsel). Anyone else: 404.
/// </summary>
public sealed class LegalHandlers(TalentChainDbContext db, CommercializationAccess access, ProjectAccess projects, CommercializationText text, INotifier notifier,
    TimeProvider clock, IStringLocalizer<CommercializationResource> t)
{
    public const int QuestionMax = 4000;
    public const int OutcomeMax = 8000;

    public static string NumberOf(int id) => "LR-" + id.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Default days to the due date by kind: FTO 30, licence or transfer review 10, infringement 15, other 20.</summary>
    public static int DefaultDays(LegalRequestKind kind) => kind switch
    {
        LegalRequestKind.FreedomToOperate => 30,
        LegalRequestKind.LicenceReview or LegalRequestKind.TransferReview => 10,
        LegalRequestKind.Infringement => 15,
        _ => 20,
    };

    public static bool IsOverdue(LegalRequestStatus status, DateOnly? dueOn, DateOnly today) =>
        status is LegalRequestStatus.Open or LegalRequestStatus.InProgress && dueOn is { } due && due < today;

    /// <summary>The requests the viewer may see (list, detail and export start here).</summary>
    public IQueryable<LegalRequest> Visible(CommercializationViewer v)
    {
        var all = db.LegalRequests.AsNoTracking();
        if (v.Office) return all;
        var me = v.EmployeeId ?? -1;
        var name = v.Name;
        var counsel = v.Counsel;
        var controlled = db.Disclosures.Where(d => d.Controlled).Select(d => (int?)d.Id);
        var controlledFamilies = db.PatentFamilies.Where(f => controlled.Contains(f.DisclosureId)).Select(f => (int?)f.Id);
        var controlledProjects = db.ConversionProjectDisclosures.Where(l => controlled.Contains(l.DisclosureId)).Select(l => (int?)l.ProjectId);
        var mine = db.DisclosureInventors.Where(i => i.EmployeeId == me).Select(i => (int?)i.DisclosureId);
        var mineFamilies = db.PatentFamilies.Where(f => mine.Contains(f.DisclosureId)).Select(f => (int?)f.Id);
        var visible = access.VisibleDisclosures(v).Select(d => (int?)d.Id);
        return all.Where(r =>
            (r.RequestedByEmployeeId != null && r.RequestedByEmployeeId == me) || (r.RequestedByEmployeeId == null && r.RequestedBy == name)
            || (r.CounselEmployeeId != null && r.CounselEmployeeId == me)
            || ((r.DisclosureId == null || !controlled.Contains(r.DisclosureId)) && (r.PatentFamilyId == null || !controlledFamilies.Contains(r.PatentFamilyId))
                && (r.ConversionProjectId == null || !controlledProjects.Contains(r.ConversionProjectId))
                && ((counsel && (r.DisclosureId == null || visible.Contains(r.DisclosureId)))
                    || mine.Contains(r.DisclosureId) || mineFamilies.Contains(r.PatentFamilyId))));
    }

    public async Task<List<LegalRequestRow>> ListAsync(CommercializationViewer v, LegalFilter filter, CancellationToken ct = default)
    {
        var q = Visible(v);
        if (filter.Status is { } s) q = q.Where(r => r.Status == s);
        if (filter.Kind is { } k) q = q.Where(r => r.Kind == k);
        if (filter.Mine)
        {
            var me = v.EmployeeId ?? -1;
            var name = v.Name;
            q = q.Where(r => r.RequestedByEmployeeId == me || r.CounselEmployeeId == me || (r.RequestedByEmployeeId == null && r.RequestedBy == name));
        }
        var today = clock.Today();
        if (filter.Overdue) q = q.Where(r => (r.Status == LegalRequestStatus.Open || r.Status == LegalRequestStatus.InProgress) && r.DueOn != null && r.DueOn < today);
        var list = await q.Include(r => r.CounselEmployee).Include(r => r.RequestedByEmployee).ToListAsync(ct);
        var rows = await RowsAsync(list, ct);
        return [.. rows.OrderByDescending(r => r.Overdue).ThenBy(r => r.Status is LegalRequestStatus.Answered or LegalRequestStatus.Closed).ThenBy(r => r.DueOn ?? DateOnly.MaxValue).ThenByDescending(r => r.Id)];
    }

    /// <summary>The visible requests about one disclosure (its detail page).</summary>
    public async Task<List<LegalRequestRow>> ForDisclosureAsync(CommercializationViewer v, int disclosureId, CancellationToken ct = default)
    {
        var list = await Visible(v).Where(r => r.DisclosureId == disclosureId).Include(r => r.CounselEmployee).Include(r => r.RequestedByEmployee).ToListAsync(ct);
        return [.. (await RowsAsync(list, ct)).OrderByDescending(r => r.Id)];
    }

    private async Task<List<LegalRequestRow>> RowsAsync(List<LegalRequest> list, CancellationToken ct)
    {
        var today = clock.Today();
        var chinese = UiCulture.IsChinese;
        var dids = list.Where(r => r.DisclosureId != null).Select(r => r.DisclosureId!.Value).Distinct().ToList();
        var fids = list.Where(r => r.PatentFamilyId != null).Select(r => r.PatentFamilyId!.Value).Distinct().ToList();
        var pids = list.Where(r => r.ConversionProjectId != null).Select(r => r.ConversionProjectId!.Value).Distinct().ToList();
        var disclosures = dids.Count == 0 ? [] : await db.Disclosures.AsNoTracking().Where(d => dids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Number, ct);
        var families = fids.Count == 0 ? [] : await db.PatentFamilies.AsNoTracking().Where(f => fids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Reference, ct);
        var projectNumbers = pids.Count == 0 ? [] : await db.ConversionProjects.AsNoTracking().Where(p => pids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Number, ct);
        return [.. list.Select(r =>
        {
            var overdue = IsOverdue(r.Status, r.DueOn, today);
            var status = t["LegalStatus." + r.Status].Value;
            return new LegalRequestRow(r.Id, NumberOf(r.Id), r.Kind, t["LegalKind." + r.Kind], r.Status, status, overdue, overdue ? t["Legal.Overdue"].Value : status,
                r.DisclosureId, r.DisclosureId is { } d ? disclosures.GetValueOrDefault(d) : null,
                r.PatentFamilyId, r.PatentFamilyId is { } f ? families.GetValueOrDefault(f) : null,
                r.ConversionProjectId, r.ConversionProjectId is { } p ? projectNumbers.GetValueOrDefault(p) : null,
                r.RequestedByEmployee?.DisplayName(chinese) ?? r.RequestedBy, r.RequestedAt, r.CounselEmployeeId, r.CounselEmployee?.DisplayName(chinese), r.DueOn,
                r.Conclusion, r.Conclusion is { } c ? t["LegalConclusion." + c].Value : null, r.AnsweredAt);
        })];
    }

    /// <summary>What the viewer may file about: visible disclosures, patent families and go-to-market projects (newest first).</summary>
    public async Task<(List<LegalOption> Disclosures, List<LegalOption> Families, List<LegalOption> Projects)> OptionsAsync(CommercializationViewer v, CancellationToken ct = default)
    {
        var chinese = UiCulture.IsChinese;
        var visible = access.VisibleDisclosures(v);
        var disclosures = await visible.OrderByDescending(d => d.Id).Take(200).Select(d => new { d.Id, d.Number, d.Title, d.TitleZh }).ToListAsync(ct);
        var ids = visible.Select(d => d.Id);
        var families = await db.PatentFamilies.AsNoTracking().Where(f => ids.Contains(f.DisclosureId)).OrderByDescending(f => f.Id).Take(200)
            .Select(f => new { f.Id, f.Reference, f.Title }).ToListAsync(ct);
        var projectRows = await projects.Visible(v).OrderByDescending(p => p.Id).Take(200).Select(p => new { p.Id, p.Number, p.Name, p.NameZh }).ToListAsync(ct);
        return ([.. disclosures.Select(d => new LegalOption(d.Id, $"{d.Number} · {UiCulture.Pick(d.Title, d.TitleZh, chinese)}"))],
            [.. families.Select(f => new LegalOption(f.Id, $"{f.Reference} · {f.Title}"))],
            [.. projectRows.Select(p => new LegalOption(p.Id, $"{p.Number} · {UiCulture.Pick(p.Name, p.NameZh, chinese)}"))]);
    }

    public async Task<LegalRequestView> GetAsync(CommercializationViewer v, int id, CancellationToken ct = default)
    {
        var r = await Visible(v).Include(x => x.CounselEmployee).Include(x => x.RequestedByEmployee).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(t["Legal.NotFound", NumberOf(id)]);
        var row = (await RowsAsync([r], ct))[0];
        var open = r.Status is LegalRequestStatus.Open or LegalRequestStatus.InProgress;
        return new LegalRequestView(row, r.Question, r.Outcome, r.AnsweredBy, v.Office && open, open && MayAnswer(v, r), r.Status != LegalRequestStatus.Closed && MayClose(v, r), r.Version);
    }

    private static bool MayAnswer(CommercializationViewer v, LegalRequest r) => v.Office || (v.EmployeeId is { } me && r.CounselEmployeeId == me);

    private static bool MayClose(CommercializationViewer v, LegalRequest r) =>
        v.Office || (r.RequestedByEmployeeId is { } by ? v.EmployeeId == by : r.RequestedBy == v.Name);

    public async Task<LegalRequestView> CreateAsync(CommercializationViewer v, LegalRequestInput input, CancellationToken ct = default)
    {
        // Each linked record must be visible to the caller (404 naming it), then the caller must be one who may file about it (403).
        var me = v.EmployeeId;
        var mayFile = v.Office || v.Counsel;
        if (input.DisclosureId is { } did)
        {
            if (!await access.MaySeeDisclosureAsync(v, did, ct)) throw new NotFoundException(t["Disclosure.NotFound", did]);
            mayFile |= me is { } e && await db.DisclosureInventors.AnyAsync(i => i.DisclosureId == did && i.EmployeeId == e, ct);
        }
        if (input.PatentFamilyId is { } fid)
        {
            var family = await db.PatentFamilies.AsNoTracking().Where(f => f.Id == fid).Select(f => new { f.DisclosureId }).FirstOrDefaultAsync(ct);
            if (family is null || !await access.MayReadFullAsync(v, family.DisclosureId, ct)) throw new NotFoundException(t["Family.NotFound", fid]);
            mayFile |= me is { } e && await db.DisclosureInventors.AnyAsync(i => i.DisclosureId == family.DisclosureId && i.EmployeeId == e, ct);
        }
        if (input.ConversionProjectId is { } pid)
        {
            IQueryable<DisclosureInventor> inventors = db.DisclosureInventors;
            if (!await projects.MaySeeAsync(v, pid, ct)) throw new NotFoundException(t["Legal.ProjectNotFound", pid]);
            mayFile |= me is { } e && await db.ConversionProjects.AnyAsync(p => p.Id == pid && (p.BusinessOwnerId == e || p.Milestones.Any(m => m.OwnerId == e)
                || p.Disclosures.Any(l => inventors.Any(i => i.DisclosureId == l.DisclosureId && i.EmployeeId == e))), ct);
        }
        if (!mayFile)
            throw new AccessDeniedException(input.DisclosureId is null && input.PatentFamilyId is null && input.ConversionProjectId is null ? t["Legal.Access.FileUnlinked"] : t["Legal.Access.File"]);

        var errors = new FieldErrors();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) { errors.Add("Kind", t["Legal.KindRequired"]); kind = LegalRequestKind.Other; }
        var question = input.Question?.Trim() ?? "";
        if (question.Length == 0) errors.Add("Question", t["Legal.QuestionRequired"]);
        else if (question.Length > QuestionMax) errors.Add("Question", t["Disclosure.TooLong", QuestionMax]);
        var today = clock.Today();
        if (input.DueOn is { } due && due < today) errors.Add("DueOn", t["Legal.DuePast", CommercializationText.Date(due), CommercializationText.Date(today)]);
        errors.ThrowIfAny(t["Legal.Invalid"]);

        var r = new LegalRequest
        {
            Kind = kind, Question = question, DisclosureId = input.DisclosureId, PatentFamilyId = input.PatentFamilyId, ConversionProjectId = input.ConversionProjectId,
            RequestedByEmployeeId = me, RequestedBy = v.Name, RequestedAt = clock.GetUtcNow(), DueOn = input.DueOn ?? today.AddDays(DefaultDays(kind)),
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.LegalRequests.Add(r);
        await db.SaveChangesAsync(ct);
        Audit(r, "create", v, new() { ["Kind"] = kind.ToString(), ["DueOn"] = CommercializationText.Date(r.DueOn) });
        await notifier.NotifyRoleAsync<CommercializationResource>(Roles.TechTransferOfficer, "Notify.LegalRequested.Subject", "Notify.LegalRequested.Body",
            [NumberOf(r.Id), Both(text.Both("LegalKind." + kind)), CommercializationText.Date(r.DueOn)], Link(r.Id), null, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetAsync(v, r.Id, ct);
    }

    public async Task<LegalRequestView> AssignAsync(CommercializationViewer v, int id, LegalAssignInput input, CancellationToken ct = default)
    {
        var r = await LoadAsync(v, id, input.Version, ct);
        if (!v.Office) throw new AccessDeniedException(t["Legal.Access.Assign"]);
        if (r.Status is not (LegalRequestStatus.Open or LegalRequestStatus.InProgress)) Refuse("Status", "Legal.CannotAssign", r.Status);
        var errors = new FieldErrors();
        var number = input.CounselNumber?.Trim() ?? "";
        EmployeeRef? counsel = null;
        if (number.Length == 0) errors.Add("CounselNumber", t["Legal.CounselRequired"]);
        else
        {
            counsel = await db.EmployeeRefs.AsNoTracking().FirstOrDefaultAsync(e => e.EmployeeNumber == number, ct);
            if (counsel is null) errors.Add("CounselNumber", t["Disclosure.InventorUnknown", number]);
            else if (!await IsCounselAsync(counsel.Id, ct)) errors.Add("CounselNumber", t["Legal.NotCounsel", counsel.DisplayName(UiCulture.IsChinese), number]);
        }
        var today = clock.Today();
        if (input.DueOn is { } due && due < today) errors.Add("DueOn", t["Legal.DuePast", CommercializationText.Date(due), CommercializationText.Date(today)]);
        errors.ThrowIfAny(t["Legal.Invalid"]);
        (r.CounselEmployeeId, r.Status) = (counsel!.Id, LegalRequestStatus.InProgress);
        if (input.DueOn is not null) r.DueOn = input.DueOn;
        Audit(r, "assign", v, new() { ["Counsel"] = number, ["DueOn"] = CommercializationText.Date(r.DueOn) });
        await notifier.NotifyEmployeeAsync<CommercializationResource>(counsel.Id, "Notify.LegalAssigned.Subject", "Notify.LegalAssigned.Body",
            [NumberOf(r.Id), Both(text.Both("LegalKind." + r.Kind)), CommercializationText.Date(r.DueOn)], Link(r.Id), null, ct);
        await SaveAsync(ct);
        return await GetAsync(v, id, ct);
    }

    public async Task<LegalRequestView> AnswerAsync(CommercializationViewer v, int id, LegalAnswerInput input, CancellationToken ct = default)
    {
        var r = await LoadAsync(v, id, input.Version, ct);
        if (!MayAnswer(v, r)) throw new AccessDeniedException(t["Legal.Access.Answer"]);
        if (r.Status is not (LegalRequestStatus.Open or LegalRequestStatus.InProgress)) Refuse("Status", "Legal.CannotAnswer", r.Status);
        var errors = new FieldErrors();
        var outcome = input.Outcome?.Trim() ?? "";
        if (outcome.Length == 0) errors.Add("Outcome", t["Legal.OutcomeRequired"]);
        else if (outcome.Length > OutcomeMax) errors.Add("Outcome", t["Disclosure.TooLong", OutcomeMax]);
        if (input.Conclusion is not { } conclusion || !Enum.IsDefined(conclusion)) { errors.Add("Conclusion", t["Legal.ConclusionRequired"]); conclusion = default; }
        errors.ThrowIfAny(t["Legal.Invalid"]);
        (r.Outcome, r.Conclusion, r.AnsweredAt, r.AnsweredBy, r.Status) = (outcome, conclusion, clock.GetUtcNow(), v.Name, LegalRequestStatus.Answered);
        if (r.CounselEmployeeId is null && v.Counsel && v.EmployeeId is { } me) r.CounselEmployeeId = me;
        Audit(r, "answer", v, new() { ["Conclusion"] = conclusion.ToString() });
        if (r.RequestedByEmployeeId is { } requester)
            await notifier.NotifyEmployeeAsync<CommercializationResource>(requester, "Notify.LegalAnswered.Subject", "Notify.LegalAnswered.Body",
                [NumberOf(r.Id), Both(text.Both("LegalKind." + r.Kind)), Both(text.Both("LegalConclusion." + conclusion))], Link(r.Id), null, ct);
        await SaveAsync(ct);
        return await GetAsync(v, id, ct);
    }

    public async Task<LegalRequestView> CloseAsync(CommercializationViewer v, int id, LegalCloseInput input, CancellationToken ct = default)
    {
        var r = await LoadAsync(v, id, input.Version, ct);
        if (!MayClose(v, r)) throw new AccessDeniedException(t["Legal.Access.Close"]);
        if (r.Status == LegalRequestStatus.Closed) Refuse("Status", "Legal.CannotClose", r.Status);
        var was = r.Status;
        r.Status = LegalRequestStatus.Closed;
        Audit(r, "close", v, new() { ["From"] = was.ToString() });
        await SaveAsync(ct);
        return await GetAsync(v, id, ct);
    }

    /// <summary>The request for a change: 404 unless the viewer may see it; a stale version refused.</summary>
    private async Task<LegalRequest> LoadAsync(CommercializationViewer v, int id, long? version, CancellationToken ct)
    {
        if (!await Visible(v).AnyAsync(x => x.Id == id, ct)) throw new NotFoundException(t["Legal.NotFound", NumberOf(id)]);
        var r = await db.LegalRequests.FirstAsync(x => x.Id == id, ct);
        if (version is { } ver && ver != r.Version) throw ValidationFailedException.For(t["Legal.Invalid"], "Version", t["Disclosure.Stale"]);
        return r;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw ValidationFailedException.For(t["Legal.Invalid"], "Version", t["Disclosure.Stale"]);
        }
    }

    private void Refuse(string field, string key, LegalRequestStatus status) =>
        throw ValidationFailedException.For(t["Legal.Invalid"], field, t[key, t["LegalStatus." + status]]);

    /// <summary>Whether the employee has an account in the IP counsel role.</summary>
    private Task<bool> IsCounselAsync(int employeeId, CancellationToken ct)
    {
        var normalized = Roles.IpCounsel.ToUpperInvariant();
        return (from u in db.Users
                join ur in db.UserRoles on u.Id equals ur.UserId
                join role in db.Roles on ur.RoleId equals role.Id
                where u.EmployeeId == employeeId && role.NormalizedName == normalized
                select u.Id).AnyAsync(ct);
    }

    private void Audit(LegalRequest r, string action, CommercializationViewer v, Dictionary<string, string?> details)
    {
        details["action"] = action;
        details["by"] = v.Name;
        details["Status"] = r.Status.ToString();
        db.RecordAuditEvent("LegalRequest", NumberOf(r.Id), details);
    }

    private static string Link(int id) => $"/commercialization/legal/{id}";

    private static string Both((string En, string Zh) s) => s.En == s.Zh ? s.En : $"{s.Zh} / {s.En}";
}
