using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Optimization.Mentoring;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Mentoring;

/// <summary>Everything the rules need for one round, loaded once.</summary>
public sealed record RoundContext(
    MentoringRound Round, MentoringRules Rules, List<ParticipantFacts> Participants, List<VolunteerFacts> Volunteers,
    Dictionary<int, int?> ManagerOf, Dictionary<int, (double Average, int Count)> Ratings, DateOnly Today)
{
    public bool Forbidden(int participantId, int mentorId, MentorRole role) => Round.PairRules.Any(r => r.Kind == PairRuleKind.Forbid
        && r.ParticipantId == participantId && r.MentorEmployeeId == mentorId && (r.Role is null || r.Role == role));

    public Verdict Judge(ParticipantFacts p, VolunteerFacts v, MentorRole role) =>
        MentoringMatching.Judge(p, v, role, Rules, Today, ManagerOf, Ratings.TryGetValue(v.Person.EmployeeId, out var r) ? r : null, Forbidden(p.ParticipantId, v.Person.EmployeeId, role));

    /// <summary>The round in the interchange format: eligible triples (forbids removed) with full capacities; ids are employee numbers.</summary>
    public MentoringInstance ComputedInstance()
    {
        var mentors = Volunteers.Select(v => new MentoringMentor(v.Person.Number, new RoleCapacity(v.Technical, v.Career, v.Peer), v.Total)).ToList();
        var candidates = new List<MentoringCandidate>();
        foreach (var p in Participants)
            foreach (var role in p.Roles.Order())
                foreach (var v in Volunteers)
                {
                    var verdict = Judge(p, v, role);
                    if (verdict.Eligible) candidates.Add(new MentoringCandidate(p.Person.Number, v.Person.Number, MentoringMatching.ToSolver(role), verdict.Score));
                }
        return new MentoringInstance(mentors, candidates);
    }

    public MentoringInstance Instance() => Round.ImportedInstanceJson is { } json ? MentoringJson.ReadInstance(json) : ComputedInstance();

    public List<MentoringAssignment> Pins()
    {
        var pNumber = Participants.ToDictionary(p => p.ParticipantId, p => p.Person.Number);
        var mNumber = Volunteers.ToDictionary(v => v.Person.EmployeeId, v => v.Person.Number);
        return [.. Round.PairRules.Where(r => r.Kind == PairRuleKind.Pin && r.Role is not null && pNumber.ContainsKey(r.ParticipantId) && mNumber.ContainsKey(r.MentorEmployeeId))
            .Select(r => new MentoringAssignment(pNumber[r.ParticipantId], mNumber[r.MentorEmployeeId], MentoringMatching.ToSolver(r.Role!.Value)))];
    }
}

/// <summary>Loads rounds and their facts for the use cases (one per request scope), and marks a round changed.</summary>
public sealed class RoundLoader(TalentChainDbContext db, TimeProvider clock, IOpenDepartures departures, IOpenPlanGoals planGoals, IStringLocalizer<MentoringResource> t)
{
    private DateOnly Today => clock.Today();

    public async Task<MentoringRules> RulesForAsync(int programId, CancellationToken ct)
    {
        var rules = await db.MentoringRules.FirstOrDefaultAsync(r => r.ProgramId == programId, ct);
        if (rules is not null) return rules;
        rules = new MentoringRules { ProgramId = programId };
        db.MentoringRules.Add(rules);
        return rules;
    }

    public async Task<int?> ProgramOfRoundAsync(int roundId, CancellationToken ct = default) =>
        await db.MentoringRounds.Where(r => r.Id == roundId).Select(r => (int?)r.Cohort!.ProgramId).FirstOrDefaultAsync(ct);

    public async Task<MentoringRound> RoundAsync(int id, CancellationToken ct, bool mustBeOpen = true)
    {
        var round = await db.MentoringRounds.Include(r => r.Cohort).ThenInclude(c => c!.Program).Include(r => r.Participants).Include(r => r.Volunteers).Include(r => r.PairRules)
            .AsSplitQuery().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(t["Round.NotFound", id]);
        if (mustBeOpen && round.Status != MentoringRoundStatus.Open) throw ValidationFailedException.For(t["Round.Invalid"], "round", t["Round.NotOpen"]);
        return round;
    }

    /// <summary>Loads the facts of a round: participants (plan goals, focus skill), volunteers, manager chains, rating history.</summary>
    public async Task<RoundContext> ContextAsync(int roundId, MentoringRound? loaded = null, CancellationToken ct = default)
    {
        var round = loaded ?? await RoundAsync(roundId, ct, mustBeOpen: false);
        var rules = await RulesForAsync(round.Cohort!.ProgramId, ct);
        var today = Today;
        var participantIds = round.Participants.Select(p => p.ParticipantId).ToList();
        var pEmployees = await db.ParticipantRefs.AsNoTracking().Where(p => participantIds.Contains(p.Id)).Select(p => new { p.Id, p.EmployeeId }).ToDictionaryAsync(p => p.Id, p => p.EmployeeId, ct);
        var employeeIds = pEmployees.Values.Concat(round.Volunteers.Select(v => v.EmployeeId)).Distinct().ToList();
        var people = await db.EmployeeRefs.AsNoTracking().Include(e => e.OrgUnit).Where(e => employeeIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var skills = (await db.SkillRefs.AsNoTracking().Where(s => employeeIds.Contains(s.EmployeeId)).Select(s => new { s.EmployeeId, s.TaxonomyNodeId, s.Level }).ToListAsync(ct))
            .GroupBy(s => s.EmployeeId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, int>)g.GroupBy(x => x.TaxonomyNodeId).ToDictionary(x => x.Key, x => x.Max(y => y.Level)));
        var managerOf = await db.EmployeeRefs.AsNoTracking().Select(e => new { e.Id, e.ManagerId }).ToDictionaryAsync(e => e.Id, e => e.ManagerId, ct);
        // Notice given (an open departure in the knowledge module): the same rule as MentorDepartureTask, which would end a new relationship.
        var leaving = (await departures.EmployeeIds().Where(id => employeeIds.Contains(id)).ToListAsync(ct)).ToHashSet();
        var goals = (await planGoals.ForParticipantsAsync(participantIds, ct))
            .GroupBy(g => g.ParticipantId).ToDictionary(g => g.Key, g => g.Select(x => new GoalFacts(x.SkillId, UiCulture.Pick(x.SkillName, x.SkillNameZh), x.CurrentLevel, x.TargetLevel, x.DueDate)).ToList());
        // A participant who asked for another mentor does not get that mentor back (in any role).
        var rematchedAway = (await db.MentorAssignmentRefs.AsNoTracking().Where(a => participantIds.Contains(a.ParticipantId) && a.EndReason == MentorEndReason.RematchRequested)
                .Select(a => new { a.ParticipantId, a.MentorEmployeeId }).ToListAsync(ct))
            .GroupBy(a => a.ParticipantId).ToDictionary(g => g.Key, g => (IReadOnlySet<int>)g.Select(a => a.MentorEmployeeId).ToHashSet());
        var overrideIds = round.Participants.Where(p => p.FocusSkillId is not null).Select(p => p.FocusSkillId!.Value).ToList();
        var overrideNames = await db.TaxonomyRefs.AsNoTracking().Where(n => overrideIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.DisplayName(UiCulture.IsChinese), ct);

        PersonFacts Facts(int employeeId)
        {
            var e = people[employeeId];
            return new PersonFacts(e.Id, e.EmployeeNumber, MentoringText.Person(e), e.OrgUnitId, e.OrgUnit!.Segment, e.OrgUnit.Site, e.ManagerId, e.HireDate, e.Grade, e.Title, e.Status,
                skills.TryGetValue(e.Id, out var s) ? s : new Dictionary<int, int>()) { Leaving = leaving.Contains(e.Id) };
        }

        var participants = round.Participants.Where(p => pEmployees.ContainsKey(p.ParticipantId)).OrderBy(p => p.ParticipantId).Select(p =>
        {
            var g = goals.TryGetValue(p.ParticipantId, out var list) ? list : [];
            (int, string)? over = p.FocusSkillId is { } f && overrideNames.TryGetValue(f, out var n) ? (f, n) : null;
            return new ParticipantFacts(p.ParticipantId, Facts(pEmployees[p.ParticipantId]), g, MentoringMatching.Focus(g, rules, over), p.Roles, p.PreferredMentorIds.ToHashSet())
            {
                RematchedAway = rematchedAway.TryGetValue(p.ParticipantId, out var away) ? away : new HashSet<int>(),
            };
        }).ToList();
        var volunteers = round.Volunteers.OrderBy(v => v.Id).Select(v => new VolunteerFacts(Facts(v.EmployeeId), v.Technical, v.Career, v.Peer, v.Total)).ToList();
        return new RoundContext(round, rules, participants, volunteers, managerOf, await RatingsAsync(round.Volunteers.Select(v => v.EmployeeId).ToList(), ct), today);
    }

    /// <summary>Mentors' rating history: completion ratings and meeting ratings given by their mentees.</summary>
    private async Task<Dictionary<int, (double Average, int Count)>> RatingsAsync(List<int> mentors, CancellationToken ct)
    {
        var completion = await db.MentorAssignmentRefs.AsNoTracking().Where(a => mentors.Contains(a.MentorEmployeeId) && a.Rating != null)
            .Select(a => new { a.MentorEmployeeId, Rating = a.Rating!.Value }).ToListAsync(ct);
        var meetings = await (from m in db.MentoringMeetings.AsNoTracking()
                              join a in db.MentorAssignmentRefs on m.MentorAssignmentId equals a.Id
                              where m.Rating != null && mentors.Contains(a.MentorEmployeeId)
                              select new { a.MentorEmployeeId, Rating = m.Rating!.Value }).ToListAsync(ct);
        return completion.Concat(meetings).GroupBy(x => x.MentorEmployeeId).ToDictionary(g => g.Key, g => (g.Average(x => (double)x.Rating), g.Count()));
    }

    /// <summary>Any change to a round's inputs bumps its version, so a solve started before it cannot overwrite a newer state silently.</summary>
    public void Touch(MentoringRound round) => db.Entry(round).Property(r => r.Version).IsModified = true;
}
