using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.Attachments;
using TalentChain.Modules.Commercialization.Features.Disclosures;
using TalentChain.Modules.Commercialization.Features.Evaluations;
using TalentChain.Modules.Commercialization.Features.Patents;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features;

/// <summary>The module's JSON API under /api/v1/commercialization; every route calls the same handler as its page.</summary>
public static class CommercializationEndpoints
{
    public const string Prefix = "/api/v1/commercialization";

    public static IEndpointRouteBuilder MapCommercializationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("Commercialization: disclosures, evaluation, IP protection, legal advisory, sharing sessions");

        // Invention disclosures
        api.MapGet("/disclosures", async Task<Ok<List<DisclosureRow>>> (DisclosureStatus? status, ChainSegment? segment, int? year, bool? mine, string? q, ClaimsPrincipal user,
                CommercializationAccess access, DisclosureHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(await access.ViewerAsync(user, ct), new DisclosureFilter(status, segment, year, mine ?? false, q), ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("ListDisclosures")
            .WithSummary("Invention disclosures the caller may see (need-to-know, ADR 0049); ?status=, ?segment=, ?year= (conception), ?mine=true (I am an inventor), ?q= (number or title).");
        api.MapGet("/disclosures/export", async (string? format, DisclosureStatus? status, ChainSegment? segment, int? year, bool? mine, string? q, ClaimsPrincipal user,
                CommercializationAccess access, CommercializationExports x, CancellationToken ct) =>
                await x.DisclosuresAsync(await access.ViewerAsync(user, ct), format, new DisclosureFilter(status, segment, year, mine ?? false, q), ct))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("ExportDisclosures").WithSummary("The disclosure list (same filters) as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        api.MapGet("/disclosures/{id:int}", async Task<Ok<DisclosureView>> (int id, ClaimsPrincipal user, CommercializationAccess access, DisclosureHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(await access.ViewerAsync(user, ct), id, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("GetDisclosure")
            .WithSummary("One disclosure: inventors and shares, technologies (controlled ones named), dates, decision. A line manager of an inventor gets title and status only. 404 when the caller may not see it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/disclosures", async Task<Created<DisclosureView>> (DisclosureInput input, ClaimsPrincipal user, CommercializationAccess access, DisclosureHandlers h, CancellationToken ct) =>
            {
                var v = await h.SaveAsync(await access.ViewerAsync(user, ct), null, input, ct);
                return TypedResults.Created($"{Prefix}/disclosures/{v.Id}", v);
            })
            .RequireAuthorization(CommercializationPolicies.Use).WithName("CreateDisclosure")
            .WithSummary("Create a draft: title, titleZh, abstract, inventors [{employeeNumber, sharePercent}] (two decimals, total exactly 100.00; the caller among them unless the office), technologyCodes, conceptionDate, segment, sensitivity. Controlled technologies set it Controlled.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPut("/disclosures/{id:int}", async Task<Ok<DisclosureView>> (int id, DisclosureInput input, ClaimsPrincipal user, CommercializationAccess access, DisclosureHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.SaveAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("UpdateDisclosure").WithSummary("Replace a draft (its inventors or the office; version for optimistic concurrency).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/disclosures/{id:int}/submit", async Task<Ok<DisclosureView>> (int id, long? version, ClaimsPrincipal user, CommercializationAccess access, DisclosureHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.SubmitAsync(await access.ViewerAsync(user, ct), id, version, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("SubmitDisclosure").WithSummary("Submit a draft to the office; the disclosure date is today.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        // Evaluation
        api.MapGet("/disclosures/{id:int}/evaluation", async Task<Ok<EvaluationView>> (int id, ClaimsPrincipal user, CommercializationAccess access, EvaluationHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(await access.ViewerAsync(user, ct), id, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("GetEvaluation").WithSummary("The evaluation: each member's scores, the means, the decision.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/disclosures/{id:int}/evaluation", async Task<Ok<EvaluationView>> (int id, OpenEvaluationInput input, ClaimsPrincipal user, CommercializationAccess access, EvaluationHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.OpenAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Office).WithName("OpenEvaluation").WithSummary("The office opens the evaluation of a submitted disclosure with committee members (memberNumbers; inventors refused by name).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/disclosures/{id:int}/evaluation/scores", async Task<Ok<EvaluationView>> (int id, ScoreInput input, ClaimsPrincipal user, CommercializationAccess access, EvaluationHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ScoreAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("ScoreDisclosure").WithSummary("A committee member's scores (novelty 1–5, trl 1–9, market 1–5, strategicFit 1–5, comment); editable until the decision.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/disclosures/{id:int}/evaluation/decision", async Task<Ok<EvaluationView>> (int id, DecisionInput input, ClaimsPrincipal user, CommercializationAccess access, EvaluationHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.DecideAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Office).WithName("DecideDisclosure")
            .WithSummary("The office decides (decision FilePatent|TradeSecret|Publish|Drop, reasons required). Publish refused for a controlled disclosure; TradeSecret registers the secret in Knowledge with the inventors and extraHolderNumbers as holders, in one transaction.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        // IP protection
        api.MapGet("/ip", async Task<Ok<IpDashboard>> (ClaimsPrincipal user, CommercializationAccess access, PatentHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.DashboardAsync(await access.ViewerAsync(user, ct), ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("IpDashboard").WithSummary("Deadlines due in the next 90 days, overdue deadlines, and the patent families the caller may see.");
        api.MapGet("/ip/deadlines/export", async (string? format, ClaimsPrincipal user, CommercializationAccess access, CommercializationExports x, CancellationToken ct) =>
                await x.DeadlinesAsync(await access.ViewerAsync(user, ct), format, ct))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("ExportIpDeadlines").WithSummary("Overdue and upcoming deadlines as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        api.MapPost("/ip/families", async Task<Created<FamilyView>> (FamilyInput input, ClaimsPrincipal user, CommercializationAccess access, PatentHandlers h, CancellationToken ct) =>
            {
                var v = await h.CreateAsync(await access.ViewerAsync(user, ct), input, ct);
                return TypedResults.Created($"{Prefix}/ip/families/{v.Id}", v);
            })
            .RequireAuthorization(CommercializationPolicies.Office).WithName("CreatePatentFamily").WithSummary("Open a patent family for a submitted disclosure (disclosureId, title, ownerNumber: default owner of its deadlines).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/ip/families/{id:int}", async Task<Ok<FamilyView>> (int id, ClaimsPrincipal user, CommercializationAccess access, PatentHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(await access.ViewerAsync(user, ct), id, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("GetPatentFamily").WithSummary("A family with its filings and computed deadlines (state, owner, provisional when the working-day calendar does not cover the date).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/ip/families/{id:int}/filings", async Task<Ok<FamilyView>> (int id, FilingInput input, ClaimsPrincipal user, CommercializationAccess access, PatentHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.SaveFilingAsync(await access.ViewerAsync(user, ct), id, null, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Counsel).WithName("AddPatentFiling")
            .WithSummary("Add a filing (office, kind, parentFilingId for a national phase, applicationNumber, filingDate, priorityDate, status, grantDate, patentNumber); deadlines are recomputed.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/ip/families/{id:int}/filings/{filingId:int}", async Task<Ok<FamilyView>> (int id, int filingId, FilingInput input, ClaimsPrincipal user, CommercializationAccess access, PatentHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.SaveFilingAsync(await access.ViewerAsync(user, ct), id, filingId, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Counsel).WithName("UpdatePatentFiling").WithSummary("Change a filing (status, grant date and number …); deadlines are recomputed.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/ip/families/{id:int}/filings/{filingId:int}/office-actions", async Task<Ok<FamilyView>> (int id, int filingId, OfficeActionInput input, ClaimsPrincipal user, CommercializationAccess access, PatentHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.AddOfficeActionAsync(await access.ViewerAsync(user, ct), id, filingId, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Counsel).WithName("AddOfficeAction").WithSummary("Record an office action (noticeDate, periodMonths; default 4 for a first CNIPA notice, 2 for later ones): a response deadline.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/ip/families/{id:int}/deadlines/{deadlineId:int}", async Task<Ok<FamilyView>> (int id, int deadlineId, DeadlineInput input, ClaimsPrincipal user, CommercializationAccess access, PatentHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.SetDeadlineAsync(await access.ViewerAsync(user, ct), id, deadlineId, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("UpdateIpDeadline")
            .WithSummary("Set a deadline's owner (ownerNumber; the office or counsel) or mark it done (doneOn, not in the future; also the deadline's owner).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        // Disclosure attachments (lab notebook, report, other)
        api.MapGet("/disclosures/{id:int}/attachments", async Task<Ok<List<AttachmentView>>> (int id, ClaimsPrincipal user, CommercializationAccess access, AttachmentHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(await access.ViewerAsync(user, ct), id, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("ListDisclosureAttachments")
            .WithSummary("The files of a disclosure (no content). 404 when the caller may not read the full disclosure.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/disclosures/{id:int}/attachments", async Task<Created<AttachmentView>> (int id, [FromForm] string? kind, IFormFile file, ClaimsPrincipal user,
                CommercializationAccess access, AttachmentHandlers h, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var v = await h.AddAsync(await access.ViewerAsync(user, ct), id, kind, file.FileName, await AttachmentHandlers.ReadLimitedAsync(stream, ct), ct);
                return TypedResults.Created($"{Prefix}/disclosures/{id}/attachments/{v.Id}", v);
            })
            .RequireAuthorization(CommercializationPolicies.Use).DisableAntiforgery().WithMetadata(new UploadLimitAttribute(AttachmentHandlers.MaxBytes))
            .WithName("AddDisclosureAttachment")
            .WithSummary("Attach a file to a draft (multipart: kind LabNotebook|Report|Other, file). PDF, DOCX, XLSX, PNG, JPEG up to 5 MB; the content must match the extension, zip bombs refused. Its inventors or the office.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/disclosures/{id:int}/attachments/{attachmentId:int}", async Task<FileContentHttpResult> (int id, int attachmentId, ClaimsPrincipal user,
                CommercializationAccess access, AttachmentHandlers h, CancellationToken ct) =>
            {
                var a = await h.DownloadAsync(await access.ViewerAsync(user, ct), id, attachmentId, ct);
                return TypedResults.File(a.Content, a.ContentType, a.FileName);
            })
            .RequireAuthorization(CommercializationPolicies.Use).WithName("DownloadDisclosureAttachment")
            .WithSummary("Download a file of a disclosure. 404 when the caller may not read the full disclosure.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/disclosures/{id:int}/attachments/{attachmentId:int}", async Task<NoContent> (int id, int attachmentId, ClaimsPrincipal user,
                CommercializationAccess access, AttachmentHandlers h, CancellationToken ct) =>
            {
                await h.DeleteAsync(await access.ViewerAsync(user, ct), id, attachmentId, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(CommercializationPolicies.Use).WithName("DeleteDisclosureAttachment").WithSummary("Delete a file of a draft (its inventors or the office).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
