using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.Exports.Features.Licences.ReserveShipment;

internal static class ReserveShipmentEndpoint
{
    public static RouteGroupBuilder MapReserveShipment(this RouteGroupBuilder api)
    {
        api.MapPost("/shipments", async Task<Created<ShipmentView>> (ShipmentInput input, ReserveShipmentHandler h, CancellationToken ct) =>
            {
                var v = await h.ReserveAsync(input, ct);
                return TypedResults.Created($"/api/v1/exports/shipments/{v.Id}", v);
            })
            .WithName("ReserveExportShipment")
            .WithSummary("Reserve licence balance for an order. Refused with the reason when it would exceed quantity or value plus tolerance, a party or country is not covered, a condition is breached, or the licence has expired. 409 when another reservation on the same line saved first.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }
}
