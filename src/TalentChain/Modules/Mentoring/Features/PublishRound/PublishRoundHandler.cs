using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Optimization.Mentoring;
using TalentChain.Platform.Data;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.Mentoring.Features.PublishRound;

public sealed record PublishOutcome(int Assignments, int Waitlisted);

/// <summary>Publishes a round's proposal: mentor assignments (through the program's contract), notices to both sides, unfilled slots on the waitlist with the reason.</summary>
public sealed class PublishRoundHandler(TalentChainDbContext db, TimeProvider clock, RoundLoader rounds, MentoringAccess access, IMentorAssignments assignments, INotifier notifier, IStringLocalizer<MentoringResource> t)
{
    private DateOnly Today => clock.Today();

    /// <summary>Program managers of the round's program publish it (403 for anyone else).</summary>
    public async Task<PublishOutcome> PublishAsync(ClaimsPrincipal user, int roundId, long? version, string actor, CancellationToken ct = default)
    {
        await access.RequireManageAsync(user, roundId, ct);
        var round = await rounds.RoundAsync(roundId, ct);
        if (version is { } v) db.Entry(round).Property(x => x.Version).OriginalValue = v;
        if (round.ProposalJson is null) throw ValidationFailedException.For(t["Round.Invalid"], "round", t["Publish.NoProposal"]);
        var ctx = await rounds.ContextAsync(roundId, round, ct);
        var instance = ctx.Instance();
        var result = MentoringJson.ReadResult(round.ProposalJson);
        if (MentoringValidation.CheckResult(instance, result) is [var first, ..])
            throw ValidationFailedException.For(t["Round.Invalid"], "round", t["Publish.Stale", $"{first.Location}: {first.Problem}"]);
        // A pin set after the last run is not in the proposal yet: solve again first.
        if (ctx.Pins().FirstOrDefault(pin => !result.Assignments.Contains(pin)) is { } missing)
            throw ValidationFailedException.For(t["Round.Invalid"], "round", t["Publish.Stale", t["Import.PinMissing", missing.Participant, missing.Mentor, MentoringJson.RoleName(missing.Role)]]);
        var today = Today;
        var byNumber = ctx.Participants.ToDictionary(p => p.Person.Number, StringComparer.Ordinal);
        var mentors = ctx.Volunteers.ToDictionary(x => x.Person.Number, StringComparer.Ordinal);
        var participantIds = ctx.Participants.Select(p => p.ParticipantId).ToList();
        var running = await db.MentorAssignmentRefs.Where(a => participantIds.Contains(a.ParticipantId) && a.EndReason == null && a.From <= today && (a.To == null || a.To >= today)).ToListAsync(ct);
        var openWaits = await db.MentoringWaitlist.Where(w => participantIds.Contains(w.ParticipantId) && w.FilledOn == null).ToListAsync(ct);
        var filled = new HashSet<(int, MentorRole)>();
        var notices = new List<(ParticipantFacts P, VolunteerFacts M, MentorRole Role)>();
        foreach (var a in result.Assignments)
        {
            var p = byNumber[a.Participant];
            var m = mentors[a.Mentor];
            var role = MentoringMatching.FromSolver(a.Role);
            foreach (var old in running.Where(x => x.ParticipantId == p.ParticipantId && x.Role == role))
                await assignments.EndAssignmentAsync(old.Id, today, MentorEndReason.Replaced, round.Name, ct);
            assignments.Assign(p.ParticipantId, m.Person.EmployeeId, role, today, round.Id);
            filled.Add((p.ParticipantId, role));
            foreach (var w in openWaits.Where(w => w.ParticipantId == p.ParticipantId && w.Role == role))
                w.Fill(today, round.Id);
            notices.Add((p, m, role));
        }

        // Unfilled slots go to the waitlist with the reason: nobody eligible (and why), or every eligible volunteer full.
        var waitlisted = 0;
        foreach (var (p, role, reason, detail) in MentoringLabels.OpenSlots(ctx, instance, filled))
        {
            if (openWaits.FirstOrDefault(w => w.ParticipantId == p.ParticipantId && w.Role == role) is { } open)
            {
                open.StillWaiting(reason, detail, round.Id);
                continue;
            }
            db.MentoringWaitlist.Add(MentoringWaitlistEntry.Open(p.ParticipantId, role, reason, detail, today, roundId: round.Id));
            waitlisted++;
        }

        round.Publish(today, actor);
        var link = $"/program/mentoring";
        // One notice per relationship to each side, in the recipient's language (the role is part of the key).
        foreach (var (p, m, role) in notices)
        {
            await notifier.NotifyEmployeeAsync<MentoringResource>(p.Person.EmployeeId, $"Notify.Mentor.{role}.Subject", $"Notify.Mentor.{role}.Body", [m.Person.Name, round.Name], link, $"mentoring-round:{round.Id}:{p.ParticipantId}:{role}:participant", ct);
            await notifier.NotifyEmployeeAsync<MentoringResource>(m.Person.EmployeeId, $"Notify.Mentee.{role}.Subject", $"Notify.Mentee.{role}.Body", [p.Person.Name, round.Name], link, $"mentoring-round:{round.Id}:{p.ParticipantId}:{role}:mentor", ct);
        }
        await db.SaveChangesAsync(ct);
        return new PublishOutcome(result.Assignments.Count, waitlisted);
    }
}
