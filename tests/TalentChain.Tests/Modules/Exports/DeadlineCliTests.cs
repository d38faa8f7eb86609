using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Demo;
using TalentChain.Modules.Exports.Features.Calendars;
using TalentChain.Platform.Web;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Exports;

/// <summary>The calendar file format and the <c>exports deadline</c> verb, in-process and as a real process without a database.</summary>
public sealed class DeadlineCliTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tc-deadline-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private IStringLocalizer<ExportsResource> L
    {
        get
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("en-US");
            return app.Services.GetRequiredService<IStringLocalizer<ExportsResource>>();
        }
    }

    private string ChinaCsv()
    {
        var path = Path.Combine(_dir, "cn.csv");
        File.WriteAllText(path, "date,kind\n" + string.Concat(ChinaCalendar.Days.Select(d => $"{d.Date},{d.Kind.ToString().ToLowerInvariant()}\n")));
        return path;
    }

    private async Task<(int Code, string Out, string Err)> RunAsync(string calendar, string start, string days)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await DeadlineCli.RunAsync(L, calendar, start, days, output, error);
        return (code, output.ToString().Trim(), error.ToString().Trim());
    }

    [Fact]
    public async Task Deadline_AcrossNationalDay_PrintsTheIsoDate()
    {
        var (code, output, error) = await RunAsync(ChinaCsv(), "2025-09-26", "10");
        Assert.Equal(0, code);
        Assert.Equal("2025-10-16", output);
        Assert.Empty(error);
    }

    [Fact]
    public async Task Deadline_ReachingAnUncoveredYear_SaysSoAndExitsNonZero()
    {
        var (code, output, error) = await RunAsync(ChinaCsv(), "2026-12-20", "10");
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("2027-01-01 lies outside the calendar's coverage (years listed: 2025, 2026)", error);
    }

    [Fact]
    public async Task Deadline_MalformedCalendar_ReportsEveryBadLineByNumber()
    {
        var path = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(path, "date,kind\n2025-10-01,holiday\n2025-13-01,holiday\n2025-10-11,weekend\n2025-10-01,workday\n");
        var (code, output, error) = await RunAsync(path, "2025-09-26", "10");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("Line 3: \"2025-13-01\" is not a date in the form YYYY-MM-DD.", error);
        Assert.Contains("Line 4: \"weekend\" is not a kind; use holiday or workday.", error);
        Assert.Contains("Line 5: 2025-10-01 is already listed on line 2.", error);
    }

    [Fact]
    public async Task Deadline_BadArguments_AreRefusedWithTheirValue()
    {
        var csv = ChinaCsv();
        Assert.Contains("\"26/09/2025\" is not a start date in the form YYYY-MM-DD.", (await RunAsync(csv, "26/09/2025", "10")).Err);
        Assert.Contains("\"-3\" is not a number of working days between 1 and 3650.", (await RunAsync(csv, "2025-09-26", "-3")).Err);
        Assert.Equal(2, (await RunAsync(Path.Combine(_dir, "missing.csv"), "2025-09-26", "10")).Code);
        var header = Path.Combine(_dir, "header.csv");
        File.WriteAllText(header, "day,type\n2025-10-01,holiday\n");
        Assert.Contains("Line 1: the header must be \"date,kind\"", (await RunAsync(header, "2025-09-26", "10")).Err);
    }

    [Fact]
    public void CalendarCsv_WeekendListedAsWorkday_IsReadAsAWorkday()
    {
        var days = CalendarCsv.Parse("date,kind\r\n2025-09-28,workday\r\n2025-10-01,Holiday\r\n", L);
        Assert.Equal([(new DateOnly(2025, 9, 28), TalentChain.Modules.Exports.Domain.CalendarDayKind.Workday), (new DateOnly(2025, 10, 1), TalentChain.Modules.Exports.Domain.CalendarDayKind.Holiday)],
            days.Select(d => (d.Date, d.Kind)));
        Assert.Throws<ValidationFailedException>(() => CalendarCsv.Parse("date,kind\n", L));
    }

    [Fact]
    public async Task Verb_RunAsAProcessWithoutADatabase_PrintsTheDeadline()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "TalentChain.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "exports", "deadline", "--calendar", ChinaCsv(), "--start", "2025-09-26", "--days", "10" },
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _dir,
            Environment = { ["Database__ConnectionString"] = "Data Source=" + Path.Combine(_dir, "never-created.db"), ["DOTNET_ENVIRONMENT"] = "Testing" },
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        Assert.Equal("2025-10-16", output.Trim());
        Assert.False(File.Exists(Path.Combine(_dir, "never-created.db")), "the verb must not touch a database");

        using var bad = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "exports", "deadline", "--calendar", ChinaCsv(), "--start", "2026-12-20", "--days", "10" },
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _dir,
            Environment = { ["Database__ConnectionString"] = "Data Source=" + Path.Combine(_dir, "never-created.db"), ["DOTNET_ENVIRONMENT"] = "Testing" },
        })!;
        var badError = await bad.StandardError.ReadToEndAsync();
        await bad.WaitForExitAsync();
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("outside the calendar", badError);
    }
}
