namespace TalentChain.Modules.Exports.Contracts;

public enum TechnologyExportCheckStatus { Requested = 1, InReview, Cleared, Refused, Withdrawn }

/// <summary>The catalogue class of a technology (自由出口 / 限制出口 / 禁止出口); Unclassified until the officer decides.</summary>
public enum TechnologyExportCategory { Unclassified = 0, Free, Restricted, Prohibited }

/// <summary>How the technology leaves: a licence (许可) or a transfer (转让).</summary>
public enum TechnologyTransferKind { Licence = 1, Transfer }

/// <summary>A request to check a technology licence or transfer to a foreign party; <see cref="SourceKey"/> names the caller's record (one open check per key).</summary>
public sealed record TechnologyExportRequest(string SourceKey, string Title, string Description, IReadOnlyCollection<int> TaxonomyNodeIds,
    string CounterpartyName, string CountryCode, TechnologyTransferKind Kind, int RequestedByEmployeeId);

/// <summary>A check's state as the requesting module shows it (label in the viewer's language).</summary>
public sealed record TechnologyExportCheckInfo(int Id, string Number, TechnologyExportCheckStatus Status, TechnologyExportCategory Category,
    string StatusLabel, string? Reason, DateOnly? DecidedOn, string Link);

/// <summary>
/// The technology-export check (技术出口审查) that a licence or transfer of technology to a foreign party must pass before it
/// is signed. Passing means <see cref="TechnologyExportCheckStatus.Cleared"/>.
/// </summary>
public interface ITechnologyExportChecks
{
    /// <summary>Opens a check, or returns the open one for the same source key. Refuses a missing or domestic country with a ValidationFailedException. Saves.</summary>
    Task<TechnologyExportCheckInfo> RequestAsync(TechnologyExportRequest request, CancellationToken ct = default);

    /// <summary>Current state of checks by id (unknown ids are left out).</summary>
    Task<IReadOnlyDictionary<int, TechnologyExportCheckInfo>> GetAsync(IReadOnlyCollection<int> ids, CancellationToken ct = default);
}
