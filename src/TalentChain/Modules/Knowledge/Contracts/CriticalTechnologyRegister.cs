using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Knowledge.Contracts;

/// <summary>A critical technology from the register, named in the viewer's language; <see cref="Controlled"/> = export-controlled/secret class.</summary>
public sealed record RegisteredTechnology(int CriticalTechnologyId, int TaxonomyNodeId, string Code, string Name, ChainSegment Segment, bool Controlled);

/// <summary>A result to keep as a trade secret (商业秘密): the record's names, what it covers, who knows it (知悉范围) and on what basis.</summary>
public sealed record TradeSecretInput(string Code, string Name, string? NameZh, int? CriticalTechnologyId, string Description,
    IReadOnlyCollection<int> HolderEmployeeIds, string LegalBasis, DateOnly StartsOn, DateOnly ExpiresOn);

/// <summary>The controlled data set that now holds the trade secret, and where it is managed.</summary>
public sealed record TradeSecretRegistration(int DataSetId, string Code, string Link);

/// <summary>
/// The critical-technology register as other modules use it: which registered technologies a piece of work touches, and
/// keeping a result as a trade secret whose holders then appear on the expertise roster like every other holder of
/// controlled data.
/// </summary>
public interface ICriticalTechnologyRegister
{
    /// <summary>Registered technologies whose taxonomy subtree contains any of the nodes.</summary>
    Task<IReadOnlyList<RegisteredTechnology>> CoveringAsync(IReadOnlyCollection<int> taxonomyNodeIds, CancellationToken ct = default);

    /// <summary>
    /// Registers a trade secret: a controlled data set with an access grant for each holder. Refuses invalid input with a
    /// ValidationFailedException (field keys "Code", "HolderEmployeeIds", …). Saves through the shared scoped DbContext: a
    /// caller that changes its own records too wraps both in one transaction.
    /// </summary>
    Task<TradeSecretRegistration> RegisterTradeSecretAsync(TradeSecretInput input, CancellationToken ct = default);
}
