using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.Exports.Features.Applications.ApplicationDetail;

internal static class ApplicationDetailEndpoint
{
    public static RouteGroupBuilder MapApplicationDetail(this RouteGroupBuilder api)
    {
        api.MapGet("/{id:int}", async Task<Ok<ApplicationView>> (int id, ApplicationReader h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, ct)))
            .WithName("GetExportApplication").WithSummary("One application: lines, route, documents, checklist, events, supplement requests, allowed transitions.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
