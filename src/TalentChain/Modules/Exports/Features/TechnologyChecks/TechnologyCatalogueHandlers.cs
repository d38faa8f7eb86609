using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.TechnologyChecks;

/// <summary>The catalogue of technologies prohibited or restricted from export, as the trade-compliance officer keeps it.</summary>
public sealed class TechnologyCatalogueHandlers(TalentChainDbContext db, ExportsText text, IStringLocalizer<ExportsResource> L, IStringLocalizer<SharedResource> shared)
{
    public async Task<List<CatalogueItemView>> ListAsync(CancellationToken ct = default)
    {
        var items = await db.TechnologyCatalogueItems.AsNoTracking().Include(i => i.Nodes).ToListAsync(ct);
        var nodes = await NodesAsync(items.SelectMany(i => i.Nodes.Select(n => n.TaxonomyNodeId)), ct);
        return [.. items.OrderBy(i => i.Category == TechnologyExportCategory.Prohibited ? 0 : 1).ThenBy(i => i.Number, StringComparer.Ordinal).Select(i => View(i, nodes))];
    }

    public async Task<CatalogueItemView> GetAsync(int id, CancellationToken ct = default)
    {
        var item = await db.TechnologyCatalogueItems.AsNoTracking().Include(i => i.Nodes).FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException(L["TechCatalogue.NotFound", id]);
        return View(item, await NodesAsync(item.Nodes.Select(n => n.TaxonomyNodeId), ct));
    }

    public async Task<CatalogueItemView> SaveAsync(int? id, CatalogueItemInput input, CancellationToken ct = default)
    {
        TechnologyCatalogueItem? item = null;
        if (id is { } existing)
            item = await db.TechnologyCatalogueItems.Include(i => i.Nodes).FirstOrDefaultAsync(i => i.Id == existing, ct) ?? throw new NotFoundException(L["TechCatalogue.NotFound", existing]);
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Number), input.Number), (nameof(input.Name), input.Name), (nameof(input.NameZh), input.NameZh),
            (nameof(input.SourceDocument), input.SourceDocument), (nameof(input.TaxonomyCodes), input.TaxonomyCodes));
        var number = TechnologyCheckHandlers.Blank(input.Number);
        if (number is null) errors.Add(nameof(input.Number), L["TechCatalogue.NumberRequired"]);
        else if (number.Length > 40) errors.Add(nameof(input.Number), L["TechCheck.TooLong", 40]);
        else if (await db.TechnologyCatalogueItems.AnyAsync(i => i.Number == number && i.Id != (id ?? 0), ct)) errors.Add(nameof(input.Number), L["TechCatalogue.NumberDuplicate", number]);
        var name = TechnologyCheckHandlers.Blank(input.Name);
        if (name is null) errors.Add(nameof(input.Name), L["TechCatalogue.NameRequired"]);
        else if (name.Length > 300) errors.Add(nameof(input.Name), L["TechCheck.TooLong", 300]);
        var nameZh = TechnologyCheckHandlers.Blank(input.NameZh);
        if (nameZh?.Length > 300) errors.Add(nameof(input.NameZh), L["TechCheck.TooLong", 300]);
        if (input.Category is not (TechnologyExportCategory.Prohibited or TechnologyExportCategory.Restricted)) errors.Add(nameof(input.Category), L["TechCatalogue.CategoryRequired"]);
        var points = TechnologyCheckHandlers.Blank(input.ControlPoints);
        if (points?.Length > 2000) errors.Add(nameof(input.ControlPoints), L["TechCheck.TooLong", 2000]);
        var source = TechnologyCheckHandlers.Blank(input.SourceDocument);
        if (source is null) errors.Add(nameof(input.SourceDocument), L["TechCatalogue.SourceRequired"]);
        else if (source.Length > 400) errors.Add(nameof(input.SourceDocument), L["TechCheck.TooLong", 400]);
        var codes = (input.TaxonomyCodes ?? "").Split([',', ' ', ';', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        var nodes = await db.TaxonomyRefs.AsNoTracking().Where(n => codes.Contains(n.Code)).Select(n => new { n.Id, n.Code }).ToListAsync(ct);
        foreach (var missing in codes.Except(nodes.Select(n => n.Code), StringComparer.Ordinal)) errors.Add(nameof(input.TaxonomyCodes), L["TechCheck.NodeUnknown", missing]);
        if (item is not null && input.Version is { } v && v != item.Version) errors.Add("Version", L["TechCheck.Stale"]);
        errors.ThrowIfAny(L["TechCatalogue.Invalid"]);

        if (item is null)
        {
            item = new TechnologyCatalogueItem { Number = number!, Name = name!, SourceDocument = source! };
            db.TechnologyCatalogueItems.Add(item);
        }
        item.Number = number!;
        item.Name = name!;
        item.NameZh = nameZh;
        item.Category = input.Category!.Value;
        item.ControlPoints = points;
        item.SourceDocument = source!;
        item.VerifiedOn = input.VerifiedOn;
        item.ToVerify = input.ToVerify;
        var wanted = nodes.Select(n => n.Id).ToHashSet();
        item.Nodes.RemoveAll(n => !wanted.Contains(n.TaxonomyNodeId));
        foreach (var n in wanted.Where(w => item.Nodes.All(x => x.TaxonomyNodeId != w))) item.Nodes.Add(new TechnologyCatalogueNode { TaxonomyNodeId = n });
        await db.SaveChangesAsync(ct);
        return await GetAsync(item.Id, ct);
    }

    /// <summary>Deletes an item no check refers to (a check's classification keeps its item).</summary>
    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var item = await db.TechnologyCatalogueItems.FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException(L["TechCatalogue.NotFound", id]);
        var used = await db.TechnologyExportChecks.Where(c => c.CatalogueItemId == id).Select(c => c.Number).FirstOrDefaultAsync(ct);
        if (used is not null) throw ValidationFailedException.For(L["TechCatalogue.Invalid"], "Id", L["TechCatalogue.InUse", item.Number, used]);
        db.TechnologyCatalogueItems.Remove(item);
        await db.SaveChangesAsync(ct);
    }

    private CatalogueItemView View(TechnologyCatalogueItem i, Dictionary<int, NodeView> nodes) =>
        new(i.Id, i.Number, i.Name, i.NameZh, i.DisplayName(UiCulture.IsChinese), i.Category, text.Enum(i.Category), i.ControlPoints,
            [.. i.Nodes.Select(n => nodes.GetValueOrDefault(n.TaxonomyNodeId)).OfType<NodeView>().OrderBy(n => n.Code, StringComparer.Ordinal)],
            i.SourceDocument, i.VerifiedOn, i.ToVerify, i.Version);

    private async Task<Dictionary<int, NodeView>> NodesAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        var chinese = UiCulture.IsChinese;
        return (await db.TaxonomyRefs.AsNoTracking().Where(n => list.Contains(n.Id)).Select(n => new { n.Id, n.Code, n.Name, n.NameZh }).ToListAsync(ct))
            .ToDictionary(n => n.Id, n => new NodeView(n.Id, n.Code, UiCulture.Pick(n.Name, n.NameZh, chinese)));
    }
}
