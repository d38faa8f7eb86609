using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.People.Features.Import;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Tests.Infrastructure;
using static TalentChain.Tests.Modules.People.Import.ImportFiles;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;

using TalentChain.Modules.People.Contracts;
namespace TalentChain.Tests.Modules.People.Import;

/// <summary>The import API and page: 202 + polling, reports, permissions, languages — on both providers.</summary>
public abstract class ImportApiTests(TalentChainFactory app)
{
    private static string Num() => "A" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static MultipartFormDataContent Upload(string fileName, byte[] bytes, string field = "file")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, field, fileName);
        return form;
    }

    /// <summary>The body as <typeparamref name="T"/>, whatever the status (the tests assert the status where it matters).</summary>
    private static async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        JsonSerializer.Deserialize<T>(await response.Content.ReadAsStringAsync(), ApiJson.Options)!;

    private static async Task<ImportJobResponse> PollAsync(HttpClient client, string url)
    {
        for (var i = 0; i < 600; i++)
        {
            var job = await ReadAsync<ImportJobResponse>(await client.GetAsync(url));
            if (job.Status is "succeeded" or "failed") return job;
            await Task.Delay(100);
        }
        throw new TimeoutException("the import job did not finish");
    }

    [Fact]
    public async Task ImportApi_BadFile_PollingShowsRowReportAndWritesNothing()
    {
        var api = await app.ApiClientAsync("pm");
        var before = await app.WithDbAsync(db => db.Employees.CountAsync());
        var response = await api.PostAsync("/api/v1/imports/employees", Upload("people.csv", Employees(Emp(Num()), Emp(Num(), hire: "01/02/2020"))));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/api/v1/imports/jobs/", location);
        var job = await PollAsync(api, location);

        Assert.Equal("failed", job.Status);
        var error = job.Result!.Errors[0];
        Assert.Equal(3, error.Row);
        Assert.Equal("hire_date", error.Column);
        Assert.Equal("01/02/2020", error.Value);
        Assert.Equal("Not a valid date; use YYYY-MM-DD.", error.Message);
        Assert.Equal(before, await app.WithDbAsync(db => db.Employees.CountAsync()));

        // The same report as downloads.
        var csv = await api.GetStringAsync(location + "/report?format=csv");
        Assert.Contains("Row,Column,Value,Problem", csv);
        Assert.Contains("3,hire_date,01/02/2020,Not a valid date; use YYYY-MM-DD.", csv);
        var xlsx = await api.GetByteArrayAsync(location + "/report?format=xlsx");
        var rows = Xlsx.ReadRows(new MemoryStream(xlsx)).ToList();
        Assert.Equal(["Row", "Column", "Value", "Problem"], rows[0]);
        Assert.Equal(["3", "hire_date", "01/02/2020", "Not a valid date; use YYYY-MM-DD."], rows[1]);
    }

    [Fact]
    public async Task Api_TheUploadIsDeletedWhenItsJobEnds_WhetherItSucceedsOrFails()
    {
        var api = await app.ApiClientAsync("admin");
        foreach (var file in new[] { Employees(Emp(Num())), Employees(Emp(Num(), grade: "99")), "not,a\"file"u8.ToArray() })
        {
            var response = await api.PostAsync("/api/v1/imports/employees", Upload("people.csv", file));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var job = await PollAsync(api, response.Headers.Location!.ToString());
            var id = job.Id;
            Assert.False(await app.WithDbAsync(db => db.JobPayloads.AnyAsync(p => p.JobId == id)), job.Status);
        }
    }

    [Fact]
    public async Task Api_GoodFile_ImportsInTheBackground()
    {
        var api = await app.ApiClientAsync("admin");
        var n = Num();
        var response = await api.PostAsync("/api/v1/imports/employees", Upload("people.csv", Employees(Emp(n, unit: "RDI-SEP"))));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = await PollAsync(api, response.Headers.Location!.ToString());
        Assert.Equal("succeeded", job.Status);
        Assert.Equal(1, job.Result!.Inserted);
        Assert.Equal(100, job.Percent);
        Assert.True(await app.WithDbAsync(db => db.Employees.AnyAsync(e => e.EmployeeNumber == n && e.OrgUnit!.Code == "RDI-SEP")));
    }

    [Fact]
    public async Task Api_SyncMode_ReturnsTheResultInline()
    {
        var api = await app.ApiClientAsync("admin");
        var response = await api.PostAsync("/api/v1/imports/employees?mode=sync", Upload("people.csv", Employees(Emp(Num(), grade: "0"))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var job = await ReadAsync<ImportJobResponse>(response);
        Assert.Equal("failed", job.Status);
        Assert.Equal("grade", job.Result!.Errors[0].Column);
    }

    [Fact]
    public async Task Api_UnknownKindOrNoFile_IsAProblemDetails400()
    {
        var api = await app.ApiClientAsync("admin");
        var response = await api.PostAsync("/api/v1/imports/payroll", Upload("x.csv", Employees(Emp(Num()))));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("org-units, taxonomy, employees, skills", (await ReadAsync<HttpValidationProblemDetails>(response)).Errors["kind"][0]);

        var noFile = await api.PostAsync("/api/v1/imports/employees", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Equal("Choose a file to import.", (await ReadAsync<HttpValidationProblemDetails>(noFile)).Errors["file"][0]);
    }

    [Fact]
    public async Task Api_AsExecutive_IsForbidden()
    {
        var api = await app.ApiClientAsync("exec");
        var response = await api.PostAsync("/api/v1/imports/employees", Upload("people.csv", Employees(Emp(Num()))));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/imports/jobs/{Guid.NewGuid()}")).StatusCode);

        var browser = await app.SignInAsync("exec");
        var page = await browser.GetAsync("/imports");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/denied", page.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Api_InChinese_ReportsChineseMessages()
    {
        var api = await app.ApiClientAsync("pm");
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var response = await api.PostAsync("/api/v1/imports/employees?mode=sync", Upload("people.csv", Employees(Emp(Num(), family: ""))));
        var job = await ReadAsync<ImportJobResponse>(response);
        Assert.Equal("必须填写。", job.Result!.Errors[0].Message);
        var csv = await api.GetStringAsync($"/api/v1/imports/jobs/{job.Id}/report?format=csv");
        Assert.Contains("行号,列,值,问题", csv);
    }

    [Fact]
    public async Task ImportPage_BadFile_ShowsProgressThenReportWithDownloads()
    {
        var browser = await app.SignInAsync("admin");
        var page = await browser.GetHtmlAsync("/imports");
        Assert.NotNull(page.QuerySelector("form#import-form input[type=file][name=Upload]"));
        Assert.Equal(4, page.QuerySelectorAll("#templates a").Length);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var form = Upload("people.csv", Employees(Emp(Num(), unit: "ATLANTIS")), "Upload");
        form.Add(new StringContent("employees"), "Kind");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var request = new HttpRequestMessage(HttpMethod.Post, "/imports") { Content = form };
        request.Headers.Add("HX-Request", "true");
        var started = await browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var partial = HttpTestExtensions.ParseHtml(await started.Content.ReadAsStringAsync());
        var statusUrl = partial.QuerySelector("[hx-get]")?.GetAttribute("hx-get") ?? partial.QuerySelector("#report-csv")!.GetAttribute("href")!.Split("/report")[0];

        AngleSharp.Html.Dom.IHtmlDocument? result = null;
        for (var i = 0; i < 600 && result is null; i++)
        {
            var poll = new HttpRequestMessage(HttpMethod.Get, statusUrl);
            poll.Headers.Add("HX-Request", "true");
            var doc = HttpTestExtensions.ParseHtml(await (await browser.SendAsync(poll)).Content.ReadAsStringAsync());
            if (doc.QuerySelector("#import-result") is not null) result = doc;
            else await Task.Delay(100);
        }
        Assert.NotNull(result);
        var cells = result!.QuerySelectorAll("#import-report tbody tr td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["2", "org_unit_code", "ATLANTIS", "No org unit with this code exists."], cells);
        var csv = await browser.GetStringAsync(result.QuerySelector("#report-csv")!.GetAttribute("href"));
        Assert.Contains("ATLANTIS", csv);

        var template = await browser.GetStringAsync("/imports/templates/employees.csv");
        Assert.Equal(EmployeesHeader + ",education", template.Trim().TrimStart('\uFEFF')); // required columns, then the optional ones
    }

    [Fact]
    public async Task Page_NoFile_Shows422WithMessage()
    {
        var browser = await app.SignInAsync("pm");
        var response = await browser.PostFormAsync("/imports", new() { ["Kind"] = "employees" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var doc = HttpTestExtensions.ParseHtml(await response.Content.ReadAsStringAsync());
        Assert.Contains("Choose a file to import.", doc.QuerySelector("#import-form-errors")!.TextContent);
    }
}

public sealed class ImportApiTestsSqlite(TalentChainFactory app) : ImportApiTests(app), IClassFixture<TalentChainFactory>;

public sealed class ImportApiTestsPostgres(PostgresFactory app) : ImportApiTests(app), IClassFixture<PostgresFactory>;
