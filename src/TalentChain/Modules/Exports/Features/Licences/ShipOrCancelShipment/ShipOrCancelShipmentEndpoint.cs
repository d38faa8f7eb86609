using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.Exports.Features.Licences.ShipOrCancelShipment;

internal static class ShipOrCancelShipmentEndpoint
{
    public static RouteGroupBuilder MapShipOrCancelShipment(this RouteGroupBuilder api)
    {
        api.MapPost("/shipments/{id:int}/ship", async Task<Ok<ShipmentView>> (int id, ShipInput input, ShipOrCancelShipmentHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.ShipAsync(id, input, ct)))
            .WithName("ShipExportShipment").WithSummary("Record the shipment: the reservation is consumed. Refused after the licence's expiry.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/shipments/{id:int}/cancel", async Task<Ok<ShipmentView>> (int id, long? version, ShipOrCancelShipmentHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.CancelAsync(id, version, ct)))
            .WithName("CancelExportShipment").WithSummary("Cancel an order: the reservation is released.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }
}
