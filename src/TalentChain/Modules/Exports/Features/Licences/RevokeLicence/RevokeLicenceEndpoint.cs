using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.Exports.Features.Licences.RevokeLicence;

internal static class RevokeLicenceEndpoint
{
    public static RouteGroupBuilder MapRevokeLicence(this RouteGroupBuilder api)
    {
        api.MapPost("/licences/{id:int}/revoke", async Task<Ok<LicenceView>> (int id, RevokeInput input, RevokeLicenceHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.RevokeAsync(id, input, ct)))
            .WithName("RevokeExportLicence")
            .WithSummary("Record that the licence was revoked from a date (inclusive) with the reason; from then on reservations and shipments against it are refused with that reason. Existing reservations stay.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }
}
