using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Exports.Features.Calendars;

namespace TalentChain.Modules.Exports.Features.ControlList;

public static class ControlListEndpoints
{
    public static IEndpointRouteBuilder MapControlListEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/exports").WithTags("Export licensing").RequireAuthorization(ExportsPolicies.Manage);

        api.MapGet("/control-list", async Task<Ok<ControlListView>> (DateOnly? asOf, ControlListHandlers h, MaterialHandlers m, CancellationToken ct) =>
                TypedResults.Ok(await h.AsOfAsync(asOf ?? m.Today, ct)))
            .WithName("GetExportControlList")
            .WithSummary("The control list as of a date (default today): entries in force, entries not in force (not yet effective or suspended), and the announcements.");

        api.MapPost("/announcements", async Task<Created<AnnouncementView>> (AnnouncementInput input, ControlListHandlers h, MaterialHandlers m, CancellationToken ct) =>
            {
                var v = await h.SaveAnnouncementAsync(null, input, m.Today, ct);
                return TypedResults.Created($"/api/v1/exports/announcements/{v.Id}", v);
            })
            .WithName("CreateExportAnnouncement").WithSummary("Add a regulatory announcement (effective-from, optional suspension window).")
            .ProducesValidationProblem();

        api.MapPut("/announcements/{id:int}", async Task<Ok<AnnouncementView>> (int id, AnnouncementInput input, ControlListHandlers h, MaterialHandlers m, CancellationToken ct) =>
                TypedResults.Ok(await h.SaveAnnouncementAsync(id, input, m.Today, ct)))
            .WithName("UpdateExportAnnouncement").WithSummary("Change an announcement; send the version you read (409 when stale).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/control-entries", async Task<Created<ControlEntryView>> (ControlEntryInput input, ControlListHandlers h, MaterialHandlers m, CancellationToken ct) =>
            {
                var v = await h.SaveEntryAsync(null, input, m.Today, ct);
                return TypedResults.Created($"/api/v1/exports/control-entries/{v.Id}", v);
            })
            .WithName("CreateExportControlEntry").WithSummary("Add a control-list entry (code, element, forms, reference HS codes) under an announcement.")
            .ProducesValidationProblem();

        api.MapPut("/control-entries/{id:int}", async Task<Ok<ControlEntryView>> (int id, ControlEntryInput input, ControlListHandlers h, MaterialHandlers m, CancellationToken ct) =>
                TypedResults.Ok(await h.SaveEntryAsync(id, input, m.Today, ct)))
            .WithName("UpdateExportControlEntry").WithSummary("Change a control-list entry; send the version you read (409 when stale).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/materials", async Task<Ok<List<MaterialView>>> (DateOnly? asOf, MaterialHandlers h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(asOf, ct)))
            .WithName("ListExportMaterials").WithSummary("Materials with composition and their classification against the control list as of a date.");

        api.MapGet("/materials/{id:int}", async Task<Ok<MaterialView>> (int id, DateOnly? asOf, MaterialHandlers h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, asOf, ct)))
            .WithName("GetExportMaterial").WithSummary("One material with its classification (matching rules explained).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/materials", async Task<Created<MaterialView>> (MaterialInput input, MaterialHandlers h, CancellationToken ct) =>
            {
                var v = await h.SaveAsync(null, input, ct);
                return TypedResults.Created($"/api/v1/exports/materials/{v.Id}", v);
            })
            .WithName("CreateExportMaterial").WithSummary("Add a material: code, form (Metal, Alloy, Target, Oxide, Compound, Mixture, MagnetMaterial), composition in wt %.")
            .ProducesValidationProblem();

        api.MapPut("/materials/{id:int}", async Task<Ok<MaterialView>> (int id, MaterialInput input, MaterialHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.SaveAsync(id, input, ct)))
            .WithName("UpdateExportMaterial").WithSummary("Change a material and its composition.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/parties", async Task<Ok<List<PartyView>>> (MaterialHandlers h, CancellationToken ct) => TypedResults.Ok(await h.PartiesAsync(ct)))
            .WithName("ListExportParties").WithSummary("Parties with roles (Exporter, Consignee, EndUser, Forwarder) and countries.");

        api.MapPost("/parties", async Task<Created<PartyView>> (PartyInput input, MaterialHandlers h, CancellationToken ct) =>
            {
                var v = await h.SavePartyAsync(null, input, ct);
                return TypedResults.Created($"/api/v1/exports/parties/{v.Id}", v);
            })
            .WithName("CreateExportParty").WithSummary("Add a party.").ProducesValidationProblem();

        api.MapPut("/parties/{id:int}", async Task<Ok<PartyView>> (int id, PartyInput input, MaterialHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.SavePartyAsync(id, input, ct)))
            .WithName("UpdateExportParty").WithSummary("Change a party.").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapExportCalendars();
        return app;
    }
}
