using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram.Domain;

/// <summary>
/// The stage engine's rules, free of storage: which gate criteria are met, which stage comes next, whether a
/// participant may advance, who is stuck. Handlers load the rows, ask here, and write the outcome.
/// </summary>
public static class StageEngine
{
    public sealed record CriterionState(GateCriterion Criterion, bool Met);

    /// <summary>Each criterion with whether the recorded evidence meets it.</summary>
    public static List<CriterionState> Evaluate(IEnumerable<GateCriterion> criteria, IReadOnlyCollection<GateEvidence> evidence) =>
        [.. criteria.Select(c => new CriterionState(c, evidence.Any(e => e.GateCriterionId == c.Id && Meets(c, e))))];

    public static bool Meets(GateCriterion criterion, GateEvidence evidence) => criterion.Kind switch
    {
        EvidenceKind.Document => !string.IsNullOrWhiteSpace(evidence.Note),
        EvidenceKind.Assessment => evidence.Score is { } s && s >= (criterion.MinScore ?? 0),
        EvidenceKind.SignOff => evidence.SignedAs is { } role && role == criterion.SignOffRole,
        _ => false,
    };

    public static bool GateMet(IEnumerable<GateCriterion> criteria, IReadOnlyCollection<GateEvidence> evidence) =>
        Evaluate(criteria, evidence).All(c => c.Met);

    /// <summary>
    /// The stage after <paramref name="current"/> in the template (ordered by Order): the next one, or — after
    /// the last stage when it is a development stage — the same development stage again (the open-ended "N").
    /// Null when the template ends with a non-repeating stage (the participant then completes the program).
    /// </summary>
    public static ProgramStage? Next(IReadOnlyList<ProgramStage> template, ProgramStage? current)
    {
        var ordered = template.OrderBy(s => s.Order).ToList();
        if (ordered.Count == 0) return null;
        if (current is null) return ordered[0];
        var index = ordered.FindIndex(s => s.Id == current.Id);
        if (index < 0) return null;
        if (index + 1 < ordered.Count) return ordered[index + 1];
        return current.Kind == StageKind.Development ? current : null;
    }

    public enum AdvanceRefusal
    {
        None = 0,
        GateNotMet = 1,
        OverrideNeedsManager = 2,
        OverrideNeedsReason = 3,
        NotActive = 4,
    }

    /// <summary>May the participant leave the current stage? An unmet gate can be overridden only by a program manager giving a reason.</summary>
    public static AdvanceRefusal CanAdvance(bool participantActive, bool gateMet, bool wantsOverride, bool isProgramManager, string? overrideReason)
    {
        if (!participantActive) return AdvanceRefusal.NotActive;
        if (gateMet) return AdvanceRefusal.None;
        if (!wantsOverride) return AdvanceRefusal.GateNotMet;
        if (!isProgramManager) return AdvanceRefusal.OverrideNeedsManager;
        if (string.IsNullOrWhiteSpace(overrideReason)) return AdvanceRefusal.OverrideNeedsReason;
        return AdvanceRefusal.None;
    }

    /// <summary>The planned end of a stage started on <paramref name="start"/>.</summary>
    public static DateOnly PlannedEnd(DateOnly start, ProgramStage stage) => start.AddMonths(Math.Max(stage.DurationMonths, 0));

    /// <summary>Stuck: still in the stage after its planned end.</summary>
    public static bool IsStuck(ParticipantStage stage, DateOnly today) => stage.EndedOn is null && stage.PlannedEnd < today;

    /// <summary>The default "1+5+N" template: one onboarding stage, five rotations, one repeating development stage.</summary>
    public static List<ProgramStage> Template(int onboarding, int rotations, int onboardingMonths, int rotationMonths, int developmentMonths)
    {
        var stages = new List<ProgramStage>();
        var order = 1;
        for (var i = 1; i <= onboarding; i++)
            stages.Add(new ProgramStage { Order = order++, Kind = StageKind.Onboarding, Name = onboarding == 1 ? "Onboarding" : $"Onboarding {i}", NameZh = onboarding == 1 ? "入职培养" : $"入职培养 {i}", DurationMonths = onboardingMonths });
        for (var i = 1; i <= rotations; i++)
            stages.Add(new ProgramStage { Order = order++, Kind = StageKind.Rotation, Name = $"Rotation {i}", NameZh = $"跨部门轮岗 {i}", DurationMonths = rotationMonths });
        stages.Add(new ProgramStage { Order = order, Kind = StageKind.Development, Name = "Targeted development", NameZh = "定向培养", DurationMonths = developmentMonths });
        foreach (var s in stages)
        {
            s.Criteria.Add(new GateCriterion { Kind = EvidenceKind.Document, Text = "Stage report filed", TextZh = "提交阶段总结报告" });
            s.Criteria.Add(new GateCriterion { Kind = EvidenceKind.SignOff, SignOffRole = SignOffRole.LineManager, Text = "Line manager sign-off", TextZh = "直线经理签字确认" });
            if (s.Kind == StageKind.Rotation)
                s.Criteria.Add(new GateCriterion { Kind = EvidenceKind.Assessment, MinScore = 60, Text = "Rotation assessment passed (≥ 60)", TextZh = "轮岗考核合格（≥60分）" });
        }
        return stages;
    }
}

/// <summary>When development reviews fall due: every N months from the participant's start.</summary>
public static class ReviewSchedule
{
    /// <summary>
    /// The due date of review number <paramref name="sequence"/> (1 = first). Always counted from the start,
    /// never from the previous due date, so month ends do not drift: a start on 31 August gives 28/29 February,
    /// then 31 August again.
    /// </summary>
    public static DateOnly DueDate(DateOnly start, int intervalMonths, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(intervalMonths, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return start.AddMonths(intervalMonths * sequence);
    }

    /// <summary>Is a reminder due today for a review due on <paramref name="due"/> (within the window, not yet past)?</summary>
    public static bool ReminderDue(DateOnly due, DateOnly today, int daysAhead) =>
        due >= today && due.DayNumber - today.DayNumber <= daysAhead;
}
