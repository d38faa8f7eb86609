using TalentChain.Modules.Education.Domain;

namespace TalentChain.Modules.Education.Features.Degrees;

public sealed record ApplyInput(string? EmployeeNumber, int? UniversityId, string? Programme, DegreeLevel? Level, DateOnly? StartDate, DateOnly? ExpectedEnd);

public sealed record DecisionInput(bool Approve, string? Note);

public sealed record AgreementInput(decimal? AnnualCap = null, decimal? DegreeCap = null, decimal? SharePercent = null, IReadOnlyList<CostType>? EligibleCostTypes = null,
    int? ServiceYears = null, DateOnly? ServiceStart = null);

public sealed record AgreementView(decimal AnnualCap, decimal DegreeCap, decimal SharePercent, IReadOnlyList<CostType> EligibleCostTypes, IReadOnlyList<string> EligibleCostNames,
    int ServiceYears, DateOnly? ServiceStart, DateOnly? ServiceEnd, DateOnly SignedOn, string? SignedBy);

public sealed record MilestoneView(int Id, MilestoneKind Kind, string KindName, DateOnly DueDate, DateOnly? CompletedOn, string? CompletedBy, string? Note, bool Overdue, int DaysOverdue,
    IReadOnlyList<FileView> Evidence, long Version);

/// <summary>What the viewer may do on this degree now (the handlers check the same rules).</summary>
public sealed record DegreeActions(bool ManagerDecide, bool CreateAgreement, bool UpdateMilestones, bool RescheduleMilestones, bool SubmitClaim);

public sealed record DegreeView(int Id, PersonLine Person, int UniversityId, string University, string Programme, DegreeLevel Level, string LevelName,
    DateOnly StartDate, DateOnly ExpectedEnd, DegreeStatus Status, string StatusName, DateOnly AppliedOn, string? AppliedBy,
    string? ManagerDecisionBy, DateOnly? ManagerDecisionOn, string? DecisionNote, DateOnly? ConferredOn, long Version,
    AgreementView? Agreement, IReadOnlyList<MilestoneView> Milestones, decimal ApprovedTotal, decimal PaidTotal, DegreeActions Can);

public sealed record DegreeRow(int Id, int EmployeeId, string EmployeeNumber, string Name, string Unit, string University, DegreeLevel Level, string LevelName,
    string Programme, DateOnly StartDate, DateOnly ExpectedEnd, DegreeStatus Status, string StatusName, int OverdueMilestones);
