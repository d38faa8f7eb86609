using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.Mentoring.Features.Relationships;

namespace TalentChain.Modules.Mentoring.Features.EndRelationship;

public static class EndRelationshipEndpoints
{
    public static RouteGroupBuilder MapEndRelationship(this RouteGroupBuilder api)
    {
        var rel = api.MapGroup("/relationships/{id:int}");
        rel.MapPost("/complete", async Task<NoContent> (int id, CompleteInput input, ClaimsPrincipal user, RelationshipsHandler relationships, EndRelationshipHandler h, CancellationToken ct) =>
            {
                var caller = await relationships.RequireAsync(user, id, r => r.Participant || r.Manager, ct);
                await h.CompleteAsync(id, input, caller, ct);
                return TypedResults.NoContent();
            })
            .WithName("CompleteMentoringRelationship").WithSummary("Complete the relationship (participant or program manager); the participant's optional rating 1–5 feeds the mentor's rating history.").Validated();

        rel.MapPost("/rematch", async Task<NoContent> (int id, RematchInput input, ClaimsPrincipal user, RelationshipsHandler relationships, EndRelationshipHandler h, CancellationToken ct) =>
            {
                await relationships.RequireAsync(user, id, r => r.Participant || r.Manager, ct);
                await h.RequestRematchAsync(id, input, ct);
                return TypedResults.NoContent();
            })
            .WithName("RequestMentoringRematch").WithSummary("Ask for another mentor with a reason (participant or program manager): the relationship ends and the slot goes to the waitlist.").Validated();
        return api;
    }
}
