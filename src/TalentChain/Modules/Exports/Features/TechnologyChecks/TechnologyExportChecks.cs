using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Exports.Features.TechnologyChecks;

/// <summary>
/// <see cref="ITechnologyExportChecks"/> for other modules: opens a check (one live check per source key — requested, in
/// review or cleared; after a refusal or withdrawal the same key opens a new one) and reports checks' states with the
/// status in the viewer's language.
/// </summary>
public sealed class TechnologyExportChecks(TalentChainDbContext db, TechnologyCheckHandlers handlers, ExportsText text) : ITechnologyExportChecks
{
    public async Task<TechnologyExportCheckInfo> RequestAsync(TechnologyExportRequest request, CancellationToken ct = default) =>
        Info(await handlers.RequestAsync(request, ct));

    public async Task<IReadOnlyDictionary<int, TechnologyExportCheckInfo>> GetAsync(IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        var list = ids.Distinct().ToList();
        if (list.Count == 0) return new Dictionary<int, TechnologyExportCheckInfo>();
        var checks = await db.TechnologyExportChecks.AsNoTracking().Where(c => list.Contains(c.Id)).ToListAsync(ct);
        return checks.ToDictionary(c => c.Id, Info);
    }

    private TechnologyExportCheckInfo Info(TechnologyExportCheck c) =>
        new(c.Id, c.Number, c.Status, c.Category, text.Enum(c.Status), c.Reason, c.DecidedOn, TechnologyCheckHandlers.Link(c.Id));
}
