using System.Net;
using System.Text;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.People.Directory;

public abstract class DirectoryExportTests(TalentChainFactory app)
{
    [Fact]
    public async Task ExportCsv_Filtered_HasHeadersAndEveryMatchingRow()
    {
        var unitId = app.WithDb(db => db.OrgUnits.Single(u => u.Code == "SEP1-SX").Id);
        var expected = app.WithDb(db => db.Employees.Where(e => e.OrgUnitId == unitId && e.Status == EmployeeStatus.Active).OrderBy(e => e.FamilyName).ThenBy(e => e.GivenName).ThenBy(e => e.Id).Select(e => e.EmployeeNumber).ToList());
        var client = await app.SignInAsync("admin");

        var response = await client.GetAsync($"/people/export?format=csv&unit={unitId}&pageSize=25");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches(@"directory-\d{4}-\d{2}-\d{2}\.csv", response.Content.Headers.ContentDisposition!.FileName ?? response.Content.Headers.ContentDisposition.FileNameStar);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("Employee number,Family name,Given name,Chinese name,E-mail,Unit code,Org unit,Segment,Position", lines[0]);
        Assert.Contains("Grade", lines[0]);
        // All pages, not only the first 25, in the directory's order.
        Assert.Equal(expected, lines.Skip(1).Select(l => l.Split(',')[0]).ToList());
        Assert.Contains(",SEP1-SX,Solvent-extraction workshop,Separation,", lines[1]);
    }

    [Fact]
    public async Task ExportXlsx_InChinese_HasChineseHeadersAndTheRows()
    {
        var person = DirectoryTestData.ActiveChinesePerson(app);
        var api = await app.ApiClientAsync("exec");
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var response = await api.GetAsync($"/api/v1/employees/export?format=xlsx&q={person.EmployeeNumber}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = Xlsx.ReadRows(file).ToList();
        Assert.Equal(["工号", "姓（拼音）", "名（拼音）", "中文姓名"], rows[0].Take(4));
        Assert.DoesNotContain("职级", rows[0]); // grades are for HR roles only
        Assert.Equal(2, rows.Count);
        Assert.Equal(person.EmployeeNumber, rows[1][0]);
        Assert.Equal(person.ChineseName, rows[1][3]);
        Assert.Equal("在职", rows[1][^1]);
    }

    [Fact]
    public async Task ExportCsv_WithSkillFilter_AddsTheLevelColumn()
    {
        var skill = app.WithDb(db => db.TaxonomyNodes.Single(n => n.Code == "SEP").Id);
        var api = await app.ApiClientAsync("admin");

        var csv = await api.GetStringAsync($"/api/v1/employees/export?format=csv&skill={skill}&minLevel=4");

        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.EndsWith(",Skill level", lines[0]);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",4", l));
    }

    [Fact]
    public async Task Export_UnknownFormat_Is400WithTheFieldMessage()
    {
        var api = await app.ApiClientAsync("exec");
        var response = await api.GetAsync("/api/v1/employees/export?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose csv or xlsx.", await response.Content.ReadAsStringAsync());
    }
}

public sealed class DirectoryExportTestsSqlite(TalentChainFactory app) : DirectoryExportTests(app), IClassFixture<TalentChainFactory>;

public sealed class DirectoryExportTestsPostgres(PostgresFactory app) : DirectoryExportTests(app), IClassFixture<PostgresFactory>;
