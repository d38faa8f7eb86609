using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;
using TalentChain.Modules.Mentoring.Features.Volunteers;


using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.Mentoring.Features.OpenRound;

public sealed record OpenRoundInput(int? CohortId, string? Name, MentoringRoundKind? Kind);

/// <summary>Opens a round for a cohort: Initial (its active participants, for the roles they have no mentor in) or Rematch (its waitlisted slots against the earlier volunteers' remaining places).</summary>
public sealed class OpenRoundHandler(TalentChainDbContext db, TimeProvider clock, RoundLoader rounds, IProgramAccess access, MentoringLabels labels, IStringLocalizer<MentoringResource> t)
{
    private DateOnly Today => clock.Today();

    /// <summary>Only a manager of the cohort's program (or an administrator) opens a round for it (403 otherwise).</summary>
    public async Task<RoundSummary> OpenAsync(ClaimsPrincipal user, OpenRoundInput input, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.CohortId is { } c) await access.RequireManagesAsync(user, ProgramScope.Cohort, c, ct);
        var cohort = await db.CohortRefs.Include(c => c.Program).FirstOrDefaultAsync(c => c.Id == input.CohortId, ct)
            ?? throw ValidationFailedException.For(t["Round.Invalid"], nameof(input.CohortId), t["Round.CohortMissing"]);
        var kind = input.Kind ?? MentoringRoundKind.Initial;
        var name = MentoringText.Blank(input.Name) ?? $"{cohort.Name} · {t[MentoringKeys.Of("Kind", kind)]} · {MentoringText.Date(Today)}";
        if (name.Length > 200) throw ValidationFailedException.For(t["Round.Invalid"], nameof(input.Name), t["Common.TooLong", 200]);
        if (await db.MentoringRounds.AnyAsync(r => r.CohortId == cohort.Id && r.Status == MentoringRoundStatus.Open, ct))
            throw ValidationFailedException.For(t["Round.Invalid"], nameof(input.CohortId), t["Round.AlreadyOpen"]);
        var today = Today;
        await rounds.RulesForAsync(cohort.ProgramId, ct);
        var round = new MentoringRound { CohortId = cohort.Id, Cohort = cohort, Name = name, Kind = kind, OpenedOn = today, OpenedBy = actor };
        if (kind == MentoringRoundKind.Initial)
        {
            var active = await db.ParticipantRefs.Where(p => p.CohortId == cohort.Id && p.Status == ParticipantStatus.Selected)
                .Select(p => new { p.Id, Current = p.Mentors.Where(m => m.EndReason == null && m.From <= today && (m.To == null || m.To >= today)).Select(m => m.Role).ToList() })
                .ToListAsync(ct);
            foreach (var p in active.OrderBy(p => p.Id))
            {
                var roles = MentoringMatching.AllRoles.Where(r => !p.Current.Contains(r)).ToList();
                if (roles.Count > 0) round.Participants.Add(new MentoringRoundParticipant { ParticipantId = p.Id, Roles = roles });
            }
        }
        else
        {
            var waiting = await db.MentoringWaitlist.Where(w => w.FilledOn == null && w.Participant!.CohortId == cohort.Id && w.Participant.Status == ParticipantStatus.Selected)
                .Select(w => new { w.ParticipantId, w.Role }).ToListAsync(ct);
            foreach (var g in waiting.GroupBy(w => w.ParticipantId).OrderBy(g => g.Key))
                round.Participants.Add(new MentoringRoundParticipant { ParticipantId = g.Key, Roles = [.. g.Select(x => x.Role).Distinct().Order()] });
            foreach (var v in await RemainingCapacityAsync(cohort.Id, ct))
                round.Volunteers.Add(new MentoringVolunteer { EmployeeId = v.EmployeeId!.Value, Technical = v.Technical, Career = v.Career, Peer = v.Peer, Total = v.Total, AddedBy = actor });
        }
        db.MentoringRounds.Add(round);
        await db.SaveChangesAsync(ct);
        return labels.Summary(round, round.Participants.Count, round.Volunteers.Count);
    }

    /// <summary>The cohort's earlier volunteers with what is left of their places (minus their running relationships from those rounds).</summary>
    private async Task<List<VolunteerInput>> RemainingCapacityAsync(int cohortId, CancellationToken ct)
    {
        var today = Today;
        var published = await db.MentoringRounds.Where(r => r.CohortId == cohortId && r.Status == MentoringRoundStatus.Published).Select(r => r.Id).ToListAsync(ct);
        var offered = await db.MentoringVolunteers.AsNoTracking().Where(v => published.Contains(v.RoundId)).ToListAsync(ct);
        var running = await db.MentorAssignmentRefs.AsNoTracking().Where(a => a.RoundId != null && published.Contains(a.RoundId.Value) && a.EndReason == null && (a.To == null || a.To >= today))
            .Select(a => new { a.MentorEmployeeId, a.Role }).ToListAsync(ct);
        var result = new List<VolunteerInput>();
        foreach (var g in offered.GroupBy(v => v.EmployeeId))
        {
            int Left(MentorRole role) => Math.Max(0, g.Sum(v => v.Capacity(role)) - running.Count(a => a.MentorEmployeeId == g.Key && a.Role == role));
            var total = Math.Max(0, g.Sum(v => v.Total) - running.Count(a => a.MentorEmployeeId == g.Key));
            if (total > 0) result.Add(new VolunteerInput(g.Key, Left(MentorRole.Technical), Left(MentorRole.Career), Left(MentorRole.Peer), total));
        }
        return result;
    }
}
