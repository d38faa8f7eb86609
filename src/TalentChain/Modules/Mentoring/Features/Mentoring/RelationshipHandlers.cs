using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.Mentoring.Features.Mentoring;

public sealed record MeetingInput(DateOnly? Date, int? DurationMinutes, string? Topic, string? Notes, int? Rating);
public sealed record CompleteInput(int? Rating, string? Note);
public sealed record RematchInput(string? Reason);

public sealed record MeetingView(int Id, DateOnly Date, int DurationMinutes, string Topic, string? Notes, int? Rating, string RecordedBy);
public sealed record RelationshipView(
    int Id, int ParticipantId, int ParticipantEmployeeId, string ParticipantName, int MentorEmployeeId, string MentorName, MentorRole Role, string RoleName,
    DateOnly From, DateOnly? To, bool Running, MentorEndReason? EndReason, string? EndReasonName, string? EndNote, int? Rating, int? RoundId, long Version,
    int ProgramId, List<MeetingView> Meetings);

/// <summary>Who the viewer is to a relationship.</summary>
public sealed record RelationshipRole(bool Manager, bool Mentor, bool Participant, bool Reader)
{
    public bool CanSee => Manager || Mentor || Participant || Reader;
    public bool CanLog => Manager || Mentor || Participant;
}

/// <summary>Mentoring relationships (mentor assignments): meeting logs, completion with a rating, re-match on request.</summary>
public sealed class RelationshipHandlers(
    TalentChainDbContext db,
    TimeProvider clock,
    IProgramAccess access,
    IMentorAssignments assignments,
    INotifier notifier,
    IStringLocalizer<MentoringResource> t)
{
    private DateOnly Today => clock.Today();

    public async Task<RelationshipRole> RoleAsync(ClaimsPrincipal user, int assignmentId, CancellationToken ct = default)
    {
        var a = await db.MentorAssignments.AsNoTracking().Where(x => x.Id == assignmentId)
            .Select(x => new { x.MentorEmployeeId, x.Participant!.EmployeeId, x.Participant.Cohort!.ProgramId }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(t["Relationship.NotFound", assignmentId]);
        var viewer = await access.ViewerEmployeeIdAsync(user, ct);
        return new RelationshipRole(await access.ManagesProgramAsync(user, a.ProgramId, ct), viewer == a.MentorEmployeeId, viewer == a.EmployeeId, user.IsInRole(Roles.Executive));
    }

    public async Task<RelationshipRole> RequireAsync(ClaimsPrincipal user, int assignmentId, Func<RelationshipRole, bool> allowed, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var role = await RoleAsync(user, assignmentId, ct);
        if (!allowed(role)) throw new AccessDeniedException(t["Access.Relationship"]);
        return role;
    }

    private IQueryable<MentorAssignment> Query() => db.MentorAssignments.AsNoTracking()
        .Include(a => a.Mentor).Include(a => a.Participant).ThenInclude(p => p!.Employee).Include(a => a.Participant).ThenInclude(p => p!.Cohort);

    public async Task<RelationshipView> GetAsync(int id, CancellationToken ct = default)
    {
        var a = await Query().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["Relationship.NotFound", id]);
        var meetings = await db.MentoringMeetings.AsNoTracking().Where(m => m.MentorAssignmentId == id).OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).ToListAsync(ct);
        return View(a, meetings);
    }

    private RelationshipView View(MentorAssignment a, List<MentoringMeeting> meetings)
    {
        var p = a.Participant!.Employee!;
        var m = a.Mentor!;
        return new RelationshipView(a.Id, a.ParticipantId, p.Id, MentoringText.Person(p.GivenName, p.FamilyName, p.ChineseName), m.Id, MentoringText.Person(m.GivenName, m.FamilyName, m.ChineseName),
            a.Role, t[MentoringKeys.Of("Role", a.Role)], a.From, a.To, a.EndReason is null && a.IsCurrent(Today), a.EndReason, a.EndReason is { } r ? t[MentoringKeys.Of("End", r)].Value : null, a.EndNote, a.Rating, a.RoundId, a.Version,
            a.Participant.Cohort!.ProgramId, [.. meetings.Select(x => new MeetingView(x.Id, x.Date, x.DurationMinutes, x.Topic, x.Notes, x.Rating, x.RecordedBy))]);
    }

    /// <summary>The viewer's relationships: as mentor and as participant (running first).</summary>
    public async Task<(List<RelationshipView> AsMentor, List<RelationshipView> AsParticipant)> MineAsync(int? viewer, CancellationToken ct = default)
    {
        if (viewer is not { } v) return ([], []);
        var rows = await Query().Where(a => a.MentorEmployeeId == v || a.Participant!.EmployeeId == v).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var meetings = (await db.MentoringMeetings.AsNoTracking().Where(m => ids.Contains(m.MentorAssignmentId)).ToListAsync(ct)).ToLookup(m => m.MentorAssignmentId);
        var views = rows.Select(r => View(r, [.. meetings[r.Id].OrderByDescending(m => m.Date)])).OrderByDescending(r => r.Running).ThenBy(r => r.Role).ToList();
        return ([.. views.Where(r => r.MentorEmployeeId == v)], [.. views.Where(r => r.ParticipantEmployeeId == v)]);
    }

    public async Task<MeetingView> LogMeetingAsync(int id, MeetingInput input, RelationshipRole caller, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(caller);
        var a = await db.MentorAssignments.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["Relationship.NotFound", id]);
        var errors = new FieldErrors();
        var topic = MentoringText.Blank(input.Topic);
        if (input.Date is not { } date) errors.Add(nameof(input.Date), t["Meeting.DateRequired"]);
        else if (date > Today) errors.Add(nameof(input.Date), t["Meeting.Future"]);
        else if (date < a.From || (a.To is { } to && date > to)) errors.Add(nameof(input.Date), t["Meeting.OutsideRelationship", MentoringText.Date(a.From), a.To is { } x ? MentoringText.Date(x) : "—"]);
        if (input.DurationMinutes is not (>= 5 and <= 480)) errors.Add(nameof(input.DurationMinutes), t["Meeting.Duration", 5, 480]);
        if (topic is null) errors.Add(nameof(input.Topic), t["Meeting.TopicRequired"]);
        else if (topic.Length > 300) errors.Add(nameof(input.Topic), t["Common.TooLong", 300]);
        if (input.Notes?.Length > 4000) errors.Add(nameof(input.Notes), t["Common.TooLong", 4000]);
        if (input.Rating is { } rating && (rating is < 1 or > 5 || !caller.Participant)) errors.Add(nameof(input.Rating), caller.Participant ? t["Rating.Range"] : t["Rating.ParticipantOnly"]);
        errors.ThrowIfAny(t["Meeting.Invalid"]);
        var m = new MentoringMeeting
        {
            MentorAssignmentId = id, Date = input.Date!.Value, DurationMinutes = input.DurationMinutes!.Value, Topic = topic!, Notes = MentoringText.Blank(input.Notes),
            Rating = input.Rating, RecordedBy = actor, RecordedAt = clock.GetUtcNow(),
        };
        db.MentoringMeetings.Add(m);
        await db.SaveChangesAsync(ct);
        return new MeetingView(m.Id, m.Date, m.DurationMinutes, m.Topic, m.Notes, m.Rating, m.RecordedBy);
    }

    private async Task<MentorAssignment> RunningAsync(int id, CancellationToken ct)
    {
        var a = await db.MentorAssignments.Include(x => x.Participant).ThenInclude(p => p!.Employee).Include(x => x.Mentor).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(t["Relationship.NotFound", id]);
        if (a.EndReason is not null || !a.IsCurrent(Today)) throw ValidationFailedException.For(t["Relationship.Invalid"], "relationship", t["Relationship.NotRunning"]);
        return a;
    }

    /// <summary>Completes a relationship; the participant may rate it (1–5), which feeds the mentor's rating history.</summary>
    public async Task CompleteAsync(int id, CompleteInput input, RelationshipRole caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(caller);
        var a = await RunningAsync(id, ct);
        if (input.Rating is { } r && (r is < 1 or > 5 || !caller.Participant))
            throw ValidationFailedException.For(t["Relationship.Invalid"], nameof(input.Rating), caller.Participant ? t["Rating.Range"] : t["Rating.ParticipantOnly"]);
        if (input.Note?.Length > 1000) throw ValidationFailedException.For(t["Relationship.Invalid"], nameof(input.Note), t["Common.TooLong", 1000]);
        assignments.CompleteAssignment(a, Today, MentoringText.Blank(input.Note), input.Rating);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The participant or a program manager asks for another mentor: the relationship ends, the slot goes to the waitlist.</summary>
    public async Task RequestRematchAsync(int id, RematchInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reason = MentoringText.Blank(input.Reason);
        if (reason is null) throw ValidationFailedException.For(t["Relationship.Invalid"], nameof(input.Reason), t["Rematch.ReasonRequired"]);
        if (reason.Length > 1000) throw ValidationFailedException.For(t["Relationship.Invalid"], nameof(input.Reason), t["Common.TooLong", 1000]);
        var a = await RunningAsync(id, ct);
        await EndToWaitlistAsync(db, assignments, a, MentorEndReason.RematchRequested, WaitlistReason.RematchRequested, reason, Today);
        var p = a.Participant!.Employee!;
        var m = a.Mentor!;
        var participant = MentoringText.Person(p.GivenName, p.FamilyName, p.ChineseName);
        await notifier.NotifyEmployeeAsync<MentoringResource>(m.Id, "Notify.Rematch.Subject", "Notify.Rematch.Body", [participant, reason], "/program/mentoring", $"mentoring-rematch:{a.Id}:mentor", ct);
        await NotifyProgramManagersAsync(db, notifier, a.ParticipantId, "Notify.Rematch.Pm.Body", [participant, reason], $"mentoring-rematch:{a.Id}:pm", ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Tells the managers of the participant's program that a slot went to the waitlist: the program's named managers, or
    /// every program manager when the program names none (as <see cref="IProgramAccess"/> decides who runs it).
    /// </summary>
    internal static async Task NotifyProgramManagersAsync(TalentChainDbContext db, INotifier notifier, int participantId, string bodyKey, object?[] args, string dedupKey, CancellationToken ct)
    {
        var named = await db.Participants.AsNoTracking().Where(p => p.Id == participantId).Select(p => p.Cohort!.Program!.ManagerEmployeeIds).FirstOrDefaultAsync(ct) ?? [];
        if (named.Count == 0)
        {
            await notifier.NotifyRoleAsync<MentoringResource>(Roles.ProgramManager, "Notify.Waitlist.Subject", bodyKey, args, "/program/mentoring", dedupKey, ct);
            return;
        }
        foreach (var employeeId in named)
            await notifier.NotifyEmployeeAsync<MentoringResource>(employeeId, "Notify.Waitlist.Subject", bodyKey, args, "/program/mentoring", dedupKey, ct);
    }

    /// <summary>Ends a running relationship today and puts its slot on the waitlist (added to the context, not saved).</summary>
    internal static Task EndToWaitlistAsync(TalentChainDbContext db, IMentorAssignments assignments, MentorAssignment a, MentorEndReason end, WaitlistReason wait, string? note, DateOnly today)
    {
        assignments.EndAssignment(a, today, end, note);
        db.MentoringWaitlist.Add(new MentoringWaitlistEntry { ParticipantId = a.ParticipantId, Role = a.Role, Reason = wait, Detail = note, EndedAssignmentId = a.Id, AddedOn = today });
        return Task.CompletedTask;
    }
}

/// <summary>
/// When a mentor departs — no longer active in People, or a departure recorded in the knowledge module — their running
/// relationships end, each slot goes to the waitlist, and the participant and program managers are told. Idempotent:
/// only running relationships are touched, and notices carry dedup keys.
/// </summary>
public sealed class MentorDepartureTask(TalentChainDbContext db, TimeProvider clock, IOpenDepartures departures, IMentorAssignments assignments, INotifier notifier) : IPeriodicTask
{
    public const string TaskName = "mentoring-mentor-departures";
    public string Name => TaskName;
    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(CancellationToken ct) => await EndDepartedAsync(ct);

    /// <summary>Ends what is due; returns how many relationships it ended.</summary>
    public async Task<int> EndDepartedAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        // An open recorded departure (notice given, not yet signed off); a completed one already made People say "departed",
        // and one from before a rehire is history.
        var departing = departures.EmployeeIds();
        var running = await db.MentorAssignments.Include(a => a.Participant).ThenInclude(p => p!.Employee).Include(a => a.Mentor)
            .Where(a => a.EndReason == null && (a.To == null || a.To >= today) && a.Participant!.Status == ParticipantStatus.Selected
                && (a.Mentor!.Status != EmployeeStatus.Active || departing.Contains(a.MentorEmployeeId)))
            .ToListAsync(ct);
        foreach (var a in running)
        {
            var m = a.Mentor!;
            var p = a.Participant!.Employee!;
            var mentor = MentoringText.Person(m.GivenName, m.FamilyName, m.ChineseName);
            var participant = MentoringText.Person(p.GivenName, p.FamilyName, p.ChineseName);
            await RelationshipHandlers.EndToWaitlistAsync(db, assignments, a, MentorEndReason.MentorDeparted, WaitlistReason.MentorDeparted, mentor, today);
            await notifier.NotifyEmployeeAsync<MentoringResource>(p.Id, "Notify.Departed.Subject", "Notify.Departed.Body", [mentor], "/program/mentoring", $"mentoring-departed:{a.Id}:participant", ct);
            await RelationshipHandlers.NotifyProgramManagersAsync(db, notifier, a.ParticipantId, "Notify.Departed.Pm.Body", [mentor, participant], $"mentoring-departed:{a.Id}:pm", ct);
        }
        await db.SaveChangesAsync(ct);
        return running.Count;
    }
}
