using TalentChain.Modules.Exports.Contracts;
using TalentChain.Modules.Exports.Domain;

namespace TalentChain.Modules.Exports.Features.TechnologyChecks;

/// <summary>A check made by hand by the officer. Taxonomy nodes by code (comma- or space-separated); the requester by employee number (default: the officer).</summary>
public sealed record TechnologyCheckInput(string? Title, string? Description, string? TaxonomyCodes, string? CounterpartyName, string? CountryCode,
    TechnologyTransferKind? Kind, string? RequesterNumber);

/// <summary>The officer's classification: Free, or Restricted/Prohibited with the catalogue item of that class.</summary>
public sealed record ClassifyInput(TechnologyExportCategory? Category, int? CatalogueItemId, string? Note, long? Version = null);

/// <summary>A decision with an optional (refuse: required) reason.</summary>
public sealed record DecisionInput(string? Reason, long? Version = null);

public sealed record TechnologyCheckQuery
{
    public TechnologyExportCheckStatus? Status { get; set; }
    public TechnologyExportCategory? Category { get; set; }
    public string? Country { get; set; }
    public string? Q { get; set; }
}

public sealed record TechnologyCheckRow(int Id, string Number, TechnologyExportCheckStatus Status, string StatusName, TechnologyExportCategory Category, string CategoryName,
    string Title, string CounterpartyName, string CountryCode, string CountryName, TechnologyTransferKind Kind, string KindName,
    string RequesterNumber, string RequesterName, DateOnly RequestedOn, DateOnly? DecidedOn);

public sealed record NodeView(int Id, string Code, string Name);

public sealed record CatalogueItemRef(int Id, string Number, string Name, TechnologyExportCategory Category, string CategoryName, bool ToVerify);

public sealed record RegisterTechnologyView(string Code, string Name, bool Controlled);

public sealed record RequiredDocumentView(TechnologyDocumentKind Kind, string KindName, bool OnFile, string? Reference);

public sealed record CheckDocumentView(int Id, TechnologyDocumentKind Kind, string KindName, string? Reference, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string UploadedBy);

public sealed record CheckEventView(DateTimeOffset At, TechnologyExportCheckStatus Status, string StatusName, string Actor, string Note);

public sealed record TechnologyCheckView(
    int Id, string Number, TechnologyExportCheckStatus Status, string StatusName, TechnologyExportCategory Category, string CategoryName,
    string Title, string Description, string CounterpartyName, string CountryCode, string CountryName, TechnologyTransferKind Kind, string KindName,
    string? SourceKey, string RequesterNumber, string RequesterName, DateOnly RequestedOn,
    CatalogueItemRef? CatalogueItem, string? ClassificationNote, string? Reason, DateOnly? DecidedOn, string? DecidedBy,
    IReadOnlyList<NodeView> Nodes, IReadOnlyList<CatalogueItemRef> SuggestedItems, IReadOnlyList<RegisterTechnologyView> RegisterTechnologies,
    IReadOnlyList<RequiredDocumentView> RequiredDocuments, IReadOnlyList<CheckDocumentView> Documents, IReadOnlyList<CheckEventView> Events,
    bool CanManage, bool CanWithdraw, long Version);

public sealed record CatalogueItemInput(string? Number, string? Name, string? NameZh, TechnologyExportCategory? Category, string? ControlPoints,
    string? TaxonomyCodes, string? SourceDocument, DateOnly? VerifiedOn, bool ToVerify, long? Version = null);

public sealed record CatalogueItemView(int Id, string Number, string Name, string? NameZh, string DisplayName, TechnologyExportCategory Category, string CategoryName,
    string? ControlPoints, IReadOnlyList<NodeView> Nodes, string SourceDocument, DateOnly? VerifiedOn, bool ToVerify, long Version);
