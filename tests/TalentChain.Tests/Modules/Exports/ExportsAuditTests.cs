using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Features.Calendars;
using TalentChain.Tests.Infrastructure;
using static TalentChain.Tests.Modules.Exports.ExportsApi;

namespace TalentChain.Tests.Modules.Exports;

/// <summary>Acceptance-audit findings of issue 6: the calendar file contract, the calendar page, the control list now vs during the suspension.</summary>
public abstract class ExportsAuditTests(TalentChainFactory app)
{
    [Fact]
    public async Task CalendarPage_PlainVisit_ShowsTheChinaCalendarWithoutAnyErrorMessage()
    {
        var trade = await app.SignInAsync("trade");
        var response = await trade.GetAsync("/exports/calendar");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await trade.GetHtmlAsync("/exports/calendar");
        Assert.DoesNotContain("field is required", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".alert-danger"));
        Assert.Contains("2025-10-01", page.Body.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date,kind,note\n2027-01-01,holiday,New Year\n", "Line 1: the header must be \"date,kind\" (found \"date,kind,note\").")]
    [InlineData("Date,Kind\n2027-01-01,holiday\n", "Line 1: the header must be \"date,kind\" (found \"Date,Kind\").")]
    [InlineData("2027-01-01,holiday\n2027-01-02,holiday\n", "Line 1: the header must be \"date,kind\" (found \"2027-01-01,holiday\").")]
    [InlineData("date,kind\n2027-01-01,holiday,New Year\n", "Line 2: expected \"date,kind\", found \"2027-01-01,holiday,New Year\".")]
    public async Task CalendarImport_WrongHeaderOrThirdField_IsRefusedChangingNothing(string csv, string message)
    {
        var api = await app.ApiClientAsync("trade");
        var before = await ApiAssert.JsonAsync(await api.GetAsync("/api/v1/exports/calendars/CN"), HttpStatusCode.OK);
        var errors = await ErrorsAsync(await api.PutAsJsonAsync("/api/v1/exports/calendars/CN/csv", new { csv }));
        Assert.Contains(message, errors);
        var after = await ApiAssert.JsonAsync(await api.GetAsync("/api/v1/exports/calendars/CN"), HttpStatusCode.OK);
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
        Assert.DoesNotContain(after.GetProperty("coveredYears").EnumerateArray(), y => y.GetInt32() == 2027);
    }

    [Fact]
    public async Task CalendarDownload_IsTheFileTheImportAndTheCliRead_AndReimportingKeepsTheNotes()
    {
        var trade = await app.SignInAsync("trade");
        var csv = await trade.GetStringAsync("/exports/calendar?handler=Csv");
        Assert.StartsWith("date,kind\n2025-01-01,holiday\n", csv, StringComparison.Ordinal);

        var path = Path.Combine(Directory.CreateTempSubdirectory("tc-audit-").FullName, "cn.csv");
        await File.WriteAllTextAsync(path, csv);
        var output = new StringWriter();
        var error = new StringWriter();
        var L = app.Services.GetRequiredService<IStringLocalizer<ExportsResource>>();
        Assert.Equal(0, await DeadlineCli.RunAsync(L, path, "2025-09-26", "10", output, error));
        Assert.Equal("2025-10-16", output.ToString().Trim());
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);

        var api = await app.ApiClientAsync("trade");
        var before = await ApiAssert.JsonAsync(await api.GetAsync("/api/v1/exports/calendars/CN"), HttpStatusCode.OK);
        var after = await ApiAssert.JsonAsync(await api.PutAsJsonAsync("/api/v1/exports/calendars/CN/csv", new { csv }), HttpStatusCode.OK);
        static string Notes(JsonElement c) => string.Join("|", c.GetProperty("days").EnumerateArray().Select(d => $"{d.GetProperty("date")}/{d.GetProperty("kind")}/{d.GetProperty("note")}"));
        Assert.Equal(Notes(before), Notes(after));
        Assert.Contains(after.GetProperty("days").EnumerateArray(), d => d.GetProperty("date").GetString() == "2025-10-01" && d.GetProperty("note").GetString()!.Length > 0);
    }

    [Fact]
    public async Task ControlList_AfterSuspensionLapsed_ShowsOctoberItemsInForce()
    {
        var api = await app.ApiClientAsync("trade");
        var now = await ApiAssert.JsonAsync(await api.GetAsync("/api/v1/exports/control-list"), HttpStatusCode.OK);
        Assert.Equal("2026-11-20", now.GetProperty("asOf").GetString());
        Assert.Contains(now.GetProperty("inForce").EnumerateArray(), e => e.GetProperty("element").GetString() == "Ho");
        var october = now.GetProperty("announcements").EnumerateArray().Where(a => a.GetProperty("suspendedBy").GetString() == "2025-70").ToList();
        Assert.Equal(["2025-55", "2025-56", "2025-57", "2025-58", "2025-61", "2025-62"], october.Select(a => a.GetProperty("number").GetString()).Order());
        Assert.All(october, a => Assert.Equal("InForce", a.GetProperty("state").GetString()));
        Assert.All(now.GetProperty("inForce").EnumerateArray(), e => Assert.NotEqual(0, e.GetProperty("hsCodes").GetArrayLength()));
        Assert.All(now.GetProperty("inForce").EnumerateArray().Where(e => e.GetProperty("controlCode").GetString() != "1C902.a"),
            e => Assert.True(e.GetProperty("toVerify").GetBoolean(), e.GetProperty("controlCode").GetString()));

        var lastDay = await ApiAssert.JsonAsync(await api.GetAsync("/api/v1/exports/control-list?asOf=2026-11-10"), HttpStatusCode.OK);
        Assert.DoesNotContain(lastDay.GetProperty("inForce").EnumerateArray(), e => e.GetProperty("element").GetString() == "Ho");
        Assert.All(lastDay.GetProperty("announcements").EnumerateArray().Where(a => a.GetProperty("suspendedBy").GetString() == "2025-70"),
            a => Assert.Equal("Suspended", a.GetProperty("state").GetString()));
        Assert.Contains(lastDay.GetProperty("inForce").EnumerateArray(), e => e.GetProperty("controlCode").GetString() == "1C905.a");
    }

    [Fact]
    public async Task Classification_OfHolmium_ExplainsTheSuspensionBeforeAndAfterItLapsed()
    {
        var api = await app.ApiClientAsync("trade");
        var id = await MaterialAsync(api, "HO-METAL");
        var now = (await ApiAssert.JsonAsync(await api.GetAsync($"/api/v1/exports/materials/{id}"), HttpStatusCode.OK)).GetProperty("classification");
        Assert.True(now.GetProperty("controlled").GetBoolean());
        Assert.Equal("1C909.a: contains Ho 99.9 wt % (above 0 %) in the form \"Metal\" covered by the entry — announcement 2025-57, in force again since 2026-11-11 (suspended 2025-11-10 – 2026-11-10 by announcement 2025-70).",
            now.GetProperty("matches")[0].GetProperty("explanation").GetString());

        var during = (await ApiAssert.JsonAsync(await api.GetAsync($"/api/v1/exports/materials/{id}?asOf=2026-06-01"), HttpStatusCode.OK)).GetProperty("classification");
        Assert.False(during.GetProperty("controlled").GetBoolean());
        Assert.Contains("suspended until 2026-11-10", during.GetProperty("dormant")[0].GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RiskBoard_SmallSegment_ExplainsFallbackAndMarksEstimates()
    {
        var exec = await app.ApiClientAsync("exec");
        var board = await ApiAssert.JsonAsync(await exec.GetAsync("/api/v1/exports/risk"), HttpStatusCode.OK);
        var rows = board.GetProperty("rows").EnumerateArray().ToList();
        var fellBack = rows.Single(r => r.GetProperty("fellBack").GetBoolean());
        Assert.Equal("US/ViaThirdCountry", fellBack.GetProperty("segment").GetString());
        var match = System.Text.RegularExpressions.Regex.Match(fellBack.GetProperty("explanation").GetString()!,
            @"of (\d+) past approvals \(the whole history, because the segment United States · Via a third country has only (\d+) past approvals, fewer than 12\)");
        Assert.True(match.Success, fellBack.GetProperty("explanation").GetString());
        Assert.True(int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) < board.GetProperty("minSegmentCases").GetInt32());
        Assert.Equal(fellBack.GetProperty("segmentCases").GetInt32(), int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

        var beyond = rows.Where(r => DateOnly.Parse(r.GetProperty("stockOutOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Year > 2026).ToList();
        Assert.NotEmpty(beyond);
        Assert.All(beyond, r => Assert.Contains("are estimated (five per seven calendar days)", r.GetProperty("explanation").GetString(), StringComparison.Ordinal));
        Assert.All(rows.Except(beyond), r => Assert.DoesNotContain("estimated", r.GetProperty("explanation").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void UtilisationThresholds_Configured_ReplaceTheDefaults()
    {
        static IReadOnlyList<int> Thresholds(Dictionary<string, string?> settings)
        {
            var services = new ServiceCollection();
            services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(settings).Build());
            services.AddOptions<TalentChain.Modules.Exports.Features.Licences.ExportsOptions>().BindConfiguration(TalentChain.Modules.Exports.Features.Licences.ExportsOptions.Section);
            using var provider = services.BuildServiceProvider();
            var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TalentChain.Modules.Exports.Features.Licences.ExportsOptions>>();
            return new TalentChain.Modules.Exports.Features.Licences.LicenceAlerts(options, null!).Thresholds;
        }
        Assert.Equal([75, 95], Thresholds(new() { ["Exports:UtilisationThresholds:0"] = "95", ["Exports:UtilisationThresholds:1"] = "75" }));
        Assert.Equal([80, 90, 100], Thresholds([]));
    }

    [Fact]
    public async Task ApplicationForm_TransportMode_IsAChoiceInTheUsersLanguage()
    {
        var trade = await app.SignInAsync("trade");
        var page = await trade.GetHtmlAsync("/exports/applications/new?culture=zh-CN");
        var options = page.QuerySelectorAll("#Mode option").Select(o => (o.GetAttribute("value"), o.TextContent.Trim())).ToList();
        Assert.Equal([("Sea", "海运"), ("Air", "空运"), ("Rail", "铁路"), ("Road", "公路")], options);
    }
}

public sealed class ExportsAuditTestsSqlite(ExportsSqliteFactory app) : ExportsAuditTests(app), IClassFixture<ExportsSqliteFactory>;

public sealed class ExportsAuditTestsPostgres(ExportsPostgresFactory app) : ExportsAuditTests(app), IClassFixture<ExportsPostgresFactory>;
