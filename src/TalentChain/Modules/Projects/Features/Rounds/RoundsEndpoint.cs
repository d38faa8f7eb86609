using TalentChain.Platform.Spreadsheets;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Projects.Features.Exports;
using TalentChain.Platform.Jobs;

namespace TalentChain.Modules.Projects.Features.Rounds;

internal static class RoundsEndpoint
{
    public static RouteGroupBuilder MapPlacementRounds(this RouteGroupBuilder api, IEndpointRouteBuilder app)
    {
        // Reading a round is open to anyone signed in at the door so that the handler can answer 404 for a round the caller
        // may not see (a participant, another program's manager); acting on one needs the manage policy (403).
        var g = api.MapGroup("/rounds");
        g.MapGet("/", async Task<Ok<List<RoundSummary>>> (ClaimsPrincipal user, RoundsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(user, ct)))
            .RequireAuthorization(ProjectsPolicies.Manage).WithName("ListPlacementRounds").WithSummary("Placement rounds of the programs the caller runs.");
        g.MapPost("/", async Task<Created<RoundDetail>> (RoundInput input, ClaimsPrincipal user, RoundsHandler h, CancellationToken ct) =>
            {
                var d = await h.CreateAsync(user, input, ct);
                return TypedResults.Created($"/api/v1/projects/rounds/{d.Round.Id}", d);
            })
            .RequireAuthorization(ProjectsPolicies.Manage).WithName("CreatePlacementRound").WithSummary("Create a round for a cohort of a program the caller runs: participants (default: every selected one), open roles with their named period (default: the role's half-year), weights.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        g.MapGet("/{id:int}", async Task<Ok<RoundDetail>> (int id, ClaimsPrincipal user, RoundsHandler h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(user, id, ct)))
            .WithName("GetPlacementRound").WithSummary("The round: participants, roles, pins and forbids, weights, and the proposal (assignments with value breakdown, unplaced with reasons, objective, optimality, certificate).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        g.MapPut("/{id:int}", async Task<Ok<RoundDetail>> (int id, RoundInput input, ClaimsPrincipal user, RoundsHandler h, CancellationToken ct) => TypedResults.Ok(await h.UpdateAsync(user, id, input, ct)))
            .RequireAuthorization(ProjectsPolicies.Manage).WithName("UpdatePlacementRound").WithSummary("Change participants, roles (with periods) and weights; fields left null are unchanged.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        g.MapGet("/{id:int}/candidates", async Task<Ok<List<CandidateView>>> (int id, ClaimsPrincipal user, RoundsHandler h, CancellationToken ct) => TypedResults.Ok(await h.CandidatesAsync(user, id, ct)))
            .WithName("ListPlacementCandidates").WithSummary("Every competent (participant, role) pair with its development value by criterion; forbidden and pinned pairs marked.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        g.MapPost("/{id:int}/rules", async Task<Ok<RoundDetail>> (int id, RuleInput input, ClaimsPrincipal user, RoundsHandler h, CancellationToken ct) => TypedResults.Ok(await h.SetRuleAsync(user, id, input, ct)))
            .RequireAuthorization(ProjectsPolicies.Manage).WithName("SetPlacementRule").WithSummary("Pin a participant to a role (refused when they do not meet its competence or it overbooks a seat or period) or forbid the pair.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        g.MapDelete("/{id:int}/rules/{ruleId:int}", async Task<Ok<RoundDetail>> (int id, int ruleId, ClaimsPrincipal user, RoundsHandler h, CancellationToken ct) => TypedResults.Ok(await h.RemoveRuleAsync(user, id, ruleId, ct)))
            .RequireAuthorization(ProjectsPolicies.Manage).WithName("RemovePlacementRule").WithSummary("Remove a pin or forbid.").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        g.MapPost("/{id:int}/solve", async Task<Accepted<SolveStarted>> (int id, ClaimsPrincipal user, SolveRound h, CancellationToken ct) =>
            {
                var started = await h.StartAsync(user, id, ct);
                return TypedResults.Accepted($"/api/v1/jobs/{started.JobId}", started);
            })
            .RequireAuthorization(ProjectsPolicies.Manage).WithName("SolvePlacementRound").WithSummary("Start an exact solve as a background job; watch and cancel it at /api/v1/jobs/{jobId}. Only a succeeded run replaces the proposal.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        g.MapGet("/{id:int}/job", async Task<Results<Ok<JobView>, NoContent>> (int id, ClaimsPrincipal user, ProjectsAccess access, JobStatusHandlers jobs, CancellationToken ct) =>
            {
                await access.RequireReadRoundAsync(user, id, ct);
                return await jobs.LatestAsync(SolveRound.Subject(id), ct) is { } job ? TypedResults.Ok(job) : TypedResults.NoContent();
            })
            .WithName("GetPlacementRoundJob").WithSummary("The round's latest solve job (phase, progress, best, bound), if any.").ProducesProblem(StatusCodes.Status404NotFound);
        g.MapPost("/{id:int}/publish", async Task<Ok<RoundDetail>> (int id, ClaimsPrincipal user, PublishRound h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(user, id, ct)))
            .RequireAuthorization(ProjectsPolicies.Manage).WithName("PublishPlacementRound").WithSummary("Publish the proposal: project memberships and a Project activity on each placed participant's plan (republishing updates, never duplicates); participants and line managers notified.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        g.MapPost("/{id:int}/cancel", async Task<Ok<RoundDetail>> (int id, ClaimsPrincipal user, RoundsHandler h, CancellationToken ct) => TypedResults.Ok(await h.CancelAsync(user, id, ct)))
            .RequireAuthorization(ProjectsPolicies.Manage).WithName("CancelPlacementRound").WithSummary("Cancel a round that has not been published.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        g.MapGet("/{id:int}/proposal/export", async (int id, string? format, ClaimsPrincipal user, ProjectsExport export, CancellationToken ct) => await export.ProposalAsync(user, id, format, ct))
            .RequireAuthorization(ProjectsPolicies.Manage).WithName("ExportPlacementProposal").WithSummary("The proposal (assignments with value breakdown, then unplaced with reasons) as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/projects/rounds/{id:int}/proposal/export", async (int id, string? format, ClaimsPrincipal user, ProjectsExport export, CancellationToken ct) => await export.ProposalAsync(user, id, format, ct))
            .RequireAuthorization(ProjectsPolicies.Manage).ExcludeFromDescription();
        return api;
    }
}
