using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Notifications;

namespace TalentChain.Modules.Mentoring.Features.EndRelationship;

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
        var running = await db.MentorAssignmentRefs.Include(a => a.Participant).ThenInclude(p => p!.Employee).Include(a => a.Mentor)
            .Where(a => a.EndReason == null && (a.To == null || a.To >= today) && a.Participant!.Status == ParticipantStatus.Selected
                && (a.Mentor!.Status != EmployeeStatus.Active || departing.Contains(a.MentorEmployeeId)))
            .ToListAsync(ct);
        foreach (var a in running)
        {
            var m = a.Mentor!;
            var p = a.Participant!.Employee!;
            var mentor = MentoringText.Person(m.GivenName, m.FamilyName, m.ChineseName);
            var participant = MentoringText.Person(p.GivenName, p.FamilyName, p.ChineseName);
            await EndRelationshipHandler.EndToWaitlistAsync(db, assignments, a, MentorEndReason.MentorDeparted, WaitlistReason.MentorDeparted, mentor, today, ct);
            await notifier.NotifyEmployeeAsync<MentoringResource>(p.Id, "Notify.Departed.Subject", "Notify.Departed.Body", [mentor], "/program/mentoring", $"mentoring-departed:{a.Id}:participant", ct);
            await EndRelationshipHandler.NotifyProgramManagersAsync(db, notifier, a.ParticipantId, "Notify.Departed.Pm.Body", [mentor, participant], $"mentoring-departed:{a.Id}:pm", ct);
        }
        await db.SaveChangesAsync(ct);
        return running.Count;
    }
}
