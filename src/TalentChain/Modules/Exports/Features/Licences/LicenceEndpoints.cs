using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Exports.Features.Licences.IssueLicence;
using TalentChain.Modules.Exports.Features.Licences.ReserveShipment;
using TalentChain.Modules.Exports.Features.Licences.RevokeLicence;
using TalentChain.Modules.Exports.Features.Licences.ShipOrCancelShipment;

namespace TalentChain.Modules.Exports.Features.Licences;

public static class LicenceEndpoints
{
    public static IEndpointRouteBuilder MapLicenceEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/exports").WithTags("Export licensing").RequireAuthorization(ExportsPolicies.Manage);

        api.MapGet("/licences", async Task<Ok<List<LicenceView>>> (LicenceReader h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithName("ListExportLicences").WithSummary("Licences with line balances (licensed, limit with tolerance, reserved, consumed, remaining) and utilisation.");

        api.MapGet("/licences/{id:int}", async Task<Ok<LicenceView>> (int id, LicenceReader h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, ct)))
            .WithName("GetExportLicence").WithSummary("One licence with its shipments.").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/licences", async Task<Created<LicenceView>> (LicenceInput input, IssueLicenceHandler h, CancellationToken ct) =>
            {
                var v = await h.IssueAsync(input, ct);
                return TypedResults.Created($"/api/v1/exports/licences/{v.Id}", v);
            })
            .WithName("IssueExportLicence").WithSummary("Record the licence granted for an approved application (Individual ≤ 1 year, General ≤ 3 years; tolerance %; conditions).")
            .ProducesValidationProblem();

        api.MapPost("/licences/{id:int}/revoke", async Task<Ok<LicenceView>> (int id, RevokeInput input, RevokeLicenceHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.RevokeAsync(id, input, ct)))
            .WithName("RevokeExportLicence")
            .WithSummary("Record that the licence was revoked from a date (inclusive) with the reason; from then on reservations and shipments against it are refused with that reason. Existing reservations stay.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/shipments", async Task<Ok<List<ShipmentView>>> (LicenceReader h, CancellationToken ct) => TypedResults.Ok(await h.ShipmentsAsync(null, ct)))
            .WithName("ListExportShipments").WithSummary("Orders and shipments drawing on licences.");

        api.MapPost("/shipments", async Task<Created<ShipmentView>> (ShipmentInput input, ReserveShipmentHandler h, CancellationToken ct) =>
            {
                var v = await h.ReserveAsync(input, ct);
                return TypedResults.Created($"/api/v1/exports/shipments/{v.Id}", v);
            })
            .WithName("ReserveExportShipment")
            .WithSummary("Reserve licence balance for an order. Refused with the reason when it would exceed quantity or value plus tolerance, a party or country is not covered, a condition is breached, or the licence has expired. 409 when another reservation on the same line saved first.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/shipments/{id:int}/ship", async Task<Ok<ShipmentView>> (int id, ShipInput input, ShipOrCancelShipmentHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.ShipAsync(id, input, ct)))
            .WithName("ShipExportShipment").WithSummary("Record the shipment: the reservation is consumed. Refused after the licence's expiry.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/shipments/{id:int}/cancel", async Task<Ok<ShipmentView>> (int id, long? version, ShipOrCancelShipmentHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.CancelAsync(id, version, ct)))
            .WithName("CancelExportShipment").WithSummary("Cancel an order: the reservation is released.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
