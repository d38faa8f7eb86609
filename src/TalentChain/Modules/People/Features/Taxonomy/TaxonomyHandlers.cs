using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People.Features.OrgUnits;
using TalentChain.Modules.People.Features.SkillRecords;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.People.Features.Taxonomy;

/// <summary>
/// What a client sends to create or change a node. Kind and Segment are member names ("Skill", "Separation");
/// left empty, the kind follows from the parent (none → Segment, Segment → Technology, Technology → Skill) and
/// the segment is the parent's. The parent may be named by id or by code.
/// </summary>
public sealed record TaxonomyNodeInput(
    string? Code,
    string? Kind,
    string? Name,
    string? NameZh,
    string? Description,
    string? Segment,
    int? ParentId,
    string? ParentCode = null,
    long? Version = null);

/// <param name="HoldersByLevel">
/// For skills: active holders at level 0, 1, 2, 3, 4. Null for segments and technologies, and for need-to-know skills
/// unless the viewer may see every level (small counts there would point at the few experts).
/// </param>
public sealed record TaxonomyNodeView(
    int Id,
    string Code,
    string Kind,
    string KindName,
    string Name,
    string? NameZh,
    string DisplayName,
    string? Description,
    string Segment,
    string SegmentName,
    int? ParentId,
    string? ParentCode,
    int Depth,
    int ChildCount,
    int[]? HoldersByLevel,
    long Version);

public sealed record ProficiencyLevelView(int Level, string Name, string Definition);

/// <summary>The expertise taxonomy: list, create, edit, delete, and the proficiency scale. Used by /taxonomy and /api/v1/taxonomy.</summary>
public sealed partial class TaxonomyHandlers(TalentChainDbContext db, IStringLocalizer<TaxonomyResource> t, PeopleLabels labels, SkillAccess access, IStringLocalizer<SharedResource> shared)
{
    public const int CodeMaxLength = 60;
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2000;

    [GeneratedRegex(@"^[A-Z0-9.]{1,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    public List<ProficiencyLevelView> Levels() =>
        [.. Enumerable.Range(Proficiency.Min, Proficiency.Max - Proficiency.Min + 1).Select(l => new ProficiencyLevelView(l, labels.Level(l), labels.LevelDefinition(l)))];

    /// <summary>All nodes in tree order; holders per level of every skill (the viewer may see) come from one grouped query.</summary>
    public async Task<List<TaxonomyNodeView>> ListAsync(ClaimsPrincipal viewer, CancellationToken ct = default) =>
        await ListAsync(await access.ScopeAsync(viewer, ct), ct);

    public async Task<TaxonomyNodeView> GetAsync(int id, ClaimsPrincipal viewer, CancellationToken ct = default) =>
        await GetAsync(id, await access.ScopeAsync(viewer, ct), ct);

    private async Task<TaxonomyNodeView> GetAsync(int id, SkillLevelScope scope, CancellationToken ct) =>
        (await ListAsync(scope, ct)).FirstOrDefault(n => n.Id == id) ?? throw new NotFoundException(t["Taxonomy.NotFound", id]);

    /// <summary>Answers of create and update: no viewer at hand, so need-to-know holder counts are left out.</summary>
    private async Task<TaxonomyNodeView> GetWrittenAsync(int id, CancellationToken ct) =>
        await GetAsync(id, new SkillLevelScope(false, await access.RestrictedAsync(ct)), ct);

    private async Task<List<TaxonomyNodeView>> ListAsync(SkillLevelScope scope, CancellationToken ct)
    {
        var nodes = await db.TaxonomyNodes.AsNoTracking()
            .Select(n => new { n.Id, n.Code, n.Kind, n.Name, n.NameZh, n.Description, n.Segment, n.ParentId, n.Version })
            .ToListAsync(ct);
        var holders = await db.SkillRecords.AsNoTracking()
            .Where(s => s.Employee!.Status == EmployeeStatus.Active)
            .GroupBy(s => new { s.TaxonomyNodeId, s.Level })
            .Select(g => new { g.Key.TaxonomyNodeId, g.Key.Level, Count = g.Count() })
            .ToListAsync(ct);
        var levels = holders.GroupBy(h => h.TaxonomyNodeId).ToDictionary(g => g.Key, g =>
        {
            var byLevel = new int[Proficiency.Max + 1];
            foreach (var h in g.Where(h => Proficiency.IsValid(h.Level))) byLevel[h.Level] = h.Count;
            return byLevel;
        });

        var byId = nodes.ToDictionary(n => n.Id);
        var children = nodes.Where(n => n.ParentId is { } p && byId.ContainsKey(p))
            .GroupBy(n => n.ParentId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(n => n.Code, StringComparer.Ordinal).ToList());
        var chinese = UiCulture.IsChinese;
        var result = new List<TaxonomyNodeView>(nodes.Count);

        void Visit(int id, int depth)
        {
            var n = byId[id];
            var kids = children.GetValueOrDefault(id) ?? [];
            result.Add(new TaxonomyNodeView(n.Id, n.Code, n.Kind.ToString(), t.KindName(n.Kind), n.Name, n.NameZh,
                chinese && !string.IsNullOrEmpty(n.NameZh) ? n.NameZh : n.Name, n.Description,
                n.Segment.ToString(), labels.Segment(n.Segment), n.ParentId,
                n.ParentId is { } p && byId.TryGetValue(p, out var parent) ? parent.Code : null,
                depth, kids.Count,
                n.Kind == TaxonomyKind.Skill && scope.Shows(n.Id) ? levels.GetValueOrDefault(n.Id) ?? new int[Proficiency.Max + 1] : null,
                n.Version));
            foreach (var k in kids) Visit(k.Id, depth + 1);
        }

        // Segments follow the industrial chain (mining → … → trade), not the alphabet.
        foreach (var root in nodes.Where(n => n.ParentId is null || !byId.ContainsKey(n.ParentId.Value)).OrderBy(n => n.Segment).ThenBy(n => n.Code, StringComparer.Ordinal))
            Visit(root.Id, 0);
        return result;
    }

    public async Task<TaxonomyNodeView> CreateAsync(TaxonomyNodeInput input, CancellationToken ct = default)
    {
        var valid = await ValidateAsync(null, input, ct);
        var node = new TaxonomyNode { Code = valid.Code, Name = valid.Name };
        valid.ApplyTo(node);
        db.TaxonomyNodes.Add(node);
        await SaveAsync(valid.Code, ct);
        return await GetWrittenAsync(node.Id, ct);
    }

    public async Task<TaxonomyNodeView> UpdateAsync(int id, TaxonomyNodeInput input, CancellationToken ct = default)
    {
        var node = await db.TaxonomyNodes.FirstOrDefaultAsync(n => n.Id == id, ct) ?? throw new NotFoundException(t["Taxonomy.NotFound", id]);
        ExpectVersion(node, input.Version);
        var valid = await ValidateAsync(node, input, ct);
        valid.ApplyTo(node);
        await SaveAsync(valid.Code, ct);
        return await GetWrittenAsync(node.Id, ct);
    }

    /// <summary>Only a leaf nobody has a record for may go; otherwise people's assessed skills would lose their meaning.</summary>
    public async Task DeleteAsync(int id, long? version, CancellationToken ct = default)
    {
        var node = await db.TaxonomyNodes.FirstOrDefaultAsync(n => n.Id == id, ct) ?? throw new NotFoundException(t["Taxonomy.NotFound", id]);
        ExpectVersion(node, version);
        var errors = new FieldErrors();
        var children = await db.TaxonomyNodes.CountAsync(n => n.ParentId == id, ct);
        if (children > 0) errors.Add("Id", t["Taxonomy.DeleteHasChildren", node.Code, children]);
        var records = await db.SkillRecords.CountAsync(s => s.TaxonomyNodeId == id, ct);
        if (records > 0) errors.Add("Id", t["Taxonomy.DeleteHasRecords", node.Code, records]);
        errors.ThrowIfAny(t["Taxonomy.DeleteRefused"]);
        db.TaxonomyNodes.Remove(node);
        await db.SaveChangesAsync(ct);
    }

    private void ExpectVersion(TaxonomyNode node, long? version)
    {
        if (version is null) return;
        if (version != node.Version) throw new DbUpdateConcurrencyException(t["Concurrency.Stale"]);
        db.Entry(node).Property(n => n.Version).OriginalValue = version.Value;
    }

    private async Task SaveAsync(string code, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Two people saving the same code at once: the unique index decides; say so as the pre-check would.
            db.ChangeTracker.Clear();
            if (await db.TaxonomyNodes.AnyAsync(n => n.Code == code, ct))
                throw ValidationFailedException.For(t["Taxonomy.Invalid"], nameof(TaxonomyNodeInput.Code), t["Taxonomy.CodeTaken", code]);
            throw;
        }
    }

    private sealed record ValidInput(string Code, TaxonomyKind Kind, string Name, string? NameZh, string? Description, ChainSegment Segment, int? ParentId)
    {
        public void ApplyTo(TaxonomyNode n)
        {
            n.Code = Code;
            n.Kind = Kind;
            n.Name = Name;
            n.NameZh = NameZh;
            n.Description = Description;
            n.Segment = Segment;
            n.ParentId = ParentId;
        }
    }

    private static TaxonomyKind? ExpectedParentKind(TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Technology => TaxonomyKind.Segment,
        TaxonomyKind.Skill => TaxonomyKind.Technology,
        _ => null,
    };

    private async Task<ValidInput> ValidateAsync(TaxonomyNode? existing, TaxonomyNodeInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = existing?.Id;
        errors.RequireOneLine(shared, (nameof(input.Code), input.Code), (nameof(input.Name), input.Name), (nameof(input.NameZh), input.NameZh));
        var code = (input.Code ?? "").Trim().ToUpperInvariant();
        if (code.Length == 0) errors.Add(nameof(input.Code), t["Taxonomy.CodeRequired"]);
        else if (!CodePattern().IsMatch(code)) errors.Add(nameof(input.Code), t["Taxonomy.CodePattern", CodeMaxLength]);
        else if (await db.TaxonomyNodes.AnyAsync(n => n.Code == code && n.Id != id, ct)) errors.Add(nameof(input.Code), t["Taxonomy.CodeTaken", code]);

        var name = (input.Name ?? "").Trim();
        if (name.Length == 0) errors.Add(nameof(input.Name), t["Taxonomy.NameRequired"]);
        else if (name.Length > NameMaxLength) errors.Add(nameof(input.Name), t["Common.TooLong", NameMaxLength]);
        var nameZh = OrgUnitHandlers.Blank(input.NameZh);
        if (nameZh?.Length > NameMaxLength) errors.Add(nameof(input.NameZh), t["Common.TooLong", NameMaxLength]);
        var description = OrgUnitHandlers.Blank(input.Description);
        if (description?.Length > DescriptionMaxLength) errors.Add(nameof(input.Description), t["Common.TooLong", DescriptionMaxLength]);

        // Parent: by id, else by code.
        var parentId = input.ParentId;
        var parentField = nameof(input.ParentId);
        TaxonomyNode? parent = null;
        if (parentId is null && OrgUnitHandlers.Blank(input.ParentCode) is { } parentCode)
        {
            parentField = nameof(input.ParentCode);
            var upper = parentCode.ToUpperInvariant();
            parent = await db.TaxonomyNodes.AsNoTracking().FirstOrDefaultAsync(n => n.Code == upper, ct);
            if (parent is null) errors.Add(parentField, t["Taxonomy.ParentNotFound", parentCode]);
            parentId = parent?.Id;
        }
        else if (parentId is { } pid)
        {
            parent = await db.TaxonomyNodes.AsNoTracking().FirstOrDefaultAsync(n => n.Id == pid, ct);
            if (parent is null) errors.Add(parentField, t["Taxonomy.ParentNotFound", pid]);
        }
        var parentMissing = parent is null && (input.ParentId is not null || !string.IsNullOrWhiteSpace(input.ParentCode));

        // Kind: given, or implied by the parent.
        TaxonomyKind kind;
        if (string.IsNullOrWhiteSpace(input.Kind))
        {
            kind = parent?.Kind switch
            {
                null => TaxonomyKind.Segment,
                TaxonomyKind.Segment => TaxonomyKind.Technology,
                _ => TaxonomyKind.Skill,
            };
        }
        else if (!TaxonomyText.TryParseName(input.Kind, out kind))
        {
            errors.Add(nameof(input.Kind), t["Taxonomy.KindUnknown", input.Kind]);
        }

        if (!errors.ToDictionary().ContainsKey(nameof(input.Kind)) && !parentMissing)
        {
            var expected = ExpectedParentKind(kind);
            if (expected is null && parent is not null)
                errors.Add(parentField, t["Taxonomy.SegmentHasNoParent"]);
            else if (expected is { } e && parent is null)
                errors.Add(parentField, t["Taxonomy.ParentRequired", t.KindName(kind), t.KindName(e)]);
            else if (expected is { } e2 && parent is not null && parent.Kind != e2)
                errors.Add(parentField, t["Taxonomy.ParentWrongKind", t.KindName(kind), t.KindName(e2), parent.Code, t.KindName(parent.Kind)]);
        }

        if (existing is not null && parent is not null)
        {
            var parents = await db.TaxonomyNodes.AsNoTracking().Select(n => new { n.Id, n.ParentId }).ToDictionaryAsync(n => n.Id, n => n.ParentId, ct);
            if (OrgUnitHandlers.IsSelfOrDescendant(parent.Id, existing.Id, parents)) errors.Add(parentField, t["Taxonomy.ParentCycle"]);
        }

        if (existing is not null && existing.Kind != kind)
        {
            // The children's and the records' kinds were checked against the old kind.
            if (await db.TaxonomyNodes.AnyAsync(n => n.ParentId == existing.Id, ct))
                errors.Add(nameof(input.Kind), t["Taxonomy.KindChangeHasChildren"]);
            if (existing.Kind == TaxonomyKind.Skill && await db.SkillRecords.AnyAsync(s => s.TaxonomyNodeId == existing.Id, ct))
                errors.Add(nameof(input.Kind), t["Taxonomy.KindChangeHasRecords"]);
        }

        ChainSegment segment = default;
        if (string.IsNullOrWhiteSpace(input.Segment))
        {
            if (parent is not null) segment = parent.Segment;
            else if (!parentMissing) errors.Add(nameof(input.Segment), t["Common.SegmentRequired"]);
        }
        else if (!TaxonomyText.TryParseName(input.Segment, out segment))
        {
            errors.Add(nameof(input.Segment), t["Common.SegmentUnknown", input.Segment]);
        }

        errors.ThrowIfAny(t["Taxonomy.Invalid"]);
        return new ValidInput(code, kind, name, nameZh, description, segment, parentId);
    }
}
