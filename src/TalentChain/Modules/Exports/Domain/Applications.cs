using TalentChain.Platform.Data;

namespace TalentChain.Modules.Exports.Domain;

public enum ApplicationStatus
{
    Draft, Ready, Submitted, Accepted, UnderReview, SupplementRequested, SupplementProvided,
    Approved, PartiallyApproved, Rejected, Returned, Withdrawn,
}

public enum ApplicationKind { New, Amendment }

public enum EndUseCategory { Automotive, Wind, Electronics, Industrial, Medical, Aerospace, Defence, Research, Other }

public enum SupplementClockPolicy { Continue, Pause, Restart }

public enum DocumentKind { Contract, EndUserCertificate, TechnicalDescription, TestReport, Other }

/// <summary>An export-licence application filed by the Chinese exporter.</summary>
public class LicenceApplication : IVersioned
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public ApplicationKind Kind { get; set; }
    /// <summary>For an amendment: the licence being amended.</summary>
    public int? AmendsLicenceId { get; set; }
    public int ApplicantPartyId { get; set; }
    public Party? Applicant { get; set; }
    public required string ContractNumber { get; set; }
    public int ConsigneePartyId { get; set; }
    public Party? Consignee { get; set; }
    public int EndUserPartyId { get; set; }
    public Party? EndUser { get; set; }
    public required string EndUse { get; set; }
    public EndUseCategory EndUseCategory { get; set; }
    /// <summary>ISO 4217 currency of every line.</summary>
    public required string Currency { get; set; }
    public string Jurisdiction { get; set; } = "CN";
    public ApplicationStatus Status { get; set; } = ApplicationStatus.Draft;
    public DateTimeOffset CreatedAt { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionNote { get; set; }
    public long Version { get; set; }

    public List<ApplicationLine> Lines { get; } = [];
    public List<RouteLeg> Route { get; } = [];
    public List<ApplicationDocument> Documents { get; } = [];
    public List<ApplicationEvent> Events { get; } = [];
    public List<SupplementRequest> Supplements { get; } = [];

    public int ReviewWorkingDays => Kind == ApplicationKind.Amendment ? 20 : 45;

    /// <summary>Countries the goods pass through other than China and the end user's country.</summary>
    public IEnumerable<string> TransitCountries(string endUserCountry) =>
        Route.OrderBy(l => l.Sequence).SelectMany(l => new[] { l.FromCountry, l.ToCountry })
            .Where(c => c != "CN" && c != endUserCountry).Distinct();

    public static readonly ApplicationStatus[] Pending =
        [ApplicationStatus.Submitted, ApplicationStatus.Accepted, ApplicationStatus.UnderReview, ApplicationStatus.SupplementRequested, ApplicationStatus.SupplementProvided];

    public static readonly ApplicationStatus[] Decided =
        [ApplicationStatus.Approved, ApplicationStatus.PartiallyApproved, ApplicationStatus.Rejected, ApplicationStatus.Returned];

    /// <summary>The lifecycle: which status may follow which.</summary>
    public static readonly IReadOnlyDictionary<ApplicationStatus, ApplicationStatus[]> Transitions = new Dictionary<ApplicationStatus, ApplicationStatus[]>
    {
        [ApplicationStatus.Draft] = [ApplicationStatus.Ready, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Ready] = [ApplicationStatus.Submitted, ApplicationStatus.Draft, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Submitted] = [ApplicationStatus.Accepted, ApplicationStatus.Returned, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Accepted] = [ApplicationStatus.UnderReview, ApplicationStatus.Withdrawn],
        [ApplicationStatus.UnderReview] = [ApplicationStatus.SupplementRequested, ApplicationStatus.Approved, ApplicationStatus.PartiallyApproved, ApplicationStatus.Rejected, ApplicationStatus.Returned, ApplicationStatus.Withdrawn],
        [ApplicationStatus.SupplementRequested] = [ApplicationStatus.SupplementProvided, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn],
        [ApplicationStatus.SupplementProvided] = [ApplicationStatus.UnderReview, ApplicationStatus.Approved, ApplicationStatus.PartiallyApproved, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Returned] = [ApplicationStatus.Draft],
        [ApplicationStatus.Approved] = [],
        [ApplicationStatus.PartiallyApproved] = [],
        [ApplicationStatus.Rejected] = [],
        [ApplicationStatus.Withdrawn] = [],
    };

    public static bool CanMove(ApplicationStatus from, ApplicationStatus to) => Transitions[from].Contains(to);

    public static readonly DocumentKind[] RequiredDocuments = [DocumentKind.Contract, DocumentKind.EndUserCertificate];

    /// <summary>The document checklist: a contract, an end-user/end-use certificate, and a technical description or test report.</summary>
    public IReadOnlyList<(string Item, bool Done)> Checklist()
    {
        var kinds = Documents.Select(d => d.Kind).ToHashSet();
        return
        [
            ("Contract", kinds.Contains(DocumentKind.Contract)),
            ("EndUserCertificate", kinds.Contains(DocumentKind.EndUserCertificate)),
            ("TechnicalDescription", kinds.Contains(DocumentKind.TechnicalDescription) || kinds.Contains(DocumentKind.TestReport)),
            ("Lines", Lines.Count > 0),
            ("Route", Route.Count > 0),
        ];
    }
}

public class ApplicationLine
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public int MaterialId { get; set; }
    public Material? Material { get; set; }
    public required string ControlCode { get; set; }
    public decimal Quantity { get; set; }
    public required string Unit { get; set; }
    public decimal Value { get; set; }
    public required string Currency { get; set; }
}

/// <summary>One leg of the route, e.g. CN → IN by sea, then IN → US.</summary>
public class RouteLeg
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public int Sequence { get; set; }
    public required string FromCountry { get; set; }
    public required string ToCountry { get; set; }
    public string? Mode { get; set; }
}

/// <summary>A file attached to an application (stored in the database; size-limited, type-checked by content).</summary>
public class ApplicationDocument
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public DocumentKind Kind { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public required string UploadedBy { get; set; }
}

/// <summary>One status change, timestamped (the audit log records it too).</summary>
public class ApplicationEvent
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>The official date the change takes effect (acceptance date, decision date …).</summary>
    public DateOnly OnDate { get; set; }
    public ApplicationStatus From { get; set; }
    public ApplicationStatus To { get; set; }
    public required string Actor { get; set; }
    public string? Note { get; set; }
}

/// <summary>A supplementary-information request by the authority, with its own due date and clock policy.</summary>
public class SupplementRequest
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public DateOnly RequestedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? ProvidedOn { get; set; }
    public SupplementClockPolicy Policy { get; set; }
    public required string Request { get; set; }
}
