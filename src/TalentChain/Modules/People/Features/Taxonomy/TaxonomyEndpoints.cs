using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Platform.Auth;

namespace TalentChain.Modules.People.Features.Taxonomy;

public static class TaxonomyEndpoints
{
    public static IEndpointRouteBuilder MapTaxonomyEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/taxonomy").WithTags("Taxonomy").RequireAuthorization(Policies.SignedIn);

        api.MapGet("/", async Task<Ok<List<TaxonomyNodeView>>> (ClaimsPrincipal user, TaxonomyHandlers taxonomy, CancellationToken ct) =>
                TypedResults.Ok(await taxonomy.ListAsync(user, ct)))
            .WithName("ListTaxonomy")
            .WithSummary("The expertise taxonomy in tree order (segment → technology → skill); each skill with its active holders per level 0–4 (null for need-to-know skills unless the caller may see the expertise roster).");

        api.MapGet("/levels", Ok<List<ProficiencyLevelView>> (TaxonomyHandlers taxonomy) => TypedResults.Ok(taxonomy.Levels()))
            .WithName("ListProficiencyLevels")
            .WithSummary("The proficiency levels 0–4 with their names and written definitions, in the request's language.");

        api.MapGet("/{id:int}", async Task<Ok<TaxonomyNodeView>> (int id, ClaimsPrincipal user, TaxonomyHandlers taxonomy, CancellationToken ct) =>
                TypedResults.Ok(await taxonomy.GetAsync(id, user, ct)))
            .WithName("GetTaxonomyNode")
            .WithSummary("One taxonomy node.");

        api.MapPost("/", async Task<Created<TaxonomyNodeView>> (TaxonomyNodeInput input, TaxonomyHandlers taxonomy, CancellationToken ct) =>
            {
                var created = await taxonomy.CreateAsync(input, ct);
                return TypedResults.Created($"/api/v1/taxonomy/{created.Id}", created);
            })
            .RequireAuthorization(Policies.TaxonomyManage)
            .WithName("CreateTaxonomyNode")
            .WithSummary("Create a node. Code: unique, A–Z, 0–9 and '.', up to 60 characters. A segment has no parent, a technology sits under a segment, a skill under a technology.");

        api.MapPut("/{id:int}", async Task<Ok<TaxonomyNodeView>> (int id, TaxonomyNodeInput input, TaxonomyHandlers taxonomy, CancellationToken ct) =>
                TypedResults.Ok(await taxonomy.UpdateAsync(id, input, ct)))
            .RequireAuthorization(Policies.TaxonomyManage)
            .WithName("UpdateTaxonomyNode")
            .WithSummary("Change a node. Send the version you read: a stale version gets 409 and nothing is written.");

        api.MapDelete("/{id:int}", async Task<NoContent> (int id, long? version, TaxonomyHandlers taxonomy, CancellationToken ct) =>
            {
                await taxonomy.DeleteAsync(id, version, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.TaxonomyManage)
            .WithName("DeleteTaxonomyNode")
            .WithSummary("Delete a node without children and without skill records (optional ?version= for a concurrency check).");
        return app;
    }
}
