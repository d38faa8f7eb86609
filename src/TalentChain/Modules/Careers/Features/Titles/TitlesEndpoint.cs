using TalentChain.Platform.Spreadsheets;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Careers.Features.Appointments;
using TalentChain.Modules.Careers.Features.Overview;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Careers.Features.Titles;

internal static class TitlesEndpoint
{
    public static RouteGroupBuilder MapTitles(this RouteGroupBuilder api, IEndpointRouteBuilder app)
    {
        api.MapGet("/committees", async Task<Ok<List<CommitteeView>>> (TitleCalls h, CancellationToken ct) => TypedResults.Ok(await h.CommitteesAsync(ct)))
            .RequireAuthorization(CareersPolicies.Manage).WithName("ListCareerCommittees").WithSummary("Appointment and title committees with their members.");
        api.MapPost("/committees", async Task<Ok<CommitteeView>> (CommitteeInput input, TitleCalls h, CancellationToken ct) => TypedResults.Ok(await h.CreateCommitteeAsync(input, ct)))
            .RequireAuthorization(CareersPolicies.Manage).WithName("CreateCareerCommittee").WithSummary("A committee: names and members by employee number.").ProducesValidationProblem();

        var calls = api.MapGroup("/title-calls");
        calls.MapGet("/", async Task<Ok<List<TitleCallView>>> (TitleCalls h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithName("ListTitleCalls").WithSummary("The annual title calls (series, year, deadline, pass rule, committee).");
        calls.MapGet("/{id:int}", async Task<Ok<TitleCallView>> (int id, TitleCalls h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, ct)))
            .WithName("GetTitleCall").WithSummary("One call.").ProducesProblem(StatusCodes.Status404NotFound);
        calls.MapPost("/", async Task<Created<TitleCallView>> (TitleCallInput input, TitleCalls h, CancellationToken ct) =>
            {
                var v = await h.CreateAsync(input, ct);
                return TypedResults.Created($"/api/v1/careers/title-calls/{v.Id}", v);
            })
            .RequireAuthorization(CareersPolicies.Manage)
            .WithName("CreateTitleCall").WithSummary("Announce a call: title series, year, deadline, pass threshold (PassNumerator/PassDenominator, default 2/3 of the members voting), committee, notice working days (default 5).")
            .ProducesValidationProblem();

        var g = api.MapGroup("/title-applications");
        g.MapGet("/", async Task<Ok<List<TitleApplicationRow>>> (int? callId, ClaimsPrincipal user, TitleApplications h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(user, callId, ct)))
            .WithName("ListTitleApplications").WithSummary("The applications the caller may see: own, reports', their committee's (once recommended); all for program managers.");
        g.MapGet("/export", (string? format, int? callId, ClaimsPrincipal user, CareersExport export, CancellationToken ct) => export.TitlesAsync(user, format, callId, ct))
            .WithName("ExportTitleApplications").WithSummary("The same list as ?format=csv (default) or xlsx.").Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        g.MapGet("/{id:int}", async Task<Ok<TitleApplicationView>> (int id, ClaimsPrincipal user, TitleApplications h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(user, id, ct)))
            .WithName("GetTitleApplication").WithSummary("One application with its eligibility check (each requirement named), evidence, recommendation, scores and votes, notice.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        g.MapPost("/", async Task<Created<TitleApplicationView>> (ApplyInput input, ClaimsPrincipal user, TitleApplications h, CancellationToken ct) =>
            {
                var v = await h.CreateAsync(user, input, ct);
                return TypedResults.Created($"/api/v1/careers/title-applications/{v.Id}", v);
            })
            .WithName("CreateTitleApplication").WithSummary("Apply to a call for a level of its series (for yourself; program managers may name an EmployeeNumber).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        g.MapPost("/{id:int}/evidence", async Task<Created<EvidenceView>> (int id, [FromForm] string? type, [FromForm] string? description, IFormFile file, ClaimsPrincipal user,
                TitleApplications h, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var v = await h.AttachAsync(user, id, type, description, file.FileName, await TitleApplications.ReadLimitedAsync(stream, ct), ct);
                return TypedResults.Created($"/api/v1/careers/title-applications/{id}/evidence/{v.Id}", v);
            })
            .DisableAntiforgery()
            .WithMetadata(new UploadLimitAttribute(TitleApplications.MaxEvidenceBytes))
            .WithName("AttachTitleEvidence").WithSummary("Attach evidence (multipart: type Paper|Patent|Project|Award|Training, description, file). PDF, PNG, JPEG, TIFF, DOCX, XLSX up to 5 MB; the content must match the extension.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        g.MapGet("/{id:int}/evidence/{evidenceId:int}", async Task<FileContentHttpResult> (int id, int evidenceId, ClaimsPrincipal user, TitleApplications h, CancellationToken ct) =>
            {
                var e = await h.EvidenceFileAsync(user, id, evidenceId, ct);
                return TypedResults.File(e.Content, e.ContentType, e.FileName);
            })
            .WithName("DownloadTitleEvidence").WithSummary("Download a piece of evidence.").ProducesProblem(StatusCodes.Status404NotFound);
        g.MapPost("/{id:int}/submit", async Task<Ok<TitleApplicationView>> (int id, ClaimsPrincipal user, TitleApplications h, CancellationToken ct) => TypedResults.Ok(await h.SubmitAsync(user, id, ct)))
            .WithName("SubmitTitleApplication").WithSummary("Submit before the call's deadline; refused with each unmet requirement (years at the level below, education, evidence) as a field error.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        g.MapPost("/{id:int}/recommendation", async Task<Ok<TitleApplicationView>> (int id, RecommendInput input, ClaimsPrincipal user, TitleApplications h, CancellationToken ct) =>
                TypedResults.Ok(await h.RecommendAsync(user, id, input, ct)))
            .WithName("RecommendTitleApplication").WithSummary("The unit's recommendation (the applicant's line manager or a program manager); the committee is asked to vote.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        g.MapPost("/{id:int}/votes", async Task<Ok<TitleApplicationView>> (int id, VoteInput input, ClaimsPrincipal user, TitleApplications h, CancellationToken ct) => TypedResults.Ok(await h.VoteAsync(user, id, input, ct)))
            .WithName("VoteOnTitleApplication").WithSummary("A committee member's score (0–100), vote (Approve, Reject, Abstain) and comment; anyone else is refused (403).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        g.MapPost("/{id:int}/decision", async Task<Ok<TitleApplicationView>> (int id, DecideInput input, ClaimsPrincipal user, TitleApplications h, CancellationToken ct) => TypedResults.Ok(await h.DecideAsync(user, id, input, ct)))
            .RequireAuthorization(CareersPolicies.Manage)
            .WithName("DecideTitleApplication").WithSummary("Close the vote: passed when approvals ≥ the call's threshold × members voting (abstentions count as voting) → public notice; else not passed.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        g.MapPost("/{id:int}/objections", async Task<Ok<ObjectionView>> (int id, ObjectionInput input, TitleApplications h, CancellationToken ct) => TypedResults.Ok(await h.ObjectAsync(id, input, ct)))
            .WithName("ObjectToTitleApplication").WithSummary("Record an objection during the public notice (anyone signed in).").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        g.MapPost("/{id:int}/objections/{objectionId:int}/resolution", async Task<Ok<TitleApplicationView>> (int id, int objectionId, ResolveInput input, ClaimsPrincipal user, TitleApplications h, CancellationToken ct) =>
                TypedResults.Ok(await h.ResolveAsync(user, id, objectionId, input, ct)))
            .RequireAuthorization(CareersPolicies.Manage)
            .WithName("ResolveTitleObjection").WithSummary("Resolve an objection with a note.").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        g.MapPost("/{id:int}/grant", async Task<Ok<TitleApplicationView>> (int id, GrantInput input, ClaimsPrincipal user, TitleApplications h, CancellationToken ct) => TypedResults.Ok(await h.GrantAsync(user, id, input, ct)))
            .RequireAuthorization(CareersPolicies.Manage)
            .WithName("GrantTitle").WithSummary("After the notice with no open objection: certificate number and date; People's timeline records the title (and the engineering rank for the engineering series).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/careers/titles/export", (string? format, int? callId, ClaimsPrincipal user, CareersExport export, CancellationToken ct) => export.TitlesAsync(user, format, callId, ct))
            .RequireAuthorization(CareersPolicies.Use).ExcludeFromDescription();
        return api;
    }
}
