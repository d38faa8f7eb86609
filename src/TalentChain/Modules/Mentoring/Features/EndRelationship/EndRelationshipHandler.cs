using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;
using TalentChain.Modules.Mentoring.Features.Relationships;

namespace TalentChain.Modules.Mentoring.Features.EndRelationship;

public sealed record CompleteInput(int? Rating, string? Note);
public sealed record RematchInput(string? Reason);

/// <summary>Ending a relationship: completion with a rating, or a re-match request that puts the slot on the waitlist.</summary>
public sealed class EndRelationshipHandler(TalentChainDbContext db, TimeProvider clock, RelationshipsHandler relationships, IMentorAssignments assignments, INotifier notifier, IStringLocalizer<MentoringResource> t)
{
    private DateOnly Today => clock.Today();

    private async Task<MentorAssignmentRef> RunningAsync(int id, CancellationToken ct)
    {
        var a = await db.MentorAssignmentRefs.Include(x => x.Participant).ThenInclude(p => p!.Employee).Include(x => x.Mentor).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(t["Relationship.NotFound", id]);
        if (a.EndReason is not null || !a.IsCurrent(Today)) throw ValidationFailedException.For(t["Relationship.Invalid"], "relationship", t["Relationship.NotRunning"]);
        return a;
    }

    /// <summary>Completes a relationship; the participant may rate it (1–5), which feeds the mentor's rating history.</summary>
    public async Task CompleteAsync(ClaimsPrincipal user, int id, CompleteInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var caller = await relationships.RequireAsync(user, id, r => r.Participant || r.Manager, ct);
        var a = await RunningAsync(id, ct);
        if (input.Rating is { } r && (r is < 1 or > 5 || !caller.Participant))
            throw ValidationFailedException.For(t["Relationship.Invalid"], nameof(input.Rating), caller.Participant ? t["Rating.Range"] : t["Rating.ParticipantOnly"]);
        if (input.Note?.Length > 1000) throw ValidationFailedException.For(t["Relationship.Invalid"], nameof(input.Note), t["Common.TooLong", 1000]);
        await assignments.CompleteAssignmentAsync(a.Id, Today, MentoringText.Blank(input.Note), input.Rating, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The participant or a program manager asks for another mentor: the relationship ends, the slot goes to the waitlist.</summary>
    public async Task RequestRematchAsync(ClaimsPrincipal user, int id, RematchInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await relationships.RequireAsync(user, id, r => r.Participant || r.Manager, ct);
        var reason = MentoringText.Blank(input.Reason);
        if (reason is null) throw ValidationFailedException.For(t["Relationship.Invalid"], nameof(input.Reason), t["Rematch.ReasonRequired"]);
        if (reason.Length > 1000) throw ValidationFailedException.For(t["Relationship.Invalid"], nameof(input.Reason), t["Common.TooLong", 1000]);
        var a = await RunningAsync(id, ct);
        await EndToWaitlistAsync(db, assignments, a, MentorEndReason.RematchRequested, WaitlistReason.RematchRequested, reason, Today, ct);
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
        var named = await db.ParticipantRefs.AsNoTracking().Where(p => p.Id == participantId).Select(p => p.Cohort!.Program!.ManagerEmployeeIds).FirstOrDefaultAsync(ct) ?? [];
        if (named.Count == 0)
        {
            await notifier.NotifyRoleAsync<MentoringResource>(Roles.ProgramManager, "Notify.Waitlist.Subject", bodyKey, args, "/program/mentoring", dedupKey, ct);
            return;
        }
        foreach (var employeeId in named)
            await notifier.NotifyEmployeeAsync<MentoringResource>(employeeId, "Notify.Waitlist.Subject", bodyKey, args, "/program/mentoring", dedupKey, ct);
    }

    /// <summary>Ends a running relationship today and puts its slot on the waitlist (added to the context, not saved).</summary>
    internal static async Task EndToWaitlistAsync(TalentChainDbContext db, IMentorAssignments assignments, MentorAssignmentRef a, MentorEndReason end, WaitlistReason wait, string? note, DateOnly today, CancellationToken ct)
    {
        await assignments.EndAssignmentAsync(a.Id, today, end, note, ct);
        db.MentoringWaitlist.Add(MentoringWaitlistEntry.Open(a.ParticipantId, a.Role, wait, note, today, endedAssignmentId: a.Id));
    }
}
