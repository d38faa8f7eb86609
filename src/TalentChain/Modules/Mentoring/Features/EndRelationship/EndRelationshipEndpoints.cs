using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Modules.Mentoring.Features.Relationships;


using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.Mentoring.Features.EndRelationship;

public static class EndRelationshipEndpoints
{
    public static RouteGroupBuilder MapEndRelationship(this RouteGroupBuilder api)
    {
        var rel = api.MapGroup("/relationships/{id:int}");
        rel.MapPost("/complete", async Task<NoContent> (int id, CompleteInput input, ClaimsPrincipal user, EndRelationshipHandler h, CancellationToken ct) =>
            {
                await h.CompleteAsync(user, id, input, ct);
                return TypedResults.NoContent();
            })
            .WithName("CompleteMentoringRelationship").WithSummary("Complete the relationship (participant or program manager); the participant's optional rating 1–5 feeds the mentor's rating history.").Validated();

        rel.MapPost("/rematch", async Task<NoContent> (int id, RematchInput input, ClaimsPrincipal user, EndRelationshipHandler h, CancellationToken ct) =>
            {
                await h.RequestRematchAsync(user, id, input, ct);
                return TypedResults.NoContent();
            })
            .WithName("RequestMentoringRematch").WithSummary("Ask for another mentor with a reason (participant or program manager): the relationship ends and the slot goes to the waitlist.").Validated();
        return api;
    }
}
