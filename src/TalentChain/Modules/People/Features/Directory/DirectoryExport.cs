using System.Security.Claims;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.People.Features.Directory;

/// <summary>
/// Writes the whole current directory result (all pages) as CSV or XLSX with headers in the UI language; the same
/// search and the same visibility rules as the page (<see cref="SearchEmployeesHandler"/>).
/// </summary>
public sealed class DirectoryExport(SearchEmployeesHandler search, PeopleLabels labels, IStringLocalizer<PeopleResource> P, TimeProvider clock)
{

    public async Task<IResult> ExportAsync(string? format, DirectoryQuery query, ClaimsPrincipal viewer, CancellationToken ct)
    {
        var kind = SpreadsheetDownload.Format(format);
        if (kind is null) throw ValidationFailedException.For(P["Directory.InvalidQuery"], "format", P["Directory.InvalidFormat"]);

        var rows = await search.AllAsync(query, viewer, ct);
        var seesGrades = SearchEmployeesHandler.SeesGrades(viewer);
        var chinese = UiCulture.IsChinese;
        var header = new List<string>
        {
            P["Column.Number"], P["Column.FamilyName"], P["Column.GivenName"], P["Column.ChineseName"], P["Column.Email"],
            P["Column.UnitCode"], P["Column.Unit"], P["Column.Segment"], P["Column.Position"], P["Column.Track"], P["Column.Title"],
        };
        if (seesGrades) header.Add(P["Column.Grade"]);
        header.AddRange([P["Column.HireDate"], P["Column.Status"]]);
        var withSkill = query.Skill is not null;
        if (withSkill) header.Add(P["Column.SkillLevel"]);

        IEnumerable<IReadOnlyList<object?>> Lines() => rows.Select(r =>
        {
            var line = new List<object?>
            {
                r.EmployeeNumber, r.FamilyName, r.GivenName, r.ChineseName, r.Email,
                r.OrgUnitCode, r.UnitDisplayName(chinese), labels.Segment(r.Segment), r.Position, labels.Track(r.Track), labels.Title(r.Title),
            };
            if (seesGrades) line.Add(r.Grade);
            line.AddRange([r.HireDate, labels.Status(r.Status)]);
            if (withSkill) line.Add(r.SkillLevel);
            return (IReadOnlyList<object?>)line;
        });

        var name = $"{P["Directory.FileName"]}-{DateOnly.FromDateTime(clock.GetLocalNow().DateTime):yyyy-MM-dd}";
        return SpreadsheetDownload.File(kind, name, P["Directory.Title"], header, Lines(), ct);
    }
}
