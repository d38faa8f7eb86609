using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Mentoring.Features.Relationships;

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

/// <summary>Mentoring relationships (the program's mentor assignments) and who the viewer is to one.</summary>
public sealed class RelationshipsHandler(TalentChainDbContext db, TimeProvider clock, IProgramAccess access, IStringLocalizer<MentoringResource> t)
{
    private DateOnly Today => clock.Today();

    public async Task<RelationshipRole> RoleAsync(ClaimsPrincipal user, int assignmentId, CancellationToken ct = default)
    {
        var a = await db.MentorAssignmentRefs.AsNoTracking().Where(x => x.Id == assignmentId)
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

    private IQueryable<MentorAssignmentRef> Query() => db.MentorAssignmentRefs.AsNoTracking()
        .Include(a => a.Mentor).Include(a => a.Participant).ThenInclude(p => p!.Employee).Include(a => a.Participant).ThenInclude(p => p!.Cohort);

    /// <summary>The mentor, the participant, program managers of the program; executives read (403 for anyone else).</summary>
    public async Task<RelationshipView> GetAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        await RequireAsync(user, id, r => r.CanSee, ct);
        var a = await Query().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["Relationship.NotFound", id]);
        var meetings = await db.MentoringMeetings.AsNoTracking().Where(m => m.MentorAssignmentId == id).OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).ToListAsync(ct);
        return View(a, meetings);
    }

    private RelationshipView View(MentorAssignmentRef a, List<MentoringMeeting> meetings)
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
}
