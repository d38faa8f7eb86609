using TalentChain.Platform.Spreadsheets;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.Careers.Features.Overview;

namespace TalentChain.Modules.Careers.Features.Appointments;

internal static class AppointmentsEndpoint
{
    public static RouteGroupBuilder MapAppointments(this RouteGroupBuilder api, IEndpointRouteBuilder app)
    {
        var g = api.MapGroup("/appointments");
        g.MapGet("/", async Task<Ok<List<AppointmentRow>>> (AppointmentStatus? status, ClaimsPrincipal user, AppointmentsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(user, status, ct)))
            .WithName("ListAppointments").WithSummary("The appointments the caller may see: own, reports', their committee's; all for program managers.");
        g.MapGet("/export", (string? format, AppointmentStatus? status, ClaimsPrincipal user, CareersExport export, CancellationToken ct) => export.AppointmentsAsync(user, format, status, ct))
            .WithName("ExportAppointments").WithSummary("The same list as ?format=csv (default) or xlsx.").Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        g.MapGet("/{id:int}", async Task<Ok<AppointmentView>> (int id, ClaimsPrincipal user, AppointmentsHandler h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(user, id, ct)))
            .WithName("GetAppointment").WithSummary("One appointment: requirements check, votes (committee and program managers), notice, objections.").ProducesProblem(StatusCodes.Status404NotFound);
        g.MapPost("/", async Task<Created<AppointmentView>> (NominateInput input, ClaimsPrincipal user, AppointmentsHandler h, CancellationToken ct) =>
            {
                var v = await h.NominateAsync(user, input, ct);
                return TypedResults.Created($"/api/v1/careers/appointments/{v.Id}", v);
            })
            .WithName("NominateForAppointment").WithSummary("Nominate an employee for a track level (line manager or program manager): requirements checked and each unmet one named; refused without a place in this year's headcount plan.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        g.MapPost("/{id:int}/votes", async Task<Ok<AppointmentView>> (int id, VoteInput input, ClaimsPrincipal user, AppointmentsHandler h, CancellationToken ct) => TypedResults.Ok(await h.VoteAsync(user, id, input, ct)))
            .WithName("VoteOnAppointment").WithSummary("A committee member's vote (Approve, Reject, Abstain) and comment; a vote from anyone else is refused (403).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        g.MapPost("/{id:int}/decision", async Task<Ok<AppointmentView>> (int id, DecideInput input, ClaimsPrincipal user, AppointmentsHandler h, CancellationToken ct) => TypedResults.Ok(await h.DecideAsync(user, id, input, ct)))
            .RequireAuthorization(CareersPolicies.Manage)
            .WithName("DecideAppointment").WithSummary("Close the committee's vote: more than half of the votes cast approve → public notice for the working days set at nomination; else rejected.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        g.MapPost("/{id:int}/objections", async Task<Ok<ObjectionView>> (int id, ObjectionInput input, AppointmentsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ObjectAsync(id, input, ct)))
            .WithName("ObjectToAppointment").WithSummary("Record an objection during the public notice (anyone signed in).").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        g.MapPost("/{id:int}/objections/{objectionId:int}/resolution", async Task<Ok<AppointmentView>> (int id, int objectionId, ResolveInput input, ClaimsPrincipal user, AppointmentsHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.ResolveAsync(user, id, objectionId, input, ct)))
            .RequireAuthorization(CareersPolicies.Manage)
            .WithName("ResolveAppointmentObjection").WithSummary("Resolve an objection with a note.").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        g.MapPost("/{id:int}/effective", async Task<Ok<AppointmentView>> (int id, EffectInput input, ClaimsPrincipal user, AppointmentsHandler h, CancellationToken ct) => TypedResults.Ok(await h.MakeEffectiveAsync(user, id, input, ct)))
            .RequireAuthorization(CareersPolicies.Manage)
            .WithName("MakeAppointmentEffective").WithSummary("After the notice with no open objection: the place is consumed and People applies position, grade, track and unit on the date (timeline event).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/careers/appointments/export", (string? format, AppointmentStatus? status, ClaimsPrincipal user, CareersExport export, CancellationToken ct) => export.AppointmentsAsync(user, format, status, ct))
            .RequireAuthorization(CareersPolicies.Use).ExcludeFromDescription();
        return api;
    }
}
