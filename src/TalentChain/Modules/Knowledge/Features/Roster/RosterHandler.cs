using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.Knowledge.Features.Access;
using TalentChain.Modules.Knowledge.Features.Coverage;
using TalentChain.Platform.Data;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;
using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Knowledge.Features.Roster;

public sealed record RosterQuery
{
    public ChainSegment? Segment { get; set; }
    /// <summary>Critical technology id.</summary>
    public int? Technology { get; set; }
    /// <summary>Only technologies of this sensitivity class or higher.</summary>
    public SensitivityClass? MinSensitivity { get; set; }
    public string? Q { get; set; }
}

public sealed record RosterTechnology(string Code, string Name, int Level, SensitivityClass Sensitivity);

/// <summary>One line of the expertise roster: work data only (no identity-document, travel or private data exists in the system).</summary>
public sealed record RosterRow(
    int EmployeeId, string EmployeeNumber, string Name, string Unit, string Position, ProfessionalTitle Title, string? Education,
    IReadOnlyList<RosterTechnology> Technologies, IReadOnlyList<string> AccessGrants);

/// <summary>The expertise roster: active employees holding critical or controlled technologies, or holding access to controlled data.</summary>
public sealed class RosterHandler(TalentChainDbContext db, IPeopleLabels labels, KnowledgeText text, IStringLocalizer<KnowledgeResource> k, TimeProvider clock)
{

    public async Task<List<RosterRow>> GetAsync(RosterQuery query, CancellationToken ct = default)
    {
        var today = clock.Today();
        var chinese = UiCulture.IsChinese;
        var techs = await db.CriticalTechnologies.AsNoTracking()
            .Select(t => new { t.Id, t.TaxonomyNodeId, t.RequiredLevel, t.Sensitivity, t.Segment, t.TaxonomyNode!.Code, t.TaxonomyNode.Name, t.TaxonomyNode.NameZh }).ToListAsync(ct);
        if (query.Technology is { } only) techs = [.. techs.Where(t => t.Id == only)];
        if (query.MinSensitivity is { } ms) techs = [.. techs.Where(t => t.Sensitivity >= ms)];
        if (query.Segment is { } seg) techs = [.. techs.Where(t => t.Segment == seg)];
        var subtrees = await CoverageService.SubtreesAsync(db, techs.Select(t => t.TaxonomyNodeId), ct);
        var nodes = subtrees.Values.SelectMany(s => s).Distinct().ToList();
        var minLevel = techs.Count == 0 ? Proficiency.Max + 1 : techs.Min(t => t.RequiredLevel);
        var skills = nodes.Count == 0 ? [] : await db.SkillRefs.AsNoTracking()
            .Where(s => nodes.Contains(s.TaxonomyNodeId) && s.Level >= minLevel && s.Employee!.Status == EmployeeStatus.Active)
            .Select(s => new { s.EmployeeId, s.TaxonomyNodeId, s.Level }).ToListAsync(ct);
        var held = new Dictionary<int, List<RosterTechnology>>();
        foreach (var t in techs)
        {
            foreach (var g in skills.Where(s => subtrees[t.TaxonomyNodeId].Contains(s.TaxonomyNodeId)).GroupBy(s => s.EmployeeId))
            {
                var level = g.Max(s => s.Level);
                if (level < t.RequiredLevel) continue;
                if (!held.TryGetValue(g.Key, out var list)) held[g.Key] = list = [];
                list.Add(new RosterTechnology(t.Code, chinese && !string.IsNullOrEmpty(t.NameZh) ? t.NameZh : t.Name, level, t.Sensitivity));
            }
        }
        var grantRows = await db.AccessGrants.AsNoTracking().Where(g => g.RevokedOn == null && g.StartsOn <= today && g.ExpiresOn >= today)
            .Join(db.ControlledDataSets, g => g.DataSetId, s => s.Id, (g, s) => new { g.EmployeeId, s.Code, s.CriticalTechnologyId, g.ExpiresOn }).ToListAsync(ct);
        var left = await AccessHandlers.LeftAsync(db, today, ct);
        grantRows = [.. grantRows.Where(g => !left.Contains(g.EmployeeId))];
        if (query.Technology is { } tid) grantRows = [.. grantRows.Where(g => g.CriticalTechnologyId == tid)];
        else if (query.Segment is not null || query.MinSensitivity is not null)
        {
            var ids = techs.Select(t => t.Id).ToHashSet();
            grantRows = [.. grantRows.Where(g => g.CriticalTechnologyId is { } c && ids.Contains(c))];
        }
        var grants = grantRows.ToLookup(g => g.EmployeeId, g => string.Create(CultureInfo.InvariantCulture, $"{g.Code} (→ {g.ExpiresOn:yyyy-MM-dd})"));

        var ids2 = held.Keys.Concat(grantRows.Select(g => g.EmployeeId)).Distinct().ToList();
        var people = new List<RosterRow>();
        foreach (var chunk in ids2.Chunk(500))
        {
            var rows = await db.EmployeeRefs.AsNoTracking().Where(e => chunk.Contains(e.Id) && e.Status == EmployeeStatus.Active)
                .Select(e => new { e.Id, e.EmployeeNumber, e.GivenName, e.FamilyName, e.ChineseName, Unit = e.OrgUnit!.Name, UnitZh = e.OrgUnit.NameZh, e.Position, e.Title, e.Education, e.SearchText })
                .ToListAsync(ct);
            people.AddRange(rows.Where(r => query.Q is not { } q || r.SearchText.Contains(q.Trim().ToLowerInvariant(), StringComparison.Ordinal))
                .Select(r => new RosterRow(r.Id, r.EmployeeNumber,
                    PersonName.Display(r.GivenName, r.FamilyName, r.ChineseName, chinese),
                    chinese && !string.IsNullOrEmpty(r.UnitZh) ? r.UnitZh : r.Unit, r.Position, r.Title, r.Education == EducationLevel.Unknown ? null : labels.Education(r.Education),
                    [.. (held.GetValueOrDefault(r.Id) ?? []).OrderBy(t => t.Code, StringComparer.Ordinal)], [.. grants[r.Id]])));
        }
        return [.. people.OrderBy(p => p.EmployeeNumber, StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> Header() =>
        [k["Roster.Number"], k["Roster.Name"], k["Roster.Unit"], k["Roster.Position"], k["Roster.ProfessionalTitle"], k["Roster.Technologies"], k["Roster.Grants"], k["Roster.Education"]];

    public IReadOnlyList<object?> Line(RosterRow r) =>
        [r.EmployeeNumber, r.Name, r.Unit, r.Position, labels.Title(r.Title),
         string.Join("; ", r.Technologies.Select(t => $"{t.Code} {t.Name} ({t.Level} {labels.Level(t.Level)}, {text.Sensitivity(t.Sensitivity)})")),
         string.Join("; ", r.AccessGrants), r.Education];

    /// <summary>The roster as CSV or XLSX in the UI language; the generation is recorded in the audit log.</summary>
    public async Task<IResult> ExportAsync(string? format, RosterQuery query, CancellationToken ct = default)
    {
        var kind = format?.Trim().ToLowerInvariant() ?? "xlsx";
        if (kind is not ("csv" or "xlsx")) throw ValidationFailedException.For(k["Roster.Invalid"], "format", k["Roster.InvalidFormat"]);
        var rows = await GetAsync(query, ct);
        db.RecordAuditEvent("ExpertiseRoster", "export", new Dictionary<string, string?>
        {
            ["format"] = kind,
            ["language"] = CultureInfo.CurrentUICulture.Name,
            ["rows"] = rows.Count.ToString(CultureInfo.InvariantCulture),
            ["segment"] = query.Segment?.ToString(),
            ["technology"] = query.Technology?.ToString(CultureInfo.InvariantCulture),
            ["minSensitivity"] = query.MinSensitivity?.ToString(),
            ["q"] = query.Q,
        });
        await db.SaveChangesAsync(ct);

        var header = Header();
        var lines = rows.Select(Line).ToList();
        var name = $"{k["Roster.FileName"]}-{clock.Today():yyyy-MM-dd}";
        return SpreadsheetDownload.File(kind, name, k["Roster.Sheet"], header, lines, ct);
    }
}
