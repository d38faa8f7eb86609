using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.Exports.Features.Calendars;

internal static class CalendarEndpoints
{
    /// <summary>The working calendars, under <c>/calendars</c> of the given group.</summary>
    public static RouteGroupBuilder MapExportCalendars(this RouteGroupBuilder api)
    {
        var cal = api.MapGroup("/calendars");
        cal.MapGet("/{jurisdiction}", async Task<Ok<CalendarView>> (string jurisdiction, CalendarHandlers h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(jurisdiction, ct)))
            .WithName("GetExportCalendar").WithSummary("A jurisdiction's working calendar: listed holidays and make-up workdays, covered years.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        cal.MapGet("/{jurisdiction}/deadline", async Task<Ok<DeadlineView>> (string jurisdiction, string? start, int? days, CalendarHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.DeadlineAsync(jurisdiction, start, days, ct)))
            .WithName("GetExportDeadline").WithSummary("Date of working day N after a start date (day 1 = first working day after it). A date outside the calendar's coverage is refused.")
            .ProducesValidationProblem();

        cal.MapPut("/{jurisdiction}/csv", async Task<Ok<CalendarView>> (string jurisdiction, CalendarImportInput input, CalendarHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ImportAsync(jurisdiction, input.Csv, ct)))
            .WithName("ImportExportCalendar").WithSummary("Replace the listed dates from CSV text (header 'date,kind'); all-or-nothing with line numbers in the errors.")
            .ProducesValidationProblem();

        cal.MapPut("/{jurisdiction}/days", async Task<Ok<CalendarView>> (string jurisdiction, CalendarDayInput input, CalendarHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.SetDayAsync(jurisdiction, input, ct)))
            .WithName("SetExportCalendarDay").WithSummary("List one date as holiday or workday.").ProducesValidationProblem();

        cal.MapDelete("/{jurisdiction}/days/{date}", async Task<Ok<CalendarView>> (string jurisdiction, DateOnly date, CalendarHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.RemoveDayAsync(jurisdiction, date, ct)))
            .WithName("RemoveExportCalendarDay").WithSummary("Unlist a date (it follows the Monday–Friday rule again).").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
