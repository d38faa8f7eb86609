using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.Exports.Features.Licences.ListShipments;

internal static class ListShipmentsEndpoint
{
    public static RouteGroupBuilder MapListShipments(this RouteGroupBuilder api)
    {
        api.MapGet("/shipments", async Task<Ok<List<ShipmentView>>> (LicenceReader h, CancellationToken ct) => TypedResults.Ok(await h.ShipmentsAsync(null, ct)))
            .WithName("ListExportShipments").WithSummary("Orders and shipments drawing on licences.");
        return api;
    }
}
