using TalentChain.Platform.Spreadsheets;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Careers.Features.Overview;

namespace TalentChain.Modules.Careers.Features.Headcount;

internal static class HeadcountEndpoint
{
    public static RouteGroupBuilder MapHeadcount(this RouteGroupBuilder api, IEndpointRouteBuilder app)
    {
        var g = api.MapGroup("/headcount").RequireAuthorization(CareersPolicies.Manage);
        g.MapGet("/", async Task<Ok<List<PlanView>>> (int? year, bool? shortOnly, HeadcountHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(year, shortOnly ?? false, ct)))
            .WithName("ListHeadcountPlans").WithSummary("Reserved headcount per unit, track level and year (default this year): planned, filled, reserved (active, unexpired), free; ?shortOnly=true: where no place is left or a reservation expires within 30 days.");
        g.MapGet("/{id:int}", async Task<Ok<PlanView>> (int id, HeadcountHandler h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, ct)))
            .WithName("GetHeadcountPlan").WithSummary("One plan with its reservations.").ProducesProblem(StatusCodes.Status404NotFound);
        g.MapPut("/", async Task<Ok<PlanView>> (PlanInput input, HeadcountHandler h, CancellationToken ct) => TypedResults.Ok(await h.SetPlanAsync(input, ct)))
            .WithName("SetHeadcountPlan").WithSummary("Create or change the planned places of a unit, track level and year (not below filled + reserved).").ProducesValidationProblem();
        g.MapPost("/{id:int}/reservations", async Task<Ok<PlanView>> (int id, ReserveInput input, HeadcountHandler h, CancellationToken ct) => TypedResults.Ok(await h.ReserveAsync(id, input, ct)))
            .WithName("ReserveHeadcountPlace").WithSummary("Hold a place for a program participant until a date; refused with the numbers when filled + reserved reach planned (safe under concurrent requests).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        g.MapPost("/{id:int}/reservations/{reservationId:int}/release", async Task<Ok<PlanView>> (int id, int reservationId, HeadcountHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.ReleaseAsync(id, reservationId, ct)))
            .WithName("ReleaseHeadcountPlace").WithSummary("Release an active reservation.").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        g.MapGet("/export", (string? format, int? year, CareersExport export, CancellationToken ct) => export.HeadcountAsync(format, year, ct))
            .WithName("ExportHeadcountPlans").WithSummary("The plans as ?format=csv (default) or xlsx.").Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        app.MapGet("/careers/headcount/export", (string? format, int? year, CareersExport export, CancellationToken ct) => export.HeadcountAsync(format, year, ct))
            .RequireAuthorization(CareersPolicies.Manage).ExcludeFromDescription();
        return api;
    }
}
