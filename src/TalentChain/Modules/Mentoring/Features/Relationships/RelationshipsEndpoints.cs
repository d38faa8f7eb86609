using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Mentoring.Web;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.Mentoring.Features.Relationships;

public static class RelationshipsEndpoints
{
    public static RouteGroupBuilder MapRelationships(this RouteGroupBuilder api)
    {
        var rel = api.MapGroup("/relationships/{id:int}");
        rel.MapGet("/", async Task<Ok<RelationshipView>> (int id, ClaimsPrincipal user, RelationshipsHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(user, id, ct)))
            .WithName("GetMentoringRelationship").WithSummary("A mentoring relationship with its meeting log: the mentor, the participant, program managers; executives read.").Validated();
        return api;
    }
}
