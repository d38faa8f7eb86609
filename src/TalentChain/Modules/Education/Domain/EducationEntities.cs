using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Education.Domain;

public enum DegreeLevel
{
    Master = 1,
    Doctorate = 2,
}

/// <summary>Applied → approved by the line manager → agreement signed by HR (active) → conferred; or rejected / discontinued.</summary>
public enum DegreeStatus
{
    Applied = 1,
    ManagerApproved = 2,
    Active = 3,
    Conferred = 4,
    Rejected = 5,
    Discontinued = 6,
}

/// <summary>The stages of an on-the-job degree, in order.</summary>
public enum MilestoneKind
{
    Admission = 1,
    Coursework = 2,
    Proposal = 3,
    MidTerm = 4,
    Defence = 5,
    DegreeConferred = 6,
}

/// <summary>What a receipt is for; an agreement names the ones it reimburses.</summary>
public enum CostType
{
    Tuition = 1,
    Registration = 2,
    ThesisFee = 3,
    Textbooks = 4,
    Accommodation = 5,
    Travel = 6,
}

/// <summary>Submitted → approved by the line manager → decided by HR (approved, partly approved or rejected) → paid by Finance.</summary>
public enum ClaimStatus
{
    Submitted = 1,
    ManagerApproved = 2,
    Approved = 3,
    PartlyApproved = 4,
    Rejected = 5,
    Paid = 6,
}

/// <summary>Which cap cut a claim down (none: approved in full).</summary>
public enum CapKind
{
    None = 0,
    Annual = 1,
    Degree = 2,
}

public enum ClawbackStatus
{
    Open = 1,
    Settled = 2,
    Waived = 3,
}

/// <summary>A university employees study at; its professors may lecture in the company's training.</summary>
public class University : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? NameZh { get; set; }
    public string? City { get; set; }
    public long Version { get; set; }
    public List<Professor> Professors { get; } = [];
    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

public class Professor
{
    public int Id { get; set; }
    public int UniversityId { get; set; }
    public required string Name { get; set; }
    public string? NameZh { get; set; }
    public string? Field { get; set; }
    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

/// <summary>
/// The company's education policy (one row): caps per degree level, the default service commitment, and the cost types
/// reimbursed. An agreement copies these when HR signs it and may change them for that agreement.
/// </summary>
public class EducationPolicy : IVersioned
{
    public int Id { get; set; }
    public decimal MasterAnnualCap { get; set; }
    public decimal MasterDegreeCap { get; set; }
    public int MasterServiceYears { get; set; }
    public decimal DoctorateAnnualCap { get; set; }
    public decimal DoctorateDegreeCap { get; set; }
    public int DoctorateServiceYears { get; set; }
    public List<CostType> EligibleCostTypes { get; set; } = [];
    public long Version { get; set; }

    public (decimal Annual, decimal Degree, int Years) For(DegreeLevel level) => level == DegreeLevel.Doctorate
        ? (DoctorateAnnualCap, DoctorateDegreeCap, DoctorateServiceYears)
        : (MasterAnnualCap, MasterDegreeCap, MasterServiceYears);
}

/// <summary>Reimbursed share of eligible costs for a band of grades (policy as data).</summary>
public class ShareBand
{
    public int Id { get; set; }
    public int MinGrade { get; set; }
    public int MaxGrade { get; set; }
    public decimal SharePercent { get; set; }
}

/// <summary>An on-the-job degree (在职学历教育): the application, its approvals, and once agreed the milestones and claims.</summary>
public class Degree : IVersioned
{
    public int Id { get; set; }
    public int EmployeeId { get; set; }
    public EmployeeRef? Employee { get; set; }
    public int UniversityId { get; set; }
    public University? University { get; set; }
    public required string Programme { get; set; }
    public DegreeLevel Level { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly ExpectedEnd { get; set; }
    public DegreeStatus Status { get; set; }
    public DateOnly AppliedOn { get; set; }
    public string? AppliedBy { get; set; }
    public string? ManagerDecisionBy { get; set; }
    public DateOnly? ManagerDecisionOn { get; set; }
    public string? DecisionNote { get; set; }
    public DateOnly? ConferredOn { get; set; }
    public long Version { get; set; }
    public Agreement? Agreement { get; set; }
    public List<Milestone> Milestones { get; } = [];
}

/// <summary>The training agreement (定向培养协议) HR signs for an approved degree: caps, share, cost types, service commitment (服务期).</summary>
public class Agreement : IVersioned
{
    public int Id { get; set; }
    public int DegreeId { get; set; }
    public decimal AnnualCap { get; set; }
    public decimal DegreeCap { get; set; }
    public decimal SharePercent { get; set; }
    public List<CostType> EligibleCostTypes { get; set; } = [];
    public int ServiceYears { get; set; }
    /// <summary>The agreed start of the service period; when null it starts on the day the degree is conferred.</summary>
    public DateOnly? ServiceStart { get; set; }
    public DateOnly SignedOn { get; set; }
    public string? SignedBy { get; set; }
    public long Version { get; set; }
}

public class Milestone : IVersioned
{
    public int Id { get; set; }
    public int DegreeId { get; set; }
    public MilestoneKind Kind { get; set; }
    public DateOnly DueDate { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string? CompletedBy { get; set; }
    public string? Note { get; set; }
    public long Version { get; set; }
    public List<MilestoneEvidence> Evidence { get; } = [];

    public bool IsOverdue(DateOnly today) => CompletedOn is null && DueDate < today;
}

public class MilestoneEvidence
{
    public int Id { get; set; }
    public int MilestoneId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
}

/// <summary>A tuition claim (学费报销) against a degree's agreement. Amounts in CNY.</summary>
public class TuitionClaim : IVersioned
{
    public int Id { get; set; }
    public int DegreeId { get; set; }
    public Degree? Degree { get; set; }
    public int EmployeeId { get; set; }
    public CostType CostType { get; set; }
    public DateOnly ExpenseDate { get; set; }
    /// <summary>What the receipts show.</summary>
    public decimal Amount { get; set; }
    public string? Description { get; set; }
    public ClaimStatus Status { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public string? SubmittedBy { get; set; }
    public string? ManagerBy { get; set; }
    public DateOnly? ManagerOn { get; set; }
    public string? HrBy { get; set; }
    public DateOnly? HrOn { get; set; }
    public string? DecisionNote { get; set; }
    /// <summary>The reimbursable part (amount × share), set by HR's decision.</summary>
    public decimal? Eligible { get; set; }
    public decimal? ApprovedAmount { get; set; }
    public CapKind Cap { get; set; }
    public decimal? CapLimit { get; set; }
    public decimal? CapAlreadyApproved { get; set; }
    public DateOnly? PaidOn { get; set; }
    public decimal? PaidAmount { get; set; }
    public string? PaidBy { get; set; }
    public long Version { get; set; }
    public List<ClaimReceipt> Receipts { get; } = [];

    /// <summary>Counts against the caps: approved (in full or part) or already paid.</summary>
    public bool CountsAgainstCap => Status is ClaimStatus.Approved or ClaimStatus.PartlyApproved or ClaimStatus.Paid;
}

public class ClaimReceipt
{
    public int Id { get; set; }
    public int ClaimId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>A repayment (违约金) owed under a service commitment because of one departure: open → settled or waived.</summary>
public class ClawbackCase : IVersioned
{
    public int Id { get; set; }
    public int DegreeId { get; set; }
    public Degree? Degree { get; set; }
    public int EmployeeId { get; set; }
    public int DepartureId { get; set; }
    public DateOnly LastDay { get; set; }
    public decimal ReimbursedTotal { get; set; }
    public DateOnly? ServiceStart { get; set; }
    public DateOnly? ServiceEnd { get; set; }
    public int TotalDays { get; set; }
    public int RemainingDays { get; set; }
    public decimal Amount { get; set; }
    public ClawbackStatus Status { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly? SettledOn { get; set; }
    public decimal? SettledAmount { get; set; }
    public string? SettledBy { get; set; }
    public string? WaiveReason { get; set; }
    public string? WaivedBy { get; set; }
    public DateOnly? WaivedOn { get; set; }
    public long Version { get; set; }
}
