using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.GoToMarket;

/// <summary>
/// Used only when no module provides the technology-export check: every request is refused and no check exists, so a
/// foreign licence or transfer can never be signed. Exports' implementation replaces it (registered with TryAdd).
/// </summary>
internal sealed class ExportChecksUnavailable(IStringLocalizer<CommercializationResource> t) : ITechnologyExportChecks
{
    public Task<TechnologyExportCheckInfo> RequestAsync(TechnologyExportRequest request, CancellationToken ct = default) =>
        throw ValidationFailedException.For(t["Deal.Error.Title"], "ExportCheck", t["Deal.Error.ChecksUnavailable"]);

    public Task<IReadOnlyDictionary<int, TechnologyExportCheckInfo>> GetAsync(IReadOnlyCollection<int> ids, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyDictionary<int, TechnologyExportCheckInfo>>(new Dictionary<int, TechnologyExportCheckInfo>());
}
