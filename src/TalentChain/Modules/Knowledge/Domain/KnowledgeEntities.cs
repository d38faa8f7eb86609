using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Knowledge.Domain;

public enum SensitivityClass
{
    Public = 1,
    Internal = 2,
    Confidential = 3,
    Controlled = 4,
}

/// <summary>A taxonomy technology (or one specific skill under it) that the company cannot afford to lose.</summary>
public class CriticalTechnology : IVersioned
{
    public int Id { get; set; }
    public int TaxonomyNodeId { get; set; }
    public TaxonomyRef? TaxonomyNode { get; set; }
    public SensitivityClass Sensitivity { get; set; } = SensitivityClass.Confidential;
    /// <summary>Proficiency (0–4) a person needs in the technology (or a skill under it) to count as a holder.</summary>
    public int RequiredLevel { get; set; } = 3;
    public int TargetHolders { get; set; } = 3;
    public int? OwnerEmployeeId { get; set; }
    public ChainSegment Segment { get; set; }
    public string? Notes { get; set; }
    public long Version { get; set; }
}

/// <summary>The module's settings (one row, id 1).</summary>
public class KnowledgeSettings : IVersioned
{
    public const int SingletonId = 1;
    public const decimal DefaultThreshold = 0.5m;
    public const int DefaultMinGroupSize = 5;
    public const int DefaultRetirementAge = 60;

    public int Id { get; set; } = SingletonId;
    /// <summary>Coverage below this (0–1) flags a technology.</summary>
    public decimal CoverageThreshold { get; set; } = DefaultThreshold;
    /// <summary>Executives see aggregates only; groups smaller than this are suppressed.</summary>
    public int MinGroupSize { get; set; } = DefaultMinGroupSize;
    public int RetirementAge { get; set; } = DefaultRetirementAge;
    public long Version { get; set; }
}

/// <summary>
/// Whether the stored coverage snapshot is current (one row, id 1). A save hook marks it stale whenever skills, people,
/// assessments, departures or the register change; the next read recomputes.
/// </summary>
public class CoverageState : INotAudited
{
    public int Id { get; set; } = 1;
    public bool Stale { get; set; } = true;
    /// <summary>Bumped by every change that affects coverage; a recompute clears Stale only if no change came in meanwhile.</summary>
    public long Generation { get; set; }
    public DateOnly? ComputedOn { get; set; }
    public DateTimeOffset? ComputedAt { get; set; }
}

/// <summary>The stored coverage of one critical technology (derived; rebuilt whole on recompute).</summary>
public class CoverageSnapshot : INotAudited
{
    public int Id { get; set; }
    public int CriticalTechnologyId { get; set; }
    public int Holders { get; set; }
    public decimal EffectiveHolders { get; set; }
    public decimal Coverage { get; set; }
    public int HoldersAfterDepartures { get; set; }
    public decimal EffectiveAfterDepartures { get; set; }
    public decimal CoverageAfterDepartures { get; set; }
    /// <summary>The holders behind the figures (for drill-down without recomputing): one row each, any number of them.</summary>
    public List<CoverageHolder> HolderRows { get; set; } = [];
}

/// <summary>
/// One holder of one critical technology in the stored coverage snapshot (derived; rebuilt with it). A row per holder,
/// not a packed string: a technology may have tens of thousands of holders (ADR 0035).
/// </summary>
public class CoverageHolder : INotAudited
{
    public int CriticalTechnologyId { get; set; }
    public int EmployeeId { get; set; }
    /// <summary>The holder's best level in the technology's subtree.</summary>
    public int Level { get; set; }
    /// <summary>Flight-risk and retirement weight, 0–1 (3 decimals).</summary>
    public decimal Weight { get; set; }
    /// <summary>An open departure is recorded for the holder.</summary>
    public bool Leaving { get; set; }
}

public enum ManagerRiskView
{
    Low = 1,
    Medium = 2,
    High = 3,
}

/// <summary>
/// A line manager's or knowledge officer's assessment of one person: data People does not hold. Append-only: the
/// newest row is current, earlier rows are the history.
/// </summary>
public class PersonAssessment
{
    public long Id { get; set; }
    public int EmployeeId { get; set; }
    /// <summary>Position of pay in the grade's band, 0 (bottom) – 100 (top); null when not assessed.</summary>
    public int? CompensationPosition { get; set; }
    /// <summary>Latest review outcome / 9-box performance: 1 low, 2 meets, 3 high.</summary>
    public int? Performance { get; set; }
    /// <summary>9-box potential: 1 low, 2 medium, 3 high.</summary>
    public int? Potential { get; set; }
    public ManagerRiskView? ManagerView { get; set; }
    /// <summary>A manager's override of the computed flight-risk score (0–100), with the reason.</summary>
    public int? OverrideScore { get; set; }
    public string? OverrideReason { get; set; }
    public string? Notes { get; set; }
    public DateOnly AssessedOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
}

public enum SuccessionKind
{
    Role = 1,
    Technology = 2,
}

public enum Readiness
{
    ReadyNow = 1,
    OneToTwoYears = 2,
    ThreePlusYears = 3,
}

public enum ActionStatus
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
    Cancelled = 4,
}

public class SuccessionPlan : IVersioned
{
    public int Id { get; set; }
    public SuccessionKind Kind { get; set; }
    public int? CriticalTechnologyId { get; set; }
    public CriticalTechnology? CriticalTechnology { get; set; }
    /// <summary>For a role plan: the position title and the unit.</summary>
    public string? Position { get; set; }
    public int? OrgUnitId { get; set; }
    /// <summary>The current holder of the role (or the key holder of the technology).</summary>
    public int? IncumbentEmployeeId { get; set; }
    public string? Notes { get; set; }
    public long Version { get; set; }
    public List<Successor> Successors { get; } = [];
}

public class Successor : IVersioned
{
    public int Id { get; set; }
    public int SuccessionPlanId { get; set; }
    public int EmployeeId { get; set; }
    public Readiness Readiness { get; set; }
    public string? Notes { get; set; }
    public long Version { get; set; }
    public List<DevelopmentAction> Actions { get; } = [];
}

public class DevelopmentAction : IVersioned
{
    public int Id { get; set; }
    public int SuccessorId { get; set; }
    public required string Text { get; set; }
    public DateOnly? DueDate { get; set; }
    public ActionStatus Status { get; set; } = ActionStatus.Planned;
    /// <summary>The successor's individual development plan in the talent-program module (wired after merge).</summary>
    public int? IdpId { get; set; }
    public string? IdpUrl { get; set; }
    public long Version { get; set; }
}

public enum DepartureReason
{
    Resignation = 1,
    Retirement = 2,
    EndOfContract = 3,
    Dismissal = 4,
    InternalTransfer = 5,
    Other = 6,
}

public enum DepartureDestination
{
    InternalTransfer = 1,
    DomesticCompetitor = 2,
    OverseasCompanyOrLab = 3,
    Academia = 4,
    Retirement = 5,
    Other = 6,
}

/// <summary>Whether a leaver was staff, a manager, an executive or a board member (executive and board changes are listed separately).</summary>
public enum DepartureLevel
{
    Staff = 1,
    Manager = 2,
    Executive = 3,
    Board = 4,
}

public enum DepartureStatus
{
    Open = 1,
    Completed = 2,
}

/// <summary>A recorded resignation or exit and its exit workflow.</summary>
public class Departure : IVersioned
{
    public int Id { get; set; }
    public int EmployeeId { get; set; }
    public DateOnly NoticeDate { get; set; }
    public DateOnly LastDay { get; set; }
    public DepartureReason Reason { get; set; }
    public DepartureDestination Destination { get; set; }
    public DepartureLevel Level { get; set; } = DepartureLevel.Staff;
    /// <summary>The role held when leaving (defaults to the People position), e.g. "Deputy general manager", "Board member".</summary>
    public string? RoleTitle { get; set; }
    public DepartureStatus Status { get; set; } = DepartureStatus.Open;
    public bool DocumentsReturned { get; set; }
    public bool EquipmentReturned { get; set; }
    public bool AccessRevoked { get; set; }
    public bool ConfidentialityReminder { get; set; }
    public string? Notes { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string? CompletedBy { get; set; }
    public long Version { get; set; }
    public List<HandoverItem> Handovers { get; } = [];
}

public enum HandoverStatus
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
}

/// <summary>Knowledge handover of one critical technology the leaver holds.</summary>
public class HandoverItem : IVersioned
{
    public int Id { get; set; }
    public int DepartureId { get; set; }
    public int CriticalTechnologyId { get; set; }
    public int? ToEmployeeId { get; set; }
    public HandoverStatus Status { get; set; } = HandoverStatus.Planned;
    public string? Notes { get; set; }
    public long Version { get; set; }
}

/// <summary>A controlled technical data set (need-to-know compartment), e.g. "SX cascade design parameters, plant 2".</summary>
public class ControlledDataSet : IVersioned
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameZh { get; set; }
    public int? CriticalTechnologyId { get; set; }
    public SensitivityClass Sensitivity { get; set; } = SensitivityClass.Controlled;
    public string? Description { get; set; }
    /// <summary>The controlled record itself (or where it is kept); reading it is logged.</summary>
    public string? Content { get; set; }
    public long Version { get; set; }

    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

/// <summary>One person's access to a controlled data set. Expired = ExpiresOn before today (computed at query time).</summary>
public class AccessGrant : IVersioned
{
    public int Id { get; set; }
    public int DataSetId { get; set; }
    public int EmployeeId { get; set; }
    public required string LegalBasis { get; set; }
    public required string GrantedBy { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly ExpiresOn { get; set; }
    public string? RequiredTraining { get; set; }
    public DateOnly? RevokedOn { get; set; }
    public string? RevokedReason { get; set; }
    public long Version { get; set; }

    public bool IsActiveOn(DateOnly day) => RevokedOn is null && StartsOn <= day && ExpiresOn >= day;
}

/// <summary>Who read which controlled record, when (append-only).</summary>
public class ControlledReadLog
{
    public long Id { get; set; }
    public int DataSetId { get; set; }
    public string UserName { get; set; } = "";
    public int? EmployeeId { get; set; }
    public DateTimeOffset At { get; set; }
    public string What { get; set; } = "";
}
