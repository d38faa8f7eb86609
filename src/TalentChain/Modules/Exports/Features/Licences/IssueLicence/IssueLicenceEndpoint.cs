using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.Exports.Features.Licences.IssueLicence;

internal static class IssueLicenceEndpoint
{
    public static RouteGroupBuilder MapIssueLicence(this RouteGroupBuilder api)
    {
        api.MapPost("/licences", async Task<Created<LicenceView>> (LicenceInput input, IssueLicenceHandler h, CancellationToken ct) =>
            {
                var v = await h.IssueAsync(input, ct);
                return TypedResults.Created($"/api/v1/exports/licences/{v.Id}", v);
            })
            .WithName("IssueExportLicence").WithSummary("Record the licence granted for an approved application (Individual ≤ 1 year, General ≤ 3 years; tolerance %; conditions).")
            .ProducesValidationProblem();
        return api;
    }
}
