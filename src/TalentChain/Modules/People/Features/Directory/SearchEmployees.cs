using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Features.Profile;
using TalentChain.Modules.People.Features.SkillRecords;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;
using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.People.Features.Directory;

public enum StatusFilter
{
    Active = 1,
    Departed = 2,
    All = 3,
}

public enum DirectorySort
{
    Name = 1,
    Number = 2,
    HireDate = 3,
    Grade = 4,
    Unit = 5,
}

/// <summary>
/// A directory search as it appears in the URL (<c>/people?q=…&amp;unit=…</c>) and on the API. Every field is
/// optional; <see cref="Normalize"/> applies the defaults (active people, by name, 25 a page).
/// </summary>
public sealed record DirectoryQuery
{
    public static readonly int[] PageSizes = [25, 50, 100];
    public const int MaxTerms = 6;

    /// <summary>Free text: employee number, names (pinyin or Chinese characters), e-mail, position.</summary>
    public string? Q { get; set; }
    /// <summary>Org unit id; people of its sub-units are included.</summary>
    public int? Unit { get; set; }
    public ChainSegment? Segment { get; set; }
    /// <summary>
    /// Taxonomy node id; a segment or technology matches the skills under it. A need-to-know skill (a critical
    /// technology above "internal", or a skill under one) is refused with 403 unless the caller may see the expertise
    /// roster; above such a skill, only the skills the caller may see are matched.
    /// </summary>
    public int? Skill { get; set; }
    /// <summary>Minimum proficiency (0–4) in <see cref="Skill"/>.</summary>
    public int? MinLevel { get; set; }
    public CareerTrack? Track { get; set; }
    public ProfessionalTitle? Title { get; set; }
    public StatusFilter? Status { get; set; }
    public DirectorySort? Sort { get; set; }
    public bool? Desc { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }

    public DirectoryQuery Normalize() => this with
    {
        Q = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim()[..Math.Min(Q.Trim().Length, 200)],
        MinLevel = MinLevel is { } l ? Math.Clamp(l, Proficiency.Min, Proficiency.Max) : null,
        Status = Status ?? StatusFilter.Active,
        Sort = Sort ?? DirectorySort.Name,
        Desc = Desc ?? false,
        Page = Math.Max(1, Page ?? 1),
        PageSize = PageSize is { } s && PageSizes.Contains(s) ? s : PageSizes[0],
    };

    /// <summary>The query as URL parameters (defaults left out), for links, paging and export.</summary>
    public IEnumerable<KeyValuePair<string, string>> ToParameters(bool includePaging = true)
    {
        static string S(object v) => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!;
        if (Q is not null) yield return new("q", Q);
        if (Unit is { } u) yield return new("unit", S(u));
        if (Segment is { } sg) yield return new("segment", sg.ToString());
        if (Skill is { } sk) yield return new("skill", S(sk));
        if (MinLevel is { } ml) yield return new("minLevel", S(ml));
        if (Track is { } tr) yield return new("track", tr.ToString());
        if (Title is { } ti) yield return new("title", ti.ToString());
        if (Status is { } st && st != StatusFilter.Active) yield return new("status", st.ToString());
        if (Sort is { } so && so != DirectorySort.Name) yield return new("sort", so.ToString());
        if (Desc == true) yield return new("desc", "true");
        if (!includePaging) yield break;
        if (Page is { } p && p > 1) yield return new("page", S(p));
        if (PageSize is { } ps && ps != PageSizes[0]) yield return new("pageSize", S(ps));
    }

    public string ToQueryString(bool includePaging = true) =>
        QueryString.Create(ToParameters(includePaging).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).ToUriComponent();
}

/// <summary>One person in a directory result.</summary>
public sealed record EmployeeRow(
    int Id,
    string EmployeeNumber,
    string FamilyName,
    string GivenName,
    string? ChineseName,
    string? Email,
    string Position,
    int OrgUnitId,
    string OrgUnitCode,
    string OrgUnitName,
    string? OrgUnitNameZh,
    ChainSegment Segment,
    CareerTrack Track,
    ProfessionalTitle Title,
    /// <summary>Only for HR roles; null otherwise.</summary>
    int? Grade,
    EmployeeStatus Status,
    DateOnly HireDate,
    /// <summary>
    /// The person's best level in the filtered skill (or a skill under it) among the skills the caller may see; null
    /// without a skill filter.
    /// </summary>
    int? SkillLevel)
{
    public string DisplayName(bool chinese) => PersonName.Display(GivenName, FamilyName, ChineseName, chinese);

    public string UnitDisplayName(bool chinese) => chinese && !string.IsNullOrEmpty(OrgUnitNameZh) ? OrgUnitNameZh : OrgUnitName;
}

public sealed record DirectoryPage(IReadOnlyList<EmployeeRow> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The directory search, shared by the /people page, its export and the employees API. One count and one page
/// query on the Employees table (projection, no tracking); unit and taxonomy subtrees come from the in-memory
/// reference data, so filters become IN lists instead of recursive SQL. What the viewer may see is decided here, for
/// all three: grades (and sorting by them) for HR roles only, need-to-know skill levels per <see cref="SkillAccess"/>.
/// </summary>
public sealed class SearchEmployeesHandler(TalentChainDbContext db, PeopleReferenceData reference, SkillAccess skills, IStringLocalizer<PeopleResource> P)
{
    /// <summary>Whether the viewer may see (and sort by) grades.</summary>
    public static bool SeesGrades(ClaimsPrincipal viewer) => ProfileAccess.IsPeopleOfficer(viewer);

    /// <param name="query">The search; normalised here.</param>
    /// <param name="viewer">Who asks: decides grades and need-to-know skills.</param>
    /// <exception cref="AccessDeniedException">The skill filter names a need-to-know skill the viewer may not search by.</exception>
    public async Task<DirectoryPage> SearchAsync(DirectoryQuery query, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        query = query.Normalize();
        var seesGrades = SeesGrades(viewer);
        var (filtered, skillNodes) = await FilterAsync(query, viewer, ct);
        var total = await filtered.CountAsync(ct);
        var size = query.PageSize!.Value;
        var pageCount = Math.Max(1, (total + size - 1) / size);
        var page = Math.Min(query.Page!.Value, pageCount);
        var rows = await Project(Sort(filtered, query, seesGrades), skillNodes, seesGrades)
            .Skip((page - 1) * size).Take(size)
            .ToListAsync(ct);
        return new DirectoryPage(await ToRowsAsync(rows, ct), total, page, size);
    }

    /// <summary>Every match, in the query's order (for exports); the same rules as <see cref="SearchAsync"/>.</summary>
    public async Task<List<EmployeeRow>> AllAsync(DirectoryQuery query, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        query = query.Normalize();
        var seesGrades = SeesGrades(viewer);
        var (filtered, skillNodes) = await FilterAsync(query, viewer, ct);
        var rows = await Project(Sort(filtered, query, seesGrades), skillNodes, seesGrades).ToListAsync(ct);
        return await ToRowsAsync(rows, ct);
    }

    private async Task<(IQueryable<Employee> Query, List<int>? SkillNodes)> FilterAsync(DirectoryQuery q, ClaimsPrincipal viewer, CancellationToken ct)
    {
        var employees = db.Employees.AsNoTracking();

        employees = q.Status switch
        {
            StatusFilter.Departed => employees.Where(e => e.Status == EmployeeStatus.Departed),
            StatusFilter.All => employees,
            _ => employees.Where(e => e.Status == EmployeeStatus.Active),
        };

        // Stored text never holds control characters, so a term with one matches nothing — it must not reach
        // the database either: SQLite's LIKE stops at a NUL (a match-all) and PostgreSQL refuses it (an error).
        if (TextInput.HasControlCharacters(q.Q)) employees = employees.Where(e => false);
        else if (q.Q is { } text)
        {
            // SearchText is lower-case; every word must occur (so "wang wei" and "王伟" both find 王伟 Wang Wei).
            // LIKE (not strpos) so that a trigram index on SearchText, where the database has one, can serve it.
            foreach (var term in text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(DirectoryQuery.MaxTerms))
            {
                var pattern = "%" + EscapeLike(term) + "%";
                employees = employees.Where(e => EF.Functions.Like(e.SearchText, pattern, LikeEscape));
            }
        }

        if (q.Unit is not null || q.Segment is not null)
        {
            var units = await reference.UnitsAsync(db, ct);
            if (q.Unit is { } unit)
            {
                var ids = units.SubtreeIds(unit);
                employees = employees.Where(e => ids.Contains(e.OrgUnitId));
            }
            if (q.Segment is { } segment)
            {
                var ids = units.ById.Values.Where(u => u.Segment == segment).Select(u => u.Id).ToList();
                employees = employees.Where(e => ids.Contains(e.OrgUnitId));
            }
        }

        if (q.Track is { } track) employees = employees.Where(e => e.Track == track);
        if (q.Title is { } title) employees = employees.Where(e => e.Title == title);

        List<int>? skillNodes = null;
        if (q.Skill is { } skill)
        {
            var taxonomy = await reference.TaxonomyAsync(db, ct);
            skillNodes = taxonomy.SubtreeIds(skill);
            // Need-to-know: a filter must not narrow the result by levels the viewer may not see. A restricted skill
            // is refused outright (an empty result would say as much); above one, only the visible skills count.
            var scope = await skills.ScopeAsync(viewer, ct);
            if (!scope.Shows(skill))
                throw new AccessDeniedException(P["NeedToKnow.SkillFilterRefused", taxonomy.Find(skill)?.DisplayName(UiCulture.IsChinese) ?? ""]);
            skillNodes = [.. skillNodes.Where(scope.Shows)];
            var min = q.MinLevel ?? Proficiency.Min;
            var nodes = skillNodes;
            employees = employees.Where(e => db.Set<SkillRecord>().Any(s => s.EmployeeId == e.Id && nodes.Contains(s.TaxonomyNodeId) && s.Level >= min));
        }
        return (employees, skillNodes);
    }

    private const string LikeEscape = "\\";

    private static string EscapeLike(string term) =>
        term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static IQueryable<Employee> Sort(IQueryable<Employee> q, DirectoryQuery query, bool seesGrades)
    {
        // With a text filter, walking the name index looking for matches can read the whole table when the
        // matches sort late (PostgreSQL cannot estimate LIKE '%…%'); sorting on an expression makes it scan
        // once and keep the top rows, which costs the same whatever the name.
        var byExpression = query.Q is not null;
        var desc = query.Desc == true;
        var sort = query.Sort == DirectorySort.Grade && !seesGrades ? DirectorySort.Name : query.Sort;
        var chinese = UiCulture.IsChinese;
        IOrderedQueryable<Employee> ordered = sort switch
        {
            DirectorySort.Number => desc ? q.OrderByDescending(e => e.EmployeeNumber) : q.OrderBy(e => e.EmployeeNumber),
            DirectorySort.HireDate => desc ? q.OrderByDescending(e => e.HireDate) : q.OrderBy(e => e.HireDate),
            DirectorySort.Grade => desc ? q.OrderByDescending(e => e.Grade) : q.OrderBy(e => e.Grade),
            DirectorySort.Unit when chinese => desc
                ? q.OrderByDescending(e => e.OrgUnit!.NameZh ?? e.OrgUnit.Name)
                : q.OrderBy(e => e.OrgUnit!.NameZh ?? e.OrgUnit.Name),
            DirectorySort.Unit => desc ? q.OrderByDescending(e => e.OrgUnit!.Name) : q.OrderBy(e => e.OrgUnit!.Name),
            _ when byExpression => desc
                ? q.OrderByDescending(e => e.FamilyName + "").ThenByDescending(e => e.GivenName)
                : q.OrderBy(e => e.FamilyName + "").ThenBy(e => e.GivenName),
            _ => desc ? q.OrderByDescending(e => e.FamilyName).ThenByDescending(e => e.GivenName) : q.OrderBy(e => e.FamilyName).ThenBy(e => e.GivenName),
        };
        if (sort is DirectorySort.HireDate or DirectorySort.Grade or DirectorySort.Unit)
            ordered = ordered.ThenBy(e => e.FamilyName).ThenBy(e => e.GivenName);
        // A unique last key keeps paging stable when names repeat.
        return ordered.ThenBy(e => e.Id);
    }

    private sealed record RowData(
        int Id, string EmployeeNumber, string FamilyName, string GivenName, string? ChineseName, string? Email, string Position,
        int OrgUnitId, CareerTrack Track, ProfessionalTitle Title, int? Grade, EmployeeStatus Status, DateOnly HireDate, int? SkillLevel);

    private IQueryable<RowData> Project(IQueryable<Employee> q, List<int>? skillNodes, bool seesGrades)
    {
        if (skillNodes is null)
        {
            return q.Select(e => new RowData(e.Id, e.EmployeeNumber, e.FamilyName, e.GivenName, e.ChineseName, e.Email, e.Position,
                e.OrgUnitId, e.Track, e.Title, seesGrades ? (int?)e.Grade : null, e.Status, e.HireDate, null));
        }
        return q.Select(e => new RowData(e.Id, e.EmployeeNumber, e.FamilyName, e.GivenName, e.ChineseName, e.Email, e.Position,
            e.OrgUnitId, e.Track, e.Title, seesGrades ? (int?)e.Grade : null, e.Status, e.HireDate,
            db.Set<SkillRecord>().Where(s => s.EmployeeId == e.Id && skillNodes.Contains(s.TaxonomyNodeId)).Max(s => (int?)s.Level)));
    }

    private async Task<List<EmployeeRow>> ToRowsAsync(List<RowData> rows, CancellationToken ct)
    {
        var units = await reference.UnitsAsync(db, ct);
        if (rows.Any(r => units.Find(r.OrgUnitId) is null))
        {
            // A unit created since the tree was cached: read it again rather than show a blank unit.
            reference.Invalidate();
            units = await reference.UnitsAsync(db, ct);
        }
        return rows.Select(r => ToRow(r, units)).ToList();
    }

    private static EmployeeRow ToRow(RowData r, ReferenceTree<UnitInfo> units)
    {
        var unit = units.Find(r.OrgUnitId);
        return new EmployeeRow(r.Id, r.EmployeeNumber, r.FamilyName, r.GivenName, r.ChineseName, r.Email, r.Position,
            r.OrgUnitId, unit?.Code ?? "", unit?.Name ?? "", unit?.NameZh, unit?.Segment ?? default,
            r.Track, r.Title, r.Grade, r.Status, r.HireDate, r.SkillLevel);
    }
}
