using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Optimization.Rotations;


using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Rotations.Features;

public sealed record CreatePlanInput(int? CohortId, DateOnly? FirstPeriodStart = null, int? PeriodMonths = null, int? Periods = null, int? RotationsPerParticipant = null, int? MinSegments = null);

public sealed record PlanSettingsInput(DateOnly? FirstPeriodStart, int? PeriodMonths, int? Periods, int? RotationsPerParticipant, int? MinSegments, long? Version = null);

/// <summary>Places of one host unit: one number per period, or <see cref="SameForAll"/> for every period.</summary>
public sealed record OfferInput(string? OrgUnitCode, List<int>? Places = null, int? SameForAll = null);

public sealed record StartPeriodInput(int? StartPeriod);

/// <summary>Scores per host unit code (integers 0–100); units left out score 0.</summary>
public sealed record PreferencesInput(Dictionary<string, int>? Scores);

/// <summary>A participant's rotations by hand: the host unit codes in order, one per rotation.</summary>
public sealed record AdjustInput(List<string>? Units, long? Version = null);

public sealed record PublishInput(long? Version = null);

public sealed record RotationPlanSummary(int Id, int CohortId, string CohortName, int ProgramId, string ProgramName, RotationPlanStatus Status, string StatusName,
    int Participants, int HostUnits, DateTimeOffset? ProposedAt, DateTimeOffset? PublishedAt);

public sealed record PeriodView(int Number, DateOnly Start, DateOnly End);

/// <summary>A host unit's offer; <see cref="Used"/> counts the current proposal's rotations per period.</summary>
public sealed record OfferView(int OrgUnitId, string Code, string Name, ChainSegment Segment, string SegmentName, List<int> Places, List<int> Used);

public sealed record MemberView(int ParticipantId, int EmployeeId, string Name, string EmployeeNumber, string HomeUnitCode, string HomeUnit,
    int StartPeriod, int DefaultStartPeriod, Dictionary<string, int> Preferences);

public sealed record RotationView(int Sequence, int Period, DateOnly Start, DateOnly End, string UnitCode, string UnitName, ChainSegment Segment, string SegmentName, int Score);

public sealed record ScheduleRow(int ParticipantId, string Name, string EmployeeNumber, string HomeUnitCode, List<RotationView> Rotations, int Score);

/// <summary>An unplaced participant: the stable code, its localised explanation and the solver's detail (English, names periods/units).</summary>
public sealed record UnplacedView(int ParticipantId, string Name, string EmployeeNumber, UnplacedReason Code, string ReasonText, string Detail);

public sealed record ProposalView(DateTimeOffset ProposedAt, RotationProposalSource Source, string SourceName, int Placed, int Total, long TotalScore,
    long? BoundPlaced, long? BoundScore, double? Gap, bool Optimal, bool Edited, List<ScheduleRow> Schedule, List<UnplacedView> Unplaced);

public sealed record RotationPlanDetail(
    int Id, int CohortId, string CohortName, int ProgramId, string ProgramName, RotationPlanStatus Status, string StatusName,
    DateOnly FirstPeriodStart, int PeriodMonths, int Periods, int RotationsPerParticipant, int MinSegments, long Version,
    List<PeriodView> PeriodList, List<OfferView> Offers, List<MemberView> Members, ProposalView? Proposal,
    List<ScheduleRow> Published, DateTimeOffset? PublishedAt, string? PublishedBy);

public sealed record PreferenceRow(string UnitCode, string UnitName, string SegmentName, int Score, bool Home);

/// <summary>One participant's side of a plan: their preferences, and their published rotations.</summary>
public sealed record MyRotationsView(int PlanId, int ParticipantId, string Name, string CohortName, int StartPeriod, PeriodView? StartPeriodDates,
    List<PreferenceRow> Preferences, List<RotationView> Published, bool CanEdit, DateTimeOffset? PlanPublishedAt = null);

public sealed record SolveStarted(Guid JobId, string JobUrl);
