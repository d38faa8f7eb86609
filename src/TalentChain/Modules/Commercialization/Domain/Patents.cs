using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Commercialization.Domain;

/// <summary>国家知识产权局 (CNIPA), PCT/WIPO, EPO, USPTO, JPO, KIPO, other.</summary>
public enum PatentOffice { Cnipa = 1, Wipo, Epo, Uspto, Jpo, Kipo, Other }

/// <summary>发明专利, 实用新型, PCT international application, 国家阶段 (national phase of a PCT application), design.</summary>
public enum FilingKind { Invention = 1, UtilityModel, PctInternational, NationalPhase, Design }

/// <summary>Drafting, filed, published, 实审 (under examination), 授权 (granted), rejected, withdrawn, 失效 (lapsed).</summary>
public enum FilingStatus { Drafting = 1, Filed, Published, UnderExamination, Granted, Rejected, Withdrawn, Lapsed }

/// <summary>A patent family (专利族): the filings that protect one disclosure in various offices, and their deadlines.</summary>
public class PatentFamily : IVersioned
{
    public int Id { get; set; }
    /// <summary>"PF-2026-0001", unique.</summary>
    public string Reference { get; set; } = "";
    public int DisclosureId { get; set; }
    public Disclosure? Disclosure { get; set; }
    public string Title { get; set; } = "";
    /// <summary>The default owner of its deadlines (the office user who created it, or as the office sets).</summary>
    public int? OwnerEmployeeId { get; set; }
    public EmployeeRef? Owner { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public long Version { get; set; }
    public List<PatentFiling> Filings { get; set; } = [];
    public List<IpDeadline> Deadlines { get; set; } = [];
}

/// <summary>One application in one office.</summary>
public class PatentFiling : IVersioned
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public PatentOffice Office { get; set; }
    public FilingKind Kind { get; set; }
    /// <summary>The PCT application a national phase enters from.</summary>
    public int? ParentFilingId { get; set; }
    public string? ApplicationNumber { get; set; }
    public DateOnly? FilingDate { get; set; }
    /// <summary>The priority date claimed (the family's earliest filing when empty).</summary>
    public DateOnly? PriorityDate { get; set; }
    public FilingStatus Status { get; set; } = FilingStatus.Drafting;
    public DateOnly? GrantDate { get; set; }
    public string? PatentNumber { get; set; }
    public long Version { get; set; }
    public List<OfficeAction> OfficeActions { get; set; } = [];
}

/// <summary>An office action (审查意见通知书) with the response period given.</summary>
public class OfficeAction
{
    public int Id { get; set; }
    public int FilingId { get; set; }
    public DateOnly NoticeDate { get; set; }
    public int PeriodMonths { get; set; }
    public DateOnly? RespondedOn { get; set; }
}

/// <summary>Priority year, PCT national phase, request for substantive examination, office-action response, annuity (年费), term end.</summary>
public enum DeadlineKind { PriorityYear = 1, NationalPhase, ExaminationRequest, OfficeActionResponse, Annuity, TermEnd }

/// <summary>
/// A computed deadline of a family (recomputed whenever its filings change; the owner and done-on date are kept across
/// recomputations by <see cref="Key"/>).
/// </summary>
public class IpDeadline
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public int? FilingId { get; set; }
    public DeadlineKind Kind { get; set; }
    /// <summary>Identity across recomputation, e.g. "NationalPhase:12:Epo", "Annuity:14:5".</summary>
    public string Key { get; set; } = "";
    public string? Detail { get; set; }
    public DateOnly DueOn { get; set; }
    /// <summary>End of the late-payment grace (滞纳期) for annuities.</summary>
    public DateOnly? GraceUntil { get; set; }
    /// <summary>The working-day calendar did not cover the date: it may still move.</summary>
    public bool Provisional { get; set; }
    public bool NotApplicable { get; set; }
    public int? OwnerEmployeeId { get; set; }
    public EmployeeRef? Owner { get; set; }
    public DateOnly? DoneOn { get; set; }
    public List<DeadlineReminder> Reminders { get; set; } = [];
}

/// <summary>A reminder sent for a deadline: days before (60, 30, 14, 7, 1) or 0 for the overdue alert; once each.</summary>
public class DeadlineReminder
{
    public int Id { get; set; }
    public int DeadlineId { get; set; }
    public int DaysBefore { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
