using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Applications.Documents;

internal static class ApplicationDocumentsEndpoint
{
    public static RouteGroupBuilder MapApplicationDocuments(this RouteGroupBuilder api)
    {
        api.MapPost("/{id:int}/documents", async Task<Created<DocumentView>> (int id, [FromForm] string? kind, IFormFile file, ApplicationDocumentsHandler h, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var v = await h.AttachAsync(id, kind, file.FileName, await ApplicationDocumentsHandler.ReadLimitedAsync(stream, ct), ct);
                return TypedResults.Created($"/api/v1/exports/applications/{id}/documents/{v.Id}", v);
            })
            .DisableAntiforgery()
            .WithMetadata(new UploadLimitAttribute(ApplicationDocumentsHandler.MaxDocumentBytes))
            .WithName("AttachExportApplicationDocument").WithSummary("Attach a file (multipart: kind, file). PDF, PNG, JPEG, TIFF, DOCX, XLSX up to 5 MB; the content must match the extension.")
            .ProducesValidationProblem();

        api.MapGet("/{id:int}/documents/{documentId:int}", async Task<FileContentHttpResult> (int id, int documentId, ApplicationDocumentsHandler h, CancellationToken ct) =>
            {
                var d = await h.DocumentAsync(id, documentId, ct);
                return TypedResults.File(d.Content, d.ContentType, d.FileName);
            })
            .WithName("DownloadExportApplicationDocument").WithSummary("Download an attached file.").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
