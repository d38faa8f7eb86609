using TalentChain.Platform.Spreadsheets;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Modules.Labs.Features.BadgeLog;
using TalentChain.Modules.Labs.Features.Grants;
using TalentChain.Modules.Labs.Features.Qualifications;
using TalentChain.Modules.Labs.Features.Units;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Labs.Features;

/// <summary>What the signed-in person holds and has asked for.</summary>
public sealed record MyLabsView(int? EmployeeId, List<QualificationRecordView> Qualifications, List<GrantRow> Grants);

/// <summary>The module's JSON API under /api/v1/labs; every route calls the same handler as its page.</summary>
public static class LabsEndpoints
{
    public const string Prefix = "/api/v1/labs";

    public static IEndpointRouteBuilder MapLabsEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("Labs: R&D centres, qualifications, access grants, badge logs");

        // Labs as data
        api.MapGet("/units", async Task<Ok<List<LabRow>>> (ClaimsPrincipal user, LabsAccess access, LabUnits h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(await access.ViewerAsync(user, ct), ct)))
            .RequireAuthorization(LabsPolicies.Use).WithName("ListLabUnits")
            .WithSummary("Centres, labs and restricted areas as a tree (depth-first), with managers, required qualifications (inherited marked) and counts of grants and requests.");
        api.MapGet("/units/{id:int}", async Task<Ok<LabView>> (int id, ClaimsPrincipal user, LabsAccess access, LabUnits h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(await access.ViewerAsync(user, ct), id, ct)))
            .RequireAuthorization(LabsPolicies.Use).WithName("GetLabUnit")
            .WithSummary("One unit with its areas and the grants and requests the caller may see (all of them for its managers and the safety administration).").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/units", async Task<Created<LabRow>> (LabUnitInput input, ClaimsPrincipal user, LabsAccess access, LabUnits h, CancellationToken ct) =>
            {
                var r = await h.SaveAsync(await access.ViewerAsync(user, ct), null, input, ct);
                return TypedResults.Created($"{Prefix}/units/{r.Id}", r);
            })
            .RequireAuthorization(LabsPolicies.Administer).WithName("CreateLabUnit")
            .WithSummary("Create a centre, lab or area: kind, parentId, code, name, nameZh, segment, site, managers and deputies (employee numbers), qualifications (type codes).").ProducesValidationProblem();
        api.MapPut("/units/{id:int}", async Task<Ok<LabRow>> (int id, LabUnitInput input, ClaimsPrincipal user, LabsAccess access, LabUnits h, CancellationToken ct) =>
                TypedResults.Ok(await h.SaveAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(LabsPolicies.Administer).WithName("UpdateLabUnit")
            .WithSummary("Replace a unit's data, managers and required qualifications.").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/summary", async Task<Ok<List<LabSummaryRow>>> (LabUnits h, CancellationToken ct) => TypedResults.Ok(await h.SummaryAsync(ct)))
            .RequireAuthorization(LabsPolicies.Summary).WithName("LabsSummary").WithSummary("Counts per centre and lab (active, suspended, pending, holders); no names.");
        api.MapGet("/summary/export", async (string? format, LabsExports x, CancellationToken ct) => await x.SummaryAsync(format, ct))
            .RequireAuthorization(LabsPolicies.Summary).WithName("ExportLabsSummary").WithSummary("The counts per lab as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();

        // Qualification types
        api.MapGet("/qualification-types", async Task<Ok<List<QualificationTypeView>>> (QualificationTypes h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .RequireAuthorization(LabsPolicies.Use).WithName("ListQualificationTypes").WithSummary("Qualification types with validity (months) and the catalog courses that grant them.");
        api.MapPost("/qualification-types", async Task<Created<QualificationTypeView>> (QualificationTypeInput input, QualificationTypes h, CancellationToken ct) =>
            {
                var v = await h.SaveAsync(null, input, ct);
                return TypedResults.Created($"{Prefix}/qualification-types/{v.Id}", v);
            })
            .RequireAuthorization(LabsPolicies.Administer).WithName("CreateQualificationType")
            .WithSummary("Create a type: code, name, nameZh, description, validityMonths (1–120), courseCodes (catalog courses whose pass grants it).").ProducesValidationProblem();
        api.MapPut("/qualification-types/{id:int}", async Task<Ok<QualificationTypeView>> (int id, QualificationTypeInput input, QualificationTypes h, CancellationToken ct) =>
                TypedResults.Ok(await h.SaveAsync(id, input, ct)))
            .RequireAuthorization(LabsPolicies.Administer).WithName("UpdateQualificationType").WithSummary("Replace a type's names, validity and granting courses.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        // Qualifications of people
        api.MapGet("/my", async Task<Ok<MyLabsView>> (ClaimsPrincipal user, LabsAccess access, QualificationRecords q, GrantHandlers g, TalentChainDbContext db, CancellationToken ct) =>
            {
                var v = await access.ViewerAsync(user, ct);
                if (v.EmployeeId is not { } me) return TypedResults.Ok(new MyLabsView(null, [], []));
                return TypedResults.Ok(new MyLabsView(me, await q.ViewsAsync(db.QualificationRecords.Where(r => r.EmployeeId == me), ct), await g.ListAsync(v, null, null, true, ct)));
            })
            .RequireAuthorization(LabsPolicies.Use).WithName("MyLabAccess").WithSummary("The caller's own qualifications (with state and days left) and requests and grants.");
        api.MapGet("/people/{employeeId:int}/qualifications", async Task<Ok<PersonQualificationsView>> (int employeeId, ClaimsPrincipal user, LabsAccess access, QualificationRecords h, CancellationToken ct) =>
                TypedResults.Ok(await h.PersonAsync(await access.ViewerAsync(user, ct), employeeId, ct)))
            .RequireAuthorization(LabsPolicies.Use).WithName("GetPersonQualifications")
            .WithSummary("A person's qualification records. 404 unless the caller is the person, their line manager, their program's manager, a manager of a lab they asked to enter, or the safety administration.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/people/{employeeId:int}/qualifications", async Task<Created<QualificationRecordView>> (int employeeId, HttpRequest request, ClaimsPrincipal user, LabsAccess access, QualificationRecords h, CancellationToken ct) =>
            {
                var form = await request.ReadFormAsync(ct);
                var input = new ManualQualificationInput(form["typeCode"], FormDate(form, "grantedOn"), FormDate(form, "expiresOn"), form["note"]);
                var v = await h.RecordAsync(await access.ViewerAsync(user, ct), employeeId, input, await LabsFiles.ReadLimitedAsync(form.Files.GetFile("evidence"), LabsFiles.MaxEvidenceBytes, ct), ct);
                return TypedResults.Created($"{Prefix}/qualifications/{v.Id}", v);
            })
            .WithMetadata(new UploadLimitAttribute(LabsFiles.MaxEvidenceBytes))
            .RequireAuthorization(LabsPolicies.Use).WithName("RecordQualification").Accepts<IFormFile>("multipart/form-data")
            .WithSummary("A lab manager or the safety administration records a qualification (multipart: typeCode, grantedOn, expiresOn optional (default granted + validity), note, evidence: PDF/JPEG/PNG up to 5 MB). Reinstates suspended access it cures.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/qualifications/{id:int}/revoke", async Task<Ok<QualificationRecordView>> (int id, RevokeInput input, ClaimsPrincipal user, LabsAccess access, QualificationRecords h, CancellationToken ct) =>
                TypedResults.Ok(await h.RevokeAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(LabsPolicies.Use).WithName("RevokeQualification").WithSummary("Revoke a qualification record (reason required); grants that needed it are suspended at once.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/qualifications/{id:int}/evidence", async Task<FileContentHttpResult> (int id, ClaimsPrincipal user, LabsAccess access, QualificationRecords h, CancellationToken ct) =>
            {
                var f = await h.EvidenceAsync(await access.ViewerAsync(user, ct), id, ct);
                return TypedResults.File(f.Content, f.ContentType, f.FileName);
            })
            .RequireAuthorization(LabsPolicies.Use).WithName("DownloadQualificationEvidence").WithSummary("Download the evidence file of a manually recorded qualification.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/qualifications/export", async (string? format, ClaimsPrincipal user, LabsAccess access, LabsExports x, CancellationToken ct) =>
                await x.QualificationsAsync(await access.ViewerAsync(user, ct), format, ct))
            .RequireAuthorization(LabsPolicies.Use).WithName("ExportQualifications").WithSummary("Every qualification record the caller may see as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();

        // Access requests and grants
        api.MapGet("/grants", async Task<Ok<List<GrantRow>>> (int? unitId, GrantStatus? status, ClaimsPrincipal user, LabsAccess access, GrantHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(await access.ViewerAsync(user, ct), unitId, status, false, ct)))
            .RequireAuthorization(LabsPolicies.Use).WithName("ListLabGrants").WithSummary("Requests and grants the caller may see; ?unitId= (with its areas), ?status=Requested|Active|Suspended|Expired|Revoked|Rejected.");
        api.MapGet("/grants/export", async (string? format, int? unitId, GrantStatus? status, ClaimsPrincipal user, LabsAccess access, LabsExports x, CancellationToken ct) =>
                await x.GrantsAsync(await access.ViewerAsync(user, ct), format, unitId, status, ct))
            .RequireAuthorization(LabsPolicies.Use).WithName("ExportLabGrants").WithSummary("The grants list as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        api.MapPost("/grants", async Task<Created<GrantView>> (AccessRequestInput input, ClaimsPrincipal user, LabsAccess access, GrantHandlers h, CancellationToken ct) =>
            {
                var v = await h.RequestAsync(await access.ViewerAsync(user, ct), input, ct);
                return TypedResults.Created($"{Prefix}/grants/{v.Id}", v);
            })
            .RequireAuthorization(LabsPolicies.Use).WithName("RequestLabAccess")
            .WithSummary("Ask for access to a lab or area (unitId, reason, from, to) for yourself, or (employeeId) as the person's line manager. The lab's managers are told.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/grants/{id:int}", async Task<Ok<GrantView>> (int id, ClaimsPrincipal user, LabsAccess access, GrantHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(await access.ViewerAsync(user, ct), id, ct)))
            .RequireAuthorization(LabsPolicies.Use).WithName("GetLabGrant")
            .WithSummary("One request or grant with the check of its required qualifications (each missing one, each expiring before the end with its date). 404 when the caller may not see it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/grants/{id:int}/approve", async Task<Ok<GrantView>> (int id, ApproveInput input, ClaimsPrincipal user, LabsAccess access, GrantHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ApproveAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(LabsPolicies.Use).WithName("ApproveLabAccess")
            .WithSummary("The lab's manager approves: endsOn required (not before the start, within the requested period), startsOn optional. Refused with each missing qualification named; nothing written.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/grants/{id:int}/reject", async Task<Ok<GrantView>> (int id, ReasonInput input, ClaimsPrincipal user, LabsAccess access, GrantHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.RejectAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(LabsPolicies.Use).WithName("RejectLabAccess").WithSummary("The lab's manager rejects a request (reason required).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/grants/{id:int}/revoke", async Task<Ok<GrantView>> (int id, ReasonInput input, ClaimsPrincipal user, LabsAccess access, GrantHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.RevokeAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(LabsPolicies.Use).WithName("RevokeLabAccess").WithSummary("The lab's manager revokes an active or suspended grant (reason required).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        // Badge log
        api.MapPost("/badge-log", async Task<Results<Ok<BadgeImportResult>, UnprocessableEntity<BadgeImportResult>>> (HttpRequest request, ClaimsPrincipal user, LabsAccess access, BadgeLogImport h, CancellationToken ct) =>
            {
                var form = await request.ReadFormAsync(ct);
                var r = await h.ImportAsync(await access.ViewerAsync(user, ct), await LabsFiles.ReadLimitedAsync(form.Files.GetFile("file"), LabsFiles.MaxLogBytes, ct), ct);
                return r.Succeeded ? TypedResults.Ok(r) : TypedResults.UnprocessableEntity(r);
            })
            .WithMetadata(new UploadLimitAttribute(LabsFiles.MaxLogBytes))
            .RequireAuthorization(LabsPolicies.Administer).WithName("ImportBadgeLog").Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Import a door-access log (multipart: file, CSV or XLSX up to 10 MB, ≤ 50,000 rows; columns time, number, area). All-or-nothing: 422 with every problem (row, column, message in English and Chinese) and nothing written.");
        api.MapGet("/badge-log/report", async Task<Ok<BadgeReportView>> (DateOnly? from, DateOnly? to, ClaimsPrincipal user, LabsAccess access, BadgeReport h, CancellationToken ct) =>
                TypedResults.Ok(await h.ReportAsync(await access.ViewerAsync(user, ct), from, to, ct)))
            .RequireAuthorization(LabsPolicies.Use).WithName("BadgeLogReport")
            .WithSummary("Per lab: entries, unauthorised entries, people; and the unauthorised entries with the reason — every lab for the safety administration, their labs for lab managers, counts only for executives.");
        api.MapGet("/badge-log/export", async (string? format, DateOnly? from, DateOnly? to, bool? unauthorisedOnly, ClaimsPrincipal user, LabsAccess access, LabsExports x, CancellationToken ct) =>
                await x.BadgeEntriesAsync(await access.ViewerAsync(user, ct), format, from, to, unauthorisedOnly ?? false, ct))
            .RequireAuthorization(LabsPolicies.Use).WithName("ExportBadgeLog").WithSummary("The badge entries the caller may see (?unauthorisedOnly=true for the flagged ones) as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        return app;
    }

    private static DateOnly? FormDate(IFormCollection form, string key) =>
        DateOnly.TryParseExact(form[key].ToString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
}
