using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.Exports.Features.Applications.TransitionApplication;

internal static class TransitionApplicationEndpoint
{
    public static RouteGroupBuilder MapTransitionApplication(this RouteGroupBuilder api)
    {
        api.MapPost("/{id:int}/transitions", async Task<Ok<ApplicationView>> (int id, TransitionInput input, TransitionApplicationHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.TransitionAsync(id, input, ct)))
            .WithName("TransitionExportApplication")
            .WithSummary("Move along the lifecycle (To = Ready, Submitted, Accepted, UnderReview, SupplementRequested (DueOn, Policy Continue|Pause|Restart, Note), SupplementProvided, Approved, PartiallyApproved, Rejected, Returned, Withdrawn, Draft). OnDate defaults to today.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }
}
