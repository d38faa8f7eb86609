using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Calendars;

/// <summary>
/// <c>exports deadline --calendar FILE.csv --start YYYY-MM-DD --days N</c>: prints the date of working day N after the
/// start date on the calendar in the file (ISO), or a clear error and a non-zero exit. Needs no database.
/// </summary>
public static class DeadlineCli
{
    public static Command Create(Func<WebApplication> app)
    {
        var calendar = new Option<string>("--calendar") { Description = "Calendar CSV: header 'date,kind', lines 'YYYY-MM-DD,holiday|workday'.", Required = true };
        var start = new Option<string>("--start") { Description = "Acceptance date (YYYY-MM-DD); working day 1 is the first working day after it.", Required = true };
        var days = new Option<string>("--days") { Description = "Number of working days N (1 … 3650).", Required = true };
        var deadline = new Command("deadline", "Date of working day N after a start date on a jurisdiction calendar.") { calendar, start, days };
        deadline.SetAction(async (r, ct) =>
        {
            var L = app().Services.GetRequiredService<IStringLocalizer<ExportsResource>>();
            return await RunAsync(L, r.GetValue(calendar)!, r.GetValue(start)!, r.GetValue(days)!, Console.Out, Console.Error, ct);
        });
        var root = new Command("exports", "Export licensing tools.");
        root.Subcommands.Add(deadline);
        return root;
    }

    /// <summary>The verb's body; 0 and the ISO date on success, 1 for a date outside the calendar, 2 for bad input.</summary>
    public static async Task<int> RunAsync(IStringLocalizer<ExportsResource> L, string calendarPath, string start, string days, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        if (!File.Exists(calendarPath))
        {
            await error.WriteLineAsync(L["Cli.NoSuchFile", calendarPath]);
            return 2;
        }
        if (!DateOnly.TryParseExact(start.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var startDate))
        {
            await error.WriteLineAsync(L["Cli.BadStart", start]);
            return 2;
        }
        if (!int.TryParse(days.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > 3650)
        {
            await error.WriteLineAsync(L["Cli.BadDays", days]);
            return 2;
        }
        List<CalendarCsv.Day> parsed;
        try
        {
            parsed = CalendarCsv.Parse(await File.ReadAllTextAsync(calendarPath, ct), L);
        }
        catch (ValidationFailedException ex)
        {
            await error.WriteLineAsync(ex.Title);
            foreach (var m in ex.Errors.Values.SelectMany(v => v)) await error.WriteLineAsync(m);
            return 2;
        }
        var calendar = new WorkingCalendar(parsed.Select(d => (d.Date, d.Kind)));
        try
        {
            var result = calendar.AddWorkingDays(startDate, n);
            await output.WriteLineAsync(result.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return 0;
        }
        catch (CalendarCoverageException ex)
        {
            await error.WriteLineAsync(L["Calendar.OutOfCoverage", ex.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), string.Join(", ", ex.CoveredYears)]);
            return 1;
        }
    }
}
