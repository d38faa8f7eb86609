using TalentChain.Platform.Spreadsheets;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Careers.Features.Overview;

namespace TalentChain.Modules.Careers.Features.Ladders;

internal static class LaddersEndpoint
{
    public static RouteGroupBuilder MapLadders(this RouteGroupBuilder api, IEndpointRouteBuilder app)
    {
        api.MapGet("/ladders/export", (string? format, CareersExport export, CancellationToken ct) => export.LaddersAsync(format, ct))
            .WithName("ExportCareerLadders").WithSummary("Every level of every ladder with its requirements as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        app.MapGet("/careers/ladders/export", (string? format, CareersExport export, CancellationToken ct) => export.LaddersAsync(format, ct))
            .RequireAuthorization(CareersPolicies.Use).ExcludeFromDescription();
        api.MapGet("/ladders", async Task<Ok<List<LadderView>>> (LaddersHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithName("ListCareerLadders").WithSummary("Tracks and title series with their ordered levels and each level's requirements.");
        api.MapGet("/ladders/{id:int}", async Task<Ok<LadderView>> (int id, LaddersHandler h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, ct)))
            .WithName("GetCareerLadder").WithSummary("One ladder with its levels.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/ladders", async Task<Created<LadderView>> (LadderInput input, LaddersHandler h, CancellationToken ct) =>
            {
                var v = await h.CreateAsync(input, ct);
                return TypedResults.Created($"/api/v1/careers/ladders/{v.Id}", v);
            })
            .RequireAuthorization(CareersPolicies.Manage)
            .WithName("CreateCareerLadder").WithSummary("Add a track (Kind Track, with People's Track) or a title series (Kind TitleSeries).").ProducesValidationProblem();
        api.MapPost("/ladders/{id:int}/levels", async Task<Ok<LadderView>> (int id, LevelInput input, LaddersHandler h, CancellationToken ct) => TypedResults.Ok(await h.AddLevelAsync(id, input, ct)))
            .RequireAuthorization(CareersPolicies.Manage)
            .WithName("AddCareerLadderLevel").WithSummary("Add the next level on top of a ladder with its requirements (years at the level below, minimum education, evidence types; engineering rank only on the engineering series).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/ladders/bundled", async Task<Ok<int>> (LaddersHandler h, CancellationToken ct) => TypedResults.Ok(await h.LoadBundledAsync(ct)))
            .RequireAuthorization(CareersPolicies.Manage)
            .WithName("LoadBundledCareerLadders").WithSummary("Load the bundled tracks and title series that are missing (idempotent); answers how many were added.");
        return api;
    }
}
