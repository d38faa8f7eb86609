using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Demo;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.Mentoring.Demo;

/// <summary>
/// Demo mentoring: the demo participant's cohort has a published round (its existing mentor assignments, mentor@ as the
/// demo participant's technical mentor, with meeting logs and a few completion ratings); the newer cohort has an open
/// round with its participants' missing roles and a pool of volunteers (mentor@ among them), ready to solve.
/// </summary>
internal sealed class MentoringDemoData(TimeProvider clock, IMentorAssignments mentorAssignments) : IDemoDataContributor
{
    public int Order => 310;

    private static readonly string[] Topics =
    [
        "Cascade balance on line 3: reading the stage profiles", "Preparing the rotation to the oxide workshop", "Review of the development plan goals",
        "Career options: process engineer or production lead", "How to present the yield study to the plant manager", "Electrolysis cell voltage troubleshooting",
    ];

    public async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        var db = run.Db;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rng = new Random(run.Seed + 310);
        var program = await db.ProgramRefs.OrderBy(p => p.Id).FirstOrDefaultAsync(ct);
        if (program is null) return;
        var cohorts = await db.CohortRefs.Where(c => c.ProgramId == program.Id).OrderBy(c => c.StartDate).ToListAsync(ct);
        if (cohorts.Count == 0) return;
        run.AccountEmployees.TryGetValue(Roles.Participant, out var demoParticipant);
        run.AccountEmployees.TryGetValue(Roles.Mentor, out var demoMentor);
        var published = await db.ParticipantRefs.Where(p => p.EmployeeId == demoParticipant).Select(p => (int?)p.CohortId).FirstOrDefaultAsync(ct) ?? cohorts[0].Id;
        var publishedCohort = cohorts.First(c => c.Id == published);
        db.MentoringRules.Add(new MentoringRules { ProgramId = program.Id });

        // The published round: the cohort's assignments are its outcome.
        var round = new MentoringRound
        {
            CohortId = publishedCohort.Id, Name = $"{publishedCohort.Name} · 1+1+1", Status = MentoringRoundStatus.Published,
            OpenedOn = publishedCohort.StartDate.AddDays(-14), OpenedBy = "pm@talentchain.demo", PublishedOn = publishedCohort.StartDate, PublishedBy = "pm@talentchain.demo",
        };
        db.MentoringRounds.Add(round);
        await db.SaveChangesAsync(ct);
        var assignments = await db.MentorAssignmentRefs.Where(a => a.Participant!.CohortId == publishedCohort.Id).OrderBy(a => a.Id).ToListAsync(ct);
        foreach (var g in assignments.GroupBy(a => a.ParticipantId))
            db.MentoringRoundParticipants.Add(new MentoringRoundParticipant { RoundId = round.Id, ParticipantId = g.Key, Roles = [.. Enum.GetValues<MentorRole>()] });
        foreach (var g in assignments.GroupBy(a => a.MentorEmployeeId))
            db.MentoringVolunteers.Add(new MentoringVolunteer
            {
                RoundId = round.Id, EmployeeId = g.Key, AddedBy = "pm@talentchain.demo", Total = g.Count() + 1,
                Technical = g.Count(a => a.Role == MentorRole.Technical) + 1, Career = g.Count(a => a.Role == MentorRole.Career), Peer = g.Count(a => a.Role == MentorRole.Peer),
            });
        // Who records a meeting: only the participant may rate one (as the API enforces), so a rated meeting is the
        // participant's — the demo account for the demo participant, else the participant's own e-mail.
        var participantIds = assignments.Select(a => a.ParticipantId).Distinct().ToList();
        var participantActors = await db.ParticipantRefs.Where(p => participantIds.Contains(p.Id))
            .Select(p => new { p.Id, p.EmployeeId, p.Employee!.Email }).ToDictionaryAsync(p => p.Id, p => p.EmployeeId == demoParticipant ? "participant@talentchain.demo" : p.Email, ct);
        foreach (var a in assignments)
        {
            await mentorAssignments.LinkToRoundAsync(a.Id, round.Id, ct);
            var start = a.From;
            var meetings = a.ParticipantId == assignments[0].ParticipantId || a.MentorEmployeeId == demoMentor ? 4 : 1 + rng.Next(3);
            for (var i = 0; i < meetings; i++)
            {
                var date = start.AddDays(30 * (i + 1) + rng.Next(0, 10));
                if (date > today) break;
                var duration = 45 + 15 * rng.Next(0, 4);
                var topic = Topics[rng.Next(Topics.Length)];
                int? rating = rng.Next(3) == 0 ? 4 + rng.Next(2) : null;
                var participantActor = participantActors.GetValueOrDefault(a.ParticipantId);
                if (participantActor is null) rating = null;
                var recordedBy = rating is not null ? participantActor!
                    : a.MentorEmployeeId == demoMentor ? (i % 2 == 0 || participantActor is null ? "mentor@talentchain.demo" : participantActor)
                    : "pm@talentchain.demo";
                db.MentoringMeetings.Add(new MentoringMeeting
                {
                    MentorAssignmentId = a.Id, Date = date, DurationMinutes = duration, Topic = topic,
                    Notes = i == 0 ? "Agreed the goals and how often to meet" : null, Rating = rating,
                    RecordedBy = recordedBy, RecordedAt = clock.GetUtcNow(),
                });
            }
        }
        await db.SaveChangesAsync(ct);

        // The open round of the newer cohort: missing roles of its active participants, volunteers ready to solve.
        if (cohorts.FirstOrDefault(c => c.Id != publishedCohort.Id) is not { } openCohort) return;
        var active = await db.ParticipantRefs.Where(p => p.CohortId == openCohort.Id && p.Status == ParticipantStatus.Selected)
            .Select(p => new { p.Id, p.EmployeeId, Roles = p.Mentors.Where(m => m.To == null || m.To >= today).Select(m => m.Role).ToList() }).ToListAsync(ct);
        var open = new MentoringRound { CohortId = openCohort.Id, Name = $"{openCohort.Name} · 1+1+1", OpenedOn = today.AddDays(-3), OpenedBy = "pm@talentchain.demo" };
        foreach (var p in active.OrderBy(p => p.Id))
        {
            var roles = Enum.GetValues<MentorRole>().Where(r => !p.Roles.Contains(r)).ToList();
            if (roles.Count > 0) open.Participants.Add(new MentoringRoundParticipant { ParticipantId = p.Id, Roles = roles });
        }
        var taken = (await db.ParticipantRefs.Select(p => p.EmployeeId).ToListAsync(ct)).ToHashSet();
        var people = await db.EmployeeRefs.AsNoTracking().Where(e => e.Status == EmployeeStatus.Active).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.HireDate, e.Grade, e.Title, Best = e.Skills.Select(s => (int?)s.Level).Max() ?? 0 }).ToListAsync(ct);
        var pool = people.Where(e => !taken.Contains(e.Id)).OrderBy(_ => rng.Next()).ToList();
        var slots = open.Participants.Sum(p => p.Roles.Count);
        var experts = pool.Where(e => e.Best >= 3 && e.Title >= ProfessionalTitle.Engineer).Take(Math.Max(4, slots / 3)).ToList();
        var peers = pool.Where(e => !experts.Contains(e) && MentoringText.YearsBetween(e.HireDate, today) is >= 2 and <= 6 && e.Grade <= 12 && e.Title <= ProfessionalTitle.Engineer)
            .Take(Math.Max(3, slots / 4)).ToList();
        foreach (var e in experts)
            open.Volunteers.Add(new MentoringVolunteer { EmployeeId = e.Id, Technical = 2, Career = 1, Peer = 0, Total = 2, AddedBy = "pm@talentchain.demo" });
        foreach (var e in peers)
            open.Volunteers.Add(new MentoringVolunteer { EmployeeId = e.Id, Technical = 0, Career = 0, Peer = 2, Total = 2, AddedBy = "pm@talentchain.demo" });
        if (demoMentor != 0 && open.Volunteers.All(v => v.EmployeeId != demoMentor))
            open.Volunteers.Add(new MentoringVolunteer { EmployeeId = demoMentor, Technical = 1, Career = 1, Peer = 0, Total = 1, AddedBy = "mentor@talentchain.demo" });
        db.MentoringRounds.Add(open);
        await db.SaveChangesAsync(ct);
    }
}
