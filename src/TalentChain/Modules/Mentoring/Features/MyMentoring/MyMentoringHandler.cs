using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Modules.Mentoring.Features.Relationships;

namespace TalentChain.Modules.Mentoring.Features.MyMentoring;

public sealed record MyRoundView(int RoundId, string Name, string CohortName, bool Volunteered, int Technical, int Career, int Peer, int Total, bool Participant, int? ParticipantId, List<int> PreferredMentorIds);
public sealed record MyMentoringView(int? EmployeeId, List<RelationshipView> AsMentor, List<RelationshipView> AsParticipant, List<MyRoundView> OpenRounds)
{
    /// <summary>The caller's own slots on the waitlist (as a participant), with the reason.</summary>
    public List<WaitlistView> Waiting { get; init; } = [];
}

/// <summary>The caller's own mentoring (relationships and open rounds), for the page and the API.</summary>
public sealed class MyMentoringHandler(TalentChainDbContext db, IProgramAccess access, RelationshipsHandler relationships, MentoringLabels labels)
{
    public async Task<MyMentoringView> GetAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var me = await access.ViewerEmployeeIdAsync(user, ct);
        var (asMentor, asParticipant) = await relationships.MineAsync(me, ct);
        var open = new List<MyRoundView>();
        if (me is { } v)
        {
            var rounds = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.MentoringRounds.Where(r => r.Status == MentoringRoundStatus.Open).OrderBy(r => r.Id)
                    .Select(r => new
                    {
                        r.Id, r.Name, Cohort = r.Cohort!.Name,
                        Volunteer = r.Volunteers.FirstOrDefault(x => x.EmployeeId == v),
                        Mine = r.Participants.FirstOrDefault(x => x.Participant!.EmployeeId == v),
                    }), ct);
            foreach (var r in rounds.Where(r => r.Volunteer is not null || r.Mine is not null || MentoringAccess.MayVolunteer(user)))
                open.Add(new MyRoundView(r.Id, r.Name, r.Cohort, r.Volunteer is not null, r.Volunteer?.Technical ?? 0, r.Volunteer?.Career ?? 0, r.Volunteer?.Peer ?? 0, r.Volunteer?.Total ?? 0,
                    r.Mine is not null, r.Mine?.ParticipantId, r.Mine?.PreferredMentorIds ?? []));
        }
        var waiting = new List<WaitlistView>();
        if (me is { } self)
        {
            var entries = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                WaitlistOf(db).Where(w => w.FilledOn == null && w.Participant!.EmployeeId == self && w.Participant.Status == ParticipantStatus.Selected).OrderBy(w => w.Id), ct);
            waiting.AddRange(entries.Select(labels.WaitView));
        }
        return new MyMentoringView(me, asMentor, asParticipant, open) { Waiting = waiting };
    }

    private static IQueryable<MentoringWaitlistEntry> WaitlistOf(TalentChainDbContext db) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ThenInclude(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(
                Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.MentoringWaitlist), w => w.Participant), p => p!.Employee);
}
