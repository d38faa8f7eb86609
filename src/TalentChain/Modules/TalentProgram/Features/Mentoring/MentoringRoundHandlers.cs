using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Optimization;
using TalentChain.Optimization.Mentoring;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Mentoring;

public sealed record OpenRoundInput(int? CohortId, string? Name, MentoringRoundKind? Kind);
public sealed record RoundParticipantInput(List<MentorRole>? Roles, string? FocusSkillCode, List<int>? PreferredMentorIds);
public sealed record AddParticipantInput(int? ParticipantId);
public sealed record PreferencesInput(List<int>? PreferredMentorIds);
public sealed record VolunteerInput(int? EmployeeId, int Technical, int Career, int Peer, int Total);
public sealed record PairRuleInput(int? ParticipantId, int? MentorEmployeeId, MentorRole? Role, PairRuleKind? Kind);
public sealed record RulesInput(
    bool ExcludeManagementChain, int TechnicalMinLevel, bool CareerOtherUnit, int PeerMinTenureYears, int PeerMaxTenureYears,
    int? PeerMaxGrade, ProfessionalTitle? PeerMaxTitle, int WeightSkill, int WeightSegment, int WeightSite, int WeightRating, int WeightPreference, long? Version);

public sealed record RoundSummary(int Id, string Name, int CohortId, string CohortName, int ProgramId, MentoringRoundKind Kind, string KindName, MentoringRoundStatus Status, string StatusName,
    DateOnly OpenedOn, DateOnly? PublishedOn, int Participants, int Volunteers, bool HasProposal);
public sealed record RoundParticipantView(int ParticipantId, int EmployeeId, string EmployeeNumber, string Name, string Unit, List<MentorRole> Roles, string? FocusSkill, int? FocusLevel, bool FocusOverridden, List<int> PreferredMentorIds, List<string> PreferredMentorNames);
public sealed record VolunteerView(int Id, int EmployeeId, string EmployeeNumber, string Name, string Unit, int Technical, int Career, int Peer, int Total, int Assigned);
public sealed record PairRuleView(int Id, int ParticipantId, string ParticipantName, int MentorEmployeeId, string MentorName, MentorRole? Role, string? RoleName, PairRuleKind Kind, string KindName);
public sealed record ScorePartView(string Criterion, string Label, int Points);
public sealed record ProposalRow(int ParticipantId, string ParticipantName, int MentorEmployeeId, string MentorName, MentorRole Role, string RoleName, int Score, bool Pinned, List<ScorePartView> Breakdown);
public sealed record ProposalView(int FilledSlots, long TotalScore, long BoundSlots, long BoundScore, bool Optimal, double Gap, int OpenSlots, string Source, DateTimeOffset? ProposedAt, List<ProposalRow> Rows)
{
    /// <summary>The (participant, role) slots the proposal leaves open, with the reason they would go to the waitlist with on publish.</summary>
    public List<OpenSlotView> Open { get; init; } = [];
}
public sealed record OpenSlotView(int ParticipantId, string ParticipantName, MentorRole Role, string RoleName, WaitlistReason Reason, string ReasonText, List<string> Details);
public sealed record WaitlistView(int Id, int ParticipantId, string ParticipantName, MentorRole Role, string RoleName, WaitlistReason Reason, string ReasonText, List<string> Details, DateOnly AddedOn, DateOnly? FilledOn);
public sealed record RoundDetail(RoundSummary Round, bool ImportedInstance, long Version, List<RoundParticipantView> Participants, List<VolunteerView> Volunteers,
    List<PairRuleView> PairRules, ProposalView? Proposal, List<WaitlistView> Waitlist);
public sealed record VerdictView(int MentorEmployeeId, string MentorName, MentorRole Role, string RoleName, bool Eligible, List<string> Reasons, int Score, List<ScorePartView> Breakdown);
public sealed record EligibilityView(int ParticipantId, string ParticipantName, string? FocusSkill, int? FocusLevel, List<VerdictView> Verdicts)
{
    /// <summary>The round solves an imported instance file: its triples and scores, not these verdicts, are what the solver sees.</summary>
    public bool ImportedInstance { get; init; }
}
public sealed record RulesView(int ProgramId, bool ExcludeManagementChain, int TechnicalMinLevel, bool CareerOtherUnit, int PeerMinTenureYears, int PeerMaxTenureYears,
    int? PeerMaxGrade, ProfessionalTitle? PeerMaxTitle, int WeightSkill, int WeightSegment, int WeightSite, int WeightRating, int WeightPreference, long Version);
public sealed record SolveStarted(Guid JobId, string StatusUrl);
public sealed record PublishOutcome(int Assignments, int Waitlisted);

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

/// <summary>
/// 1+1+1 matching rounds: open a round for a cohort, volunteers, pins and forbids, eligibility explained, solve as a
/// background job, import/export in the interchange format, publish into mentor assignments with a waitlist.
/// </summary>
public sealed class MentoringRoundHandlers(
    TalentChainDbContext db,
    TimeProvider clock,
    JobRunner jobs,
    INotifier notifier,
    PeopleLabels labels,
    IStringLocalizer<MentoringResource> t)
{
    public const string JobKind = "mentoring.solve";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private DateOnly Today => clock.Today();

    public static string Subject(int roundId) => "mentoring-round:" + roundId.ToString(CultureInfo.InvariantCulture);

    private static string Person(Employee e) => ProgramText.Person(e.GivenName, e.FamilyName, e.ChineseName);

    public string RoleName(MentorRole role) => t[MentoringKeys.Of("Role", role)];

    // ---- rules ----

    public async Task<MentoringRules> RulesForAsync(int programId, CancellationToken ct)
    {
        var rules = await db.MentoringRules.FirstOrDefaultAsync(r => r.ProgramId == programId, ct);
        if (rules is not null) return rules;
        rules = new MentoringRules { ProgramId = programId };
        db.MentoringRules.Add(rules);
        return rules;
    }

    public async Task<RulesView> GetRulesAsync(int programId, CancellationToken ct = default)
    {
        if (!await db.DevelopmentPrograms.AnyAsync(p => p.Id == programId, ct)) throw new NotFoundException(t["Program.NotFound", programId]);
        var r = await RulesForAsync(programId, ct);
        if (r.Id == 0) await db.SaveChangesAsync(ct);
        return View(r);
    }

    private static RulesView View(MentoringRules r) => new(r.ProgramId, r.ExcludeManagementChain, r.TechnicalMinLevel, r.CareerOtherUnit, r.PeerMinTenureYears, r.PeerMaxTenureYears,
        r.PeerMaxGrade, r.PeerMaxTitle, r.WeightSkill, r.WeightSegment, r.WeightSite, r.WeightRating, r.WeightPreference, r.Version);

    public async Task<RulesView> UpdateRulesAsync(int programId, RulesInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.DevelopmentPrograms.AnyAsync(p => p.Id == programId, ct)) throw new NotFoundException(t["Program.NotFound", programId]);
        var errors = new FieldErrors();
        if (!Proficiency.IsValid(input.TechnicalMinLevel)) errors.Add(nameof(input.TechnicalMinLevel), t["Rules.Level"]);
        if (input.PeerMinTenureYears < 0 || input.PeerMaxTenureYears < input.PeerMinTenureYears) errors.Add(nameof(input.PeerMaxTenureYears), t["Rules.TenureBand"]);
        if (input.PeerMaxGrade is { } g && (g < Employee.MinGrade || g > Employee.MaxGrade)) errors.Add(nameof(input.PeerMaxGrade), t["Rules.Grade", Employee.MinGrade, Employee.MaxGrade]);
        foreach (var (name, w) in new[] { (nameof(input.WeightSkill), input.WeightSkill), (nameof(input.WeightSegment), input.WeightSegment), (nameof(input.WeightSite), input.WeightSite), (nameof(input.WeightRating), input.WeightRating), (nameof(input.WeightPreference), input.WeightPreference) })
            if (w is < 0 or > 1000) errors.Add(name, t["Rules.Weight"]);
        errors.ThrowIfAny(t["Rules.Invalid"]);
        var r = await RulesForAsync(programId, ct);
        if (input.Version is { } v && r.Id != 0) db.Entry(r).Property(x => x.Version).OriginalValue = v;
        r.ExcludeManagementChain = input.ExcludeManagementChain;
        r.TechnicalMinLevel = input.TechnicalMinLevel;
        r.CareerOtherUnit = input.CareerOtherUnit;
        r.PeerMinTenureYears = input.PeerMinTenureYears;
        r.PeerMaxTenureYears = input.PeerMaxTenureYears;
        r.PeerMaxGrade = input.PeerMaxGrade;
        r.PeerMaxTitle = input.PeerMaxTitle;
        r.WeightSkill = input.WeightSkill;
        r.WeightSegment = input.WeightSegment;
        r.WeightSite = input.WeightSite;
        r.WeightRating = input.WeightRating;
        r.WeightPreference = input.WeightPreference;
        await db.SaveChangesAsync(ct);
        return View(r);
    }

    // ---- rounds ----

    public async Task<int?> ProgramOfRoundAsync(int roundId, CancellationToken ct = default) =>
        await db.MentoringRounds.Where(r => r.Id == roundId).Select(r => (int?)r.Cohort!.ProgramId).FirstOrDefaultAsync(ct);

    public async Task<List<RoundSummary>> ListAsync(int? cohortId, bool openOnly, CancellationToken ct = default)
    {
        var q = db.MentoringRounds.AsNoTracking().Include(r => r.Cohort).ThenInclude(c => c!.Program).AsQueryable();
        if (cohortId is { } c) q = q.Where(r => r.CohortId == c);
        if (openOnly) q = q.Where(r => r.Status == MentoringRoundStatus.Open);
        var rounds = await q.OrderByDescending(r => r.Id).ToListAsync(ct);
        var ids = rounds.Select(r => r.Id).ToList();
        var counts = await db.MentoringRoundParticipants.Where(p => ids.Contains(p.RoundId)).GroupBy(p => p.RoundId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var vols = await db.MentoringVolunteers.Where(p => ids.Contains(p.RoundId)).GroupBy(p => p.RoundId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return [.. rounds.Select(r => Summary(r, counts.GetValueOrDefault(r.Id), vols.GetValueOrDefault(r.Id)))];
    }

    private RoundSummary Summary(MentoringRound r, int participants, int volunteers) =>
        new(r.Id, r.Name, r.CohortId, r.Cohort!.Name, r.Cohort.ProgramId, r.Kind, t[MentoringKeys.Of("Kind", r.Kind)], r.Status, t[MentoringKeys.Of("Status", r.Status)], r.OpenedOn, r.PublishedOn, participants, volunteers, r.ProposalJson is not null);

    public async Task<RoundSummary> OpenAsync(OpenRoundInput input, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cohort = await db.Cohorts.Include(c => c.Program).FirstOrDefaultAsync(c => c.Id == input.CohortId, ct)
            ?? throw ValidationFailedException.For(t["Round.Invalid"], nameof(input.CohortId), t["Round.CohortMissing"]);
        var kind = input.Kind ?? MentoringRoundKind.Initial;
        var name = ProgramText.Blank(input.Name) ?? $"{cohort.Name} · {t[MentoringKeys.Of("Kind", kind)]} · {ProgramText.Date(Today)}";
        if (name.Length > 200) throw ValidationFailedException.For(t["Round.Invalid"], nameof(input.Name), t["Common.TooLong", 200]);
        if (await db.MentoringRounds.AnyAsync(r => r.CohortId == cohort.Id && r.Status == MentoringRoundStatus.Open, ct))
            throw ValidationFailedException.For(t["Round.Invalid"], nameof(input.CohortId), t["Round.AlreadyOpen"]);
        var today = Today;
        await RulesForAsync(cohort.ProgramId, ct);
        var round = new MentoringRound { CohortId = cohort.Id, Cohort = cohort, Name = name, Kind = kind, OpenedOn = today, OpenedBy = actor };
        if (kind == MentoringRoundKind.Initial)
        {
            var active = await db.Participants.Where(p => p.CohortId == cohort.Id && p.Status == ParticipantStatus.Selected)
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
        return Summary(round, round.Participants.Count, round.Volunteers.Count);
    }

    /// <summary>The cohort's earlier volunteers with what is left of their places (minus their running relationships from those rounds).</summary>
    private async Task<List<VolunteerInput>> RemainingCapacityAsync(int cohortId, CancellationToken ct)
    {
        var today = Today;
        var rounds = await db.MentoringRounds.Where(r => r.CohortId == cohortId && r.Status == MentoringRoundStatus.Published).Select(r => r.Id).ToListAsync(ct);
        var offered = await db.MentoringVolunteers.AsNoTracking().Where(v => rounds.Contains(v.RoundId)).ToListAsync(ct);
        var running = await db.MentorAssignments.AsNoTracking().Where(a => a.RoundId != null && rounds.Contains(a.RoundId.Value) && a.EndReason == null && (a.To == null || a.To >= today))
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

    private async Task<MentoringRound> RoundAsync(int id, CancellationToken ct, bool mustBeOpen = true)
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
        var pEmployees = await db.Participants.AsNoTracking().Where(p => participantIds.Contains(p.Id)).Select(p => new { p.Id, p.EmployeeId }).ToDictionaryAsync(p => p.Id, p => p.EmployeeId, ct);
        var employeeIds = pEmployees.Values.Concat(round.Volunteers.Select(v => v.EmployeeId)).Distinct().ToList();
        var people = await db.Employees.AsNoTracking().Include(e => e.OrgUnit).Where(e => employeeIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var skills = (await db.SkillRecords.AsNoTracking().Where(s => employeeIds.Contains(s.EmployeeId)).Select(s => new { s.EmployeeId, s.TaxonomyNodeId, s.Level }).ToListAsync(ct))
            .GroupBy(s => s.EmployeeId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, int>)g.GroupBy(x => x.TaxonomyNodeId).ToDictionary(x => x.Key, x => x.Max(y => y.Level)));
        var managerOf = await db.Employees.AsNoTracking().Select(e => new { e.Id, e.ManagerId }).ToDictionaryAsync(e => e.Id, e => e.ManagerId, ct);
        // Notice given (an open departure in the knowledge module): the same rule as MentorDepartureTask, which would end a new relationship.
        var leaving = (await db.Set<Departure>().AsNoTracking().Where(d => d.Status == DepartureStatus.Open && employeeIds.Contains(d.EmployeeId))
            .Select(d => d.EmployeeId).ToListAsync(ct)).ToHashSet();
        var goals = (await db.PlanGoals.AsNoTracking()
                .Where(g => !g.Proposed && db.Set<PlanVersion>().Any(v => v.Id == g.PlanVersionId && v.ClosedOn == null && participantIds.Contains(v.Plan!.ParticipantId)))
                .Select(g => new { ParticipantId = db.Set<PlanVersion>().Where(v => v.Id == g.PlanVersionId).Select(v => v.Plan!.ParticipantId).First(), g.TaxonomyNodeId, g.TaxonomyNode!.Name, g.TaxonomyNode.NameZh, g.CurrentLevel, g.TargetLevel, g.DueDate })
                .ToListAsync(ct))
            .GroupBy(g => g.ParticipantId).ToDictionary(g => g.Key, g => g.Select(x => new GoalFacts(x.TaxonomyNodeId, UiCulture.Pick(x.Name, x.NameZh), x.CurrentLevel, x.TargetLevel, x.DueDate)).ToList());
        // A participant who asked for another mentor does not get that mentor back (in any role).
        var rematchedAway = (await db.MentorAssignments.AsNoTracking().Where(a => participantIds.Contains(a.ParticipantId) && a.EndReason == MentorEndReason.RematchRequested)
                .Select(a => new { a.ParticipantId, a.MentorEmployeeId }).ToListAsync(ct))
            .GroupBy(a => a.ParticipantId).ToDictionary(g => g.Key, g => (IReadOnlySet<int>)g.Select(a => a.MentorEmployeeId).ToHashSet());
        var overrideIds = round.Participants.Where(p => p.FocusSkillId is not null).Select(p => p.FocusSkillId!.Value).ToList();
        var overrideNames = await db.TaxonomyNodes.AsNoTracking().Where(n => overrideIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.DisplayName(UiCulture.IsChinese), ct);

        PersonFacts Facts(int employeeId)
        {
            var e = people[employeeId];
            return new PersonFacts(e.Id, e.EmployeeNumber, Person(e), e.OrgUnitId, e.OrgUnit!.Segment, e.OrgUnit.Site, e.ManagerId, e.HireDate, e.Grade, e.Title, e.Status,
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
        var completion = await db.MentorAssignments.AsNoTracking().Where(a => mentors.Contains(a.MentorEmployeeId) && a.Rating != null)
            .Select(a => new { a.MentorEmployeeId, Rating = a.Rating!.Value }).ToListAsync(ct);
        var meetings = await (from m in db.MentoringMeetings.AsNoTracking()
                              join a in db.MentorAssignments on m.MentorAssignmentId equals a.Id
                              where m.Rating != null && mentors.Contains(a.MentorEmployeeId)
                              select new { a.MentorEmployeeId, Rating = m.Rating!.Value }).ToListAsync(ct);
        return completion.Concat(meetings).GroupBy(x => x.MentorEmployeeId).ToDictionary(g => g.Key, g => (g.Average(x => (double)x.Rating), g.Count()));
    }

    public async Task<RoundDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var ctx = await ContextAsync(id, null, ct);
        var round = ctx.Round;
        var today = Today;
        var names = await NamesAsync(ctx, ct);
        var employees = ctx.Participants.ToDictionary(p => p.ParticipantId, p => p.Person);
        var units = await db.Employees.AsNoTracking().Where(e => names.Keys.Contains(e.Id)).Select(e => new { e.Id, e.OrgUnit!.Name, e.OrgUnit.NameZh }).ToDictionaryAsync(e => e.Id, e => UiCulture.Pick(e.Name, e.NameZh), ct);
        var participants = ctx.Participants.Select(p => new RoundParticipantView(p.ParticipantId, p.Person.EmployeeId, p.Person.Number, p.Person.Name, units.GetValueOrDefault(p.Person.EmployeeId, ""),
            [.. p.Roles.Order()], p.Focus?.SkillName, p.Focus?.RequiredLevel, p.Focus?.Overridden ?? false, [.. p.PreferredMentors],
            [.. p.PreferredMentors.Select(m => names.GetValueOrDefault(m, "#" + m.ToString(CultureInfo.InvariantCulture)))])).ToList();
        var proposal = Proposal(ctx, names);
        var assignedCount = proposal?.Rows.GroupBy(r => r.MentorEmployeeId).ToDictionary(g => g.Key, g => g.Count()) ?? [];
        var volunteers = round.Volunteers.OrderBy(v => v.Id).Select(v => new VolunteerView(v.Id, v.EmployeeId, ctx.Volunteers.First(x => x.Person.EmployeeId == v.EmployeeId).Person.Number,
            names.GetValueOrDefault(v.EmployeeId, ""), units.GetValueOrDefault(v.EmployeeId, ""), v.Technical, v.Career, v.Peer, v.Total, assignedCount.GetValueOrDefault(v.EmployeeId))).ToList();
        var rules = round.PairRules.OrderBy(r => r.Id).Select(r => new PairRuleView(r.Id, r.ParticipantId, employees.TryGetValue(r.ParticipantId, out var pe) ? pe.Name : "", r.MentorEmployeeId,
            names.GetValueOrDefault(r.MentorEmployeeId, ""), r.Role, r.Role is { } ro ? RoleName(ro) : null, r.Kind, t[MentoringKeys.Of("Pair", r.Kind)])).ToList();
        var waitlist = await WaitlistAsync(round.CohortId, ct);
        return new RoundDetail(Summary(round, round.Participants.Count, round.Volunteers.Count), round.ImportedInstanceJson is not null, round.Version, participants, volunteers, rules, proposal, waitlist);
    }

    private async Task<Dictionary<int, string>> NamesAsync(RoundContext ctx, CancellationToken ct)
    {
        var ids = ctx.Participants.Select(p => p.Person.EmployeeId).Concat(ctx.Volunteers.Select(v => v.Person.EmployeeId))
            .Concat(ctx.Participants.SelectMany(p => p.PreferredMentors)).Concat(ctx.Round.PairRules.Select(r => r.MentorEmployeeId)).Distinct().ToList();
        return (await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(ct)).ToDictionary(e => e.Id, Person);
    }

    private ScorePartView Part(ScorePart p) => new(p.Criterion, t[MentoringKeys.Of("Score", p.Criterion)], p.Points);

    private ProposalView? Proposal(RoundContext ctx, Dictionary<int, string> names)
    {
        if (ctx.Round.ProposalJson is not { } json) return null;
        var result = MentoringJson.ReadResult(json);
        var instance = ctx.Instance();
        var scores = new Dictionary<(string, string, MentoringRole), int>();
        foreach (var c in instance.Candidates) scores.TryAdd((c.Participant, c.Mentor, c.Role), c.Score);
        var byNumber = ctx.Participants.ToDictionary(p => p.Person.Number, StringComparer.Ordinal);
        var volunteers = ctx.Volunteers.ToDictionary(v => v.Person.Number, StringComparer.Ordinal);
        var pins = ctx.Pins().ToHashSet();
        var rows = new List<ProposalRow>();
        foreach (var a in result.Assignments)
        {
            if (!byNumber.TryGetValue(a.Participant, out var p) || !volunteers.TryGetValue(a.Mentor, out var v)) continue;
            var role = MentoringMatching.FromSolver(a.Role);
            var verdict = ctx.Judge(p, v, role);
            var score = scores.GetValueOrDefault((a.Participant, a.Mentor, a.Role), verdict.Score);
            // An imported round file brings its own scores: the program's criteria did not make them, so the row says where the score came from.
            List<ScorePartView> breakdown = ctx.Round.ImportedInstanceJson is null ? [.. verdict.Breakdown.Select(Part)] : [Part(new ScorePart("Imported", score))];
            rows.Add(new ProposalRow(p.ParticipantId, p.Person.Name, v.Person.EmployeeId, names.GetValueOrDefault(v.Person.EmployeeId, v.Person.Name), role, RoleName(role),
                score, pins.Contains(a), breakdown));
        }
        var slots = ctx.Participants.Sum(p => p.Roles.Count);
        var filled = result.Assignments.Where(a => byNumber.ContainsKey(a.Participant))
            .Select(a => (byNumber[a.Participant].ParticipantId, MentoringMatching.FromSolver(a.Role))).ToHashSet();
        var open = OpenSlots(ctx, instance, filled)
            .Select(o => new OpenSlotView(o.Participant.ParticipantId, o.Participant.Person.Name, o.Role, RoleName(o.Role), o.Reason, t[MentoringKeys.Of("Wait", o.Reason)], Details(o.Reason, o.Detail)))
            .OrderBy(o => o.ParticipantName, StringComparer.CurrentCulture).ThenBy(o => o.Role).ToList();
        return new ProposalView(result.FilledSlots, result.TotalScore, result.Bound.Count, result.Bound.Score, result.Optimal, result.Gap, slots - result.FilledSlots,
            t[MentoringKeys.Of("Source", ctx.Round.ProposalSource ?? "solver")], ctx.Round.ProposedAt, [.. rows.OrderBy(r => r.ParticipantName, StringComparer.CurrentCulture).ThenBy(r => r.Role)]) { Open = open };
    }

    /// <summary>
    /// The slots a result leaves open and why (the waitlist reason): nobody eligible (detail: the three most common
    /// rules that exclude the volunteers, "key=count;…"), or every eligible volunteer is full.
    /// </summary>
    private static List<(ParticipantFacts Participant, MentorRole Role, WaitlistReason Reason, string? Detail)> OpenSlots(
        RoundContext ctx, MentoringInstance instance, IReadOnlySet<(int ParticipantId, MentorRole Role)> filled)
    {
        var candidateSlots = instance.Candidates.Select(c => (c.Participant, MentoringMatching.FromSolver(c.Role))).ToHashSet();
        var open = new List<(ParticipantFacts, MentorRole, WaitlistReason, string?)>();
        foreach (var p in ctx.Participants)
            foreach (var role in p.Roles.Where(r => !filled.Contains((p.ParticipantId, r))))
            {
                var hasEligible = candidateSlots.Contains((p.Person.Number, role));
                var detail = hasEligible ? null : string.Join(';', ctx.Volunteers.SelectMany(v => ctx.Judge(p, v, role).Reasons.Select(r => r.Key))
                    .GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3)
                    .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}={g.Count()}")));
                open.Add((p, role, hasEligible ? WaitlistReason.VolunteersFull : WaitlistReason.NoEligibleVolunteer, detail));
            }
        return open;
    }

    public async Task<EligibilityView> EligibilityAsync(int roundId, int participantId, CancellationToken ct = default)
    {
        var ctx = await ContextAsync(roundId, null, ct);
        var p = ctx.Participants.FirstOrDefault(x => x.ParticipantId == participantId) ?? throw new NotFoundException(t["Round.ParticipantNotIn", participantId]);
        var verdicts = new List<VerdictView>();
        foreach (var v in ctx.Volunteers)
            foreach (var role in p.Roles.Order())
            {
                var verdict = ctx.Judge(p, v, role);
                verdicts.Add(new VerdictView(v.Person.EmployeeId, v.Person.Name, role, RoleName(role), verdict.Eligible, [.. verdict.Reasons.Select(ReasonText)], verdict.Score, [.. verdict.Breakdown.Select(Part)]));
            }
        return new EligibilityView(p.ParticipantId, p.Person.Name, p.Focus?.SkillName, p.Focus?.RequiredLevel, verdicts) { ImportedInstance = ctx.Round.ImportedInstanceJson is not null };
    }

    public string ReasonText(NotEligible r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var args = r.Args.Select(a => a switch { ProfessionalTitle title => labels.Title(title), null => "", _ => a }).ToArray();
        return t[MentoringKeys.Of("Reason", r.Key), args];
    }

    // ---- participants, preferences, volunteers, pins ----

    public async Task AddParticipantAsync(int roundId, AddParticipantInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var round = await RoundAsync(roundId, ct);
        var p = await db.Participants.FirstOrDefaultAsync(x => x.Id == input.ParticipantId && x.CohortId == round.CohortId && x.Status == ParticipantStatus.Selected, ct)
            ?? throw ValidationFailedException.For(t["Round.Invalid"], nameof(input.ParticipantId), t["Round.NotActiveParticipant"]);
        if (round.Participants.Any(x => x.ParticipantId == p.Id)) throw ValidationFailedException.For(t["Round.Invalid"], nameof(input.ParticipantId), t["Round.AlreadyIn"]);
        round.Participants.Add(new MentoringRoundParticipant { ParticipantId = p.Id, Roles = [.. MentoringMatching.AllRoles] });
        Touch(round);
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveParticipantAsync(int roundId, int participantId, CancellationToken ct = default)
    {
        var round = await RoundAsync(roundId, ct);
        var p = round.Participants.FirstOrDefault(x => x.ParticipantId == participantId) ?? throw new NotFoundException(t["Round.ParticipantNotIn", participantId]);
        round.Participants.Remove(p);
        db.MentoringPairRules.RemoveRange(round.PairRules.Where(r => r.ParticipantId == participantId));
        Touch(round);
        await db.SaveChangesAsync(ct);
    }

    public async Task UpdateParticipantAsync(int roundId, int participantId, RoundParticipantInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var round = await RoundAsync(roundId, ct);
        var p = round.Participants.FirstOrDefault(x => x.ParticipantId == participantId) ?? throw new NotFoundException(t["Round.ParticipantNotIn", participantId]);
        var errors = new FieldErrors();
        if (input.Roles is { } roles)
        {
            if (roles.Count == 0) errors.Add(nameof(input.Roles), t["Round.NoRoles"]);
            else p.Roles = [.. roles.Distinct().Order()];
        }
        if (input.FocusSkillCode is not null)
        {
            if (input.FocusSkillCode.Length == 0) p.FocusSkillId = null;
            else if (await db.TaxonomyNodes.Where(n => n.Code == input.FocusSkillCode && n.Kind == TaxonomyKind.Skill).Select(n => (int?)n.Id).FirstOrDefaultAsync(ct) is { } skill) p.FocusSkillId = skill;
            else errors.Add(nameof(input.FocusSkillCode), t["Round.UnknownSkill", input.FocusSkillCode]);
        }
        if (input.PreferredMentorIds is { } preferred) await SetPreferredAsync(p, preferred, errors, ct);
        errors.ThrowIfAny(t["Round.Invalid"]);
        db.Entry(p).Property(x => x.Roles).IsModified = true;
        db.Entry(p).Property(x => x.PreferredMentorIds).IsModified = true;
        Touch(round);
        await db.SaveChangesAsync(ct);
    }

    private async Task SetPreferredAsync(MentoringRoundParticipant p, List<int> preferred, FieldErrors errors, CancellationToken ct)
    {
        var ids = preferred.Distinct().ToList();
        if (ids.Count > 5) errors.Add("PreferredMentorIds", t["Round.TooManyPreferences", 5]);
        var known = await db.Employees.Where(e => ids.Contains(e.Id) && e.Status == EmployeeStatus.Active).Select(e => e.Id).ToListAsync(ct);
        foreach (var unknown in ids.Except(known)) errors.Add("PreferredMentorIds", t["Round.UnknownEmployee", unknown]);
        if (!errors.Any) p.PreferredMentorIds = ids;
    }

    /// <summary>A participant names preferred mentors for a round they are in (or a program manager for them).</summary>
    public async Task SetPreferencesAsync(int roundId, int participantId, PreferencesInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var round = await RoundAsync(roundId, ct);
        var p = round.Participants.FirstOrDefault(x => x.ParticipantId == participantId) ?? throw new NotFoundException(t["Round.ParticipantNotIn", participantId]);
        var errors = new FieldErrors();
        await SetPreferredAsync(p, input.PreferredMentorIds ?? [], errors, ct);
        errors.ThrowIfAny(t["Round.Invalid"]);
        db.Entry(p).Property(x => x.PreferredMentorIds).IsModified = true;
        Touch(round);
        await db.SaveChangesAsync(ct);
    }

    public async Task<VolunteerView> VolunteerAsync(int roundId, int employeeId, VolunteerInput input, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var round = await RoundAsync(roundId, ct);
        var errors = new FieldErrors();
        foreach (var (name, value) in new[] { (nameof(input.Technical), input.Technical), (nameof(input.Career), input.Career), (nameof(input.Peer), input.Peer), (nameof(input.Total), input.Total) })
            if (value is < 0 or > 20) errors.Add(name, t["Volunteer.Capacity", 0, 20]);
        if (input.Total < 1) errors.Add(nameof(input.Total), t["Volunteer.TotalMin"]);
        if (input.Technical + input.Career + input.Peer < 1) errors.Add(nameof(input.Technical), t["Volunteer.NoRole"]);
        var e = await db.Employees.AsNoTracking().FirstOrDefaultAsync(x => x.Id == employeeId, ct);
        if (e is null || e.Status != EmployeeStatus.Active) errors.Add(nameof(input.EmployeeId), t["Round.UnknownEmployee", employeeId]);
        errors.ThrowIfAny(t["Volunteer.Invalid"]);
        var v = round.Volunteers.FirstOrDefault(x => x.EmployeeId == employeeId);
        if (v is null)
        {
            v = new MentoringVolunteer { EmployeeId = employeeId, AddedBy = actor };
            round.Volunteers.Add(v);
        }
        (v.Technical, v.Career, v.Peer, v.Total) = (input.Technical, input.Career, input.Peer, input.Total);
        Touch(round);
        await db.SaveChangesAsync(ct);
        return new VolunteerView(v.Id, employeeId, e!.EmployeeNumber, Person(e), "", v.Technical, v.Career, v.Peer, v.Total, 0);
    }

    public async Task WithdrawVolunteerAsync(int roundId, int employeeId, CancellationToken ct = default)
    {
        var round = await RoundAsync(roundId, ct);
        var v = round.Volunteers.FirstOrDefault(x => x.EmployeeId == employeeId) ?? throw new NotFoundException(t["Volunteer.NotFound"]);
        round.Volunteers.Remove(v);
        db.MentoringPairRules.RemoveRange(round.PairRules.Where(r => r.MentorEmployeeId == employeeId));
        Touch(round);
        await db.SaveChangesAsync(ct);
    }

    public async Task<PairRuleView> SetPairRuleAsync(int roundId, PairRuleInput input, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var round = await RoundAsync(roundId, ct);
        var errors = new FieldErrors();
        if (input.Kind is null) errors.Add(nameof(input.Kind), t["Pair.KindRequired"]);
        if (input.Kind == PairRuleKind.Pin && input.Role is null) errors.Add(nameof(input.Role), t["Pair.PinNeedsRole"]);
        errors.ThrowIfAny(t["Pair.Invalid"]);
        var ctx = await ContextAsync(roundId, round, ct);
        var p = ctx.Participants.FirstOrDefault(x => x.ParticipantId == input.ParticipantId);
        var v = ctx.Volunteers.FirstOrDefault(x => x.Person.EmployeeId == input.MentorEmployeeId);
        if (p is null) errors.Add(nameof(input.ParticipantId), t["Round.ParticipantNotIn", input.ParticipantId ?? 0]);
        if (v is null) errors.Add(nameof(input.MentorEmployeeId), t["Volunteer.NotFound"]);
        errors.ThrowIfAny(t["Pair.Invalid"]);
        var existing = round.PairRules.Where(r => r.ParticipantId == p!.ParticipantId && r.MentorEmployeeId == v!.Person.EmployeeId).ToList();
        if (input.Kind == PairRuleKind.Pin)
        {
            var role = input.Role!.Value;
            if (!p!.Roles.Contains(role)) errors.Add(nameof(input.Role), t["Pair.RoleNotNeeded", RoleName(role)]);
            var verdict = ctx.Judge(p, v!, role);
            var forbidOfTriple = existing.Any(r => r.Kind == PairRuleKind.Forbid && (r.Role is null || r.Role == role));
            // A pin replaces a forbid of the same pair; any other reason stands.
            foreach (var reason in verdict.Reasons.Where(r => !(forbidOfTriple && r.Key == "Forbidden"))) errors.Add(nameof(input.MentorEmployeeId), ReasonText(reason));
            var pins = round.PairRules.Where(r => r.Kind == PairRuleKind.Pin && !(r.ParticipantId == p.ParticipantId && r.MentorEmployeeId == v!.Person.EmployeeId)).ToList();
            if (pins.Any(r => r.ParticipantId == p.ParticipantId && r.Role == role)) errors.Add(nameof(input.Role), t["Pair.SlotPinned", RoleName(role)]);
            if (pins.Count(r => r.MentorEmployeeId == v!.Person.EmployeeId && r.Role == role) + 1 > v!.Capacity(role)
                || pins.Count(r => r.MentorEmployeeId == v.Person.EmployeeId) + 1 > v.Total) errors.Add(nameof(input.MentorEmployeeId), t["Pair.PinsFull"]);
            errors.ThrowIfAny(t["Pair.Invalid"]);
        }
        db.MentoringPairRules.RemoveRange(existing);
        var rule = new MentoringPairRule { ParticipantId = p!.ParticipantId, MentorEmployeeId = v!.Person.EmployeeId, Role = input.Role, Kind = input.Kind!.Value, SetBy = actor };
        round.PairRules.Add(rule);
        Touch(round);
        await db.SaveChangesAsync(ct);
        return new PairRuleView(rule.Id, rule.ParticipantId, p.Person.Name, rule.MentorEmployeeId, v.Person.Name, rule.Role, rule.Role is { } r2 ? RoleName(r2) : null, rule.Kind, t[MentoringKeys.Of("Pair", rule.Kind)]);
    }

    public async Task RemovePairRuleAsync(int roundId, int ruleId, CancellationToken ct = default)
    {
        var round = await RoundAsync(roundId, ct);
        var rule = round.PairRules.FirstOrDefault(r => r.Id == ruleId) ?? throw new NotFoundException(t["Pair.NotFound"]);
        round.PairRules.Remove(rule);
        db.MentoringPairRules.Remove(rule);
        Touch(round);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Any change to a round's inputs bumps its version, so a solve started before it cannot overwrite a newer state silently.</summary>
    private void Touch(MentoringRound round) => db.Entry(round).Property(r => r.Version).IsModified = true;

    // ---- solve ----

    public async Task<SolveStarted> StartSolveAsync(int roundId, CancellationToken ct = default)
    {
        var round = await RoundAsync(roundId, ct);
        if (round.Participants.Count == 0 || round.Volunteers.Count == 0)
            throw ValidationFailedException.For(t["Round.Invalid"], "round", t["Solve.NothingToSolve"]);
        // An interrupted run (its node stopped) is not under way: the round can be solved again.
        var now = clock.GetUtcNow();
        var open = await db.BackgroundJobs.AsNoTracking().Where(j => j.Subject == Subject(roundId) && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running)).ToListAsync(ct);
        if (open.Any(j => j.IsUnderWay(now))) throw ValidationFailedException.For(t["Round.Invalid"], "round", t["Solve.AlreadyRunning"]);
        var id = await jobs.EnqueueAsync(JobKind, t["Solve.JobTitle", round.Name], new JobOptions(Subject(roundId), ProgramPolicies.Manage, Cancellable: true),
            JsonSerializer.Serialize(new MentoringSolveWork.Arguments(roundId)), ct);
        return new SolveStarted(id, $"/api/v1/jobs/{id}");
    }

    /// <summary>
    /// The job: builds the instance, applies pins, solves (cancellable, with live progress), checks the result and only
    /// then replaces the proposal in one save. A failed or cancelled run leaves the previous proposal untouched.
    /// </summary>
    public async Task<JobOutcome> SolveJobAsync(int roundId, IJobProgress progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var ctx = await ContextAsync(roundId, null, ct);
        if (ctx.Round.Status != MentoringRoundStatus.Open) return new JobOutcome(false, null, t["Round.NotOpen"]);
        var version = ctx.Round.Version;
        var instance = ctx.Instance();
        var (reduced, pinned) = MentoringMatching.ApplyPins(instance, ctx.Pins());
        var reporter = SolverJobDetail.Reporter(progress);
        var solved = await Task.Run(() => MentoringSolver.Solve(reduced, new SolverOptions { TimeLimit = TimeSpan.FromMinutes(2) }, reporter, ct), ct);
        var result = MentoringMatching.WithPins(solved, pinned);
        var problems = MentoringValidation.CheckResult(instance, result);
        if (problems.Count > 0) return new JobOutcome(false, null, t["Solve.Infeasible", $"{problems[0].Location}: {problems[0].Problem}"]);
        ct.ThrowIfCancellationRequested();
        // The round as stored now (not the tracked copy): an edit made while solving means this result answers an old question.
        var now = await db.MentoringRounds.AsNoTracking().Where(r => r.Id == roundId).Select(r => new { r.Version, r.Status }).FirstAsync(CancellationToken.None);
        if (now.Version != version || now.Status != MentoringRoundStatus.Open) return new JobOutcome(false, null, t["Solve.RoundChanged"]);
        var round = ctx.Round;
        round.ProposalJson = MentoringJson.WriteResult(result);
        round.ProposedAt = clock.GetUtcNow();
        round.ProposalSource = "solver";
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new JobOutcome(false, null, t["Solve.RoundChanged"]);
        }
        return new JobOutcome(true, JsonSerializer.Serialize(new { result.FilledSlots, result.TotalScore, BoundSlots = result.Bound.Count, BoundScore = result.Bound.Score, result.Optimal, result.Gap }, Json));
    }

    // ---- interchange ----

    public async Task<string> ExportInstanceAsync(int roundId, CancellationToken ct = default) =>
        MentoringJson.WriteInstance((await ContextAsync(roundId, null, ct)).Instance());

    public async Task<string?> ExportResultAsync(int roundId, CancellationToken ct = default) =>
        (await RoundAsync(roundId, ct, mustBeOpen: false)).ProposalJson;

    /// <summary>
    /// An instance file replaces the round's candidate triples and the volunteers' capacities. Mentors must be volunteers,
    /// participants must be in the round (employee numbers); any problem names the entry and nothing changes.
    /// </summary>
    public async Task ImportInstanceAsync(int roundId, string json, CancellationToken ct = default)
    {
        var round = await RoundAsync(roundId, ct);
        var instance = ReadFile(json, MentoringJson.ReadInstance, "file");
        var ctx = await ContextAsync(roundId, round, ct);
        var participants = ctx.Participants.Select(p => p.Person.Number).ToHashSet(StringComparer.Ordinal);
        var volunteers = ctx.Volunteers.ToDictionary(v => v.Person.Number, StringComparer.Ordinal);
        for (var i = 0; i < instance.Mentors.Count; i++)
            if (!volunteers.ContainsKey(instance.Mentors[i].Id)) throw Invalid("file", $"mentors[{i}].id", t["Import.NotVolunteer", instance.Mentors[i].Id]);
        for (var i = 0; i < instance.Candidates.Count; i++)
            if (!participants.Contains(instance.Candidates[i].Participant)) throw Invalid("file", $"candidates[{i}].participant", t["Import.NotParticipant", instance.Candidates[i].Participant]);
        foreach (var m in instance.Mentors)
        {
            var v = round.Volunteers.First(x => x.EmployeeId == volunteers[m.Id].Person.EmployeeId);
            (v.Technical, v.Career, v.Peer, v.Total) = (m.Capacity.Technical, m.Capacity.Career, m.Capacity.Peer, m.TotalCapacity);
        }
        round.ImportedInstanceJson = MentoringJson.WriteInstance(instance);
        round.ProposalJson = null;
        round.ProposedAt = null;
        round.ProposalSource = null;
        Touch(round);
        await db.SaveChangesAsync(ct);
    }

    public async Task ClearImportedInstanceAsync(int roundId, CancellationToken ct = default)
    {
        var round = await RoundAsync(roundId, ct);
        round.ImportedInstanceJson = null;
        round.ProposalJson = null;
        round.ProposedAt = null;
        round.ProposalSource = null;
        Touch(round);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A result file becomes the proposal when it is feasible for the round's instance (pins included); otherwise nothing changes.</summary>
    public async Task ImportResultAsync(int roundId, string json, CancellationToken ct = default)
    {
        var round = await RoundAsync(roundId, ct);
        var result = ReadFile(json, MentoringJson.ReadResult, "file");
        var ctx = await ContextAsync(roundId, round, ct);
        var instance = ctx.Instance();
        if (MentoringValidation.CheckResult(instance, result) is [var first, ..]) throw Invalid("file", first.Location, first.Problem);
        foreach (var pin in ctx.Pins())
            if (!result.Assignments.Contains(pin)) throw Invalid("file", "assignments", t["Import.PinMissing", pin.Participant, pin.Mentor, MentoringJson.RoleName(pin.Role)]);
        round.ProposalJson = MentoringJson.WriteResult(result);
        round.ProposedAt = clock.GetUtcNow();
        round.ProposalSource = "import";
        await db.SaveChangesAsync(ct);
    }

    private T ReadFile<T>(string json, Func<string, T> read, string field)
    {
        if (string.IsNullOrWhiteSpace(json)) throw ValidationFailedException.For(t["Import.Invalid"], field, t["Import.Empty"]);
        try
        {
            return read(json);
        }
        catch (InstanceFormatException ex)
        {
            // The codec names the entry (or the line and position of broken JSON) and what is wrong with it.
            throw Invalid(field, ex.Location, ex.Problem);
        }
    }

    private ValidationFailedException Invalid(string field, string location, string problem) =>
        ValidationFailedException.For(t["Import.Invalid"], field, string.IsNullOrEmpty(location) ? problem : $"{location}: {problem}");

    // ---- publish ----

    public async Task<PublishOutcome> PublishAsync(int roundId, long? version, string actor, CancellationToken ct = default)
    {
        var round = await RoundAsync(roundId, ct);
        if (version is { } v) db.Entry(round).Property(x => x.Version).OriginalValue = v;
        if (round.ProposalJson is null) throw ValidationFailedException.For(t["Round.Invalid"], "round", t["Publish.NoProposal"]);
        var ctx = await ContextAsync(roundId, round, ct);
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
        var running = await db.MentorAssignments.Where(a => participantIds.Contains(a.ParticipantId) && a.EndReason == null && a.From <= today && (a.To == null || a.To >= today)).ToListAsync(ct);
        var openWaits = await db.MentoringWaitlist.Where(w => participantIds.Contains(w.ParticipantId) && w.FilledOn == null).ToListAsync(ct);
        var filled = new HashSet<(int, MentorRole)>();
        var notices = new List<(ParticipantFacts P, VolunteerFacts M, MentorRole Role)>();
        foreach (var a in result.Assignments)
        {
            var p = byNumber[a.Participant];
            var m = mentors[a.Mentor];
            var role = MentoringMatching.FromSolver(a.Role);
            foreach (var old in running.Where(x => x.ParticipantId == p.ParticipantId && x.Role == role))
            {
                old.To = today;
                old.EndReason = MentorEndReason.Replaced;
                old.EndNote = round.Name;
            }
            db.MentorAssignments.Add(new MentorAssignment { ParticipantId = p.ParticipantId, MentorEmployeeId = m.Person.EmployeeId, Role = role, From = today, RoundId = round.Id });
            filled.Add((p.ParticipantId, role));
            foreach (var w in openWaits.Where(w => w.ParticipantId == p.ParticipantId && w.Role == role))
            {
                w.FilledOn = today;
                w.FilledByRoundId = round.Id;
            }
            notices.Add((p, m, role));
        }

        // Unfilled slots go to the waitlist with the reason: nobody eligible (and why), or every eligible volunteer full.
        var waitlisted = 0;
        foreach (var (p, role, reason, detail) in OpenSlots(ctx, instance, filled))
        {
            if (openWaits.FirstOrDefault(w => w.ParticipantId == p.ParticipantId && w.Role == role) is { } open)
            {
                // Still waiting after this round: keep the original cause (re-match, departure) unless it was a matching outcome.
                if (open.Reason is WaitlistReason.NoEligibleVolunteer or WaitlistReason.VolunteersFull) (open.Reason, open.Detail, open.RoundId) = (reason, detail, round.Id);
                continue;
            }
            db.MentoringWaitlist.Add(new MentoringWaitlistEntry { ParticipantId = p.ParticipantId, Role = role, Reason = reason, Detail = detail, RoundId = round.Id, AddedOn = today });
            waitlisted++;
        }

        round.Status = MentoringRoundStatus.Published;
        round.PublishedOn = today;
        round.PublishedBy = actor;
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

    // ---- waitlist ----

    public async Task<List<WaitlistView>> WaitlistAsync(int cohortId, CancellationToken ct = default)
    {
        var rows = await db.MentoringWaitlist.AsNoTracking().Include(w => w.Participant).ThenInclude(p => p!.Employee)
            .Where(w => w.Participant!.CohortId == cohortId && w.FilledOn == null).OrderBy(w => w.Id).ToListAsync(ct);
        return [.. rows.Select(WaitView)];
    }

    public WaitlistView WaitView(MentoringWaitlistEntry w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var e = w.Participant!.Employee!;
        return new WaitlistView(w.Id, w.ParticipantId, Person(e), w.Role, RoleName(w.Role), w.Reason, t[MentoringKeys.Of("Wait", w.Reason)], Details(w.Reason, w.Detail), w.AddedOn, w.FilledOn);
    }

    /// <summary>A waitlist detail in the user's language: "rule (n volunteers)" parts for nobody eligible, else the note.</summary>
    private List<string> Details(WaitlistReason reason, string? detail) =>
        reason == WaitlistReason.NoEligibleVolunteer && detail is { Length: > 0 } d
            ? d.Split(';').Select(part => part.Split('=')).Where(kv => kv.Length == 2).Select(kv => t["WaitDetail", t[MentoringKeys.Of("ReasonShort", kv[0])], kv[1]].Value).ToList()
            : detail is { Length: > 0 } note ? [note] : [];
}

/// <summary>The mentoring solve as queued work (kind <see cref="MentoringRoundHandlers.JobKind"/>): arguments are the round id only.</summary>
public sealed class MentoringSolveWork(MentoringRoundHandlers handlers) : IJobWork
{
    public sealed record Arguments(int RoundId);

    public Task<JobOutcome> RunAsync(string argumentsJson, IJobProgress progress, CancellationToken ct) =>
        handlers.SolveJobAsync(JsonSerializer.Deserialize<Arguments>(argumentsJson)!.RoundId, progress, ct);
}
