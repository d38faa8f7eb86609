using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Exports.Features.Applications.Documents;
using TalentChain.Modules.Exports.Features.Applications.DraftApplication;
using TalentChain.Modules.Exports.Features.Applications.TransitionApplication;
using TalentChain.Platform.Calendar;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Applications;

public static class ApplicationEndpoints
{
    public static IEndpointRouteBuilder MapApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/exports/applications").WithTags("Export licensing").RequireAuthorization(ExportsPolicies.Manage);

        api.MapGet("/", async Task<Ok<List<ApplicationRow>>> (string? status, ApplicationReader h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(status, ct)))
            .WithName("ListExportApplications").WithSummary("Applications, newest first, with review deadline and working days elapsed/remaining (?status=Pending or a status name).");

        api.MapGet("/export", (string? format, string? status, ApplicationsExport export, CancellationToken ct) => export.ExportAsync(format, status, ct))
            .WithName("ExportExportApplications").WithSummary("The applications (same ?status= filter) as ?format=csv (default) or xlsx, headers in the request's language.")
            .Produces(StatusCodes.Status200OK, contentType: ApplicationsExport.CsvType).ProducesValidationProblem();

        app.MapGet("/exports/applications/export", (string? format, string? status, ApplicationsExport export, CancellationToken ct) => export.ExportAsync(format, status, ct))
            .RequireAuthorization(ExportsPolicies.Manage).ExcludeFromDescription();

        api.MapGet("/deadlines.ics", async (HttpContext http, DeadlineFeed feed, CancellationToken ct) => Results.Text(await feed.BuildAsync(BaseUrl(http), ct), CalendarFeeds.ContentType))
            .WithName("ExportApplicationDeadlinesCalendar").WithSummary("iCalendar download: review deadlines of pending applications, due dates of open supplement requests, licence expiries. The same dates are in officers' personal feed (/api/v1/me/calendar).")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar");

        app.MapGet("/exports/applications/deadlines.ics", async (HttpContext http, DeadlineFeed feed, CancellationToken ct) => Results.Text(await feed.BuildAsync(BaseUrl(http), ct), CalendarFeeds.ContentType))
            .RequireAuthorization(ExportsPolicies.Manage).ExcludeFromDescription();

        api.MapGet("/{id:int}", async Task<Ok<ApplicationView>> (int id, ApplicationReader h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, ct)))
            .WithName("GetExportApplication").WithSummary("One application: lines, route, documents, checklist, events, supplement requests, allowed transitions.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/", async Task<Created<ApplicationView>> (ApplicationInput input, DraftApplicationHandler h, CancellationToken ct) =>
            {
                var v = await h.CreateAsync(input, ct);
                return TypedResults.Created($"/api/v1/exports/applications/{v.Summary.Id}", v);
            })
            .WithName("CreateExportApplication").WithSummary("Draft an application (Kind New|Amendment; lines in the application's currency; route legs starting in CN).")
            .ProducesValidationProblem();

        api.MapPut("/{id:int}", async Task<Ok<ApplicationView>> (int id, ApplicationInput input, DraftApplicationHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.UpdateAsync(id, input, ct)))
            .WithName("UpdateExportApplication").WithSummary("Change a draft (a ready application returns to draft).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/{id:int}/transitions", async Task<Ok<ApplicationView>> (int id, TransitionInput input, TransitionApplicationHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.TransitionAsync(id, input, ct)))
            .WithName("TransitionExportApplication")
            .WithSummary("Move along the lifecycle (To = Ready, Submitted, Accepted, UnderReview, SupplementRequested (DueOn, Policy Continue|Pause|Restart, Note), SupplementProvided, Approved, PartiallyApproved, Rejected, Returned, Withdrawn, Draft). OnDate defaults to today.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

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
        return app;
    }

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";
}
