using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Platform.Spreadsheets;

namespace TalentChain.Modules.Commercialization.Features.Legal;

/// <summary>Legal advisory (法务咨询) under /api/v1/commercialization/legal; every route calls the same handler as its page.</summary>
public static class LegalEndpoints
{
    public static IEndpointRouteBuilder MapLegalEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(CommercializationEndpoints.Prefix + "/legal").WithTags("Commercialization: disclosures, evaluation, IP protection, legal advisory, sharing sessions");

        api.MapGet("", async Task<Ok<List<LegalRequestRow>>> (LegalRequestStatus? status, LegalRequestKind? kind, bool? mine, bool? overdue, ClaimsPrincipal user,
                CommercializationAccess access, LegalHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(await access.ViewerAsync(user, ct), new LegalFilter(status, kind, mine ?? false, overdue ?? false), ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("ListLegalRequests")
            .WithSummary("Legal requests the caller may see (need-to-know: office, requester, assigned counsel; other counsel and the disclosure's inventors unless it is controlled); ?status=, ?kind=, ?mine=true (requested by or assigned to me), ?overdue=true. Overdue rows are flagged.");
        api.MapGet("/export", async (string? format, LegalRequestStatus? status, LegalRequestKind? kind, bool? mine, bool? overdue, ClaimsPrincipal user,
                CommercializationAccess access, LegalExports x, CancellationToken ct) =>
                await x.RequestsAsync(await access.ViewerAsync(user, ct), format, new LegalFilter(status, kind, mine ?? false, overdue ?? false), ct))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("ExportLegalRequests").WithSummary("The legal request list (same filters, same rows) as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        api.MapGet("/{id:int}", async Task<Ok<LegalRequestView>> (int id, ClaimsPrincipal user, CommercializationAccess access, LegalHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(await access.ViewerAsync(user, ct), id, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("GetLegalRequest")
            .WithSummary("One legal request: question, what it is about, counsel, due date (overdue flagged), opinion and conclusion, and what the caller may do. 404 when the caller may not see it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("", async Task<Created<LegalRequestView>> (LegalRequestInput input, ClaimsPrincipal user, CommercializationAccess access, LegalHandlers h, CancellationToken ct) =>
            {
                var v = await h.CreateAsync(await access.ViewerAsync(user, ct), input, ct);
                return TypedResults.Created($"{CommercializationEndpoints.Prefix}/legal/{v.Id}", v);
            })
            .RequireAuthorization(CommercializationPolicies.Use).WithName("CreateLegalRequest")
            .WithSummary("File a request: kind FreedomToOperate|LicenceReview|TransferReview|Infringement|Other, question (≤4000), optional disclosureId, patentFamilyId, conversionProjectId (each must be visible: 404), dueOn (not in the past; default FTO 30 days, contract review 10, infringement 15, other 20). The office, IP counsel, an inventor of the disclosure or a member of the project; unlinked: the office or counsel.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:int}/assign", async Task<Ok<LegalRequestView>> (int id, LegalAssignInput input, ClaimsPrincipal user, CommercializationAccess access, LegalHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.AssignAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("AssignLegalRequest")
            .WithSummary("The office assigns counsel (counselNumber: an employee with an IP counsel account) and may change dueOn; the request is in progress and counsel is notified. version for optimistic concurrency.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:int}/answer", async Task<Ok<LegalRequestView>> (int id, LegalAnswerInput input, ClaimsPrincipal user, CommercializationAccess access, LegalHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.AnswerAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("AnswerLegalRequest")
            .WithSummary("The assigned counsel (or the office) answers: outcome (≤8000) and conclusion NoObjection|ProceedWithConditions|DoNotProceed|Inconclusive; the requester is notified.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:int}/close", async Task<Ok<LegalRequestView>> (int id, LegalCloseInput? input, ClaimsPrincipal user, CommercializationAccess access, LegalHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.CloseAsync(await access.ViewerAsync(user, ct), id, input ?? new LegalCloseInput(), ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("CloseLegalRequest").WithSummary("The requester or the office closes the request.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
