using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.Exports.Features.Licences.ListLicences;

internal static class ListLicencesEndpoint
{
    public static RouteGroupBuilder MapListLicences(this RouteGroupBuilder api)
    {
        api.MapGet("/licences", async Task<Ok<List<LicenceView>>> (LicenceReader h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithName("ListExportLicences").WithSummary("Licences with line balances (licensed, limit with tolerance, reserved, consumed, remaining) and utilisation.");
        return api;
    }
}
