using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Commercialization.Domain;

/// <summary>How a result is put to use (转化方式): own implementation (自行实施/产品化), a licence (许可), a transfer (转让) or an equity investment (作价投资入股).</summary>
public enum DealKind { OwnImplementation = 1, Licence, Transfer, Equity }

public enum ConversionProjectStatus { Planning = 1, Active, Completed, Stopped }

/// <summary>Negotiating, concluded (signed: 已签署), ended.</summary>
public enum DealStatus { Negotiating = 1, Concluded, Ended }

/// <summary>What a revenue entry is: licence fee (许可费), transfer price (转让价款), equity (股权) or operating profit of own implementation (自行实施营业利润).</summary>
public enum RevenueKind { LicenceFee = 1, TransferPrice, Equity, OperatingProfit }

/// <summary>A reward's state: proposed by the office, approved by another office member or an administrator, paid once every payout is.</summary>
public enum RewardStatus { Proposed = 1, Approved, Paid }

/// <summary>
/// A commercialization project (转化项目): turns one or more disclosures into a product, a licence, a transfer or an
/// equity investment; run by a business owner with milestones. The office creates and edits it.
/// </summary>
public sealed class ConversionProject : IVersioned
{
    public int Id { get; set; }
    /// <summary>"CP-2026-001", unique.</summary>
    public string Number { get; set; } = "";
    public string Name { get; set; } = "";
    public string? NameZh { get; set; }
    public string? Description { get; set; }
    public DealKind Route { get; set; }
    public ConversionProjectStatus Status { get; set; } = ConversionProjectStatus.Planning;
    public int BusinessOwnerId { get; set; }
    public EmployeeRef? BusinessOwner { get; set; }
    public string? CounterpartyName { get; set; }
    /// <summary>ISO 3166-1 alpha-2; foreign when not CN.</summary>
    public string? CountryCode { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public long Version { get; set; }
    public List<ConversionProjectDisclosure> Disclosures { get; set; } = [];
    public List<ProjectMilestone> Milestones { get; set; } = [];
    public List<Deal> Deals { get; set; } = [];

    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

/// <summary>A disclosure the project turns to use (referenced by id: the disclosure belongs to the core of the module).</summary>
public sealed class ConversionProjectDisclosure
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public int DisclosureId { get; set; }
}

/// <summary>A milestone (里程碑) with its owner; overdue when not done by its due date.</summary>
public sealed class ProjectMilestone : IVersioned
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string Name { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
    public int OwnerId { get; set; }
    public EmployeeRef? Owner { get; set; }
    public long Version { get; set; }

    public bool OverdueOn(DateOnly today) => DoneOn is null && DueOn < today;
}

/// <summary>
/// A contract (合同) under a project. A licence or transfer to a foreign party needs a cleared technology-export check
/// (技术出口审查) before it may be marked signed; the check lives in Exports, the deal keeps its id.
/// </summary>
public sealed class Deal : IVersioned
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public ConversionProject? Project { get; set; }
    public DealKind Kind { get; set; }
    public string CounterpartyName { get; set; } = "";
    public string CountryCode { get; set; } = "CN";
    public string ContractNumber { get; set; } = "";
    public DealStatus Status { get; set; } = DealStatus.Negotiating;
    /// <summary>Signed on; for own implementation the day it started (the reward years count from it).</summary>
    public DateOnly? SignedOn { get; set; }
    public DateOnly? TermEndsOn { get; set; }
    /// <summary>The percent agreed with the inventors (约定比例); overrides the company policy and the statutory default.</summary>
    public decimal? AgreedPercent { get; set; }
    public int? ExportCheckId { get; set; }
    public long Version { get; set; }
    public List<RevenueEntry> Revenue { get; set; } = [];

    public bool Foreign => !string.Equals(CountryCode, "CN", StringComparison.OrdinalIgnoreCase);
    /// <summary>A licence or transfer abroad: technology export.</summary>
    public bool NeedsExportCheck => Foreign && Kind is DealKind.Licence or DealKind.Transfer;
}

/// <summary>Income from a deal with its costs (成本); net income (净收入) = amount − costs.</summary>
public sealed class RevenueEntry
{
    public int Id { get; set; }
    public int DealId { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public RevenueKind Kind { get; set; }
    /// <summary>CNY; for equity the valued amount.</summary>
    public decimal AmountCny { get; set; }
    public decimal? EquityShares { get; set; }
    public decimal? EquityPercent { get; set; }
    public decimal PatentCostCny { get; set; }
    public decimal LegalCostCny { get; set; }
    public decimal EvaluationCostCny { get; set; }
    public decimal TaxCny { get; set; }
    public string? Note { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }

    public decimal CostsCny => PatentCostCny + LegalCostCny + EvaluationCostCny + TaxCny;
    public decimal NetCny => AmountCny - CostsCny;
}

/// <summary>
/// The company's reward policy for one kind of deal, versioned: the newest row counts. Never below the statutory minimum.
/// </summary>
public sealed class RewardPolicy
{
    public int Id { get; set; }
    public DealKind Kind { get; set; }
    public int PolicyVersion { get; set; }
    public decimal Percent { get; set; }
    /// <summary>Own implementation only: for how many years after it starts (3–5).</summary>
    public int? Years { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public string? Note { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// The reward fund (奖励基金) of a deal (and year, for own implementation; 0 otherwise). Every reward proposed against it
/// adds to <see cref="CommittedCny"/> on this row, so its version makes two concurrent proposals conflict: the pool is never
/// over-committed.
/// </summary>
public sealed class RewardFund : IVersioned
{
    public int Id { get; set; }
    public int DealId { get; set; }
    public Deal? Deal { get; set; }
    public int Year { get; set; }
    public decimal CommittedCny { get; set; }
    public decimal CommittedShares { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public long Version { get; set; }
}

/// <summary>A reward (奖酬) from a fund, split among the inventors by their contribution shares.</summary>
public sealed class Reward : IVersioned
{
    public int Id { get; set; }
    public int FundId { get; set; }
    public RewardFund? Fund { get; set; }
    public int DealId { get; set; }
    public int Year { get; set; }
    public decimal AmountCny { get; set; }
    public decimal? Shares { get; set; }
    public decimal Percent { get; set; }
    public RewardStatus Status { get; set; } = RewardStatus.Proposed;
    public string? Note { get; set; }
    public string ProposedByUserId { get; set; } = "";
    public string ProposedBy { get; set; } = "";
    public DateTimeOffset ProposedAt { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public long Version { get; set; }
    public List<RewardPayout> Payouts { get; set; } = [];
}

/// <summary>One inventor's part of a reward (奖酬发放); Finance records it paid with the payment reference.</summary>
public sealed class RewardPayout : IVersioned
{
    public int Id { get; set; }
    public int RewardId { get; set; }
    public Reward? Reward { get; set; }
    public int EmployeeId { get; set; }
    public EmployeeRef? Employee { get; set; }
    public decimal SharePercent { get; set; }
    public decimal AmountCny { get; set; }
    public decimal? Shares { get; set; }
    public DateOnly? PaidOn { get; set; }
    public string? PaymentReference { get; set; }
    public string? PaidBy { get; set; }
    public long Version { get; set; }
}
