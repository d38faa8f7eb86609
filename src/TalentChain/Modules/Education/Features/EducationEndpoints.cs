using TalentChain.Platform.Spreadsheets;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Education.Domain;
using TalentChain.Modules.Education.Features.Claims;
using TalentChain.Modules.Education.Features.Clawbacks;
using TalentChain.Modules.Education.Features.Degrees;
using TalentChain.Modules.Education.Features.Milestones;
using TalentChain.Modules.Education.Features.Policy;
using TalentChain.Modules.Education.Features.Summary;
using TalentChain.Modules.Education.Features.Universities;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Education.Features;

/// <summary>The module's JSON API under /api/v1/education; every route calls the same handler as its page.</summary>
public static class EducationEndpoints
{
    public const string Prefix = "/api/v1/education";

    public static IEndpointRouteBuilder MapEducationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("Education: on-the-job degrees, tuition, service commitments");

        // Degrees and agreements
        api.MapGet("/degrees", async Task<Ok<List<DegreeRow>>> (ClaimsPrincipal user, EducationAccess access, DegreeReader h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(await access.ViewerAsync(user, ct), ct)))
            .RequireAuthorization(EducationPolicies.Use).WithName("ListEducationDegrees")
            .WithSummary("Degrees the caller may see: their own, their reports' (line managers), all (HR, Finance).");
        api.MapGet("/degrees/export", async (string? format, ClaimsPrincipal user, EducationAccess access, EducationExports x, CancellationToken ct) =>
                await x.DegreesAsync(await access.ViewerAsync(user, ct), format, ct))
            .RequireAuthorization(EducationPolicies.Use).WithName("ExportEducationDegrees").WithSummary("The degrees list as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        api.MapPost("/degrees", async Task<Created<DegreeView>> (ApplyInput input, ClaimsPrincipal user, EducationAccess access, ApplyForDegree h, CancellationToken ct) =>
            {
                var v = await h.ApplyAsync(await access.ViewerAsync(user, ct), input, ct);
                return TypedResults.Created($"{Prefix}/degrees/{v.Id}", v);
            })
            .RequireAuthorization(EducationPolicies.Use).WithName("ApplyForDegree")
            .WithSummary("Apply for master's or PhD support (universityId, programme, level Master|Doctorate, startDate, expectedEnd); HR may name employeeNumber. The line manager decides next.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/degrees/{id:int}", async Task<Ok<DegreeView>> (int id, ClaimsPrincipal user, EducationAccess access, DegreeReader h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(await access.ViewerAsync(user, ct), id, ct)))
            .RequireAuthorization(EducationPolicies.Use).WithName("GetEducationDegree")
            .WithSummary("One degree with its agreement, milestones, totals and what the caller may do. 404 when the caller may not see it.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/degrees/{id:int}/manager-decision", async Task<Ok<DegreeView>> (int id, DecisionInput input, ClaimsPrincipal user, EducationAccess access, DecideDegree h, CancellationToken ct) =>
                TypedResults.Ok(await h.DecideAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(EducationPolicies.Use).WithName("DecideEducationDegree")
            .WithSummary("The line manager approves ({approve:true}) or rejects (note required) an application.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/degrees/{id:int}/agreement", async Task<Ok<DegreeView>> (int id, AgreementInput input, ClaimsPrincipal user, EducationAccess access, CreateAgreement h, CancellationToken ct) =>
                TypedResults.Ok(await h.CreateAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(EducationPolicies.Manage).WithName("CreateEducationAgreement")
            .WithSummary("HR signs the training agreement: annualCap, degreeCap, sharePercent, eligibleCostTypes, serviceYears, serviceStart (each defaults to the policy); lays out the milestones.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        // Milestones
        api.MapPut("/degrees/{id:int}/milestones/{milestoneId:int}", async Task<Ok<MilestoneView>> (int id, int milestoneId, MilestoneInput input, ClaimsPrincipal user, EducationAccess access, MilestoneHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.UpdateAsync(await access.ViewerAsync(user, ct), id, milestoneId, input, ct)))
            .RequireAuthorization(EducationPolicies.Use).WithName("UpdateEducationMilestone")
            .WithSummary("Reschedule (dueDate, HR) or complete (completedOn, the person or HR) a milestone; no date before the degree's start.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/degrees/{id:int}/milestones/{milestoneId:int}/evidence", async Task<Ok<MilestoneView>> (int id, int milestoneId, HttpRequest request, ClaimsPrincipal user, EducationAccess access, MilestoneHandlers h, CancellationToken ct) =>
            {
                var form = await request.ReadFormAsync(ct);
                return TypedResults.Ok(await h.AttachAsync(await access.ViewerAsync(user, ct), id, milestoneId, await EducationFiles.ReadAllAsync(form.Files, ct), ct));
            })
            .WithMetadata(new UploadLimitAttribute(EducationFiles.MaxFileBytes))
            .RequireAuthorization(EducationPolicies.Use).WithName("AttachEducationEvidence").Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Attach evidence (multipart: file). PDF, PNG, JPEG, TIFF, DOCX, XLSX up to 5 MB; the content must match the extension.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/degrees/{id:int}/milestones/{milestoneId:int}/evidence/{fileId:int}", async Task<FileContentHttpResult> (int id, int milestoneId, int fileId, ClaimsPrincipal user, EducationAccess access, MilestoneHandlers h, CancellationToken ct) =>
            {
                var f = await h.EvidenceAsync(await access.ViewerAsync(user, ct), id, milestoneId, fileId, ct);
                return TypedResults.File(f.Content, f.ContentType, f.FileName);
            })
            .RequireAuthorization(EducationPolicies.Use).WithName("DownloadEducationEvidence").WithSummary("Download an evidence file.").ProducesProblem(StatusCodes.Status404NotFound);

        // Claims
        api.MapGet("/degrees/{id:int}/claims", async Task<Ok<List<ClaimRow>>> (int id, ClaimsPrincipal user, EducationAccess access, DegreeReader degrees, ClaimHandlers h, CancellationToken ct) =>
            {
                var viewer = await access.ViewerAsync(user, ct);
                await degrees.LoadVisibleAsync(viewer, id, tracked: false, ct);
                return TypedResults.Ok(await h.ListAsync(viewer, null, id, ct));
            })
            .RequireAuthorization(EducationPolicies.Use).WithName("ListEducationDegreeClaims").WithSummary("The degree's tuition claims.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/degrees/{id:int}/claims", async Task<Created<ClaimView>> (int id, HttpRequest request, ClaimsPrincipal user, EducationAccess access, ClaimHandlers h, CancellationToken ct) =>
            {
                var form = await request.ReadFormAsync(ct);
                var input = ClaimFromForm(form);
                var v = await h.SubmitAsync(await access.ViewerAsync(user, ct), id, input, await EducationFiles.ReadAllAsync(form.Files, ct), ct);
                return TypedResults.Created($"{Prefix}/claims/{v.Id}", v);
            })
            .WithMetadata(new UploadLimitAttribute(EducationFiles.MaxFileBytes))
            .RequireAuthorization(EducationPolicies.Use).WithName("SubmitTuitionClaim").Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Submit a tuition claim (multipart: costType, expenseDate yyyy-MM-dd, amount CNY, description, receipts: one or more files). Refused with the reason: ineligible cost type, cap used up, receipt of the wrong type or too large.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/claims", async Task<Ok<List<ClaimRow>>> (string? filter, ClaimsPrincipal user, EducationAccess access, ClaimHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(await access.ViewerAsync(user, ct), filter, null, ct)))
            .RequireAuthorization(EducationPolicies.Use).WithName("ListTuitionClaims")
            .WithSummary("Claims the caller may see; ?filter=manager|hr|pay for those waiting at that step.");
        api.MapGet("/claims/export", async (string? format, string? filter, ClaimsPrincipal user, EducationAccess access, EducationExports x, CancellationToken ct) =>
                await x.ClaimsAsync(await access.ViewerAsync(user, ct), format, filter, ct))
            .RequireAuthorization(EducationPolicies.Use).WithName("ExportTuitionClaims").WithSummary("The claims list as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        api.MapGet("/claims/{id:int}", async Task<Ok<ClaimView>> (int id, ClaimsPrincipal user, EducationAccess access, ClaimHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(await access.ViewerAsync(user, ct), id, ct)))
            .RequireAuthorization(EducationPolicies.Use).WithName("GetTuitionClaim")
            .WithSummary("One claim with its receipts, decisions, the cap reason and what the caller may do. 404 when the caller may not see it.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/claims/{id:int}/receipts/{receiptId:int}", async Task<FileContentHttpResult> (int id, int receiptId, ClaimsPrincipal user, EducationAccess access, ClaimHandlers h, CancellationToken ct) =>
            {
                var r = await h.ReceiptAsync(await access.ViewerAsync(user, ct), id, receiptId, ct);
                return TypedResults.File(r.Content, r.ContentType, r.FileName);
            })
            .RequireAuthorization(EducationPolicies.Use).WithName("DownloadTuitionReceipt").WithSummary("Download a receipt.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/claims/{id:int}/manager-decision", async Task<Ok<ClaimView>> (int id, DecisionInput input, ClaimsPrincipal user, EducationAccess access, ClaimHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ManagerDecideAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(EducationPolicies.Use).WithName("ManagerDecideTuitionClaim").WithSummary("The line manager approves or rejects (note required).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/claims/{id:int}/hr-decision", async Task<Ok<ClaimView>> (int id, DecisionInput input, ClaimsPrincipal user, EducationAccess access, ClaimHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.HrDecideAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(EducationPolicies.Manage).WithName("HrDecideTuitionClaim")
            .WithSummary("HR approves against the agreement (amount × share, cut to the year's and the degree's caps: partly approved with the reason, or refused when nothing is left) or rejects (note required).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/claims/{id:int}/payment", async Task<Ok<ClaimView>> (int id, PayInput input, ClaimsPrincipal user, EducationAccess access, ClaimHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.PayAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(EducationPolicies.Pay).WithName("PayTuitionClaim").WithSummary("Finance records the payment: paidOn (default today), amount (default the approved amount).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        // Service commitment and clawback
        api.MapGet("/clawbacks", async Task<Ok<List<ClawbackRow>>> (ClaimsPrincipal user, EducationAccess access, ClawbackHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(await access.ViewerAsync(user, ct), ct)))
            .RequireAuthorization(EducationPolicies.Use).WithName("ListClawbackCases").WithSummary("Repayment cases the caller may see.");
        api.MapGet("/clawbacks/export", async (string? format, ClaimsPrincipal user, EducationAccess access, EducationExports x, CancellationToken ct) =>
                await x.ClawbacksAsync(await access.ViewerAsync(user, ct), format, ct))
            .RequireAuthorization(EducationPolicies.Use).WithName("ExportClawbackCases").WithSummary("The repayment cases as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        api.MapPost("/clawbacks/scan", async Task<Ok<ScanResult>> (ClawbackHandlers h, CancellationToken ct) => TypedResults.Ok(new ScanResult(await h.OpenDueCasesAsync(ct))))
            .RequireAuthorization(EducationPolicies.Manage).WithName("ScanDeparturesForClawbacks")
            .WithSummary("Open a repayment case for every recorded departure that leaves a service commitment unfulfilled (the daily task does the same).");
        api.MapGet("/clawbacks/{id:int}", async Task<Ok<ClawbackView>> (int id, ClaimsPrincipal user, EducationAccess access, ClawbackHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(await access.ViewerAsync(user, ct), id, ct)))
            .RequireAuthorization(EducationPolicies.Use).WithName("GetClawbackCase").WithSummary("One repayment case with the formula and its figures.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/clawbacks/{id:int}/settle", async Task<Ok<ClawbackView>> (int id, SettleInput input, ClaimsPrincipal user, EducationAccess access, ClawbackHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.SettleAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(EducationPolicies.Pay).WithName("SettleClawbackCase").WithSummary("Finance records the repayment received (amount, settledOn).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/clawbacks/{id:int}/waive", async Task<Ok<ClawbackView>> (int id, WaiveInput input, ClaimsPrincipal user, EducationAccess access, ClawbackHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.WaiveAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(EducationPolicies.Manage).WithName("WaiveClawbackCase").WithSummary("HR waives the repayment (reason required).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        // Universities, policy, aggregates
        api.MapGet("/universities", async Task<Ok<List<UniversityView>>> (UniversityHandlers h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .RequireAuthorization(EducationPolicies.Use).WithName("ListUniversities").WithSummary("Universities, their professors and the training sessions each professor lectures.");
        api.MapGet("/universities/export", async (string? format, EducationExports x, CancellationToken ct) => await x.UniversitiesAsync(format, ct))
            .RequireAuthorization(EducationPolicies.Use).WithName("ExportUniversities").WithSummary("Universities and professors with their lectures as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        api.MapPost("/universities", async Task<Created<UniversityView>> (UniversityInput input, UniversityHandlers h, CancellationToken ct) =>
            {
                var v = await h.AddAsync(input, ct);
                return TypedResults.Created($"{Prefix}/universities/{v.Id}", v);
            })
            .RequireAuthorization(EducationPolicies.Manage).WithName("AddUniversity").WithSummary("Add a university (name, nameZh, city).").ProducesValidationProblem();
        api.MapPost("/universities/{id:int}/professors", async Task<Ok<UniversityView>> (int id, ProfessorInput input, UniversityHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.AddProfessorAsync(id, input, ct)))
            .RequireAuthorization(EducationPolicies.Manage).WithName("AddProfessor").WithSummary("Add a professor (name, nameZh, field).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/policy", async Task<Ok<PolicyView>> (EducationPolicyReader h, CancellationToken ct) => TypedResults.Ok(await h.ViewAsync(ct)))
            .RequireAuthorization(EducationPolicies.Use).WithName("GetEducationPolicy").WithSummary("Caps and service years per degree level, eligible cost types, reimbursed share by grade band.");
        api.MapPut("/policy", async Task<Ok<PolicyView>> (PolicyView input, ClaimsPrincipal user, EducationAccess access, UpdatePolicy h, CancellationToken ct) =>
                TypedResults.Ok(await h.UpdateAsync(await access.ViewerAsync(user, ct), input, ct)))
            .RequireAuthorization(EducationPolicies.Manage).WithName("UpdateEducationPolicy")
            .WithSummary("HR changes the policy for agreements signed from now on: caps and service years per level, eligible cost types, share bands (no overlaps, grades 1–20).")
            .ProducesValidationProblem();
        api.MapGet("/summary", async Task<Ok<List<UnitSummary>>> (EducationSummary h, CancellationToken ct) => TypedResults.Ok(await h.PerUnitAsync(ct)))
            .RequireAuthorization(EducationPolicies.Summary).WithName("GetEducationSummary").WithSummary("Per unit: active degrees, overdue milestones, claims, approved and paid totals, open repayments. No person-level data.");
        api.MapGet("/summary/export", async (string? format, EducationExports x, CancellationToken ct) => await x.SummaryAsync(format, ct))
            .RequireAuthorization(EducationPolicies.Summary).WithName("ExportEducationSummary").WithSummary("The per-unit summary as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        return app;
    }

    public sealed record ScanResult(int Opened);

    /// <summary>The claim's fields from a multipart form; unparseable values become null (reported as missing).</summary>
    public static ClaimInput ClaimFromForm(IFormCollection form)
    {
        CostType? cost = Enum.TryParse<CostType>(form["costType"].ToString(), true, out var c) && Enum.IsDefined(c) ? c : null;
        DateOnly? date = DateOnly.TryParseExact(form["expenseDate"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        decimal? amount = decimal.TryParse(form["amount"].ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var a) ? a : null;
        return new ClaimInput(cost, date, amount, form["description"].ToString());
    }
}
