using TalentChain.Modules.Exports.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Exports.Domain;

/// <summary>
/// One item of the Catalogue of Technologies Prohibited or Restricted from Export (中国禁止出口限制出口技术目录), as data the
/// trade-compliance officer keeps current: number as published, names, class, the taxonomy nodes it maps to (so a
/// check's technology suggests it), and where it was read from.
/// </summary>
public class TechnologyCatalogueItem : IVersioned
{
    public int Id { get; set; }
    /// <summary>The item's number as published in the catalogue (e.g. its 编号).</summary>
    public required string Number { get; set; }
    public required string Name { get; set; }
    public string? NameZh { get; set; }
    /// <summary>Prohibited (禁止出口) or Restricted (限制出口); the catalogue lists nothing else.</summary>
    public TechnologyExportCategory Category { get; set; }
    /// <summary>The control points (控制要点) as summarised by the officer.</summary>
    public string? ControlPoints { get; set; }
    public required string SourceDocument { get; set; }
    public DateOnly? VerifiedOn { get; set; }
    /// <summary>Facts not yet checked against the official text.</summary>
    public bool ToVerify { get; set; }
    public long Version { get; set; }
    public List<TechnologyCatalogueNode> Nodes { get; } = [];

    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

/// <summary>A taxonomy node (technology or skill) a catalogue item covers, with everything below it.</summary>
public class TechnologyCatalogueNode
{
    public int ItemId { get; set; }
    public int TaxonomyNodeId { get; set; }
}

/// <summary>
/// A technology-export check (技术出口审查) of one licence or transfer of technology to a foreign party: opened by another
/// module (<see cref="ITechnologyExportChecks"/>) or by the officer, classified against the catalogue, cleared only with
/// the documents its class requires.
/// </summary>
public class TechnologyExportCheck : IVersioned
{
    public int Id { get; set; }
    /// <summary>TX-YYYY-NNNN.</summary>
    public required string Number { get; set; }
    /// <summary>The requesting module's record, e.g. "commercialization-deal:12"; null for a check made by hand.</summary>
    public string? SourceKey { get; set; }
    /// <summary>The source key while the check is live (requested, in review or cleared); unique, so a key has one live check.</summary>
    public string? LiveKey { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public required string CounterpartyName { get; set; }
    /// <summary>ISO 3166-1 alpha-2 of the receiving party, never CN.</summary>
    public required string CountryCode { get; set; }
    public TechnologyTransferKind Kind { get; set; }
    public int RequestedByEmployeeId { get; set; }
    public TechnologyExportCheckStatus Status { get; set; } = TechnologyExportCheckStatus.Requested;
    public TechnologyExportCategory Category { get; set; }
    public int? CatalogueItemId { get; set; }
    public TechnologyCatalogueItem? CatalogueItem { get; set; }
    public string? ClassificationNote { get; set; }
    /// <summary>The refusal (or withdrawal) reason.</summary>
    public string? Reason { get; set; }
    public DateOnly RequestedOn { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public long Version { get; set; }
    public List<TechnologyCheckNode> Nodes { get; } = [];
    public List<TechnologyCheckDocument> Documents { get; } = [];
    public List<TechnologyCheckEvent> Events { get; } = [];

    public static bool IsLive(TechnologyExportCheckStatus s) =>
        s is TechnologyExportCheckStatus.Requested or TechnologyExportCheckStatus.InReview or TechnologyExportCheckStatus.Cleared;

    public bool IsOpen => Status is TechnologyExportCheckStatus.Requested or TechnologyExportCheckStatus.InReview;

    /// <summary>The documents a class needs before the check can clear (Prohibited never clears; Unclassified is not decided yet).</summary>
    public static TechnologyDocumentKind[] RequiredDocuments(TechnologyExportCategory category) => category switch
    {
        TechnologyExportCategory.Free => [TechnologyDocumentKind.ContractRegistrationCertificate],
        TechnologyExportCategory.Restricted => [TechnologyDocumentKind.LicenceIntent, TechnologyDocumentKind.ExportLicence],
        _ => [],
    };
}

/// <summary>A taxonomy node the checked technology touches.</summary>
public class TechnologyCheckNode
{
    public int CheckId { get; set; }
    public int TaxonomyNodeId { get; set; }
}

/// <summary>What a technology export needs on file, by class.</summary>
public enum TechnologyDocumentKind
{
    /// <summary>技术出口合同登记证书 (freely exportable technology).</summary>
    ContractRegistrationCertificate = 1,
    /// <summary>技术出口许可意向书 (restricted: before substantive negotiation).</summary>
    LicenceIntent = 2,
    /// <summary>技术出口许可证 (restricted: after the contract is signed), with its number.</summary>
    ExportLicence = 3,
    /// <summary>The technology export contract.</summary>
    Contract = 4,
    Other = 5,
}

/// <summary>A file on a check (stored in the database; size-limited, type-checked by content).</summary>
public class TechnologyCheckDocument
{
    public int Id { get; set; }
    public int CheckId { get; set; }
    public TechnologyDocumentKind Kind { get; set; }
    /// <summary>The certificate's or licence's number (required for the export licence).</summary>
    public string? Reference { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public required string UploadedBy { get; set; }
}

/// <summary>One step of a check's history, with its note in both languages.</summary>
public class TechnologyCheckEvent
{
    public int Id { get; set; }
    public int CheckId { get; set; }
    public DateTimeOffset At { get; set; }
    public TechnologyExportCheckStatus Status { get; set; }
    public required string Actor { get; set; }
    public required string Note { get; set; }
    public required string NoteZh { get; set; }
}
