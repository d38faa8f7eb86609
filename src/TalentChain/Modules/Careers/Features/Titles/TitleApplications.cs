using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Careers.Data;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.Careers.Features.Appointments;
using TalentChain.Modules.Careers.Features.Ladders;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Files;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Careers.Features.Titles;

public sealed record EvidenceView(int Id, EvidenceType Type, string TypeName, string Description, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string UploadedBy);

public sealed record TitleApplicationRow(int Id, int CallId, int Year, string Series, int EmployeeId, string Person, string Unit, string Level,
    TitleApplicationStatus Status, string StatusName, DateOnly? SubmittedOn, DateOnly? NoticeEnds, string? CertificateNumber, DateOnly? GrantedOn);

public sealed record TitleTallyView(int Members, int Voted, int Approve, int Reject, int Abstain, double? AverageScore, bool Passes, string Rule);

public sealed record TitleApplicationActions(bool Edit, bool Submit, bool Recommend, bool Vote, bool Decide, bool RaiseObjection, bool Resolve, bool Grant);

public sealed record TitleApplicationView(int Id, TitleCallView Call, int EmployeeId, string Person, string EmployeeNumber, string Unit, int LevelId, string Level,
    TitleApplicationStatus Status, string StatusName, DateOnly CreatedOn, DateOnly? SubmittedOn, EligibilityView Eligibility, IReadOnlyList<EvidenceView> Evidence,
    string? Recommendation, string? RecommendedBy, DateOnly? RecommendedOn, TitleTallyView Tally, IReadOnlyList<VoteView> Votes, DateOnly? DecidedOn,
    DateOnly? NoticeEnds, bool NoticeProvisional, IReadOnlyList<ObjectionView> Objections, string? CertificateNumber, DateOnly? GrantedOn, long Version, TitleApplicationActions Can);

public sealed record ApplyInput(int? CallId, int? LevelId, string? EmployeeNumber);

public sealed record RecommendInput(string? Recommendation);

public sealed record GrantInput(string? CertificateNumber, DateOnly? GrantedOn, long? Version);

/// <summary>
/// Title applications (职称评审): the applicant (or HR for them) applies to a call for a level, sees the eligibility check
/// with each reason, attaches evidence (type-checked files), submits before the deadline; the unit recommends (line
/// manager or program manager); the call's committee scores and votes; passed applications are publicised (公示) for
/// the call's working days, objections resolved; then the title is granted with its certificate and People's timeline
/// records it.
/// </summary>
public sealed class TitleApplications(
    TalentChainDbContext db, CareersAccess access, Eligibility eligibility, TitleCalls calls, IWorkingDays workingDays, IPeopleDirectory people,
    INotifier notifier, CareersText text, IStringLocalizer<CareersResource> L, IStringLocalizer<SharedResource> shared, TimeProvider clock)
{
    public const long MaxEvidenceBytes = 5 * 1024 * 1024;

    private IQueryable<TitleApplication> Full => db.TitleApplications.Include(a => a.Employee!).ThenInclude(e => e.OrgUnit).Include(a => a.Level!).ThenInclude(l => l.Ladder)
        .Include(a => a.Call!).ThenInclude(c => c.Committee!).ThenInclude(c => c.Members).ThenInclude(m => m.Employee)
        .Include(a => a.Evidence).Include(a => a.Votes).Include(a => a.Objections);

    public async Task<List<TitleApplicationRow>> ListAsync(ClaimsPrincipal user, int? callId, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(user, ct);
        var q = db.TitleApplications.AsNoTracking().Include(a => a.Employee!).ThenInclude(e => e.OrgUnit).Include(a => a.Level).Include(a => a.Call!).ThenInclude(c => c.Ladder).AsQueryable();
        if (callId is { } c) q = q.Where(a => a.CallId == c);
        var all = await q.OrderByDescending(a => a.Call!.Year).ThenBy(a => a.Id).ToListAsync(ct);
        var people = await access.VisiblePeopleAsync(viewer, [.. all.Select(a => a.EmployeeId).Distinct()], ct);
        // A committee sees its call's applications once the unit has recommended them (drafts are the applicant's).
        return [.. all.Where(a => people.Contains(a.EmployeeId) || (viewer.Committees.Contains(a.Call!.CommitteeId) && a.Status >= TitleApplicationStatus.InReview))
            .Select(a => new TitleApplicationRow(a.Id, a.CallId, a.Call!.Year, CareersText.Name(a.Call.Ladder!.Name, a.Call.Ladder.NameZh), a.EmployeeId, CareersText.Person(a.Employee),
                a.Employee?.OrgUnit?.DisplayName(CareersText.Chinese) ?? "", a.Level?.DisplayName(CareersText.Chinese) ?? "", a.Status, text.Enum(a.Status), a.SubmittedOn, a.NoticeEnds,
                a.CertificateNumber, a.GrantedOn))];
    }

    private async Task<(TitleApplication App, CareersViewer Viewer)> LoadAsync(ClaimsPrincipal user, int id, bool tracked, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(user, ct);
        var q = tracked ? Full : Full.AsNoTracking();
        var a = await q.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(L["Application.NotFound", id]);
        var committee = viewer.Committees.Contains(a.Call!.CommitteeId) && a.Status >= TitleApplicationStatus.InReview;
        if (!committee && !await access.SeesPersonAsync(viewer, a.EmployeeId, ct)) throw new NotFoundException(L["Application.NotFound", id]);
        return (a, viewer);
    }

    public async Task<TitleApplicationView> GetAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var (a, viewer) = await LoadAsync(user, id, false, ct);
        return await ViewAsync(a, viewer, ct);
    }

    private async Task<TitleApplicationView> ViewAsync(TitleApplication a, CareersViewer viewer, CancellationToken ct)
    {
        var today = clock.Today();
        var call = a.Call!;
        var check = await eligibility.CheckAsync(a.Employee!, a.Level!, [.. a.Evidence.Select(e => e.Type)], a.SubmittedOn ?? today, ct);
        var members = call.Committee!.Members;
        var seesVotes = viewer.Manages || viewer.Committees.Contains(call.CommitteeId);
        var votes = seesVotes
            ? a.Votes.OrderBy(v => v.CastAt).Select(v => new VoteView(v.MemberEmployeeId, CareersText.Person(members.FirstOrDefault(m => m.EmployeeId == v.MemberEmployeeId)?.Employee),
                v.Choice, v.Score, v.Comment, v.CastAt)).ToList()
            : [];
        var approve = a.Votes.Count(v => v.Choice == VoteChoice.Approve);
        var tally = new TitleTallyView(members.Count, a.Votes.Count, approve, a.Votes.Count(v => v.Choice == VoteChoice.Reject), a.Votes.Count(v => v.Choice == VoteChoice.Abstain),
            a.Votes.Count == 0 ? null : Math.Round(a.Votes.Average(v => v.Score), 1), call.Passes(approve, a.Votes.Count), L["Call.PassRule", call.PassNumerator, call.PassDenominator]);
        var own = viewer.EmployeeId == a.EmployeeId;
        var manager = await access.ManagesPersonAsync(viewer, a.EmployeeId, ct);
        var can = new TitleApplicationActions(
            Edit: a.Status == TitleApplicationStatus.Draft && (own || viewer.Manages),
            Submit: a.Status == TitleApplicationStatus.Draft && (own || viewer.Manages) && today <= call.Deadline,
            Recommend: a.Status == TitleApplicationStatus.Submitted && manager,
            Vote: a.Status == TitleApplicationStatus.InReview && viewer.EmployeeId is not null && viewer.Committees.Contains(call.CommitteeId),
            Decide: a.Status == TitleApplicationStatus.InReview && viewer.Manages,
            RaiseObjection: a.Status == TitleApplicationStatus.InNotice,
            Resolve: a.Status == TitleApplicationStatus.InNotice && viewer.Manages && a.Objections.Any(o => o.IsOpen),
            Grant: a.Status == TitleApplicationStatus.InNotice && viewer.Manages && a.NoticeEnds < today);
        return new TitleApplicationView(a.Id, await calls.GetAsync(a.CallId, ct), a.EmployeeId, CareersText.Person(a.Employee), a.Employee!.EmployeeNumber,
            a.Employee.OrgUnit?.DisplayName(CareersText.Chinese) ?? "", a.LevelId, a.Level!.DisplayName(CareersText.Chinese), a.Status, text.Enum(a.Status), a.CreatedOn, a.SubmittedOn, check,
            [.. a.Evidence.OrderBy(e => e.Id).Select(Evidence)], a.Recommendation, a.RecommendedBy, a.RecommendedOn, tally, votes, a.DecidedOn, a.NoticeEnds, a.NoticeProvisional,
            [.. a.Objections.OrderBy(o => o.Id).Select(o => new ObjectionView(o.Id, o.Text, o.RaisedBy, o.RaisedOn, o.Resolution, o.ResolvedBy, o.ResolvedOn, o.IsOpen))],
            a.CertificateNumber, a.GrantedOn, a.Version, can);
    }

    private EvidenceView Evidence(TitleEvidence e) => new(e.Id, e.Type, text.Enum(e.Type), e.Description, e.FileName, e.ContentType, e.Size, e.UploadedAt, e.UploadedBy);

    /// <summary>Applies for a level of the call's series: for oneself, or (HR, program manager) for an employee.</summary>
    public async Task<TitleApplicationView> CreateAsync(ClaimsPrincipal user, ApplyInput input, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(user, ct);
        var today = clock.Today();
        var errors = new FieldErrors();
        var call = input.CallId is { } cid ? await db.TitleCalls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cid, ct) : null;
        if (call is null) errors.Add("CallId", L["Call.NotFound", input.CallId ?? 0]);
        else if (today > call.Deadline) errors.Add("CallId", L["Call.Closed", UiCulture.Iso(call.Deadline)]);
        var level = input.LevelId is { } lid ? await db.LadderLevels.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lid, ct) : null;
        if (level is null) errors.Add("LevelId", L["Level.Unknown", input.LevelId?.ToString(CultureInfo.InvariantCulture) ?? ""]);
        else if (call is not null && level.LadderId != call.LadderId) errors.Add("LevelId", L["Application.LevelNotInSeries"]);
        else if (level.CompanyRank) errors.Add("LevelId", L["Application.CompanyRank"]);
        EmployeeRef? person;
        var number = input.EmployeeNumber?.Trim();
        if (string.IsNullOrEmpty(number))
        {
            person = viewer.EmployeeId is { } me ? await db.EmployeeRefs.AsNoTracking().FirstOrDefaultAsync(e => e.Id == me, ct) : null;
            if (person is null) errors.Add("EmployeeNumber", L["Application.NoEmployeeRecord"]);
        }
        else
        {
            person = await db.EmployeeRefs.AsNoTracking().FirstOrDefaultAsync(e => e.EmployeeNumber == number, ct);
            if (person is null) errors.Add("EmployeeNumber", L["Person.Unknown", number]);
        }
        errors.ThrowIfAny(L["Application.Refused"]);
        if (person!.Id != viewer.EmployeeId && !viewer.Manages) throw new AccessDeniedException(L["Application.OwnOnly"]);
        if (await db.TitleApplications.AnyAsync(a => a.CallId == call!.Id && a.EmployeeId == person.Id, ct))
            throw ValidationFailedException.For(L["Application.Refused"], "CallId", L["Application.Exists"]);
        var app = new TitleApplication
        {
            CallId = call!.Id, EmployeeId = person.Id, LevelId = level!.Id, Status = TitleApplicationStatus.Draft, CreatedOn = today, CreatedBy = db.CurrentUser.Name,
        };
        db.TitleApplications.Add(app);
        await db.SaveChangesAsync(ct);
        return await GetAsync(user, app.Id, ct);
    }

    private async Task<(TitleApplication App, CareersViewer Viewer)> EditableAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var (a, viewer) = await LoadAsync(user, id, true, ct);
        if (viewer.EmployeeId != a.EmployeeId && !viewer.Manages) throw new AccessDeniedException(L["Application.OwnOnly"]);
        if (a.Status != TitleApplicationStatus.Draft) throw ValidationFailedException.For(L["Application.Refused"], "Status", L["Application.NotDraft", text.Enum(a.Status)]);
        return (a, viewer);
    }

    /// <summary>Attaches a piece of evidence: the file's size and its content (by its first bytes, not its name) are checked.</summary>
    public async Task<EvidenceView> AttachAsync(ClaimsPrincipal user, int id, string? typeText, string? description, string fileName, byte[] content, CancellationToken ct)
    {
        var (a, _) = await EditableAsync(user, id, ct);
        var errors = new FieldErrors();
        if (!Enum.TryParse<EvidenceType>(typeText, true, out var type) || !Enum.IsDefined(type)) errors.Add("Type", L["Evidence.TypeUnknown", typeText ?? ""]);
        var desc = description?.Trim() ?? "";
        if (desc.Length is 0 or > 1000) errors.Add("Description", L["Evidence.DescriptionRequired"]);
        errors.RequireOneLine(shared, ("File", fileName));
        var name = FileNames.SafeBaseName(fileName);
        if (content.Length == 0) errors.Add("File", L["Evidence.Empty"]);
        else if (content.Length > MaxEvidenceBytes) errors.Add("File", L["Evidence.TooLarge", name, MaxEvidenceBytes / 1024 / 1024]);
        else
        {
            var ext = Path.GetExtension(name).ToLowerInvariant();
            if (!FileSignatures.Expected.TryGetValue(ext, out var expected)) errors.Add("File", L["Evidence.TypeNotAllowed", name, string.Join(", ", FileSignatures.Expected.Keys)]);
            else if (FileSignatures.Detect(content) != expected.Type) errors.Add("File", L["Evidence.SignatureMismatch", name, ext]);
            else if (expected.Type == "zip" && !UploadedFiles.IsSafeZip(content)) errors.Add("File", L["Evidence.ZipBomb", name, UploadedFiles.MaxUnpackedBytes / 1024 / 1024]);
        }
        if (name.Length is 0 or > 260) errors.Add("File", L["Evidence.NameInvalid"]);
        errors.ThrowIfAny(L["Evidence.Refused"]);
        var e = new TitleEvidence
        {
            Type = type, Description = desc, FileName = name, ContentType = FileSignatures.Expected[Path.GetExtension(name).ToLowerInvariant()].ContentType,
            Size = content.Length, Content = content, UploadedAt = clock.GetUtcNow(), UploadedBy = db.CurrentUser.Name,
        };
        a.Evidence.Add(e);
        await db.SaveChangesAsync(ct);
        return Evidence(e);
    }

    /// <summary>Reads at most one byte more than the limit, so an oversized upload is recognised without buffering all of it.</summary>
    public static Task<byte[]> ReadLimitedAsync(Stream stream, CancellationToken ct) => UploadedFiles.ReadLimitedAsync(stream, MaxEvidenceBytes, ct);

    public async Task<TitleEvidence> EvidenceFileAsync(ClaimsPrincipal user, int id, int evidenceId, CancellationToken ct)
    {
        await LoadAsync(user, id, false, ct);
        return await db.TitleEvidence.AsNoTracking().FirstOrDefaultAsync(e => e.ApplicationId == id && e.Id == evidenceId, ct)
            ?? throw new NotFoundException(L["Evidence.NotFound", evidenceId]);
    }

    /// <summary>Submits before the deadline; refused with every unmet requirement named.</summary>
    public async Task<TitleApplicationView> SubmitAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var (a, _) = await EditableAsync(user, id, ct);
        var today = clock.Today();
        if (today > a.Call!.Deadline) throw ValidationFailedException.For(L["Application.Refused"], "CallId", L["Call.Closed", UiCulture.Iso(a.Call.Deadline)]);
        var check = await eligibility.CheckAsync(a.Employee!, a.Level!, [.. a.Evidence.Select(e => e.Type)], today, ct);
        if (!check.Eligible)
            throw new ValidationFailedException(L["Application.NotEligible"], check.Unmet.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.Select(r => r.Text).ToArray()));
        a.Status = TitleApplicationStatus.Submitted;
        a.SubmittedOn = today;
        var manager = a.Employee!.ManagerId;
        if (manager is { } m)
            await notifier.NotifyEmployeeAsync<CareersResource>(m, "Notify.RecommendNeeded.Subject", "Notify.RecommendNeeded.Body",
                [a.Employee.FullName, BilingualValue.Join(a.Level!.Name, a.Level.NameZh)], $"/careers/titles/{a.Id}", ct: ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(user, id, ct);
    }

    /// <summary>The unit's recommendation (line manager or program manager; not the applicant): the committee may now vote.</summary>
    public async Task<TitleApplicationView> RecommendAsync(ClaimsPrincipal user, int id, RecommendInput input, CancellationToken ct)
    {
        var (a, viewer) = await LoadAsync(user, id, true, ct);
        if (!await access.ManagesPersonAsync(viewer, a.EmployeeId, ct)) throw new AccessDeniedException(L["Application.RecommendOnlyManager"]);
        var note = input.Recommendation?.Trim() ?? "";
        var errors = new FieldErrors();
        if (a.Status != TitleApplicationStatus.Submitted) errors.Add("Status", L["Application.NotSubmitted", text.Enum(a.Status)]);
        if (note.Length is 0 or > 4000) errors.Add("Recommendation", L["Application.RecommendationRequired"]);
        errors.ThrowIfAny(L["Application.Refused"]);
        a.Status = TitleApplicationStatus.InReview;
        a.Recommendation = note;
        a.RecommendedBy = db.CurrentUser.Name;
        a.RecommendedOn = clock.Today();
        foreach (var member in a.Call!.Committee!.Members)
            await notifier.NotifyEmployeeAsync<CareersResource>(member.EmployeeId, "Notify.VoteNeeded.Subject", "Notify.VoteNeeded.Body",
                [a.Employee!.FullName, BilingualValue.Join(a.Level!.Name, a.Level.NameZh)], $"/careers/titles/{a.Id}", $"careers-title-vote-{a.Id}-{member.EmployeeId}", ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(user, id, ct);
    }

    /// <summary>A committee member's score (0–100) and vote; a vote from anyone else is refused.</summary>
    public async Task<TitleApplicationView> VoteAsync(ClaimsPrincipal user, int id, VoteInput input, CancellationToken ct)
    {
        var (a, viewer) = await LoadAsync(user, id, true, ct);
        var me = access.RequireMember(viewer, a.Call!.CommitteeId);
        var errors = new FieldErrors();
        if (a.Status != TitleApplicationStatus.InReview) errors.Add("Choice", L["Vote.Closed", text.Enum(a.Status)]);
        if (input.Choice is not { } choice || !Enum.IsDefined(choice)) { errors.Add("Choice", L["Vote.ChoiceRequired"]); choice = default; }
        if (input.Score is not (>= 0 and <= 100)) errors.Add("Score", L["Vote.ScoreInvalid"]);
        if (input.Comment is { Length: > 2000 }) errors.Add("Comment", L["Field.TooLong", 2000]);
        errors.ThrowIfAny(L["Vote.Refused"]);
        var vote = a.Votes.FirstOrDefault(v => v.MemberEmployeeId == me);
        if (vote is null) a.Votes.Add(vote = new TitleVote { MemberEmployeeId = me });
        vote.Choice = choice;
        vote.Score = input.Score!.Value;
        vote.Comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        vote.CastAt = clock.GetUtcNow();
        db.RecordAuditEvent("CareersTitleVote", id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?>
        {
            ["Member"] = me.ToString(CultureInfo.InvariantCulture), ["Choice"] = choice.ToString(), ["Score"] = vote.Score.ToString(CultureInfo.InvariantCulture),
        });
        await db.SaveChangesAsync(ct);
        return await GetAsync(user, id, ct);
    }

    /// <summary>Closes the vote: passed (approvals ≥ threshold × members voting) → public notice; else not passed.</summary>
    public async Task<TitleApplicationView> DecideAsync(ClaimsPrincipal user, int id, DecideInput input, CancellationToken ct)
    {
        var (a, viewer) = await LoadAsync(user, id, true, ct);
        access.RequireManages(viewer);
        if (input.Version is { } v && v != a.Version) throw new DbUpdateConcurrencyException(L["Application.Stale"]);
        if (a.Status != TitleApplicationStatus.InReview) throw ValidationFailedException.For(L["Application.Refused"], "Status", L["Application.NotInReview", text.Enum(a.Status)]);
        if (a.Votes.Count == 0) throw ValidationFailedException.For(L["Application.Refused"], "Status", L["Decide.NoVotes"]);
        var today = clock.Today();
        var approve = a.Votes.Count(x => x.Choice == VoteChoice.Approve);
        var levelName = BilingualValue.Join(a.Level!.Name, a.Level.NameZh);
        a.DecidedOn = today;
        if (a.Call!.Passes(approve, a.Votes.Count))
        {
            var end = await workingDays.AddWorkingDaysAsync(today, a.Call.NoticeWorkingDays, ct);
            a.Status = TitleApplicationStatus.InNotice;
            a.NoticeEnds = end.Date;
            a.NoticeProvisional = end.Provisional;
            await notifier.NotifyEmployeeAsync<CareersResource>(a.EmployeeId, "Notify.NoticeStarted.Subject", "Notify.NoticeStarted.Body", [levelName, UiCulture.Iso(end.Date)], $"/careers/titles/{a.Id}", ct: ct);
        }
        else
        {
            a.Status = TitleApplicationStatus.NotPassed;
            await notifier.NotifyEmployeeAsync<CareersResource>(a.EmployeeId, "Notify.Rejected.Subject", "Notify.Rejected.Body", [levelName], $"/careers/titles/{a.Id}", ct: ct);
        }
        db.RecordAuditEvent("CareersTitleDecision", id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?>
        {
            ["Outcome"] = a.Status.ToString(), ["Approve"] = approve.ToString(CultureInfo.InvariantCulture), ["Votes"] = a.Votes.Count.ToString(CultureInfo.InvariantCulture),
        });
        await db.SaveChangesAsync(ct);
        return await GetAsync(user, id, ct);
    }

    /// <summary>An objection during the public notice: anyone signed in may raise one (the notice is public).</summary>
    public async Task<ObjectionView> ObjectAsync(int id, ObjectionInput input, CancellationToken ct)
    {
        var a = await db.TitleApplications.Include(x => x.Objections).Include(x => x.Level).FirstOrDefaultAsync(x => x.Id == id && x.Status == TitleApplicationStatus.InNotice, ct)
            ?? throw new NotFoundException(L["Notice.NotFound", id]);
        var body = input.Text?.Trim() ?? "";
        if (body.Length is 0 or > 4000) throw ValidationFailedException.For(L["Objection.Refused"], "Text", L["Objection.TextRequired"]);
        var o = new TitleObjection { Text = body, RaisedBy = db.CurrentUser.Name, RaisedOn = clock.Today() };
        a.Objections.Add(o);
        await notifier.NotifyRoleAsync<CareersResource>(Platform.Auth.Roles.ProgramManager, "Notify.Objection.Subject", "Notify.Objection.Body",
            [BilingualValue.Join(a.Level!.Name, a.Level.NameZh)], $"/careers/titles/{id}", ct: ct);
        await db.SaveChangesAsync(ct);
        return new ObjectionView(o.Id, o.Text, o.RaisedBy, o.RaisedOn, null, null, null, true);
    }

    public async Task<TitleApplicationView> ResolveAsync(ClaimsPrincipal user, int id, int objectionId, ResolveInput input, CancellationToken ct)
    {
        var (a, viewer) = await LoadAsync(user, id, true, ct);
        access.RequireManages(viewer);
        var o = a.Objections.FirstOrDefault(x => x.Id == objectionId) ?? throw new NotFoundException(L["Objection.NotFound", objectionId]);
        var note = input.Resolution?.Trim() ?? "";
        var errors = new FieldErrors();
        if (!o.IsOpen) errors.Add("Resolution", L["Objection.AlreadyResolved"]);
        if (note.Length is 0 or > 4000) errors.Add("Resolution", L["Objection.ResolutionRequired"]);
        errors.ThrowIfAny(L["Objection.Refused"]);
        o.Resolution = note;
        o.ResolvedBy = db.CurrentUser.Name;
        o.ResolvedOn = clock.Today();
        a.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(user, id, ct);
    }

    /// <summary>Grants the title after the notice (no open objection): certificate number and date; People's timeline records it.</summary>
    public async Task<TitleApplicationView> GrantAsync(ClaimsPrincipal user, int id, GrantInput input, CancellationToken ct)
    {
        var (a, viewer) = await LoadAsync(user, id, true, ct);
        access.RequireManages(viewer);
        if (input.Version is { } v && v != a.Version) throw new DbUpdateConcurrencyException(L["Application.Stale"]);
        var today = clock.Today();
        var errors = new FieldErrors();
        if (a.Status != TitleApplicationStatus.InNotice) errors.Add("Status", L["Effect.NotInNotice", text.Enum(a.Status)]);
        else
        {
            if (a.Objections.Any(o => o.IsOpen)) errors.Add("Status", L["Effect.OpenObjection"]);
            if (a.NoticeEnds is { } end && today <= end) errors.Add("GrantedOn", L["Effect.NoticeRunning", UiCulture.Iso(end)]);
            if (input.GrantedOn is not { } on) errors.Add("GrantedOn", L["Grant.DateRequired"]);
            else if (a.NoticeEnds is { } end2 && on <= end2) errors.Add("GrantedOn", L["Effect.BeforeNoticeEnds", UiCulture.Iso(end2)]);
            else if (on > today) errors.Add("GrantedOn", L["Grant.Future"]);
        }
        var number = input.CertificateNumber?.Trim() ?? "";
        if (number.Length is 0 or > 100) errors.Add("CertificateNumber", L["Grant.CertificateRequired"]);
        else if (await db.TitleApplications.AnyAsync(x => x.CertificateNumber == number && x.Id != id, ct)) errors.Add("CertificateNumber", L["Grant.CertificateTaken", number]);
        errors.ThrowIfAny(L["Grant.Refused"]);
        var granted = input.GrantedOn!.Value;
        a.Status = TitleApplicationStatus.Granted;
        a.CertificateNumber = number;
        a.GrantedOn = granted;
        var level = a.Level!;
        // Only the engineering series has a place on People's engineering ladder.
        var rank = level.Ladder!.Code == BundledLadders.Engineering ? level.EngineeringRank : null;
        await people.RecordTitleAsync(a.EmployeeId, new TitleGrant(granted, level.Name, level.NameZh, rank, number), ct);
        await notifier.NotifyEmployeeAsync<CareersResource>(a.EmployeeId, "Notify.Granted.Subject", "Notify.Granted.Body",
            [BilingualValue.Join(level.Name, level.NameZh), number, UiCulture.Iso(granted)], $"/careers/titles/{a.Id}", ct: ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(user, id, ct);
    }
}
