using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Optimization;
using TalentChain.Optimization.Rotations;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Rotations.Domain;

public enum RotationPlanStatus
{
    Draft = 1,
    Published = 2,
}

/// <summary>Where the current proposal came from.</summary>
public enum RotationProposalSource
{
    Solver = 1,
    Import = 2,
}

/// <summary>
/// The 1+5+N rotation plan of one cohort: the period grid (a block of months from a first start date), what host units
/// offer per period, each participant's start period and preferences, the current proposal and what was published.
/// </summary>
public class CohortRotationPlan : IVersioned
{
    public int Id { get; set; }
    public int CohortId { get; set; }
    public CohortRef? Cohort { get; set; }
    public DateOnly FirstPeriodStart { get; set; }
    /// <summary>Length of one period in months (default two).</summary>
    public int PeriodMonths { get; set; } = DefaultPeriodMonths;
    public int Periods { get; set; } = DefaultPeriods;
    public int RotationsPerParticipant { get; set; } = 5;
    public int MinSegments { get; set; } = DefaultMinSegments;
    public RotationPlanStatus Status { get; set; } = RotationPlanStatus.Draft;

    // The current proposal's summary (null until a solve or import succeeded).
    public DateTimeOffset? ProposedAt { get; set; }
    public RotationProposalSource? ProposalSource { get; set; }
    public int? ProposalPlaced { get; set; }
    public long? ProposalScore { get; set; }
    public long? BoundPlaced { get; set; }
    public long? BoundScore { get; set; }
    public bool ProposalOptimal { get; set; }
    /// <summary>Changed by hand after it was solved or imported.</summary>
    public bool ProposalEdited { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
    public long Version { get; set; }

    public List<RotationOffer> Offers { get; } = [];
    public List<RotationMember> Members { get; } = [];
    public List<RotationProposalItem> ProposalItems { get; } = [];
    public List<RotationUnplaced> Unplaced { get; } = [];
    public List<RotationPlacement> Placements { get; } = [];

    public const int DefaultPeriodMonths = 2;
    public const int DefaultPeriods = 12;
    public const int DefaultMinSegments = 3;
    public const int MaxPeriods = 60;

    /// <summary>First day of period <paramref name="period"/> (1-based).</summary>
    public DateOnly PeriodStart(int period) => FirstPeriodStart.AddMonths((period - 1) * PeriodMonths);

    /// <summary>Last day of period <paramref name="period"/>.</summary>
    public DateOnly PeriodEnd(int period) => PeriodStart(period + 1).AddDays(-1);

    /// <summary>The period a date falls in (1-based), clamped to the plan's periods.</summary>
    public int PeriodOf(DateOnly date)
    {
        var months = (date.Year - FirstPeriodStart.Year) * 12 + date.Month - FirstPeriodStart.Month - (date.Day < FirstPeriodStart.Day ? 1 : 0);
        var period = months < 0 ? 1 : months / Math.Max(PeriodMonths, 1) + 1;
        return Math.Clamp(period, 1, Math.Max(Periods, 1));
    }

    public bool HasProposal => ProposedAt is not null;

    /// <summary>
    /// Changes the period grid and rules; offers keep one number per period (the last repeats) and start periods stay
    /// inside the grid. True when anything changed (the caller then clears the proposal: it was made for the old grid).
    /// </summary>
    public bool ChangeSettings(DateOnly firstPeriodStart, int periodMonths, int periods, int rotationsPerParticipant, int minSegments)
    {
        var changed = firstPeriodStart != FirstPeriodStart || periodMonths != PeriodMonths || periods != Periods || rotationsPerParticipant != RotationsPerParticipant || minSegments != MinSegments;
        FirstPeriodStart = firstPeriodStart;
        PeriodMonths = periodMonths;
        Periods = periods;
        RotationsPerParticipant = rotationsPerParticipant;
        MinSegments = minSegments;
        foreach (var o in Offers)
            o.Places = [.. Enumerable.Range(0, periods).Select(i => i < o.Places.Count ? o.Places[i] : (o.Places.Count > 0 ? o.Places[^1] : 0))];
        foreach (var m in Members) m.StartPeriod = Math.Clamp(m.StartPeriod, 1, periods);
        return changed;
    }

    /// <summary>
    /// Offers, start periods, preferences or members changed after the proposal was made: the solver's bound was computed for
    /// the old plan and may no longer hold (more places can mean more placed), so it is dropped and optimality is no longer claimed.
    /// </summary>
    public void BoundNoLongerHolds()
    {
        if (!HasProposal) return;
        BoundPlaced = null;
        BoundScore = null;
        ProposalOptimal = false;
    }

    /// <summary>No proposal any more (its items and unplaced must be loaded).</summary>
    public void ClearProposal()
    {
        ProposalItems.Clear();
        Unplaced.Clear();
        ProposedAt = null;
        ProposalSource = null;
        ProposalPlaced = null;
        ProposalScore = null;
        BoundPlaced = null;
        BoundScore = null;
        ProposalOptimal = false;
        ProposalEdited = false;
    }

    /// <summary>Replaces the proposal as a whole (a solve or an import): the old one goes and the new one arrives together.</summary>
    public void ReplaceProposal(IEnumerable<RotationProposalItem> items, IEnumerable<RotationUnplaced> unplaced, RotationProposalSource source, DateTimeOffset at,
        int placed, long score, Objective bound, bool optimal)
    {
        ProposalItems.Clear();
        Unplaced.Clear();
        ProposalItems.AddRange(items);
        Unplaced.AddRange(unplaced);
        ProposedAt = at;
        ProposalSource = source;
        ProposalPlaced = placed;
        ProposalScore = score;
        BoundPlaced = bound.Count;
        BoundScore = bound.Score;
        ProposalOptimal = optimal;
        ProposalEdited = false;
    }

    /// <summary>Recounts placed and score after the proposal or the preferences changed by hand (members and preferences loaded).</summary>
    public void RecountProposal()
    {
        var scores = Members.ToDictionary(m => m.ParticipantId, m => m.Preferences.ToDictionary(p => p.OrgUnitId, p => p.Score));
        ProposalPlaced = ProposalItems.Select(i => i.ParticipantId).Distinct().Count();
        ProposalScore = ProposalItems.Sum(i => (long)(scores.TryGetValue(i.ParticipantId, out var s) ? s.GetValueOrDefault(i.OrgUnitId) : 0));
        // A hand-made plan is not the solver's: the bound still bounds any feasible plan, but optimality is no longer proven.
        ProposalOptimal = false;
    }

    /// <summary>Gives one participant these host units in order from their start period (the caller checked feasibility).</summary>
    public void Adjust(int participantId, int startPeriod, IReadOnlyList<int> orgUnitIds)
    {
        if (!HasProposal) throw new InvalidOperationException("There is no proposal to adjust.");
        ProposalItems.RemoveAll(i => i.ParticipantId == participantId);
        for (var k = 0; k < orgUnitIds.Count; k++)
            ProposalItems.Add(new RotationProposalItem { ParticipantId = participantId, Sequence = k + 1, Period = startPeriod + k, OrgUnitId = orgUnitIds[k] });
        Unplaced.RemoveAll(u => u.ParticipantId == participantId);
        RecountProposal();
        ProposalEdited = true;
    }

    /// <summary>
    /// The proposal becomes what is published: one placement per proposed rotation (planned from the start of its period
    /// to the start of the next), status Published. Returns the placed participants.
    /// </summary>
    public List<int> Publish(string by, DateTimeOffset at)
    {
        if (!HasProposal || ProposalItems.Count == 0) throw new InvalidOperationException("There is no proposal to publish.");
        Placements.Clear();
        foreach (var i in ProposalItems.OrderBy(i => i.ParticipantId).ThenBy(i => i.Sequence))
            Placements.Add(new RotationPlacement { ParticipantId = i.ParticipantId, Sequence = i.Sequence, OrgUnitId = i.OrgUnitId, PlannedStart = PeriodStart(i.Period), PlannedEnd = PeriodStart(i.Period + 1) });
        Status = RotationPlanStatus.Published;
        PublishedAt = at;
        PublishedBy = by;
        return [.. Placements.Select(p => p.ParticipantId).Distinct()];
    }
}

/// <summary>A host unit's places per period (<c>Places[t]</c> = period t+1).</summary>
public class RotationOffer
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnitRef? OrgUnit { get; set; }
    public List<int> Places { get; set; } = [];
}

/// <summary>A participant of the plan: start period and scored host units.</summary>
public class RotationMember
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int ParticipantId { get; set; }
    public ParticipantRef? Participant { get; set; }
    public int StartPeriod { get; set; } = 1;
    public List<RotationPreference> Preferences { get; } = [];
}

/// <summary>How much a participant would like a host unit (integer ≥ 0; a missing unit scores 0 but is allowed).</summary>
public class RotationPreference
{
    public int Id { get; set; }
    public int MemberId { get; set; }
    public int OrgUnitId { get; set; }
    public int Score { get; set; }

    public const int MaxScore = 100;
}

/// <summary>One rotation of the current proposal: the participant's <see cref="Sequence"/>-th rotation, in a period and unit.</summary>
public class RotationProposalItem
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int ParticipantId { get; set; }
    public int Sequence { get; set; }
    public int Period { get; set; }
    public int OrgUnitId { get; set; }
}

/// <summary>A participant the current proposal could not place, with the solver's code and explanation.</summary>
public class RotationUnplaced
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int ParticipantId { get; set; }
    public UnplacedReason Code { get; set; }
    public required string Reason { get; set; }
}

/// <summary>
/// A published rotation: the participant's <see cref="Sequence"/>-th rotation stage happens in this host unit between
/// these dates. The stage engine reads it when the participant enters that rotation stage.
/// </summary>
public class RotationPlacement
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int ParticipantId { get; set; }
    public int Sequence { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnitRef? OrgUnit { get; set; }
    public DateOnly PlannedStart { get; set; }
    public DateOnly PlannedEnd { get; set; }
}
