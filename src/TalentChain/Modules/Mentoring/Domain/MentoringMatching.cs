using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Optimization;
using TalentChain.Optimization.Mentoring;

namespace TalentChain.Modules.Mentoring.Domain;

/// <summary>What the rules need to know about a person (participant or volunteer).</summary>
public sealed record PersonFacts(
    int EmployeeId, string Number, string Name, int OrgUnitId, ChainSegment Segment, string? Site, int? ManagerId,
    DateOnly HireDate, int Grade, ProfessionalTitle Title, EmployeeStatus Status, IReadOnlyDictionary<int, int> Skills)
{
    /// <summary>Still active but with an open departure (notice given, recorded in the knowledge module): the departure task would end any new relationship.</summary>
    public bool Leaving { get; init; }
}

/// <summary>A development goal of the participant's open plan version.</summary>
public sealed record GoalFacts(int SkillId, string SkillName, int CurrentLevel, int TargetLevel, DateOnly DueDate);

/// <summary>
/// The focus skill of a participant: the open plan goal with the largest gap (target − current; ties: the earlier
/// due date, then the lower skill id), unless the round overrides it. The technical mentor must hold it at
/// max(rules' minimum, goal target) — or the rules' minimum for an override without a goal.
/// </summary>
public sealed record FocusSkill(int SkillId, string SkillName, int RequiredLevel, bool Overridden);

public sealed record ParticipantFacts(
    int ParticipantId, PersonFacts Person, IReadOnlyList<GoalFacts> Goals, FocusSkill? Focus,
    IReadOnlyList<MentorRole> Roles, IReadOnlySet<int> PreferredMentors)
{
    /// <summary>Mentors (employee ids) the participant asked to be re-matched away from: never proposed to them again.</summary>
    public IReadOnlySet<int> RematchedAway { get; init; } = new HashSet<int>();
}

public sealed record VolunteerFacts(PersonFacts Person, int Technical, int Career, int Peer, int Total)
{
    public int Capacity(MentorRole role) => role switch { MentorRole.Technical => Technical, MentorRole.Career => Career, _ => Peer };
}

/// <summary>Why a volunteer may not serve a participant in a role: a resource key (under "Reason.") and its arguments.</summary>
public sealed record NotEligible(string Key, object?[] Args);

/// <summary>Points of one score criterion (resource key under "Score.").</summary>
public sealed record ScorePart(string Criterion, int Points);

/// <summary>The (mentor, participant, role) verdict: eligible with a score breakdown, or the reasons not.</summary>
public sealed record Verdict(bool Eligible, IReadOnlyList<NotEligible> Reasons, IReadOnlyList<ScorePart> Breakdown)
{
    public int Score => Breakdown.Sum(b => b.Points);
}

/// <summary>The rules of 1+1+1 matching applied to facts: eligibility with reasons and the score broken down by criterion.</summary>
public static class MentoringMatching
{
    public static readonly MentorRole[] AllRoles = [MentorRole.Technical, MentorRole.Career, MentorRole.Peer];

    public static FocusSkill? Focus(IReadOnlyList<GoalFacts> goals, MentoringRules rules, (int Id, string Name)? overrideSkill)
    {
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(rules);
        if (overrideSkill is { } o)
        {
            var goal = goals.FirstOrDefault(g => g.SkillId == o.Id);
            return new FocusSkill(o.Id, o.Name, Math.Max(rules.TechnicalMinLevel, goal?.TargetLevel ?? 0), true);
        }
        var best = goals.OrderByDescending(g => g.TargetLevel - g.CurrentLevel).ThenBy(g => g.DueDate).ThenBy(g => g.SkillId).FirstOrDefault();
        return best is null ? null : new FocusSkill(best.SkillId, best.SkillName, Math.Max(rules.TechnicalMinLevel, best.TargetLevel), false);
    }

    /// <summary>The chain of managers above an employee (manager, manager's manager …), cycle-safe.</summary>
    public static HashSet<int> ManagersAbove(int employeeId, IReadOnlyDictionary<int, int?> managerOf)
    {
        ArgumentNullException.ThrowIfNull(managerOf);
        var chain = new HashSet<int>();
        var current = employeeId;
        while (managerOf.TryGetValue(current, out var m) && m is { } next && chain.Add(next) && next != employeeId) current = next;
        return chain;
    }

    public static Verdict Judge(
        ParticipantFacts p, VolunteerFacts v, MentorRole role, MentoringRules rules, DateOnly today,
        IReadOnlyDictionary<int, int?> managerOf, (double Average, int Count)? rating, bool forbidden)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(rules);
        var reasons = new List<NotEligible>();
        var m = v.Person;
        if (m.EmployeeId == p.Person.EmployeeId) reasons.Add(new("Self", []));
        else if (rules.ExcludeManagementChain)
        {
            if (ManagersAbove(p.Person.EmployeeId, managerOf).Contains(m.EmployeeId)) reasons.Add(new("ChainAbove", []));
            else if (ManagersAbove(m.EmployeeId, managerOf).Contains(p.Person.EmployeeId)) reasons.Add(new("ChainBelow", []));
        }
        if (p.RematchedAway.Contains(m.EmployeeId)) reasons.Add(new("RematchedAway", []));
        if (m.Status != EmployeeStatus.Active) reasons.Add(new("Departed", []));
        else if (m.Leaving) reasons.Add(new("Leaving", []));
        if (v.Capacity(role) <= 0 || v.Total <= 0) reasons.Add(new("NoPlaces", []));
        switch (role)
        {
            case MentorRole.Technical:
                if (p.Focus is not { } focus) reasons.Add(new("NoFocusSkill", []));
                else
                {
                    var level = m.Skills.TryGetValue(focus.SkillId, out var l) ? l : 0;
                    if (level < focus.RequiredLevel) reasons.Add(new("SkillBelow", [focus.SkillName, focus.RequiredLevel, level]));
                }
                break;
            case MentorRole.Career:
                if (rules.CareerOtherUnit && m.OrgUnitId == p.Person.OrgUnitId) reasons.Add(new("SameUnit", []));
                break;
            case MentorRole.Peer:
                var tenure = MentoringText.YearsBetween(m.HireDate, today);
                if (tenure < rules.PeerMinTenureYears || tenure > rules.PeerMaxTenureYears) reasons.Add(new("Tenure", [rules.PeerMinTenureYears, rules.PeerMaxTenureYears, tenure]));
                if (rules.PeerMaxGrade is { } maxGrade && m.Grade > maxGrade) reasons.Add(new("GradeAbove", [maxGrade, m.Grade]));
                if (rules.PeerMaxTitle is { } maxTitle && m.Title > maxTitle) reasons.Add(new("TitleAbove", [maxTitle, m.Title]));
                break;
        }
        if (forbidden) reasons.Add(new("Forbidden", []));
        return new Verdict(reasons.Count == 0, reasons, Score(p, m, rules, rating));
    }

    /// <summary>
    /// The soft score, by criterion: skill overlap (weight × the plan goals whose target level the mentor holds), same
    /// industrial-chain segment, same site, rating history (weight × (average − 1) / 4; half the weight with no
    /// history), named by the participant. Languages are not in the people data, so there is no language criterion.
    /// </summary>
    public static List<ScorePart> Score(ParticipantFacts p, PersonFacts m, MentoringRules rules, (double Average, int Count)? rating)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(rules);
        var overlap = p.Goals.Count(g => m.Skills.TryGetValue(g.SkillId, out var level) && level >= g.TargetLevel);
        var ratingPoints = rating is { Count: > 0 } r
            ? (int)Math.Round(rules.WeightRating * (Math.Clamp(r.Average, 1, 5) - 1) / 4, MidpointRounding.AwayFromZero)
            : (int)Math.Round(rules.WeightRating / 2.0, MidpointRounding.AwayFromZero);
        return
        [
            new("Skill", rules.WeightSkill * overlap),
            new("Segment", m.Segment == p.Person.Segment ? rules.WeightSegment : 0),
            new("Site", m.Site is not null && m.Site == p.Person.Site ? rules.WeightSite : 0),
            new("Rating", ratingPoints),
            new("Preference", p.PreferredMentors.Contains(m.EmployeeId) ? rules.WeightPreference : 0),
        ];
    }

    public static MentoringRole ToSolver(MentorRole role) => role switch
    {
        MentorRole.Technical => MentoringRole.Technical,
        MentorRole.Career => MentoringRole.Career,
        _ => MentoringRole.Peer,
    };

    public static MentorRole FromSolver(MentoringRole role) => role switch
    {
        MentoringRole.Technical => MentorRole.Technical,
        MentoringRole.Career => MentorRole.Career,
        _ => MentorRole.Peer,
    };

    /// <summary>
    /// Applies pins exactly: each pinned triple is pre-assigned (it must be a candidate), its mentor's role and total
    /// capacity drop by one, the participant's slot for that role leaves the instance, and so do the pair's other roles.
    /// </summary>
    public static (MentoringInstance Reduced, List<MentoringCandidate> Pinned) ApplyPins(MentoringInstance instance, IReadOnlyCollection<MentoringAssignment> pins)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(pins);
        var pinned = new List<MentoringCandidate>();
        var roleUse = new Dictionary<(string, MentoringRole), int>();
        var totalUse = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pin in pins)
        {
            var c = instance.Candidates.FirstOrDefault(x => x.Participant == pin.Participant && x.Mentor == pin.Mentor && x.Role == pin.Role);
            if (c is null) continue;
            pinned.Add(c);
            roleUse[(c.Mentor, c.Role)] = roleUse.GetValueOrDefault((c.Mentor, c.Role)) + 1;
            totalUse[c.Mentor] = totalUse.GetValueOrDefault(c.Mentor) + 1;
        }
        var slots = pinned.Select(c => (c.Participant, c.Role)).ToHashSet();
        var pairs = pinned.Select(c => (c.Participant, c.Mentor)).ToHashSet();
        var mentors = instance.Mentors.Select(m => new MentoringMentor(m.Id,
            new RoleCapacity(
                Math.Max(0, m.Capacity.Technical - roleUse.GetValueOrDefault((m.Id, MentoringRole.Technical))),
                Math.Max(0, m.Capacity.Career - roleUse.GetValueOrDefault((m.Id, MentoringRole.Career))),
                Math.Max(0, m.Capacity.Peer - roleUse.GetValueOrDefault((m.Id, MentoringRole.Peer)))),
            Math.Max(0, m.TotalCapacity - totalUse.GetValueOrDefault(m.Id)))).ToList();
        var candidates = instance.Candidates.Where(c => !slots.Contains((c.Participant, c.Role)) && !pairs.Contains((c.Participant, c.Mentor))).ToList();
        return (new MentoringInstance(mentors, candidates), pinned);
    }

    /// <summary>The solver's result on the reduced instance plus the pins: the proposal, feasible for the full instance.</summary>
    public static MentoringResult WithPins(MentoringResult reduced, IReadOnlyList<MentoringCandidate> pinned)
    {
        ArgumentNullException.ThrowIfNull(reduced);
        ArgumentNullException.ThrowIfNull(pinned);
        var pinScore = pinned.Sum(p => (long)p.Score);
        return new MentoringResult(
            [.. pinned.Select(p => new MentoringAssignment(p.Participant, p.Mentor, p.Role)), .. reduced.Assignments],
            reduced.FilledSlots + pinned.Count, reduced.TotalScore + pinScore,
            new Objective(reduced.Bound.Count + pinned.Count, reduced.Bound.Score + pinScore), reduced.Optimal);
    }
}

/// <summary>Resource keys built at run time ("Role.Technical", "Reason.SkillBelow" …); the resource test lists them all.</summary>
public static class MentoringKeys
{
    public static string Of(string prefix, object value) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}.{value}");
}
