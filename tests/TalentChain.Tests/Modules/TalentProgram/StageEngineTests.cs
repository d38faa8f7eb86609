using TalentChain.Modules.TalentProgram;
using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Tests.Modules.TalentProgram;

public class StageEngineTests
{
    private static List<ProgramStage> Template()
    {
        var stages = StageEngine.Template(1, 5, 3, 3, 6);
        var id = 1;
        var criterionId = 100;
        foreach (var s in stages)
        {
            s.Id = id++;
            foreach (var c in s.Criteria) { c.Id = criterionId++; c.StageId = s.Id; }
        }
        return stages;
    }

    [Fact]
    public void Template_Default_IsOnePlusFivePlusOneRepeatingDevelopmentStage()
    {
        var stages = Template();
        Assert.Equal(7, stages.Count);
        Assert.Equal([StageKind.Onboarding, StageKind.Rotation, StageKind.Rotation, StageKind.Rotation, StageKind.Rotation, StageKind.Rotation, StageKind.Development], stages.Select(s => s.Kind));
        Assert.All(stages, s => Assert.Contains(s.Criteria, c => c.Kind == EvidenceKind.SignOff && c.SignOffRole == SignOffRole.LineManager));
    }

    [Fact]
    public void Next_WalksTheTemplateInOrder_ThenRepeatsTheDevelopmentStage()
    {
        var stages = Template();
        var path = new List<ProgramStage>();
        ProgramStage? current = null;
        for (var i = 0; i < 9; i++) path.Add(current = StageEngine.Next(stages, current)!);
        Assert.Equal(["Onboarding", "Rotation 1", "Rotation 2", "Rotation 3", "Rotation 4", "Rotation 5", "Targeted development", "Targeted development", "Targeted development"], path.Select(s => s.Name));
    }

    [Fact]
    public void Next_AfterLastNonDevelopmentStage_IsNull()
    {
        var stages = StageEngine.Template(1, 2, 3, 3, 6).Where(s => s.Kind != StageKind.Development).ToList();
        for (var i = 0; i < stages.Count; i++) stages[i].Id = i + 1;
        Assert.Null(StageEngine.Next(stages, stages[^1]));
    }

    [Fact]
    public void Gate_EveryCriterionHasFittingEvidence_IsMet()
    {
        var rotation = Template()[1];
        var document = rotation.Criteria.Single(c => c.Kind == EvidenceKind.Document);
        var signOff = rotation.Criteria.Single(c => c.Kind == EvidenceKind.SignOff);
        var assessment = rotation.Criteria.Single(c => c.Kind == EvidenceKind.Assessment);
        var evidence = new List<GateEvidence>
        {
            new() { GateCriterionId = document.Id, Note = "DMS-1", RecordedBy = "x" },
            new() { GateCriterionId = signOff.Id, SignedAs = SignOffRole.Mentor, RecordedBy = "x" }, // wrong signer
            new() { GateCriterionId = assessment.Id, Score = 59, RecordedBy = "x" },                 // below 60
        };
        var states = StageEngine.Evaluate(rotation.Criteria, evidence);
        Assert.Equal([true, false, false], states.Select(s => s.Met));
        Assert.False(StageEngine.GateMet(rotation.Criteria, evidence));

        evidence.Add(new() { GateCriterionId = signOff.Id, SignedAs = SignOffRole.LineManager, RecordedBy = "m" });
        evidence.Add(new() { GateCriterionId = assessment.Id, Score = 60, RecordedBy = "m" });
        Assert.True(StageEngine.GateMet(rotation.Criteria, evidence));
    }

    [Theory]
    [InlineData(true, true, false, false, null, StageEngine.AdvanceRefusal.None)]
    [InlineData(true, false, false, true, null, StageEngine.AdvanceRefusal.GateNotMet)]
    [InlineData(true, false, true, false, "because", StageEngine.AdvanceRefusal.OverrideNeedsManager)]
    [InlineData(true, false, true, true, "  ", StageEngine.AdvanceRefusal.OverrideNeedsReason)]
    [InlineData(true, false, true, true, "Plant shutdown", StageEngine.AdvanceRefusal.None)]
    [InlineData(false, true, false, true, null, StageEngine.AdvanceRefusal.NotActive)]
    public void CanAdvance_UnmetGate_NeedsProgramManagerAndReason(bool active, bool gateMet, bool wantsOverride, bool manager, string? reason, StageEngine.AdvanceRefusal expected) =>
        Assert.Equal(expected, StageEngine.CanAdvance(active, gateMet, wantsOverride, manager, reason));

    [Fact]
    public void Stuck_OpenAfterPlannedEnd_IsTrue()
    {
        var stage = new ParticipantStage { StartedOn = new DateOnly(2026, 1, 1), PlannedEnd = new DateOnly(2026, 4, 1) };
        Assert.False(StageEngine.IsStuck(stage, new DateOnly(2026, 4, 1)));
        Assert.True(StageEngine.IsStuck(stage, new DateOnly(2026, 4, 2)));
        stage.EndedOn = new DateOnly(2026, 4, 10);
        Assert.False(StageEngine.IsStuck(stage, new DateOnly(2026, 5, 1)));
    }

    [Fact]
    public void PlannedEnd_AddsTheStageMonths_ClampingMonthEnds() =>
        Assert.Equal(new DateOnly(2026, 2, 28), StageEngine.PlannedEnd(new DateOnly(2025, 11, 30), new ProgramStage { Name = "R", DurationMonths = 3 }));
}

public class ReviewScheduleTests
{
    [Fact]
    public void FirstReview_AnyStart_FallsDueSixMonthsLater() =>
        Assert.Equal(new DateOnly(2026, 9, 15), ReviewSchedule.DueDate(new DateOnly(2026, 3, 15), 6, 1));

    [Theory]
    [InlineData(2025, 2, 28)] // start 31 Aug 2024 → 28 Feb 2025
    [InlineData(2024, 2, 29)] // start 31 Aug 2023 → 29 Feb 2024 (leap year)
    public void FirstReview_MonthEndStart_FallsDueOnLastDayOfFebruary(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), ReviewSchedule.DueDate(new DateOnly(year - 1, 8, 31), 6, 1));

    [Fact]
    public void LaterReviews_CountFromTheStart_SoMonthEndsDoNotDrift()
    {
        var start = new DateOnly(2024, 8, 31);
        Assert.Equal([new DateOnly(2025, 2, 28), new DateOnly(2025, 8, 31), new DateOnly(2026, 2, 28), new DateOnly(2026, 8, 31)],
            Enumerable.Range(1, 4).Select(n => ReviewSchedule.DueDate(start, 6, n)));
    }

    [Fact]
    public void ReviewInterval_Configured_IsUsed() => Assert.Equal(new DateOnly(2027, 1, 31), ReviewSchedule.DueDate(new DateOnly(2026, 1, 31), 4, 3));

    [Theory]
    [InlineData(14, 14, true)]
    [InlineData(15, 14, false)]
    [InlineData(0, 14, true)]
    [InlineData(-1, 14, false)]
    public void Reminder_WithinWindowBeforeDueDate_IsDue(int daysUntilDue, int window, bool expected)
    {
        var today = new DateOnly(2026, 5, 1);
        Assert.Equal(expected, ReviewSchedule.ReminderDue(today.AddDays(daysUntilDue), today, window));
    }
}
