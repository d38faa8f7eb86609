using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Calendars;

/// <summary>/exports/calendar: the jurisdiction calendar: listed dates, CSV import/export, single edits, a deadline calculator.</summary>
[Authorize(Policy = ExportsPolicies.Manage)]
public class CalendarPageModel(CalendarHandlers calendars) : PageModel
{
    public CalendarView Calendar { get; private set; } = null!;
    public DeadlineView? Deadline { get; private set; }
    public string? Message { get; private set; }

    [BindProperty(SupportsGet = true)] public string Jurisdiction { get; set; } = "CN";
    [BindProperty] public IFormFile? CsvFile { get; set; }
    [BindProperty] public string? Date { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty(SupportsGet = true)] public string? Start { get; set; }
    [BindProperty(SupportsGet = true)] public int? Days { get; set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        // A plain visit (no ?jurisdiction=) means the default calendar, not a missing field.
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Jurisdiction)) Jurisdiction = "CN";
        Message = done;
        if (Start is not null || Days is not null)
        {
            await this.TryHandlerAsync(async () => Deadline = await calendars.DeadlineAsync(Jurisdiction, Start, Days, ct));
        }
        Calendar = await calendars.GetAsync(Jurisdiction, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Jurisdiction)) Jurisdiction = "CN";
        var c = await calendars.GetAsync(Jurisdiction, ct);
        var csv = CalendarCsv.Write(c.Days.Select(d => (d.Date, d.Kind)));
        return File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv", $"calendar-{c.Jurisdiction}.csv");
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var text = "";
        if (CsvFile is not null)
        {
            using var reader = new StreamReader(CsvFile.OpenReadStream());
            text = await reader.ReadToEndAsync(ct);
        }
        if (await this.TryHandlerAsync(() => calendars.ImportAsync(Jurisdiction, text, ct))) return Redirect($"/exports/calendar?jurisdiction={Jurisdiction}&done=imported");
        Calendar = await calendars.GetAsync(Jurisdiction, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDayAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => calendars.SetDayAsync(Jurisdiction, new CalendarDayInput(Date, Kind, Note), ct)))
            return Redirect($"/exports/calendar?jurisdiction={Jurisdiction}&done=saved");
        Calendar = await calendars.GetAsync(Jurisdiction, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(DateOnly date, CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => calendars.RemoveDayAsync(Jurisdiction, date, ct)))
            return Redirect($"/exports/calendar?jurisdiction={Jurisdiction}&done=removed");
        Calendar = await calendars.GetAsync(Jurisdiction, ct);
        return Page();
    }
}
