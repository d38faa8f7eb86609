using TalentChain.Modules.People.Domain;
using TalentChain.Optimization.Rotations;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.TalentProgram.Domain;

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
    public Cohort? Cohort { get; set; }
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
}

/// <summary>A host unit's places per period (<c>Places[t]</c> = period t+1).</summary>
public class RotationOffer
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public List<int> Places { get; set; } = [];
}

/// <summary>A participant of the plan: start period and scored host units.</summary>
public class RotationMember
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int ParticipantId { get; set; }
    public Participant? Participant { get; set; }
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
    public OrgUnit? OrgUnit { get; set; }
    public DateOnly PlannedStart { get; set; }
    public DateOnly PlannedEnd { get; set; }
}
