using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Exports.Features.Applications;
using TalentChain.Modules.People.Features.Directory;
using TalentChain.Platform.Audit;
using TalentChain.Platform.Web;
using TalentChain.Tests.Infrastructure;
using TalentChain.Tests.Modules.Exports;
using static TalentChain.Tests.Modules.Exports.ExportsApi;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Exports;

namespace TalentChain.Tests.Platform;

/// <summary>What users type or upload as one-line text and file names, on both providers.</summary>
public abstract class HostileInputTests(TalentChainFactory app)
{
    private const string OneLine = "Must be a single line, without control characters (line breaks, tabs, NUL…).";

    [Fact]
    public async Task Employee_NamesWithControlCharacters_Are400PerFieldWritingNothing()
    {
        var unit = app.WithDb(db => db.OrgUnits.Single(u => u.Code == "MAG-GBD").Id);
        var api = await app.ApiClientAsync("admin");
        var before = await app.WithDbAsync(db => db.Employees.CountAsync());

        var response = await api.PostAsJsonAsync("/api/v1/employees", new
        {
            employeeNumber = "E9\u000012", familyName = "Zhao\r\nBcc: all@example.com", givenName = "Lei\tX", chineseName = "赵\u2028磊",
            orgUnitId = unit, position = "Operator", hireDate = "2024-03-01", track = "Operations", grade = 4,
        });

        foreach (var field in new[] { "EmployeeNumber", "FamilyName", "GivenName", "ChineseName" })
            Assert.Contains(OneLine, await ApiAssert.FieldErrorsAsync(response, field));
        Assert.Equal(before, await app.WithDbAsync(db => db.Employees.CountAsync()));
    }

    [Fact]
    public async Task Party_NameWithNewline_IsRefusedInChinese()
    {
        var api = await app.ApiClientAsync("trade");
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var response = await api.PostAsJsonAsync("/api/v1/exports/parties", new { name = "Rheinmotor\nGmbH", country = "DE", roles = new[] { "EndUser" } });

        Assert.Contains("只能是一行文字，不能包含控制字符（换行符、制表符、NUL 等）。", await ApiAssert.FieldErrorsAsync(response, "Name"));
    }

    [Fact]
    public async Task Document_NamedWithAWindowsPath_IsStoredUnderItsBaseName()
    {
        var api = await app.ApiClientAsync("trade");
        var id = await DraftAsync(api);

        using var form = new MultipartFormDataContent { { new StringContent("Contract"), "kind" }, { new ByteArrayContent(Pdf), "file", @"..\..\x.pdf" } };
        var created = await ApiAssert.JsonAsync<DocumentView>(await api.PostAsync($"/api/v1/exports/applications/{id}/documents", form), HttpStatusCode.Created);

        Assert.Equal("x.pdf", created.FileName);
        Assert.Equal("x.pdf", await app.WithDbAsync(db => db.ApplicationDocuments.Where(d => d.ApplicationId == id).Select(d => d.FileName).SingleAsync()));
    }

    [Theory]
    [InlineData("contract\r\n.pdf")]
    [InlineData("contract\u0000.pdf")]
    [InlineData("con\u001btract.pdf")]
    public async Task Document_NameWithControlCharacters_IsRefused(string name)
    {
        var api = await app.ApiClientAsync("trade");
        var id = await DraftAsync(api);
        var file = new ByteArrayContent(Pdf);
        // filename* (RFC 5987) carries the control characters percent-encoded, as a hostile client would send them.
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "file", FileNameStar = name };
        using var form = new MultipartFormDataContent { { new StringContent("Contract"), "kind" }, file };

        var errors = await ErrorsAsync(await api.PostAsync($"/api/v1/exports/applications/{id}/documents", form));

        Assert.Contains(OneLine, errors);
        Assert.Equal(0, await app.WithDbAsync(db => db.ApplicationDocuments.CountAsync(d => d.ApplicationId == id)));
    }

    [Theory]
    [InlineData("%00")]
    [InlineData("wang%00")]
    [InlineData("%00%25")]
    [InlineData("%01")]
    public async Task DirectorySearch_WithNulOrAnotherControlCharacter_MatchesNoOne(string q)
    {
        var api = await app.ApiClientAsync("exec");
        var everyone = await ListTotalAsync(api, "");

        Assert.True(everyone > 0);
        Assert.Equal(0, await ListTotalAsync(api, "?q=" + q));
        var page = await (await app.SignInAsync("exec")).GetAsync("/people?q=" + q);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task AuditSearch_UserWithNul_MatchesNothing()
    {
        var api = await app.ApiClientAsync("admin");
        var response = await api.GetAsync("/api/v1/audit?user=%00");
        var body = await ApiAssert.JsonAsync<AuditPage>(response, HttpStatusCode.OK);
        Assert.Equal(0, body.Total);
    }

    private static async Task<int> ListTotalAsync(HttpClient api, string query) =>
        (await api.GetJsonAsync<DirectoryPage>("/api/v1/employees" + query)).Total;

    private static async Task<int> DraftAsync(HttpClient api)
    {
        var created = await ApiAssert.JsonAsync<ApplicationView>(await api.PostAsJsonAsync("/api/v1/exports/applications", await DraftInputAsync(api)), HttpStatusCode.Created);
        return created.Summary.Id;
    }
}

public sealed class HostileInputTestsSqlite(TalentChainFactory app) : HostileInputTests(app), IClassFixture<TalentChainFactory>;

public sealed class HostileInputTestsPostgres(PostgresFactory app) : HostileInputTests(app), IClassFixture<PostgresFactory>;

public class TextInputTests
{
    [Theory]
    [InlineData(@"..\..\x.pdf", "x.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"C:\Users\li\Desktop\合同.docx", "合同.docx")]
    [InlineData("report:v2.pdf", "report_v2.pdf")]
    [InlineData("a<b>|c?.pdf", "a_b__c_.pdf")]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("scan.pdf. . ", "scan.pdf")]
    [InlineData("in\r\nvoice\u0000.pdf", "invoice.pdf")]
    [InlineData("..", "")]
    [InlineData(@"dir\", "")]
    [InlineData("", "")]
    public void FileNames_SafeBaseName_KeepsOnlyASafeBaseNameOnEveryOs(string sent, string kept) =>
        Assert.Equal(kept, FileNames.SafeBaseName(sent));

    [Fact]
    public void FileNames_SafeBaseName_CutsLongNamesButKeepsTheExtension()
    {
        var name = FileNames.SafeBaseName(new string('a', 400) + ".xlsx");
        Assert.Equal(255, name.Length);
        Assert.EndsWith("a.xlsx", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wang Wei", false)]
    [InlineData("王伟 · Wáng", false)]
    [InlineData("a\u0000", true)]
    [InlineData("a\r", true)]
    [InlineData("a\n", true)]
    [InlineData("a\t", true)]
    [InlineData("a\u007f", true)]
    [InlineData("a\u0085", true)]
    [InlineData("a\u2028", true)]
    public void HasControlCharacters_VariousText_DetectsControlCharacters(string text, bool expected) =>
        Assert.Equal(expected, TextInput.HasControlCharacters(text));
}
