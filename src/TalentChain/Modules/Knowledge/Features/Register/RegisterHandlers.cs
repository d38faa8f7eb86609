using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Knowledge.Features.Register;

public sealed record CriticalTechnologyInput(
    string? TaxonomyCode, SensitivityClass? Sensitivity, int? RequiredLevel, int? TargetHolders, string? OwnerEmployeeNumber, ChainSegment? Segment, string? Notes, long? Version = null);

public sealed record CriticalTechnologyView(
    int Id, string TaxonomyCode, string Name, SensitivityClass Sensitivity, int RequiredLevel, int TargetHolders,
    int? OwnerEmployeeId, string? OwnerName, ChainSegment Segment, string? Notes, long Version);

public sealed record SettingsInput(decimal? CoverageThreshold, int? MinGroupSize, int? RetirementAge, long? Version = null);

/// <summary>The critical-technology register and the module's settings.</summary>
public sealed class RegisterHandlers(TalentChainDbContext db, IStringLocalizer<KnowledgeResource> k)
{
    public const decimal ThresholdMin = 0m;
    public const decimal ThresholdMax = 1m;

    public async Task<List<CriticalTechnologyView>> ListAsync(CancellationToken ct = default)
    {
        var chinese = UiCulture.IsChinese;
        var rows = await db.CriticalTechnologies.AsNoTracking()
            .Select(t => new { t.Id, t.TaxonomyNode!.Code, t.TaxonomyNode.Name, t.TaxonomyNode.NameZh, t.Sensitivity, t.RequiredLevel, t.TargetHolders, t.OwnerEmployeeId, t.Segment, t.Notes, t.Version })
            .ToListAsync(ct);
        var owners = await PersonCards.LoadAsync(db, rows.Where(r => r.OwnerEmployeeId != null).Select(r => r.OwnerEmployeeId!.Value), ct);
        return [.. rows.OrderBy(r => r.Segment).ThenBy(r => r.Code, StringComparer.Ordinal).Select(r => new CriticalTechnologyView(
            r.Id, r.Code, chinese && !string.IsNullOrEmpty(r.NameZh) ? r.NameZh : r.Name, r.Sensitivity, r.RequiredLevel, r.TargetHolders,
            r.OwnerEmployeeId, r.OwnerEmployeeId is { } o ? owners.GetValueOrDefault(o)?.Name : null, r.Segment, r.Notes, r.Version))];
    }

    public async Task<CriticalTechnologyView> GetAsync(int id, CancellationToken ct = default) =>
        (await ListAsync(ct)).FirstOrDefault(t => t.Id == id) ?? throw new NotFoundException(k["Register.NotFound", id]);

    /// <summary>Adds (id null) or changes a register entry. The node must be a technology (or a skill, for know-how held at skill level).</summary>
    public async Task<CriticalTechnologyView> SaveAsync(int? id, CriticalTechnologyInput input, CancellationToken ct = default)
    {
        CriticalTechnology? entity = null;
        if (id is { } existing)
            entity = await db.CriticalTechnologies.FirstOrDefaultAsync(t => t.Id == existing, ct) ?? throw new NotFoundException(k["Register.NotFound", existing]);

        var errors = new FieldErrors();
        var code = (input.TaxonomyCode ?? "").Trim().ToUpperInvariant();
        TaxonomyRef? node = null;
        if (code.Length == 0) errors.Add(nameof(input.TaxonomyCode), k["Register.CodeRequired"]);
        else
        {
            node = await db.TaxonomyRefs.AsNoTracking().FirstOrDefaultAsync(n => n.Code == code, ct);
            if (node is null) errors.Add(nameof(input.TaxonomyCode), k["Register.CodeUnknown", code]);
            else if (node.Kind == TaxonomyKind.Segment) errors.Add(nameof(input.TaxonomyCode), k["Register.NotATechnology", code]);
            else if (await db.CriticalTechnologies.AnyAsync(t => t.TaxonomyNodeId == node.Id && t.Id != (id ?? 0), ct))
                errors.Add(nameof(input.TaxonomyCode), k["Register.Duplicate", code]);
        }
        if (input.Sensitivity is null || !Enum.IsDefined(input.Sensitivity.Value)) errors.Add(nameof(input.Sensitivity), k["Register.SensitivityRequired"]);
        if (input.RequiredLevel is not { } level || !Proficiency.IsValid(level)) errors.Add(nameof(input.RequiredLevel), k["Register.LevelRange", Proficiency.Min, Proficiency.Max]);
        if (input.TargetHolders is not { } target || target < 1 || target > 100) errors.Add(nameof(input.TargetHolders), k["Register.TargetRange", 1, 100]);
        int? ownerId = null;
        var owner = PersonCards.Blank(input.OwnerEmployeeNumber);
        if (owner is not null)
        {
            ownerId = await db.EmployeeRefs.AsNoTracking().Where(e => e.EmployeeNumber == owner && e.Status == EmployeeStatus.Active).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
            if (ownerId is null) errors.Add(nameof(input.OwnerEmployeeNumber), k["Common.NoActiveEmployee", owner]);
        }
        var notes = PersonCards.Blank(input.Notes);
        if (notes?.Length > 1000) errors.Add(nameof(input.Notes), k["Common.TooLong", 1000]);
        errors.ThrowIfAny(k["Register.Invalid"]);

        if (entity is null)
        {
            entity = new CriticalTechnology();
            db.CriticalTechnologies.Add(entity);
        }
        else if (input.Version is { } v)
        {
            if (v != entity.Version) throw new DbUpdateConcurrencyException(k["Common.Stale"]);
            db.Entry(entity).Property(t => t.Version).OriginalValue = v;
        }
        entity.TaxonomyNodeId = node!.Id;
        entity.Sensitivity = input.Sensitivity!.Value;
        entity.RequiredLevel = input.RequiredLevel!.Value;
        entity.TargetHolders = input.TargetHolders!.Value;
        entity.OwnerEmployeeId = ownerId;
        entity.Segment = input.Segment ?? node.Segment;
        entity.Notes = notes;
        await db.SaveChangesAsync(ct);
        return await GetAsync(entity.Id, ct);
    }

    public async Task<KnowledgeSettings> SettingsAsync(CancellationToken ct = default) =>
        await db.KnowledgeSettings.AsNoTracking().Where(s => s.Id == KnowledgeSettings.SingletonId).FirstOrDefaultAsync(ct) ?? new KnowledgeSettings();

    public async Task<KnowledgeSettings> SaveSettingsAsync(SettingsInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (input.CoverageThreshold is not { } t || t < ThresholdMin || t > ThresholdMax)
            errors.Add(nameof(input.CoverageThreshold), k["Settings.ThresholdRange", ThresholdMin, ThresholdMax]);
        if (input.MinGroupSize is not { } g || g < 1 || g > 100) errors.Add(nameof(input.MinGroupSize), k["Settings.GroupRange", 1, 100]);
        if (input.RetirementAge is not { } r || r < 50 || r > 75) errors.Add(nameof(input.RetirementAge), k["Settings.RetirementRange", 50, 75]);
        errors.ThrowIfAny(k["Settings.Invalid"]);
        var s = await db.KnowledgeSettings.Where(s => s.Id == KnowledgeSettings.SingletonId).FirstOrDefaultAsync(ct);
        if (s is null) db.KnowledgeSettings.Add(s = new KnowledgeSettings());
        else if (input.Version is { } v)
        {
            if (v != s.Version) throw new DbUpdateConcurrencyException(k["Common.Stale"]);
            db.Entry(s).Property(x => x.Version).OriginalValue = v;
        }
        s.CoverageThreshold = input.CoverageThreshold!.Value;
        s.MinGroupSize = input.MinGroupSize!.Value;
        s.RetirementAge = input.RetirementAge!.Value;
        await db.SaveChangesAsync(ct);
        return s;
    }

    /// <summary>Technology and skill nodes not yet in the register, for the form's picker.</summary>
    public async Task<List<(string Code, string Name)>> ChoicesAsync(CancellationToken ct = default)
    {
        var chinese = UiCulture.IsChinese;
        var used = await db.CriticalTechnologies.Select(t => t.TaxonomyNodeId).ToListAsync(ct);
        var rows = await db.TaxonomyRefs.AsNoTracking().Where(n => n.Kind != TaxonomyKind.Segment && !used.Contains(n.Id))
            .Select(n => new { n.Code, n.Name, n.NameZh }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => (r.Code, chinese && !string.IsNullOrEmpty(r.NameZh) ? r.NameZh : r.Name))];
    }
}
