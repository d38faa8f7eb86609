using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Careers.Data;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.Careers.Features.Headcount;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Careers.Features.Appointments;

public sealed record VoteView(int MemberEmployeeId, string Member, VoteChoice Choice, int? Score, string? Comment, DateTimeOffset CastAt);

public sealed record ObjectionView(int Id, string Text, string RaisedBy, DateOnly RaisedOn, string? Resolution, string? ResolvedBy, DateOnly? ResolvedOn, bool Open);

public sealed record TallyView(int Members, int Voted, int Approve, int Reject, int Abstain);

public sealed record AppointmentRow(int Id, int EmployeeId, string Person, string Unit, string Level, string Position, AppointmentStatus Status, string StatusName,
    DateOnly NominatedOn, DateOnly? NoticeEnds, DateOnly? EffectiveOn);

public sealed record AppointmentView(int Id, int EmployeeId, string Person, string EmployeeNumber, int OrgUnitId, string Unit, int LevelId, string Level, string Ladder,
    string Position, AppointmentStatus Status, string StatusName, string Reason, IReadOnlyList<EvidenceType> Evidence, string NominatedBy, DateOnly NominatedOn,
    EligibilityView Eligibility, int PlanId, int? ReservationId, int CommitteeId, string Committee, TallyView Tally, IReadOnlyList<VoteView> Votes,
    int NoticeWorkingDays, DateOnly? NoticeStarts, DateOnly? NoticeEnds, bool NoticeProvisional, IReadOnlyList<ObjectionView> Objections,
    DateOnly? EffectiveOn, string? DecisionNote, long Version, AppointmentActions Can);

/// <summary>What the viewer may do with the appointment now (the page shows these buttons; the handler checks again).</summary>
public sealed record AppointmentActions(bool Vote, bool Decide, bool RaiseObjection, bool Resolve, bool MakeEffective);

public sealed record NominateInput(string? EmployeeNumber, int? LevelId, string? OrgUnitCode, string? Position, string? Reason, IReadOnlyList<EvidenceType>? Evidence,
    int? CommitteeId, int? NoticeWorkingDays);

public sealed record VoteInput(VoteChoice? Choice, string? Comment, int? Score = null);

public sealed record DecideInput(string? Note, long? Version);

public sealed record ObjectionInput(string? Text);

public sealed record ResolveInput(string? Resolution);

public sealed record EffectInput(DateOnly? EffectiveOn, long? Version);

/// <summary>
/// Appointments (聘任): nomination by the person's line manager or a program manager, with the automatic check of the
/// level's requirements and a place in the headcount plan; committee votes; public notice (公示) of N working days on the
/// Chinese working calendar, with objections that must be resolved; then effective through People's directory (the
/// employment timeline records it) while the headcount place is consumed, all in one SaveChanges.
/// </summary>
public sealed class AppointmentsHandler(
    TalentChainDbContext db, CareersAccess access, Eligibility eligibility, HeadcountHandler headcount, IWorkingDays workingDays,
    IPeopleDirectory people, INotifier notifier, CareersText text, IStringLocalizer<CareersResource> L, TimeProvider clock)
{
    public const int DefaultNoticeDays = 5;

    private IQueryable<Appointment> Full => db.Appointments.Include(a => a.Employee).Include(a => a.OrgUnit).Include(a => a.Level!).ThenInclude(l => l.Ladder)
        .Include(a => a.Committee!).ThenInclude(c => c.Members).ThenInclude(m => m.Employee).Include(a => a.Votes).Include(a => a.Objections);

    public async Task<List<AppointmentRow>> ListAsync(ClaimsPrincipal user, AppointmentStatus? status, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(user, ct);
        var q = db.Appointments.AsNoTracking().Include(a => a.Employee).Include(a => a.OrgUnit).Include(a => a.Level).AsQueryable();
        if (status is { } s) q = q.Where(a => a.Status == s);
        var all = await q.OrderByDescending(a => a.NominatedOn).ThenByDescending(a => a.Id).ToListAsync(ct);
        var people = await access.VisiblePeopleAsync(viewer, [.. all.Select(a => a.EmployeeId).Distinct()], ct);
        return [.. all.Where(a => people.Contains(a.EmployeeId) || viewer.Committees.Contains(a.CommitteeId))
            .Select(a => new AppointmentRow(a.Id, a.EmployeeId, CareersText.Person(a.Employee), a.OrgUnit?.DisplayName(CareersText.Chinese) ?? "", a.Level?.DisplayName(CareersText.Chinese) ?? "",
                a.Position, a.Status, text.Enum(a.Status), a.NominatedOn, a.NoticeEnds, a.EffectiveOn))];
    }

    public async Task<AppointmentView> GetAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(user, ct);
        var a = await Full.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(L["Appointment.NotFound", id]);
        await access.RequireSeeAsync(viewer, a.EmployeeId, a.CommitteeId, L["Appointment.NotFound", id], ct);
        return await ViewAsync(a, viewer, ct);
    }

    private async Task<AppointmentView> ViewAsync(Appointment a, CareersViewer viewer, CancellationToken ct)
    {
        var today = clock.Today();
        var check = await eligibility.CheckAsync(a.Employee!, a.Level!, a.Evidence, a.NominatedOn, ct);
        var members = a.Committee!.Members;
        // Individual votes are the committee's and the program managers'; the person and their managers see the tally.
        var seesVotes = viewer.Manages || viewer.Committees.Contains(a.CommitteeId);
        var votes = seesVotes
            ? a.Votes.OrderBy(v => v.CastAt).Select(v => new VoteView(v.MemberEmployeeId, CareersText.Person(members.FirstOrDefault(m => m.EmployeeId == v.MemberEmployeeId)?.Employee),
                v.Choice, null, v.Comment, v.CastAt)).ToList()
            : [];
        var tally = new TallyView(members.Count, a.Votes.Count, a.Votes.Count(v => v.Choice == VoteChoice.Approve), a.Votes.Count(v => v.Choice == VoteChoice.Reject), a.Votes.Count(v => v.Choice == VoteChoice.Abstain));
        var can = new AppointmentActions(
            Vote: a.Status == AppointmentStatus.InReview && viewer.EmployeeId is not null && viewer.Committees.Contains(a.CommitteeId),
            Decide: a.Status == AppointmentStatus.InReview && viewer.Manages,
            RaiseObjection: a.Status == AppointmentStatus.InNotice,
            Resolve: a.Status == AppointmentStatus.InNotice && viewer.Manages && a.Objections.Any(o => o.IsOpen),
            MakeEffective: a.Status == AppointmentStatus.InNotice && viewer.Manages && a.NoticeEnds < today);
        return new AppointmentView(a.Id, a.EmployeeId, CareersText.Person(a.Employee), a.Employee!.EmployeeNumber, a.OrgUnitId, a.OrgUnit?.DisplayName(CareersText.Chinese) ?? "",
            a.LevelId, a.Level!.DisplayName(CareersText.Chinese), CareersText.Name(a.Level.Ladder!.Name, a.Level.Ladder.NameZh), a.Position, a.Status, text.Enum(a.Status), a.Reason,
            a.Evidence, a.NominatedBy, a.NominatedOn, check, a.PlanId, a.ReservationId, a.CommitteeId, a.Committee.DisplayName(CareersText.Chinese), tally, votes,
            a.NoticeWorkingDays, a.NoticeStarts, a.NoticeEnds, a.NoticeProvisional, [.. a.Objections.OrderBy(o => o.Id).Select(Objection)], a.EffectiveOn, a.DecisionNote, a.Version, can);
    }

    public static ObjectionView Objection(AppointmentObjection o) => new(o.Id, o.Text, o.RaisedBy, o.RaisedOn, o.Resolution, o.ResolvedBy, o.ResolvedOn, o.IsOpen);

    public async Task<AppointmentView> NominateAsync(ClaimsPrincipal user, NominateInput input, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(user, ct);
        var today = clock.Today();
        var errors = new FieldErrors();
        var number = input.EmployeeNumber?.Trim() ?? "";
        var person = number.Length == 0 ? null : await db.EmployeeRefs.AsNoTracking().FirstOrDefaultAsync(e => e.EmployeeNumber == number, ct);
        if (person is null) errors.Add("EmployeeNumber", L["Person.Unknown", number]);
        else if (person.Status != EmployeeStatus.Active) errors.Add("EmployeeNumber", L["Person.Departed", number]);
        var level = input.LevelId is { } lid ? await db.LadderLevels.AsNoTracking().Include(l => l.Ladder).FirstOrDefaultAsync(l => l.Id == lid, ct) : null;
        if (level is null) errors.Add("LevelId", L["Level.Unknown", input.LevelId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""]);
        else if (level.Ladder!.Kind != LadderKind.Track) errors.Add("LevelId", L["Appointment.TrackLevelsOnly"]);
        var code = input.OrgUnitCode?.Trim();
        var unit = string.IsNullOrEmpty(code)
            ? (person is null ? null : await db.OrgUnitRefs.AsNoTracking().FirstOrDefaultAsync(u => u.Id == person.OrgUnitId, ct))
            : await db.OrgUnitRefs.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);
        if (unit is null && person is not null) errors.Add("OrgUnitCode", L["Unit.Unknown", code ?? ""]);
        var position = input.Position?.Trim() ?? "";
        if (position.Length is 0 or > 200) errors.Add("Position", L["Appointment.PositionRequired"]);
        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length is 0 or > 4000) errors.Add("Reason", L["Appointment.ReasonRequired"]);
        var committee = input.CommitteeId is { } cid ? await db.CareerCommittees.AsNoTracking().Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == cid, ct) : null;
        if (committee is null) errors.Add("CommitteeId", L["Committee.Unknown"]);
        else if (committee.Members.Count == 0) errors.Add("CommitteeId", L["Committee.Empty"]);
        var days = input.NoticeWorkingDays ?? DefaultNoticeDays;
        if (days is < 1 or > 30) errors.Add("NoticeWorkingDays", L["Notice.DaysInvalid"]);
        var evidence = (input.Evidence ?? []).Where(Enum.IsDefined).Distinct().ToList();
        errors.ThrowIfAny(L["Appointment.Refused"]);
        if (!await access.ManagesPersonAsync(viewer, person!.Id, ct)) throw new AccessDeniedException(L["Appointment.NominateOnlyManager"]);
        if (await db.Appointments.AnyAsync(a => a.EmployeeId == person.Id && (a.Status == AppointmentStatus.InReview || a.Status == AppointmentStatus.InNotice), ct))
            throw ValidationFailedException.For(L["Appointment.Refused"], "EmployeeNumber", L["Appointment.AlreadyOpen"]);

        // A place in this year's plan: the person's own reservation, or a free one.
        var plan = await headcount.PlanForAsync(unit!.Id, level!.Id, today.Year, ct)
            ?? throw ValidationFailedException.For(L["Headcount.NoPlace"], "LevelId", L["Headcount.NoPlan", unit.Code, level.DisplayName(CareersText.Chinese), today.Year]);
        var reservation = plan.Reservations.FirstOrDefault(r => r.HoldsOn(today) && r.Participant?.EmployeeId == person.Id);
        if (reservation is null) headcount.RequireFreePlace(plan, today, "LevelId");

        var check = await eligibility.CheckAsync(person, level, evidence, today, ct);
        var appointment = new Appointment
        {
            EmployeeId = person.Id, LevelId = level.Id, OrgUnitId = unit.Id, PlanId = plan.Id, ReservationId = reservation?.Id, CommitteeId = committee!.Id,
            Position = position, Reason = reason, Evidence = evidence, Status = AppointmentStatus.InReview, NominatedBy = db.CurrentUser.Name,
            NominatedByEmployeeId = viewer.EmployeeId, NominatedOn = today, NoticeWorkingDays = days,
            UnmetAtNomination = [.. check.Unmet.Select(r => r.Code)],
        };
        db.Appointments.Add(appointment);
        var levelName = BilingualValue.Join(level.Name, level.NameZh);
        await db.SaveChangesAsync(ct); // the id for the links
        var link = $"/careers/appointments/{appointment.Id}";
        await notifier.NotifyEmployeeAsync<CareersResource>(person.Id, "Notify.Nominated.Subject", "Notify.Nominated.Body", [levelName, position], link, ct: ct);
        foreach (var m in committee.Members)
            await notifier.NotifyEmployeeAsync<CareersResource>(m.EmployeeId, "Notify.VoteNeeded.Subject", "Notify.VoteNeeded.Body", [person.FullName, levelName], link, $"careers-appointment-vote-{appointment.Id}-{m.EmployeeId}", ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(user, appointment.Id, ct);
    }

    public async Task<AppointmentView> VoteAsync(ClaimsPrincipal user, int id, VoteInput input, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(user, ct);
        var a = await Full.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(L["Appointment.NotFound", id]);
        await access.RequireSeeAsync(viewer, a.EmployeeId, a.CommitteeId, L["Appointment.NotFound", id], ct);
        var me = access.RequireMember(viewer, a.CommitteeId);
        var errors = new FieldErrors();
        if (a.Status != AppointmentStatus.InReview) errors.Add("Choice", L["Vote.Closed", text.Enum(a.Status)]);
        if (input.Choice is not { } choice || !Enum.IsDefined(choice)) { errors.Add("Choice", L["Vote.ChoiceRequired"]); choice = default; }
        if (input.Comment is { Length: > 2000 }) errors.Add("Comment", L["Field.TooLong", 2000]);
        errors.ThrowIfAny(L["Vote.Refused"]);
        var vote = a.Votes.FirstOrDefault(v => v.MemberEmployeeId == me);
        if (vote is null) a.Votes.Add(vote = new AppointmentVote { MemberEmployeeId = me });
        vote.Choice = choice;
        vote.Comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        vote.CastAt = clock.GetUtcNow();
        db.RecordAuditEvent("CareersAppointmentVote", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new Dictionary<string, string?> { ["Member"] = me.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Choice"] = choice.ToString() });
        await db.SaveChangesAsync(ct);
        return await GetAsync(user, id, ct);
    }

    /// <summary>The committee's outcome: approved when more than half of the votes cast approve → public notice; else rejected.</summary>
    public async Task<AppointmentView> DecideAsync(ClaimsPrincipal user, int id, DecideInput input, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(user, ct);
        access.RequireManages(viewer);
        var a = await Full.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(L["Appointment.NotFound", id]);
        if (input.Version is { } v && v != a.Version) throw new DbUpdateConcurrencyException(L["Appointment.Stale"]);
        if (a.Status != AppointmentStatus.InReview) throw ValidationFailedException.For(L["Appointment.Refused"], "Status", L["Appointment.NotInReview", text.Enum(a.Status)]);
        if (a.Votes.Count == 0) throw ValidationFailedException.For(L["Appointment.Refused"], "Status", L["Decide.NoVotes"]);
        var today = clock.Today();
        var approve = a.Votes.Count(x => x.Choice == VoteChoice.Approve);
        var link = $"/careers/appointments/{a.Id}";
        var levelName = BilingualValue.Join(a.Level!.Name, a.Level.NameZh);
        a.DecisionNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (approve * 2 > a.Votes.Count)
        {
            var end = await workingDays.AddWorkingDaysAsync(today, a.NoticeWorkingDays, ct);
            a.Status = AppointmentStatus.InNotice;
            a.NoticeStarts = today;
            a.NoticeEnds = end.Date;
            a.NoticeProvisional = end.Provisional;
            await notifier.NotifyEmployeeAsync<CareersResource>(a.EmployeeId, "Notify.NoticeStarted.Subject", "Notify.NoticeStarted.Body", [levelName, UiCulture.Iso(end.Date)], link, ct: ct);
        }
        else
        {
            a.Status = AppointmentStatus.Rejected;
            await notifier.NotifyEmployeeAsync<CareersResource>(a.EmployeeId, "Notify.Rejected.Subject", "Notify.Rejected.Body", [levelName], link, ct: ct);
        }
        db.RecordAuditEvent("CareersAppointmentDecision", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new Dictionary<string, string?> { ["Outcome"] = a.Status.ToString(), ["Approve"] = approve.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Votes"] = a.Votes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await db.SaveChangesAsync(ct);
        return await GetAsync(user, id, ct);
    }

    /// <summary>An objection during the public notice: anyone signed in may raise one (the notice is public).</summary>
    public async Task<ObjectionView> ObjectAsync(int id, ObjectionInput input, CancellationToken ct)
    {
        var a = await db.Appointments.Include(x => x.Objections).Include(x => x.Level).FirstOrDefaultAsync(x => x.Id == id && x.Status == AppointmentStatus.InNotice, ct)
            ?? throw new NotFoundException(L["Notice.NotFound", id]);
        var body = input.Text?.Trim() ?? "";
        if (body.Length is 0 or > 4000) throw ValidationFailedException.For(L["Objection.Refused"], "Text", L["Objection.TextRequired"]);
        var o = new AppointmentObjection { Text = body, RaisedBy = db.CurrentUser.Name, RaisedOn = clock.Today() };
        a.Objections.Add(o);
        await NotifyManagersAsync("Notify.Objection.Subject", "Notify.Objection.Body", [BilingualValue.Join(a.Level!.Name, a.Level.NameZh)], $"/careers/appointments/{id}", ct);
        await db.SaveChangesAsync(ct);
        return Objection(o);
    }

    public async Task<AppointmentView> ResolveAsync(ClaimsPrincipal user, int id, int objectionId, ResolveInput input, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(user, ct);
        access.RequireManages(viewer);
        var a = await db.Appointments.Include(x => x.Objections).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(L["Appointment.NotFound", id]);
        var o = a.Objections.FirstOrDefault(x => x.Id == objectionId) ?? throw new NotFoundException(L["Objection.NotFound", objectionId]);
        var note = input.Resolution?.Trim() ?? "";
        var errors = new FieldErrors();
        if (!o.IsOpen) errors.Add("Resolution", L["Objection.AlreadyResolved"]);
        if (note.Length is 0 or > 4000) errors.Add("Resolution", L["Objection.ResolutionRequired"]);
        errors.ThrowIfAny(L["Objection.Refused"]);
        o.Resolution = note;
        o.ResolvedBy = db.CurrentUser.Name;
        o.ResolvedOn = clock.Today();
        a.Version++; // resolving an objection changes what may happen to the appointment
        await db.SaveChangesAsync(ct);
        return await GetAsync(user, id, ct);
    }

    /// <summary>
    /// Makes the appointment effective: after the notice, with no open objection, on a date after the notice's last day.
    /// The place is consumed (the reservation, or a free place) and People applies the change, in one SaveChanges.
    /// </summary>
    public async Task<AppointmentView> MakeEffectiveAsync(ClaimsPrincipal user, int id, EffectInput input, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(user, ct);
        access.RequireManages(viewer);
        var today = clock.Today();
        await headcount.RetryOnConflictAsync(async () =>
        {
            var a = await db.Appointments.Include(x => x.Objections).Include(x => x.Level!).ThenInclude(l => l.Ladder).FirstOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new NotFoundException(L["Appointment.NotFound", id]);
            if (input.Version is { } v && v != a.Version) throw new DbUpdateConcurrencyException(L["Appointment.Stale"]);
            var errors = new FieldErrors();
            if (a.Status != AppointmentStatus.InNotice) errors.Add("Status", L["Effect.NotInNotice", text.Enum(a.Status)]);
            else
            {
                if (a.Objections.Any(o => o.IsOpen)) errors.Add("Status", L["Effect.OpenObjection"]);
                if (a.NoticeEnds is { } end && today <= end) errors.Add("EffectiveOn", L["Effect.NoticeRunning", UiCulture.Iso(end)]);
                if (input.EffectiveOn is not { } on) errors.Add("EffectiveOn", L["Effect.DateRequired"]);
                else if (a.NoticeEnds is { } end2 && on <= end2) errors.Add("EffectiveOn", L["Effect.BeforeNoticeEnds", UiCulture.Iso(end2)]);
            }
            errors.ThrowIfAny(L["Effect.Refused"]);
            var effective = input.EffectiveOn!.Value;
            var plan = await db.HeadcountPlans.Include(p => p.Reservations).FirstAsync(p => p.Id == a.PlanId, ct);
            var reservation = a.ReservationId is { } rid ? plan.Reservations.FirstOrDefault(r => r.Id == rid && r.HoldsOn(today)) : null;
            if (reservation is not null) reservation.Status = ReservationStatus.Consumed;
            else headcount.RequireFreePlace(plan, today, "Status");
            plan.Filled++;
            headcount.Touch(plan);
            a.Status = AppointmentStatus.Effective;
            a.EffectiveOn = effective;
            await people.ApplyCareerChangeAsync(a.EmployeeId, new CareerChange(effective, a.Position, a.Level!.Grade, a.Level.Ladder!.Track, a.OrgUnitId), ct);
            await notifier.NotifyEmployeeAsync<CareersResource>(a.EmployeeId, "Notify.Effective.Subject", "Notify.Effective.Body",
                [BilingualValue.Join(a.Level.Name, a.Level.NameZh), a.Position, UiCulture.Iso(effective)], $"/careers/appointments/{a.Id}", ct: ct);
        }, ct);
        return await GetAsync(user, id, ct);
    }

    private async Task NotifyManagersAsync(string subject, string body, object?[] args, string link, CancellationToken ct) =>
        await notifier.NotifyRoleAsync<CareersResource>(Platform.Auth.Roles.ProgramManager, subject, body, args, link, ct: ct);
}
