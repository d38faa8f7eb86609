using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.Exports.Features.Applications.ListApplications;

internal static class ListApplicationsEndpoint
{
    public static RouteGroupBuilder MapListApplications(this RouteGroupBuilder api)
    {
        api.MapGet("/", async Task<Ok<List<ApplicationRow>>> (string? status, ApplicationReader h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(status, ct)))
            .WithName("ListExportApplications").WithSummary("Applications, newest first, with review deadline and working days elapsed/remaining (?status=Pending or a status name).");
        return api;
    }
}
