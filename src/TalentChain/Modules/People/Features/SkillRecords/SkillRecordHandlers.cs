using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Features.OrgUnits;
using TalentChain.Modules.People.Features.Taxonomy;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;
using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.People.Features.SkillRecords;

/// <summary>
/// One assessed skill of a person, keyed by the skill's taxonomy code. Version: the version you read when
/// changing an existing record (a stale one gets 409); null writes without that check.
/// </summary>
public sealed record SkillRecordInput(string? TaxonomyCode, int? Level, string? Evidence, string? AssessedBy, DateOnly? AssessedOn, long? Version = null);

public sealed record SkillRecordView(
    int Id,
    string TaxonomyCode,
    string SkillName,
    string? TechnologyName,
    int Level,
    string LevelName,
    string? Evidence,
    string? AssessedBy,
    DateOnly AssessedOn,
    long Version);

public sealed record PersonSkills(int EmployeeId, string EmployeeNumber, string DisplayName, List<SkillRecordView> Skills);

/// <summary>
/// A person's skill records: list, upsert by taxonomy code, remove. Used by /people/{id}/skills and
/// /api/v1/employees/{id}/skills. Need-to-know records (<see cref="SkillAccess"/>) are left out of the list for a viewer
/// who may not see them, and changing one is refused (403): the answer would say whether the record exists.
/// </summary>
public sealed class SkillRecordHandlers(TalentChainDbContext db, TimeProvider clock, IStringLocalizer<TaxonomyResource> t, PeopleLabels labels, SkillAccess access, IStringLocalizer<SharedResource> shared)
{
    public const int EvidenceMaxLength = 1000;
    public const int AssessedByMaxLength = 200;

    public async Task<PersonSkills> ListAsync(int employeeId, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var person = await db.Employees.AsNoTracking().Where(e => e.Id == employeeId)
            .Select(e => new { e.Id, e.EmployeeNumber, e.GivenName, e.FamilyName, e.ChineseName })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException(t["Skill.EmployeeNotFound", employeeId]);
        var chinese = UiCulture.IsChinese;
        var shown = await access.ForPersonAsync(viewer, employeeId, ct);
        var rows = await db.SkillRecords.AsNoTracking().Where(s => s.EmployeeId == employeeId)
            .Select(s => new
            {
                s.Id, s.TaxonomyNodeId, s.TaxonomyNode!.Code, s.TaxonomyNode.Name, s.TaxonomyNode.NameZh,
                ParentName = s.TaxonomyNode.Parent!.Name, ParentNameZh = s.TaxonomyNode.Parent.NameZh,
                s.Level, s.Evidence, s.AssessedBy, s.AssessedOn, s.Version,
            })
            .ToListAsync(ct);
        var skills = rows.Where(r => shown.Shows(r.TaxonomyNodeId))
            .OrderByDescending(r => r.Level).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new SkillRecordView(r.Id, r.Code, Pick(chinese, r.Name, r.NameZh)!, Pick(chinese, r.ParentName, r.ParentNameZh),
                r.Level, labels.Level(r.Level), r.Evidence, r.AssessedBy, r.AssessedOn, r.Version))
            .ToList();
        var name = PersonName.Display(person.GivenName, person.FamilyName, person.ChineseName, chinese);
        return new PersonSkills(person.Id, person.EmployeeNumber, name, skills);
    }

    private static string? Pick(bool chinese, string? en, string? zh) => chinese && !string.IsNullOrEmpty(zh) ? zh : en;

    /// <summary>Adds the record, or changes the one the person already has for that skill (one per person and skill).</summary>
    public async Task<(SkillRecordView Record, bool Created)> UpsertAsync(int employeeId, SkillRecordInput input, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        if (!await db.Employees.AnyAsync(e => e.Id == employeeId, ct)) throw new NotFoundException(t["Skill.EmployeeNotFound", employeeId]);

        var errors = new FieldErrors();
        var code = (input.TaxonomyCode ?? "").Trim().ToUpperInvariant();
        errors.RequireOneLine(shared, (nameof(input.TaxonomyCode), input.TaxonomyCode), (nameof(input.AssessedBy), input.AssessedBy));
        TaxonomyNode? node = null;
        if (code.Length == 0) errors.Add(nameof(input.TaxonomyCode), t["Skill.CodeRequired"]);
        else
        {
            node = await db.TaxonomyNodes.AsNoTracking().FirstOrDefaultAsync(n => n.Code == code, ct);
            if (node is null) errors.Add(nameof(input.TaxonomyCode), t["Skill.CodeUnknown", code]);
            else if (node.Kind != TaxonomyKind.Skill) errors.Add(nameof(input.TaxonomyCode), t["Skill.NotASkill", code, t.KindName(node.Kind)]);
        }
        if (input.Level is not { } level) errors.Add(nameof(input.Level), t["Skill.LevelRequired", Proficiency.Min, Proficiency.Max]);
        else if (!Proficiency.IsValid(level)) errors.Add(nameof(input.Level), t["Skill.LevelRange", Proficiency.Min, Proficiency.Max]);
        var evidence = OrgUnitHandlers.Blank(input.Evidence);
        if (evidence?.Length > EvidenceMaxLength) errors.Add(nameof(input.Evidence), t["Common.TooLong", EvidenceMaxLength]);
        var assessedBy = OrgUnitHandlers.Blank(input.AssessedBy);
        if (assessedBy?.Length > AssessedByMaxLength) errors.Add(nameof(input.AssessedBy), t["Common.TooLong", AssessedByMaxLength]);
        var today = clock.Today();
        var assessedOn = input.AssessedOn ?? today;
        // Allow one day for time zones east of UTC, where "today" has already begun.
        if (assessedOn > today.AddDays(1)) errors.Add(nameof(input.AssessedOn), t["Skill.AssessedInFuture"]);
        errors.ThrowIfAny(t["Skill.Invalid"]);
        await RequireMaySeeAsync(employeeId, node!, viewer, ct);

        var record = await db.SkillRecords.FirstOrDefaultAsync(s => s.EmployeeId == employeeId && s.TaxonomyNodeId == node!.Id, ct);
        var created = record is null;
        if (record is null)
        {
            record = new SkillRecord { EmployeeId = employeeId, TaxonomyNodeId = node!.Id };
            db.SkillRecords.Add(record);
        }
        else if (input.Version is { } version)
        {
            if (version != record.Version) throw new DbUpdateConcurrencyException(t["Concurrency.Stale"]);
            db.Entry(record).Property(s => s.Version).OriginalValue = version;
        }
        record.Level = input.Level!.Value;
        record.Evidence = evidence;
        record.AssessedBy = assessedBy;
        record.AssessedOn = assessedOn;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (created && DbErrors.IsUniqueViolation(ex))
        {
            // Someone added the same person's record for this skill a moment ago (unique index): theirs stands.
            throw new DbUpdateConcurrencyException(t["Concurrency.Stale"], ex);
        }

        var view = (await ListAsync(employeeId, viewer, ct)).Skills.First(s => s.Id == record.Id);
        return (view, created);
    }

    public async Task DeleteAsync(int employeeId, string taxonomyCode, long? version, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var code = (taxonomyCode ?? "").Trim().ToUpperInvariant();
        // Checked before looking for the record, so that 404 and 403 do not tell an outsider whether it exists.
        if (await db.TaxonomyNodes.AsNoTracking().FirstOrDefaultAsync(n => n.Code == code, ct) is { } node)
            await RequireMaySeeAsync(employeeId, node, viewer, ct);
        var record = await db.SkillRecords.FirstOrDefaultAsync(s => s.EmployeeId == employeeId && s.TaxonomyNode!.Code == code, ct)
            ?? throw new NotFoundException(t["Skill.RecordNotFound", code]);
        if (version is { } v)
        {
            if (v != record.Version) throw new DbUpdateConcurrencyException(t["Concurrency.Stale"]);
            db.Entry(record).Property(s => s.Version).OriginalValue = v;
        }
        db.SkillRecords.Remove(record);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Need-to-know: a record the viewer may not see may not be written or removed by them either.</summary>
    private async Task RequireMaySeeAsync(int employeeId, TaxonomyNode node, ClaimsPrincipal viewer, CancellationToken ct)
    {
        if (!(await access.ForPersonAsync(viewer, employeeId, ct)).Shows(node.Id))
            throw new AccessDeniedException(t["NeedToKnow.SkillRecordRefused", node.DisplayName(UiCulture.IsChinese)]);
    }

    /// <summary>The skills the viewer can assess this person in, for the form's picker: (code, technology, name).</summary>
    public async Task<List<(string Code, string Technology, string Name)>> SkillChoicesAsync(int employeeId, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var chinese = UiCulture.IsChinese;
        var shown = await access.ForPersonAsync(viewer, employeeId, ct);
        var rows = (await db.TaxonomyNodes.AsNoTracking().Where(n => n.Kind == TaxonomyKind.Skill)
            .Select(n => new { n.Id, n.Code, n.Name, n.NameZh, ParentName = n.Parent!.Name, ParentNameZh = n.Parent.NameZh })
            .ToListAsync(ct)).Where(r => shown.Shows(r.Id));
        return [.. rows.OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => (r.Code, Pick(chinese, r.ParentName, r.ParentNameZh) ?? "", Pick(chinese, r.Name, r.NameZh)!))];
    }
}
