using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Platform.Auth;

namespace TalentChain.Modules.People.Features.OrgUnits;

public static class OrgUnitEndpoints
{
    public static IEndpointRouteBuilder MapOrgUnitEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/org-units").WithTags("Org units").RequireAuthorization(Policies.SignedIn);

        api.MapGet("/", async Task<Ok<List<OrgUnitView>>> (OrgUnitHandlers units, CancellationToken ct) =>
                TypedResults.Ok(await units.ListAsync(ct)))
            .WithName("ListOrgUnits")
            .WithSummary("All org units in tree order (depth-first, children by code), each with its depth, parent and head count of active employees.");

        api.MapGet("/{id:int}", async Task<Ok<OrgUnitView>> (int id, OrgUnitHandlers units, CancellationToken ct) =>
                TypedResults.Ok(await units.GetAsync(id, ct)))
            .WithName("GetOrgUnit")
            .WithSummary("One org unit.");

        api.MapPost("/", async Task<Created<OrgUnitView>> (OrgUnitInput input, OrgUnitHandlers units, CancellationToken ct) =>
            {
                var created = await units.CreateAsync(input, ct);
                return TypedResults.Created($"/api/v1/org-units/{created.Id}", created);
            })
            .RequireAuthorization(Policies.PeopleManage)
            .WithName("CreateOrgUnit")
            .WithSummary("Create a unit. Code: unique, A–Z, 0–9 and '-', 2–40 characters. Segment: e.g. \"Separation\".");

        api.MapPut("/{id:int}", async Task<Ok<OrgUnitView>> (int id, OrgUnitInput input, OrgUnitHandlers units, CancellationToken ct) =>
                TypedResults.Ok(await units.UpdateAsync(id, input, ct)))
            .RequireAuthorization(Policies.PeopleManage)
            .WithName("UpdateOrgUnit")
            .WithSummary("Change a unit. Send the version you read: a stale version gets 409 and nothing is written. A unit cannot move under itself or its descendants.");

        api.MapDelete("/{id:int}", async Task<NoContent> (int id, long? version, OrgUnitHandlers units, CancellationToken ct) =>
            {
                await units.DeleteAsync(id, version, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PeopleManage)
            .WithName("DeleteOrgUnit")
            .WithSummary("Delete a unit that has no employees and no sub-units (optional ?version= for a concurrency check).");
        return app;
    }
}
