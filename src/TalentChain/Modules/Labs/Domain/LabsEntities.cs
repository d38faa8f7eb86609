using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Labs.Domain;

/// <summary>A node of the R&amp;D tree: a centre (研发中心) holds labs (实验室), a lab holds restricted areas (受限区域).</summary>
public enum LabKind { Centre, Lab, Area }

/// <summary>A centre, lab or restricted area with its managers and the qualifications it requires.</summary>
public sealed class LabUnit : IVersioned
{
    public int Id { get; set; }
    public int? ParentId { get; set; }
    public LabKind Kind { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? NameZh { get; set; }
    public ChainSegment? Segment { get; set; }
    public string? Site { get; set; }
    public long Version { get; set; }
    public List<LabManager> Managers { get; set; } = [];
    public List<LabRequirement> Requirements { get; set; } = [];

    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

/// <summary>A manager of a lab (the manager, or a deputy); they decide access requests for it and its areas.</summary>
public sealed class LabManager
{
    public int Id { get; set; }
    public int LabUnitId { get; set; }
    public int EmployeeId { get; set; }
    public EmployeeRef? Employee { get; set; }
    public bool Deputy { get; set; }
}

/// <summary>A qualification a lab or area requires of everyone it admits (an area also requires its lab's).</summary>
public sealed class LabRequirement
{
    public int Id { get; set; }
    public int LabUnitId { get; set; }
    public int QualificationTypeId { get; set; }
    public QualificationType? QualificationType { get; set; }
}

/// <summary>A kind of qualification (上岗资质/作业资格) and how long it stays valid once granted.</summary>
public sealed class QualificationType : IVersioned
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? NameZh { get; set; }
    public string? Description { get; set; }
    public int ValidityMonths { get; set; }
    public long Version { get; set; }
    public List<QualificationCourse> Courses { get; set; } = [];

    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

/// <summary>A training-catalog course whose pass grants (or renews) the qualification.</summary>
public sealed class QualificationCourse
{
    public int Id { get; set; }
    public int QualificationTypeId { get; set; }
    public int CourseId { get; set; }
}

public enum QualificationSource { Training, Manual }

/// <summary>
/// One grant of a qualification to a person. Valid from <see cref="GrantedOn"/> THROUGH <see cref="ExpiresOn"/>
/// (inclusive): it lapses on the day after. A renewal is a new record; the person holds the type while any unrevoked
/// record covers the day.
/// </summary>
public sealed class QualificationRecord
{
    public int Id { get; set; }
    public int EmployeeId { get; set; }
    public EmployeeRef? Employee { get; set; }
    public int QualificationTypeId { get; set; }
    public QualificationType? QualificationType { get; set; }
    public DateOnly GrantedOn { get; set; }
    public DateOnly ExpiresOn { get; set; }
    public QualificationSource Source { get; set; }
    public string? CourseCode { get; set; }
    public int? SessionId { get; set; }
    public string RecordedBy { get; set; } = "";
    public string? Note { get; set; }
    public string? EvidenceFileName { get; set; }
    public string? EvidenceContentType { get; set; }
    public byte[]? EvidenceContent { get; set; }
    public DateOnly? RevokedOn { get; set; }
    public string? RevokedBy { get; set; }
    public string? RevokeReason { get; set; }

    public bool ValidOn(DateOnly day) => RevokedOn is null && GrantedOn <= day && day <= ExpiresOn;
}

public enum GrantStatus { Requested, Active, Suspended, Expired, Revoked, Rejected }

/// <summary>An access request (准入申请) and, once approved, the grant (准入授权) to a lab or area.</summary>
public sealed class AccessGrant : IVersioned
{
    public int Id { get; set; }
    public int EmployeeId { get; set; }
    public EmployeeRef? Employee { get; set; }
    public int LabUnitId { get; set; }
    public LabUnit? LabUnit { get; set; }
    public GrantStatus Status { get; set; }
    public string Reason { get; set; } = "";
    public DateOnly RequestedFrom { get; set; }
    public DateOnly RequestedTo { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
    /// <summary>The latest suspension: since when, and the qualification whose lapse caused it.</summary>
    public DateOnly? SuspendedOn { get; set; }
    public int? SuspendedForTypeId { get; set; }
    public DateOnly? ReinstatedOn { get; set; }
    public DateOnly? RevokedOn { get; set; }
    public string? RevokedBy { get; set; }
    public string? RevokeReason { get; set; }
    public long Version { get; set; }
}

/// <summary>A person's door badge number (People keeps employee numbers; badges are the labs' business).</summary>
public sealed class BadgeNumber
{
    public int Id { get; set; }
    public int EmployeeId { get; set; }
    public string Number { get; set; } = "";
}

/// <summary>One imported door-access log file.</summary>
public sealed class BadgeImport
{
    public int Id { get; set; }
    public string FileName { get; set; } = "";
    public string ImportedBy { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
    public int Rows { get; set; }
    public int Unauthorised { get; set; }
}

public enum EntryVerdict { Authorised, NoGrant, Suspended, GrantEnded }

/// <summary>A door-access log line (门禁记录): who entered which area when, and whether a grant covered it then.</summary>
public sealed class BadgeEntry
{
    public long Id { get; set; }
    public int ImportId { get; set; }
    public int EmployeeId { get; set; }
    public EmployeeRef? Employee { get; set; }
    public int AreaId { get; set; }
    public LabUnit? Area { get; set; }
    public DateTimeOffset At { get; set; }
    public EntryVerdict Flag { get; set; }
    /// <summary>For <see cref="EntryVerdict.Suspended"/>: since when and for which lapsed qualification; for <see cref="EntryVerdict.GrantEnded"/>: the end day.</summary>
    public DateOnly? FlagDate { get; set; }
    public int? FlagTypeId { get; set; }
    public int? GrantId { get; set; }
}
