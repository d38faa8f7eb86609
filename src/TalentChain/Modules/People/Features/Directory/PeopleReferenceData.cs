using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.People.Features.Directory;

public sealed record UnitInfo(int Id, int? ParentId, string Code, string Name, string? NameZh, ChainSegment Segment)
{
    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

public sealed record SkillNodeInfo(int Id, int? ParentId, string Code, TaxonomyKind Kind, string Name, string? NameZh, ChainSegment Segment)
{
    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

/// <summary>The org-unit tree and the taxonomy in tree order, with subtree look-ups.</summary>
public sealed class ReferenceTree<T> where T : class
{
    private readonly Dictionary<int, List<int>> _children;
    private readonly Func<T, int> _id;

    public ReferenceTree(IReadOnlyList<T> items, Func<T, int> id, Func<T, int?> parent, Func<T, string> order)
    {
        _id = id;
        ById = items.ToDictionary(id);
        _children = items.Where(i => parent(i) is { } p && ById.ContainsKey(p)).GroupBy(i => parent(i)!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(order, StringComparer.Ordinal).Select(id).ToList());
        var ordered = new List<(T, int)>(items.Count);
        var roots = items.Where(i => parent(i) is not { } p || !ById.ContainsKey(p)).OrderBy(order, StringComparer.Ordinal);
        var seen = new HashSet<int>();
        foreach (var r in roots) Walk(id(r), 0);
        InTreeOrder = ordered;

        void Walk(int node, int depth)
        {
            if (!seen.Add(node)) return;
            ordered.Add((ById[node], depth));
            if (_children.TryGetValue(node, out var kids)) foreach (var k in kids) Walk(k, depth + 1);
        }
    }

    public IReadOnlyDictionary<int, T> ById { get; }

    /// <summary>Every item with its depth, parents before children (for indented selects).</summary>
    public IReadOnlyList<(T Item, int Depth)> InTreeOrder { get; }

    /// <summary>The node and all its descendants; empty when the node does not exist.</summary>
    public List<int> SubtreeIds(int root)
    {
        var result = new List<int>();
        if (!ById.ContainsKey(root)) return result;
        var stack = new Stack<int>();
        stack.Push(root);
        var seen = new HashSet<int>();
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (!seen.Add(n)) continue; // a corrupt tree with a cycle must not hang a request
            result.Add(n);
            if (_children.TryGetValue(n, out var kids)) foreach (var k in kids) stack.Push(k);
        }
        return result;
    }

    public T? Find(int id) => ById.GetValueOrDefault(id);
}

/// <summary>
/// The org units and the taxonomy are small and read on every directory request: keep them in memory for a few
/// seconds instead of querying them each time. Edits elsewhere show up in the directory within <see cref="Lifetime"/>.
/// </summary>
public sealed class PeopleReferenceData(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private const string UnitsKey = "people:units";
    private const string SkillsKey = "people:taxonomy";

    public async Task<ReferenceTree<UnitInfo>> UnitsAsync(TalentChainDbContext db, CancellationToken ct = default) =>
        (await cache.GetOrCreateAsync(UnitsKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            var units = await db.OrgUnits.AsNoTracking()
                .Select(u => new UnitInfo(u.Id, u.ParentId, u.Code, u.Name, u.NameZh, u.Segment))
                .ToListAsync(ct);
            return new ReferenceTree<UnitInfo>(units, u => u.Id, u => u.ParentId, u => u.Code);
        }))!;

    public async Task<ReferenceTree<SkillNodeInfo>> TaxonomyAsync(TalentChainDbContext db, CancellationToken ct = default) =>
        (await cache.GetOrCreateAsync(SkillsKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            var nodes = await db.TaxonomyNodes.AsNoTracking()
                .Select(n => new SkillNodeInfo(n.Id, n.ParentId, n.Code, n.Kind, n.Name, n.NameZh, n.Segment))
                .ToListAsync(ct);
            return new ReferenceTree<SkillNodeInfo>(nodes, n => n.Id, n => n.ParentId, n => n.Code);
        }))!;

    /// <summary>Forget the cached trees (after this process changed units or the taxonomy).</summary>
    public void Invalidate()
    {
        cache.Remove(UnitsKey);
        cache.Remove(SkillsKey);
    }
}
