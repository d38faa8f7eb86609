using System.Xml.Linq;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.TalentProgram;
using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Optimization;
using TalentChain.Optimization.Mentoring;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Mentoring;

/// <summary>The 1+1+1 rules on plain facts: each hard rule's reason, the score breakdown, the focus skill, pins and the result check.</summary>
public class MentoringRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private const int Cascade = 100;
    private const int Electrolysis = 200;

    private static PersonFacts Person(int id, int unit = 1, int? manager = null, int tenureYears = 4, int grade = 10, ProfessionalTitle title = ProfessionalTitle.Engineer,
        ChainSegment segment = ChainSegment.Separation, string? site = "Baotou", EmployeeStatus status = EmployeeStatus.Active, Dictionary<int, int>? skills = null) =>
        new(id, $"E{id:0000}", $"Person {id}", unit, segment, site, manager, Today.AddYears(-tenureYears).AddDays(-10), grade, title, status, skills ?? []);

    private static readonly MentoringRules Rules = new();

    private static ParticipantFacts Participant(PersonFacts person, IReadOnlyList<GoalFacts>? goals = null, params int[] preferred)
    {
        goals ??= [new GoalFacts(Cascade, "SX cascade", 1, 3, Today.AddMonths(6)), new GoalFacts(Electrolysis, "NdPr electrolysis", 2, 3, Today.AddMonths(3))];
        return new ParticipantFacts(person.EmployeeId, person, goals, MentoringMatching.Focus(goals, Rules, null), [MentorRole.Technical, MentorRole.Career, MentorRole.Peer], preferred.ToHashSet());
    }

    private static VolunteerFacts Volunteer(PersonFacts person, int places = 1) => new(person, places, places, places, places);

    private static Verdict Judge(ParticipantFacts p, PersonFacts mentor, MentorRole role, Dictionary<int, int?>? managers = null, bool forbidden = false, int places = 1) =>
        MentoringMatching.Judge(p, Volunteer(mentor, places), role, Rules, Today, managers ?? new Dictionary<int, int?>(), null, forbidden);

    private static string[] Keys(Verdict v) => [.. v.Reasons.Select(r => r.Key)];

    [Fact]
    public void FocusSkill_IsTheGoalWithTheLargestGap_AndTheRequiredLevelIsAtLeastTheTarget()
    {
        var p = Participant(Person(1));
        Assert.Equal(Cascade, p.Focus!.SkillId);
        Assert.Equal(3, p.Focus.RequiredLevel);
        var over = MentoringMatching.Focus(p.Goals, new MentoringRules { TechnicalMinLevel = 4 }, (Electrolysis, "NdPr electrolysis"));
        Assert.Equal((Electrolysis, 4, true), (over!.SkillId, over.RequiredLevel, over.Overridden));
        Assert.Null(MentoringMatching.Focus([], Rules, null));
    }

    [Fact]
    public void Technical_NeedsTheFocusSkillAtTheRequiredLevel_AndSaysWhatIsMissing()
    {
        var p = Participant(Person(1));
        var expert = Judge(p, Person(2, unit: 2, skills: new() { [Cascade] = 3 }), MentorRole.Technical);
        Assert.True(expert.Eligible);
        var weak = Judge(p, Person(3, unit: 2, skills: new() { [Cascade] = 2 }), MentorRole.Technical);
        var reason = Assert.Single(weak.Reasons);
        Assert.Equal("SkillBelow", reason.Key);
        Assert.Equal(new object?[] { "SX cascade", 3, 2 }, reason.Args);
        var noGoals = Participant(Person(4), goals: []);
        Assert.Equal(["NoFocusSkill"], Keys(Judge(noGoals, Person(5, skills: new() { [Cascade] = 4 }), MentorRole.Technical)));
    }

    [Fact]
    public void ManagementChain_IsRefusedUpAndDown_AndSelfIsRefused()
    {
        // 10 ← 11 ← 12 (participant) ← 13: 11 is the manager, 10 the manager's manager, 13 reports to the participant.
        var managers = new Dictionary<int, int?> { [10] = null, [11] = 10, [12] = 11, [13] = 12 };
        var p = Participant(Person(12, manager: 11));
        Assert.Equal(["ChainAbove"], Keys(Judge(p, Person(11, unit: 2), MentorRole.Career, managers)));
        Assert.Equal(["ChainAbove"], Keys(Judge(p, Person(10, unit: 2), MentorRole.Career, managers)));
        Assert.Equal(["ChainBelow"], Keys(Judge(p, Person(13, unit: 2), MentorRole.Career, managers)));
        Assert.Contains("Self", Keys(Judge(p, Person(12), MentorRole.Career, managers)));
        Assert.True(MentoringMatching.Judge(p, Volunteer(Person(11, unit: 2)), MentorRole.Career, new MentoringRules { ExcludeManagementChain = false }, Today, managers, null, false).Eligible);
    }

    [Fact]
    public void ManagerChain_WithACycle_Terminates()
    {
        var managers = new Dictionary<int, int?> { [1] = 2, [2] = 3, [3] = 1 };
        Assert.Equal([1, 2, 3], MentoringMatching.ManagersAbove(1, managers).Order());
    }

    [Fact]
    public void Judge_CareerMentorFromSameUnit_IsIneligible()
    {
        var p = Participant(Person(1, unit: 7));
        Assert.Equal(["SameUnit"], Keys(Judge(p, Person(2, unit: 7), MentorRole.Career)));
        Assert.True(Judge(p, Person(3, unit: 8), MentorRole.Career).Eligible);
    }

    [Fact]
    public void Peer_IsWithinTheTenureBand_AndNotAboveTheGradeOrTitle()
    {
        var p = Participant(Person(1));
        Assert.True(Judge(p, Person(2, tenureYears: 2), MentorRole.Peer).Eligible);
        Assert.True(Judge(p, Person(3, tenureYears: 6), MentorRole.Peer).Eligible);
        var old = Assert.Single(Judge(p, Person(4, tenureYears: 9), MentorRole.Peer).Reasons);
        Assert.Equal("Tenure", old.Key);
        Assert.Equal(new object?[] { 2, 6, 9 }, old.Args);
        Assert.Equal(["Tenure"], Keys(Judge(p, Person(5, tenureYears: 1), MentorRole.Peer)));
        Assert.Equal(["GradeAbove"], Keys(Judge(p, Person(6, grade: 14), MentorRole.Peer)));
        Assert.Equal(["TitleAbove"], Keys(Judge(p, Person(7, title: ProfessionalTitle.SeniorEngineer), MentorRole.Peer)));
    }

    [Fact]
    public void Judge_DepartedForbiddenOrNoPlaces_AreReasons()
    {
        var p = Participant(Person(1));
        Assert.Equal(["Departed"], Keys(Judge(p, Person(2, unit: 2, status: EmployeeStatus.Departed), MentorRole.Career)));
        Assert.Equal(["Leaving"], Keys(Judge(p, Person(5, unit: 2) with { Leaving = true }, MentorRole.Career)));
        Assert.Equal(["RematchedAway"], Keys(Judge(p with { RematchedAway = new HashSet<int> { 6 } }, Person(6, unit: 2), MentorRole.Career)));
        Assert.Equal(["Forbidden"], Keys(Judge(p, Person(3, unit: 2), MentorRole.Career, forbidden: true)));
        Assert.Equal(["NoPlaces"], Keys(Judge(p, Person(4, unit: 2), MentorRole.Career, places: 0)));
    }

    [Fact]
    public void Score_IsBrokenDownByCriterion_AndAddsUp()
    {
        var p = Participant(Person(1, segment: ChainSegment.Separation, site: "Baotou"), null, 2);
        var mentor = Person(2, unit: 2, segment: ChainSegment.Separation, site: "Baotou", skills: new() { [Cascade] = 4, [Electrolysis] = 3 });
        var verdict = MentoringMatching.Judge(p, Volunteer(mentor), MentorRole.Technical, Rules, Today, new Dictionary<int, int?>(), (5.0, 3), false);
        var parts = verdict.Breakdown.ToDictionary(b => b.Criterion, b => b.Points);
        Assert.Equal(2 * Rules.WeightSkill, parts["Skill"]);
        Assert.Equal(Rules.WeightSegment, parts["Segment"]);
        Assert.Equal(Rules.WeightSite, parts["Site"]);
        Assert.Equal(Rules.WeightRating, parts["Rating"]);
        Assert.Equal(Rules.WeightPreference, parts["Preference"]);
        Assert.Equal(parts.Values.Sum(), verdict.Score);

        var stranger = Person(3, unit: 3, segment: ChainSegment.Recycling, site: "Ganzhou");
        var plain = MentoringMatching.Score(p, stranger, Rules, null).ToDictionary(b => b.Criterion, b => b.Points);
        Assert.Equal((0, 0, 0, 0), (plain["Skill"], plain["Segment"], plain["Site"], plain["Preference"]));
        Assert.Equal(3, plain["Rating"]); // no history: half the weight (5), rounded
        Assert.Equal(0, MentoringMatching.Score(p, stranger, Rules, (1.0, 2)).Single(b => b.Criterion == "Rating").Points);
    }

    private static MentoringInstance SmallInstance() => new(
        [new MentoringMentor("M1", new RoleCapacity(1, 1, 0), 1), new MentoringMentor("M2", new RoleCapacity(1, 1, 1), 2)],
        [
            new MentoringCandidate("P1", "M1", MentoringRole.Technical, 10), new MentoringCandidate("P1", "M2", MentoringRole.Technical, 8),
            new MentoringCandidate("P1", "M2", MentoringRole.Career, 5), new MentoringCandidate("P2", "M1", MentoringRole.Career, 7),
            new MentoringCandidate("P2", "M2", MentoringRole.Technical, 6), new MentoringCandidate("P2", "M2", MentoringRole.Peer, 3),
        ]);

    [Fact]
    public void Pins_AreAppliedExactly_AndTheSolutionKeepsThemAndIsFeasible()
    {
        var instance = SmallInstance();
        var pin = new MentoringAssignment("P1", "M2", MentoringRole.Technical);
        var (reduced, pinned) = MentoringMatching.ApplyPins(instance, [pin]);
        Assert.Equal(8, Assert.Single(pinned).Score);
        // The participant's technical slot and the pair's other roles are gone; M2 has one technical and one total place less.
        Assert.DoesNotContain(reduced.Candidates, c => c.Participant == "P1" && (c.Role == MentoringRole.Technical || c.Mentor == "M2"));
        var m2 = reduced.Mentors.Single(m => m.Id == "M2");
        Assert.Equal((0, 1, 1, 1), (m2.Capacity.Technical, m2.Capacity.Career, m2.Capacity.Peer, m2.TotalCapacity));

        var result = MentoringMatching.WithPins(MentoringSolver.Solve(reduced), pinned);
        Assert.Contains(pin, result.Assignments);
        Assert.Empty(MentoringValidation.CheckResult(instance, result));
        Assert.True(result.Bound >= result.Value);
    }

    [Fact]
    public void Solve_RandomRoundsWithPins_KeepsPinsAndStaysFeasible()
    {
        var rng = new Random(20261122);
        for (var round = 0; round < 200; round++)
        {
            var mentors = Enumerable.Range(1, 1 + rng.Next(4)).Select(m => new MentoringMentor($"M{m}", new RoleCapacity(rng.Next(3), rng.Next(3), rng.Next(3)), rng.Next(1, 4))).ToList();
            var candidates = new List<MentoringCandidate>();
            foreach (var p in Enumerable.Range(1, 1 + rng.Next(5)))
                foreach (var m in mentors)
                    foreach (var role in Enum.GetValues<MentoringRole>())
                        if (rng.Next(3) > 0) candidates.Add(new MentoringCandidate($"P{p}", m.Id, role, rng.Next(0, 30)));
            var instance = new MentoringInstance(mentors, candidates);
            // Pins as a program manager could set them: distinct slots and pairs, within the mentors' places.
            var pins = new List<MentoringAssignment>();
            foreach (var c in candidates.Where(_ => rng.Next(6) == 0))
            {
                var trial = pins.Append(new MentoringAssignment(c.Participant, c.Mentor, c.Role)).ToList();
                if (MentoringValidation.CheckResult(instance, new MentoringResult(trial, trial.Count, trial.Sum(a => (long)candidates.First(x => x.Participant == a.Participant && x.Mentor == a.Mentor && x.Role == a.Role).Score), new Objective(999, 99999), false)).Count == 0)
                    pins = trial;
            }
            var (reduced, pinned) = MentoringMatching.ApplyPins(instance, pins);
            var result = MentoringMatching.WithPins(MentoringSolver.Solve(reduced), pinned);
            Assert.All(pins, pin => Assert.Contains(pin, result.Assignments));
            Assert.Empty(MentoringValidation.CheckResult(instance, result));
        }
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Repository.Root, "src/TalentChain/Resources", file)).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    [Fact]
    public void Resources_EveryComputedKey_HasEnglishAndChinese()
    {
        var (en, zh) = (Read("MentoringResource.resx"), Read("MentoringResource.zh-CN.resx"));
        var reasons = new[] { "Self", "ChainAbove", "ChainBelow", "Departed", "Leaving", "RematchedAway", "NoPlaces", "NoFocusSkill", "SkillBelow", "SameUnit", "Tenure", "GradeAbove", "TitleAbove", "Forbidden" };
        var keys = reasons.SelectMany(r => new[] { "Reason." + r, "ReasonShort." + r })
            .Concat(Enum.GetNames<MentorRole>().SelectMany(r => new[] { "Role." + r, $"Notify.Mentor.{r}.Subject", $"Notify.Mentor.{r}.Body", $"Notify.Mentee.{r}.Subject", $"Notify.Mentee.{r}.Body" }))
            .Concat(Enum.GetNames<WaitlistReason>().Select(r => "Wait." + r)).Concat(Enum.GetNames<MentorEndReason>().Select(r => "End." + r))
            .Concat(Enum.GetNames<MentoringRoundKind>().Select(r => "Kind." + r)).Concat(Enum.GetNames<MentoringRoundStatus>().Select(r => "Status." + r))
            .Concat(Enum.GetNames<PairRuleKind>().Select(r => "Pair." + r)).Concat(new[] { "Skill", "Segment", "Site", "Rating", "Preference", "Imported" }.Select(s => "Score." + s))
            .Concat(["Source.solver", "Source.import"]);
        var missing = keys.Where(k => !en.ContainsKey(k) || !zh.ContainsKey(k) || string.IsNullOrWhiteSpace(zh[k])).ToList();
        Assert.True(missing.Count == 0, "Missing: " + string.Join(", ", missing));
        // Every reason the rules can produce is one of the listed keys.
        Assert.All(reasons, r => Assert.NotEqual(en["Reason." + r], zh["Reason." + r]));
    }
}
