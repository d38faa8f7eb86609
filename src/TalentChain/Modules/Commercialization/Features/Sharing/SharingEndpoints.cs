using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.Attachments;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.Sharing;

/// <summary>
/// Knowledge-sharing sessions under /api/v1/commercialization/sharing; every route calls the same handler as the pages.
/// The office-only actions (schedule, change, cancel, attendance) take the signed-in policy and are refused by the handler
/// (403 with the reason in the caller's language) for anyone but administrators and technology-transfer officers.
/// </summary>
public static class SharingEndpoints
{
    public const string Prefix = "/api/v1/commercialization/sharing";

    public static IEndpointRouteBuilder MapSharingEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("Commercialization: knowledge-sharing sessions");

        api.MapGet("/", async Task<Ok<SharingList>> (DateOnly? from, DateOnly? to, bool? mine, ClaimsPrincipal user, CommercializationAccess access, SharingHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(await access.ViewerAsync(user, ct), new SharingFilter(from, to, mine ?? false), ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("ListSharingSessions")
            .WithSummary("Upcoming (soonest first) and past (latest first) sessions, visible to every signed-in user; ?from=&to= (dates the session starts, China time), ?mine=true (I speak or registered).");
        api.MapGet("/export", async (string? format, DateOnly? from, DateOnly? to, bool? mine, ClaimsPrincipal user, CommercializationAccess access, SharingExports x, CancellationToken ct) =>
                await x.SessionsAsync(await access.ViewerAsync(user, ct), format, new SharingFilter(from, to, mine ?? false), ct))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("ExportSharingSessions").WithSummary("The session list (same filters) as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        api.MapGet("/{id:int}", async Task<Ok<SharingView>> (int id, ClaimsPrincipal user, CommercializationAccess access, SharingHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(await access.ViewerAsync(user, ct), id, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("GetSharingSession")
            .WithSummary("One session. Linked disclosures are named only to those who may see them (hiddenDisclosures counts the rest); attendee names only for the office, the speaker and administrators (attendees null otherwise: attendeeCount and registered).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/", async Task<Created<SharingView>> (SharingInput input, ClaimsPrincipal user, CommercializationAccess access, SharingHandlers h, CancellationToken ct) =>
            {
                var v = await h.SaveAsync(await access.ViewerAsync(user, ct), null, input, ct);
                return TypedResults.Created($"{Prefix}/{v.Id}", v);
            })
            .RequireAuthorization(CommercializationPolicies.Use).WithName("ScheduleSharingSession")
            .WithSummary("The office schedules a session: topic (≤300), topicZh, speakerNumber, startsAt (not in the past), endsAt (after the start), place, disclosureIds (visible to the caller, neither controlled nor drafts).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPut("/{id:int}", async Task<Ok<SharingView>> (int id, SharingInput input, ClaimsPrincipal user, CommercializationAccess access, SharingHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.SaveAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("UpdateSharingSession")
            .WithSummary("The office changes a session (same fields; version for optimistic concurrency). Registered attendees are notified of a change of topic, time or place.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/{id:int}", async Task<NoContent> (int id, ClaimsPrincipal user, CommercializationAccess access, SharingHandlers h, CancellationToken ct) =>
            {
                await h.CancelAsync(await access.ViewerAsync(user, ct), id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(CommercializationPolicies.Use).WithName("CancelSharingSession")
            .WithSummary("The office cancels a session that has not started (deleted with its materials; registered attendees are notified).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:int}/registration", async Task<Ok<SharingView>> (int id, ClaimsPrincipal user, CommercializationAccess access, SharingHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.RegisterAsync(await access.ViewerAsync(user, ct), id, true, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("RegisterForSharingSession").WithSummary("Register yourself for a session that has not started.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/{id:int}/registration", async Task<Ok<SharingView>> (int id, ClaimsPrincipal user, CommercializationAccess access, SharingHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.RegisterAsync(await access.ViewerAsync(user, ct), id, false, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("UnregisterFromSharingSession").WithSummary("Withdraw your registration before the session starts.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/{id:int}/attendance", async Task<Ok<SharingView>> (int id, AttendanceInput input, ClaimsPrincipal user, CommercializationAccess access, SharingHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.MarkAttendanceAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("MarkSharingAttendance")
            .WithSummary("The office marks who attended (attendedNumbers) once the session has started; registered people not listed are marked absent, others listed are added.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        // Materials (PDF, DOCX, XLSX, PNG, JPEG ≤ 5 MB, content-checked): the office or the speaker uploads, anyone who sees the session downloads.
        api.MapGet("/{id:int}/materials", async Task<Ok<List<AttachmentView>>> (int id, ClaimsPrincipal user, CommercializationAccess access, AttachmentHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(await access.ViewerAsync(user, ct), AttachmentOwner.SharingSession, id, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("ListSharingMaterials").WithSummary("The session's materials (no content).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:int}/materials", async Task<Created<AttachmentView>> (int id, IFormFile file, ClaimsPrincipal user, CommercializationAccess access, AttachmentHandlers h, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var v = await h.AddAsync(await access.ViewerAsync(user, ct), AttachmentOwner.SharingSession, id, null, file.FileName, await AttachmentHandlers.ReadLimitedAsync(stream, ct), ct);
                return TypedResults.Created($"{Prefix}/{id}/materials/{v.Id}", v);
            })
            .RequireAuthorization(CommercializationPolicies.Use).DisableAntiforgery().WithMetadata(new UploadLimitAttribute(AttachmentHandlers.MaxBytes))
            .WithName("AddSharingMaterial")
            .WithSummary("Upload a material (multipart: file). PDF, DOCX, XLSX, PNG, JPEG up to 5 MB; the content must match the extension, zip bombs refused. The office or the speaker.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:int}/materials/{attachmentId:int}", async Task<FileContentHttpResult> (int id, int attachmentId, ClaimsPrincipal user, CommercializationAccess access, AttachmentHandlers h, CancellationToken ct) =>
            {
                var a = await h.DownloadAsync(await access.ViewerAsync(user, ct), AttachmentOwner.SharingSession, id, attachmentId, ct);
                return TypedResults.File(a.Content, a.ContentType, a.FileName);
            })
            .RequireAuthorization(CommercializationPolicies.Use).WithName("DownloadSharingMaterial").WithSummary("Download a material of the session.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/{id:int}/materials/{attachmentId:int}", async Task<NoContent> (int id, int attachmentId, ClaimsPrincipal user, CommercializationAccess access, AttachmentHandlers h, CancellationToken ct) =>
            {
                await h.DeleteAsync(await access.ViewerAsync(user, ct), AttachmentOwner.SharingSession, id, attachmentId, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(CommercializationPolicies.Use).WithName("DeleteSharingMaterial").WithSummary("Delete a material (the office or the speaker).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
