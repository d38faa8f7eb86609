using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.Exports.Features.Applications.DraftApplication;

internal static class DraftApplicationEndpoint
{
    public static RouteGroupBuilder MapDraftApplication(this RouteGroupBuilder api)
    {
        api.MapPost("/", async Task<Created<ApplicationView>> (ApplicationInput input, DraftApplicationHandler h, CancellationToken ct) =>
            {
                var v = await h.CreateAsync(input, ct);
                return TypedResults.Created($"/api/v1/exports/applications/{v.Summary.Id}", v);
            })
            .WithName("CreateExportApplication").WithSummary("Draft an application (Kind New|Amendment; lines in the application's currency; route legs starting in CN).")
            .ProducesValidationProblem();

        api.MapPut("/{id:int}", async Task<Ok<ApplicationView>> (int id, ApplicationInput input, DraftApplicationHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.UpdateAsync(id, input, ct)))
            .WithName("UpdateExportApplication").WithSummary("Change a draft (a ready application returns to draft).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }
}
