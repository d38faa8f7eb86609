using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.Exports.Features.Licences.LicenceDetail;

internal static class LicenceDetailEndpoint
{
    public static RouteGroupBuilder MapLicenceDetail(this RouteGroupBuilder api)
    {
        api.MapGet("/licences/{id:int}", async Task<Ok<LicenceView>> (int id, LicenceReader h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, ct)))
            .WithName("GetExportLicence").WithSummary("One licence with its shipments.").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
