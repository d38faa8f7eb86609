using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

using TalentChain.Modules.TalentProgram.Contracts;

using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram.Features.Reviews;

public static class ReviewEndpoints
{
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.ProgramGroup("/api/v1/program/reviews", "Talent program: reviews");

        api.MapGet("/", async Task<Ok<List<ReviewListRow>>> (bool? overdue, int? withinDays, ClaimsPrincipal user, ProgramAccess access, ReviewHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.DueAsync(await access.VisibleParticipantsAsync(user, ct), overdue ?? false, withinDays ?? 60, ct)))
            .WithName("ListDueReviews").WithSummary("Open reviews the caller may see: overdue (?overdue=true) or due within ?withinDays= (default 60), overdue first.");

        api.MapGet("/{reviewId:int}", async Task<Ok<ReviewView>> (int reviewId, ClaimsPrincipal user, ProgramAccess access, ReviewHandlers h, CancellationToken ct) =>
            {
                await access.RequireSeeAsync(user, await h.ParticipantOfAsync(reviewId, ct), ct);
                return TypedResults.Ok(await h.GetAsync(reviewId, ct));
            })
            .WithName("GetReview").WithSummary("A review: due date, self-assessment, mentor input (and which current mentors have given it), decision, skill updates.").Validated();

        api.MapPost("/{reviewId:int}/self-assessment", async Task<NoContent> (int reviewId, TextInput input, ClaimsPrincipal user, ProgramAccess access, ReviewHandlers h, CancellationToken ct) =>
            {
                await h.SubmitSelfAsync(reviewId, input, await access.RequireSeeAsync(user, await h.ParticipantOfAsync(reviewId, ct), ct), ct);
                return TypedResults.NoContent();
            })
            .WithName("SubmitSelfAssessment").WithSummary("The participant's self-assessment.").Validated();

        api.MapPost("/{reviewId:int}/mentor-input", async Task<NoContent> (int reviewId, TextInput input, ClaimsPrincipal user, ProgramAccess access, ReviewHandlers h, CancellationToken ct) =>
            {
                await h.SubmitMentorInputAsync(reviewId, input, await access.RequireSeeAsync(user, await h.ParticipantOfAsync(reviewId, ct), ct), ct);
                return TypedResults.NoContent();
            })
            .WithName("SubmitMentorInput").WithSummary("A current mentor's input (in their mentor role).").Validated();

        api.MapPost("/{reviewId:int}/complete", async Task<Ok<ReviewView>> (int reviewId, CompleteReviewInput input, ClaimsPrincipal user, ProgramAccess access, ReviewHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.CompleteAsync(reviewId, input, await access.RequireSeeAsync(user, await h.ParticipantOfAsync(reviewId, ct), ct), ct)))
            .WithName("CompleteReview").WithSummary("The line manager's decision (OnTrack | AdjustPlan | AtRisk) with skill updates (taxonomyCode, level, evidence): writes the skill records, closes the plan version, opens the next and schedules the next review.").Validated();

        api.MapPost("/{reviewId:int}/reschedule", async Task<NoContent> (int reviewId, RescheduleInput input, ReviewHandlers h, CancellationToken ct) =>
            {
                await h.RescheduleAsync(reviewId, input, ct);
                return TypedResults.NoContent();
            })
            .ManagesProgram(ProgramScope.Review, "reviewId").WithName("RescheduleReview").WithSummary("Move an open review's due date (not on or before the participant's start).").Validated();
        return app;
    }
}
