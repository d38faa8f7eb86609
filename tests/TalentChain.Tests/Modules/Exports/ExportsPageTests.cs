using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.Exports.Features.Applications;
using TalentChain.Modules.Exports;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Exports;

/// <summary>The module's pages: who sees them, and bad input shown on the form in both languages with nothing written.</summary>
public sealed class ExportsPageTests(ExportsSqliteFactory app) : IClassFixture<ExportsSqliteFactory>
{
    [Theory]
    [InlineData("/exports")]
    [InlineData("/exports/licences")]
    [InlineData("/exports/control-list")]
    [InlineData("/exports/materials")]
    [InlineData("/exports/parties")]
    [InlineData("/exports/calendar")]
    [InlineData("/exports/analytics")]
    [InlineData("/exports/risk")]
    public async Task Pages_OpenForTradeCompliance_AndClosedToOtherRoles(string url)
    {
        var trade = await app.SignInAsync("trade");
        Assert.Equal(HttpStatusCode.OK, (await trade.GetAsync(url)).StatusCode);
        var participant = await app.SignInAsync("participant");
        Assert.NotEqual(HttpStatusCode.OK, (await participant.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task ExportsNavigation_AsExecutive_ShowsAnalyticsAndRiskButNotApplications()
    {
        var exec = await app.SignInAsync("exec");
        Assert.Equal(HttpStatusCode.OK, (await exec.GetAsync("/exports/analytics")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await exec.GetAsync("/exports/licences")).StatusCode);
        var home = await exec.GetHtmlAsync("/exports/risk");
        Assert.Equal("/exports/risk", home.QuerySelector("#nav-exports")!.GetAttribute("href"));
        Assert.Null(home.QuerySelector("#exports-tabs a[href='/exports/licences']"));
        var pm = await app.SignInAsync("pm");
        Assert.Null((await pm.GetHtmlAsync("/")).QuerySelector("#nav-exports"));
    }

    [Fact]
    public async Task MaterialForm_BadCompositionInChinese_ShowsMessageAndSavesNothing()
    {
        var client = await app.SignInAsync("trade");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var before = await app.WithDbAsync(db => db.Materials.CountAsync());
        var response = await client.PostFormAsync("/exports/materials", new()
        {
            ["Code"] = "ND-BAD", ["Name"] = "Bad magnet", ["Form"] = "MagnetMaterial", ["Composition"] = "Nd 80; Qq 30",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var doc = HttpTestExtensions.ParseHtml(await response.Content.ReadAsStringAsync());
        var errors = doc.QuerySelector("#form-errors")!.TextContent;
        Assert.Contains("“Qq”不是化学元素符号。", errors);
        Assert.Contains("成分合计 110 wt%，超过 100。", errors);
        Assert.Equal(before, await app.WithDbAsync(db => db.Materials.CountAsync()));
    }

    [Fact]
    public async Task MaterialForm_NdFeBWithTerbium_IsSavedAndClassifiedWithTheRuleShown()
    {
        var client = await app.SignInAsync("trade");
        var response = await client.PostFormAsync("/exports/materials", new()
        {
            ["Code"] = "NDFEB-TB2", ["Name"] = "Nd-Fe-B with Tb", ["Form"] = "MagnetMaterial", ["Composition"] = "Nd 30; Tb 0.8; Fe 68.2; B 1",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var doc = await client.GetHtmlAsync("/exports/materials");
        var cell = doc.QuerySelector("tr[data-code='NDFEB-TB2'] .classification")!.TextContent;
        Assert.Contains("1C904.a: contains Tb 0.8 wt %", cell);
    }

    [Fact]
    public async Task CalendarPage_ImportingABadFile_ListsTheLinesAndKeepsTheCalendar()
    {
        var client = await app.SignInAsync("trade");
        var page = await client.GetHtmlAsync("/exports/calendar");
        var token = page.QuerySelector("#import-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var before = await app.WithDbAsync(db => db.CalendarDays.CountAsync());
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("date,kind\n2027-01-01,holiday\n01/02/2027,holiday\n"u8.ToArray()), "CsvFile", "cn-2027.csv" },
        };
        var response = await client.PostAsync("/exports/calendar?handler=Import&jurisdiction=CN", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Line 3: \"01/02/2027\" is not a date in the form YYYY-MM-DD.", await response.Content.ReadAsStringAsync().ContinueWith(t => System.Net.WebUtility.HtmlDecode(t.Result)));
        Assert.Equal(before, await app.WithDbAsync(db => db.CalendarDays.CountAsync()));
    }

    [Fact]
    public async Task LicenceAlertsTask_ALicenceExpiringWithinThirtyDays_AlertsOnceHoweverOftenItRuns()
    {
        var api = await app.ApiClientAsync("trade");
        var (_, licence) = await ExportsApi.ApprovedLicenceAsync(api, "T-EXPIRY-1", expiresOn: "2026-12-10");
        var id = licence.Id;
        for (var run = 0; run < 2; run++)
        {
            using var scope = app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<TalentChain.Modules.Exports.Features.Licences.LicenceAlertsTask>().RunAsync(default);
        }
        var alerts = await app.WithDbAsync(db => db.Notifications.Where(n => n.DedupKey == $"licence:{id}:expiry").Select(n => n.Subject).ToListAsync());
        Assert.Equal("Licence T-EXPIRY-1 expires on 2026-12-10", Assert.Single(alerts));
    }

    [Fact]
    public async Task RiskPage_TradeComplianceRestocksLine_RiskDrops()
    {
        var (lineId, materialId) = await app.WithDbAsync(async db => await db.LineConsumptions
            .Where(c => db.Set<TalentChain.Modules.Exports.Domain.ProductionLine>().Any(p => p.Id == c.ProductionLineId && p.Name.StartsWith("6 MW")))
            .Select(c => new { c.ProductionLineId, c.MaterialId }).SingleAsync() is var x ? (x.ProductionLineId, x.MaterialId) : default);
        var fields = new Dictionary<string, string>
        {
            ["LineId"] = lineId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["MaterialId"] = materialId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DailyConsumption"] = "210", ["StockOnHand"] = "90000", ["InTransit"] = "0",
        };
        var exec = await app.SignInAsync("exec");
        var refused = await exec.PostFormAsync("/exports/risk?handler=Stock", fields, tokenFrom: "/exports/risk");
        Assert.Contains("/account/denied", refused.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(1500m, await app.WithDbAsync(db => db.LineConsumptions.Where(c => c.ProductionLineId == lineId).Select(c => c.StockOnHand).SingleAsync()));

        var trade = await app.SignInAsync("trade");
        var bad = await trade.PostFormAsync("/exports/risk?handler=Stock", new(fields) { ["StockOnHand"] = "-5" }, tokenFrom: "/exports/risk");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Stock cannot be negative.", await bad.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await trade.PostFormAsync("/exports/risk?handler=Stock", fields, tokenFrom: "/exports/risk")).StatusCode);
        var doc = await trade.GetHtmlAsync("/exports/risk");
        Assert.NotEqual("High", doc.QuerySelector($"#risk-board tr[data-line='{lineId}']")!.GetAttribute("data-level"));
    }

    [Fact]
    public async Task ApplicationsExport_Csv_ListsPendingApplicationsInUsersLanguage()
    {
        var api = await app.ApiClientAsync("trade");
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var response = await api.GetAsync("/api/v1/exports/applications/export?format=csv&status=Pending");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("编号,状态,最终用户,最终用户国家", lines[0].TrimStart('\uFEFF'));
        var pending = await app.WithDbAsync(db => db.LicenceApplications.CountAsync(a => TalentChain.Modules.Exports.Domain.LicenceApplication.Pending.Contains(a.Status)));
        Assert.Equal(pending, lines.Length - 1);

        var bad = await api.GetAsync("/api/v1/exports/applications/export?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("“pdf”不是导出格式", await bad.Content.ReadAsStringAsync());

        var page = await app.SignInAsync("trade");
        var xlsx = await page.GetAsync("/exports/applications/export?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task DeadlineFeed_IsValidICalendar_WithOneEventPerPendingDeadline()
    {
        var api = await app.ApiClientAsync("trade");
        var response = await api.GetAsync("/api/v1/exports/applications/deadlines.ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", text);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.All(text.Split("\r\n"), l => Assert.True(System.Text.Encoding.UTF8.GetByteCount(l) <= 75, l));
        var rows = await api.GetJsonAsync<List<ApplicationRow>>("/api/v1/exports/applications?status=Pending");
        var first = rows.First(r => r.Deadline is not null);
        var uid = $"UID:exports-application-{first.Id}-deadline@talentchain";
        Assert.Contains(uid, text);
        var date = first.Deadline!.Value.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"{uid}\r\nDTSTAMP:20261120T080000Z\r\nDTSTART;VALUE=DATE:{date}\r\n", text);
        Assert.Equal(rows.Count(r => r.Deadline is not null),
            text.Split("\r\n").Count(l => l.StartsWith("UID:exports-application-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ApplicationsPage_DemoData_ShowsBacklogWithDeadlines()
    {
        var client = await app.SignInAsync("trade");
        var doc = await client.GetHtmlAsync("/exports?status=Pending");
        var rows = doc.QuerySelectorAll("#applications tbody tr");
        Assert.True(rows.Length >= 10, $"pending rows: {rows.Length}");
        Assert.All(rows, r => Assert.NotEqual("Approved", r.QuerySelector(".status")!.TextContent));
    }
}
