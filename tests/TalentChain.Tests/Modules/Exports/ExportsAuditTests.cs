using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Features.Calendars;
using TalentChain.Modules.Exports.Features.ControlList;
using TalentChain.Modules.Exports.Features.Risk;
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
        var before = await api.GetJsonAsync<CalendarView>("/api/v1/exports/calendars/CN");
        var errors = await ErrorsAsync(await api.PutAsJsonAsync("/api/v1/exports/calendars/CN/csv", new { csv }));
        Assert.Contains(message, errors);
        var after = await api.GetJsonAsync<CalendarView>("/api/v1/exports/calendars/CN");
        Assert.Equal(before.Version, after.Version);
        Assert.DoesNotContain(after.CoveredYears, y => y == 2027);
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
        var before = await api.GetJsonAsync<CalendarView>("/api/v1/exports/calendars/CN");
        var after = await ApiAssert.JsonAsync<CalendarView>(await api.PutAsJsonAsync("/api/v1/exports/calendars/CN/csv", new { csv }), HttpStatusCode.OK);
        static List<(DateOnly, string, string?)> Notes(CalendarView c) => [.. c.Days.Select(d => (d.Date, d.Kind, d.Note))];
        Assert.Equal(Notes(before), Notes(after));
        Assert.Contains(after.Days, d => d.Date == Day("2025-10-01") && d.Note!.Length > 0);
    }

    [Fact]
    public async Task ControlList_AfterSuspensionLapsed_ShowsOctoberItemsInForce()
    {
        var api = await app.ApiClientAsync("trade");
        var now = await api.GetJsonAsync<ControlListView>("/api/v1/exports/control-list");
        Assert.Equal(Day("2026-11-20"), now.AsOf);
        Assert.Contains(now.InForce, e => e.Element == "Ho");
        var october = now.Announcements.Where(a => a.SuspendedBy == "2025-70").ToList();
        Assert.Equal(["2025-55", "2025-56", "2025-57", "2025-58", "2025-61", "2025-62"], october.Select(a => a.Number).Order());
        Assert.All(october, a => Assert.Equal("InForce", a.State));
        Assert.All(now.InForce, e => Assert.NotEmpty(e.HsCodes));
        Assert.All(now.InForce.Where(e => e.ControlCode != "1C902.a"), e => Assert.True(e.ToVerify, e.ControlCode));

        var lastDay = await api.GetJsonAsync<ControlListView>("/api/v1/exports/control-list?asOf=2026-11-10");
        Assert.DoesNotContain(lastDay.InForce, e => e.Element == "Ho");
        Assert.All(lastDay.Announcements.Where(a => a.SuspendedBy == "2025-70"), a => Assert.Equal("Suspended", a.State));
        Assert.Contains(lastDay.InForce, e => e.ControlCode == "1C905.a");
    }

    [Fact]
    public async Task Classification_OfHolmium_ExplainsTheSuspensionBeforeAndAfterItLapsed()
    {
        var api = await app.ApiClientAsync("trade");
        var id = await MaterialAsync(api, "HO-METAL");
        var now = (await api.GetJsonAsync<MaterialView>($"/api/v1/exports/materials/{id}")).Classification;
        Assert.True(now.Controlled);
        Assert.Equal("1C909.a: contains Ho 99.9 wt % (above 0 %) in the form \"Metal\" covered by the entry — announcement 2025-57, in force again since 2026-11-11 (suspended 2025-11-10 – 2026-11-10 by announcement 2025-70).",
            now.Matches[0].Explanation);

        var during = (await api.GetJsonAsync<MaterialView>($"/api/v1/exports/materials/{id}?asOf=2026-06-01")).Classification;
        Assert.False(during.Controlled);
        Assert.Contains("suspended until 2026-11-10", during.Dormant[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RiskBoard_SmallSegment_ExplainsFallbackAndMarksEstimates()
    {
        var exec = await app.ApiClientAsync("exec");
        var board = await exec.GetJsonAsync<RiskBoard>("/api/v1/exports/risk");
        var rows = board.Rows;
        var fellBack = rows.Single(r => r.FellBack);
        Assert.Equal("US/ViaThirdCountry", fellBack.Segment);
        var match = System.Text.RegularExpressions.Regex.Match(fellBack.Explanation,
            @"of (\d+) past approvals \(the whole history, because the segment United States · Via a third country has only (\d+) past approvals, fewer than 12\)");
        Assert.True(match.Success, fellBack.Explanation);
        Assert.True(int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) < board.MinSegmentCases);
        Assert.Equal(fellBack.SegmentCases, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

        var beyond = rows.Where(r => r.StockOutOn.Year > 2026).ToList();
        Assert.NotEmpty(beyond);
        Assert.All(beyond, r => Assert.Contains("are estimated (five per seven calendar days)", r.Explanation, StringComparison.Ordinal));
        Assert.All(rows.Except(beyond), r => Assert.DoesNotContain("estimated", r.Explanation, StringComparison.Ordinal));
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
