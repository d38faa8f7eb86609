using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.TechnologyChecks;

/// <summary>
/// <c>/api/v1/exports/technology-checks</c> (visible per record: officer and administrators manage, the technology-transfer
/// office and the requester see) and <c>/api/v1/exports/technology-catalogue</c> (the officer's catalogue).
/// </summary>
public static class TechnologyCheckEndpoints
{
    public static IEndpointRouteBuilder MapTechnologyCheckEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/exports/technology-checks").WithTags("Technology export checks").RequireAuthorization(ExportsPolicies.TechnologyChecks);

        api.MapGet("/", async Task<Ok<List<TechnologyCheckRow>>> ([AsParameters] TechnologyCheckQuery query, ClaimsPrincipal user, TechnologyCheckAccess access, TechnologyCheckHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(await access.ViewerAsync(user, ct), query, ct)))
            .WithName("ListTechnologyExportChecks").WithSummary("The checks the caller may see (all for the officer and the technology-transfer office, their own for a requester); ?status=&category=&country=&q=.");

        api.MapGet("/export", async Task<IResult> (string? format, [AsParameters] TechnologyCheckQuery query, ClaimsPrincipal user, TechnologyCheckAccess access, TechnologyCheckHandlers h, CancellationToken ct) =>
                await h.ExportAsync(await access.ViewerAsync(user, ct), format, query, ct))
            .WithName("ExportTechnologyExportChecks").WithSummary("The same list as ?format=csv (default) or xlsx, headers in the request's language.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();

        api.MapGet("/{id:int}", async Task<Ok<TechnologyCheckView>> (int id, ClaimsPrincipal user, TechnologyCheckAccess access, TechnologyCheckHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(await access.ViewerAsync(user, ct), id, ct)))
            .WithName("GetTechnologyExportCheck").WithSummary("One check: technology, counterparty, suggested catalogue items, classification, required documents, history.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/", async Task<Created<TechnologyCheckView>> (TechnologyCheckInput input, ClaimsPrincipal user, TechnologyCheckAccess access, TechnologyCheckHandlers h, CancellationToken ct) =>
            {
                var v = await h.CreateAsync(await access.ViewerAsync(user, ct), input, ct);
                return TypedResults.Created($"/api/v1/exports/technology-checks/{v.Id}", v);
            })
            .RequireAuthorization(ExportsPolicies.Manage)
            .WithName("CreateTechnologyExportCheck").WithSummary("Open a check by hand (officer): technology, taxonomy codes, foreign counterparty, country (ISO alpha-2, not CN), licence or transfer, requester's employee number.")
            .ProducesValidationProblem();

        api.MapPost("/{id:int}/start-review", async Task<Ok<TechnologyCheckView>> (int id, DecisionInput? input, ClaimsPrincipal user, TechnologyCheckAccess access, TechnologyCheckHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.StartReviewAsync(await access.ViewerAsync(user, ct), id, input ?? new DecisionInput(null), ct)))
            .RequireAuthorization(ExportsPolicies.Manage)
            .WithName("StartTechnologyExportCheckReview").WithSummary("Start reviewing a requested check.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id:int}/classify", async Task<Ok<TechnologyCheckView>> (int id, ClassifyInput input, ClaimsPrincipal user, TechnologyCheckAccess access, TechnologyCheckHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ClassifyAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(ExportsPolicies.Manage)
            .WithName("ClassifyTechnologyExportCheck").WithSummary("Classify: Free, or Restricted/Prohibited with the catalogue item of that class.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id:int}/clear", async Task<Ok<TechnologyCheckView>> (int id, DecisionInput? input, ClaimsPrincipal user, TechnologyCheckAccess access, TechnologyCheckHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ClearAsync(await access.ViewerAsync(user, ct), id, input ?? new DecisionInput(null), ct)))
            .RequireAuthorization(ExportsPolicies.Manage)
            .WithName("ClearTechnologyExportCheck").WithSummary("Clear a check in review: refused while a document its class requires is missing, or when the technology is prohibited. Notifies the requester.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id:int}/refuse", async Task<Ok<TechnologyCheckView>> (int id, DecisionInput input, ClaimsPrincipal user, TechnologyCheckAccess access, TechnologyCheckHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.RefuseAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(ExportsPolicies.Manage)
            .WithName("RefuseTechnologyExportCheck").WithSummary("Refuse an open check, with the reason. Notifies the requester.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id:int}/withdraw", async Task<Ok<TechnologyCheckView>> (int id, DecisionInput? input, ClaimsPrincipal user, TechnologyCheckAccess access, TechnologyCheckHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.WithdrawAsync(await access.ViewerAsync(user, ct), id, input ?? new DecisionInput(null), ct)))
            .WithName("WithdrawTechnologyExportCheck").WithSummary("Withdraw an open check (its requester or the officer).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id:int}/documents", async Task<Ok<TechnologyCheckView>> (int id, [FromForm] string? kind, [FromForm] string? reference, IFormFile file,
                ClaimsPrincipal user, TechnologyCheckAccess access, TechnologyCheckHandlers h, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var bytes = await TechnologyCheckHandlers.ReadLimitedAsync(stream, ct);
                return TypedResults.Ok(await h.AttachAsync(await access.ViewerAsync(user, ct), id, kind, reference, file.FileName, bytes, ct));
            })
            .RequireAuthorization(ExportsPolicies.Manage)
            .DisableAntiforgery()
            .WithMetadata(new UploadLimitAttribute(TechnologyCheckHandlers.MaxDocumentBytes))
            .WithName("AttachTechnologyExportCheckDocument")
            .WithSummary("Attach a document (multipart: kind = ContractRegistrationCertificate | LicenceIntent | ExportLicence | Contract | Other, reference = certificate/licence number, file). PDF, JPEG, PNG up to 5 MB; the content must match the extension.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/{id:int}/documents/{documentId:int}", async Task<FileContentHttpResult> (int id, int documentId, ClaimsPrincipal user, TechnologyCheckAccess access, TechnologyCheckHandlers h, CancellationToken ct) =>
            {
                var d = await h.DocumentAsync(await access.ViewerAsync(user, ct), id, documentId, ct);
                return TypedResults.File(d.Content, d.ContentType, d.FileName);
            })
            .WithName("DownloadTechnologyExportCheckDocument").WithSummary("Download a check's document (whoever may see the check).").ProducesProblem(StatusCodes.Status404NotFound);

        // The list page's export link (outside the API group, same handler and visibility).
        app.MapGet("/exports/technology-checks/export", async (string? format, [AsParameters] TechnologyCheckQuery query, ClaimsPrincipal user, TechnologyCheckAccess access, TechnologyCheckHandlers h, CancellationToken ct) =>
                await h.ExportAsync(await access.ViewerAsync(user, ct), format, query, ct))
            .RequireAuthorization(ExportsPolicies.TechnologyChecks).ExcludeFromDescription();

        var catalogue = app.MapGroup("/api/v1/exports/technology-catalogue").WithTags("Technology export checks").RequireAuthorization(ExportsPolicies.Manage);
        catalogue.MapGet("/", async Task<Ok<List<CatalogueItemView>>> (TechnologyCatalogueHandlers h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithName("ListTechnologyCatalogue").WithSummary("The catalogue of technologies prohibited or restricted from export (中国禁止出口限制出口技术目录) as kept here.");
        catalogue.MapGet("/{id:int}", async Task<Ok<CatalogueItemView>> (int id, TechnologyCatalogueHandlers h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, ct)))
            .WithName("GetTechnologyCatalogueItem").WithSummary("One catalogue item.").ProducesProblem(StatusCodes.Status404NotFound);
        catalogue.MapPost("/", async Task<Created<CatalogueItemView>> (CatalogueItemInput input, TechnologyCatalogueHandlers h, CancellationToken ct) =>
            {
                var v = await h.SaveAsync(null, input, ct);
                return TypedResults.Created($"/api/v1/exports/technology-catalogue/{v.Id}", v);
            })
            .WithName("CreateTechnologyCatalogueItem").WithSummary("Add an item: number as published, names, Prohibited or Restricted, taxonomy codes, source document, verified-on, to verify.")
            .ProducesValidationProblem();
        catalogue.MapPut("/{id:int}", async Task<Ok<CatalogueItemView>> (int id, CatalogueItemInput input, TechnologyCatalogueHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.SaveAsync(id, input, ct)))
            .WithName("UpdateTechnologyCatalogueItem").WithSummary("Replace an item's data (version checked when given).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        catalogue.MapDelete("/{id:int}", async Task<NoContent> (int id, TechnologyCatalogueHandlers h, CancellationToken ct) =>
            {
                await h.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteTechnologyCatalogueItem").WithSummary("Delete an item no check is classified under.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
