using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Commercialization.Domain;

/// <summary>自由实施(FTO)分析, 许可合同审查, 转让合同审查, 侵权分析, other.</summary>
public enum LegalRequestKind { FreedomToOperate = 1, LicenceReview, TransferReview, Infringement, Other }

public enum LegalRequestStatus { Open = 1, InProgress, Answered, Closed }

/// <summary>Counsel's conclusion: 无异议, 附条件可行, 不建议实施, 需进一步分析.</summary>
public enum LegalConclusion { NoObjection = 1, ProceedWithConditions, DoNotProceed, Inconclusive }

/// <summary>A request to IP counsel (法务咨询), optionally about a disclosure, a patent family or a commercialization project (a contract review).</summary>
public class LegalRequest : IVersioned
{
    public int Id { get; set; }
    public LegalRequestKind Kind { get; set; }
    public int? DisclosureId { get; set; }
    public int? PatentFamilyId { get; set; }
    /// <summary>The go-to-market project a licence or transfer contract review is about.</summary>
    public int? ConversionProjectId { get; set; }
    public string Question { get; set; } = "";
    public int? RequestedByEmployeeId { get; set; }
    public EmployeeRef? RequestedByEmployee { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public int? CounselEmployeeId { get; set; }
    public EmployeeRef? CounselEmployee { get; set; }
    public DateOnly? DueOn { get; set; }
    public LegalRequestStatus Status { get; set; } = LegalRequestStatus.Open;
    public string? Outcome { get; set; }
    public LegalConclusion? Conclusion { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public string? AnsweredBy { get; set; }
    public long Version { get; set; }
}
