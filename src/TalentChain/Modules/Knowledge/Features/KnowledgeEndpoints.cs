using TalentChain.Platform.Spreadsheets;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.Knowledge.Features.Access;
using TalentChain.Modules.Knowledge.Features.Coverage;
using TalentChain.Modules.Knowledge.Features.Departures;
using TalentChain.Modules.Knowledge.Features.FlightRisk;
using TalentChain.Modules.Knowledge.Features.Register;
using TalentChain.Modules.Knowledge.Features.Roster;
using TalentChain.Modules.Knowledge.Features.Succession;
using TalentChain.Modules.Knowledge.Features.Turnover;

namespace TalentChain.Modules.Knowledge.Features;

/// <summary>The module's JSON API under /api/v1/knowledge; every route calls the same handler as its page.</summary>
public static class KnowledgeEndpoints
{
    public sealed record CoverageApiRow(
        int CriticalTechnologyId, string Code, string Name, string Segment, string Sensitivity, int RequiredLevel, int TargetHolders,
        int Holders, decimal? EffectiveHolders, decimal? Coverage, bool Flagged,
        int HoldersAfterDepartures, decimal? EffectiveAfterDepartures, decimal? CoverageAfterDepartures, bool FlaggedAfterDepartures,
        IReadOnlyList<CoverageHolderApi>? HolderList);

    public sealed record CoverageHolderApi(int EmployeeId, string EmployeeNumber, string Name, int Level, decimal? Weight, bool Leaving);

    public sealed record CoverageApi(DateTimeOffset? ComputedAt, decimal Threshold, IReadOnlyList<CoverageApiRow> Technologies);

    public sealed record RevokeInput(string? Reason);

    public sealed record ActionStatusInput(ActionStatus Status);

    public static IEndpointRouteBuilder MapKnowledgeEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/knowledge").WithTags("Knowledge continuity");

        // Register and settings
        api.MapGet("/technologies", async Task<Ok<List<CriticalTechnologyView>>> (ClaimsPrincipal user, KnowledgeAccess access, RegisterHandlers h, CancellationToken ct) =>
            {
                var list = await h.ListAsync(ct);
                // Executives see aggregates only: no owner names.
                if ((await access.ScopeAsync(user, ct)).AggregatesOnly) list = [.. list.Select(t => t with { OwnerEmployeeId = null, OwnerName = null })];
                return TypedResults.Ok(list);
            })
            .RequireAuthorization(KnowledgePolicies.View).WithName("ListCriticalTechnologies")
            .WithSummary("The critical-technology register: sensitivity, required level, target holders, owner (not for executives), segment.");
        api.MapPost("/technologies", async Task<Created<CriticalTechnologyView>> (CriticalTechnologyInput input, RegisterHandlers h, CancellationToken ct) =>
            {
                var v = await h.SaveAsync(null, input, ct);
                return TypedResults.Created($"/api/v1/knowledge/technologies/{v.Id}", v);
            })
            .RequireAuthorization(KnowledgePolicies.Officer).WithName("CreateCriticalTechnology")
            .WithSummary("Mark a taxonomy technology (or skill) critical. 400 with field errors on bad input.").ProducesValidationProblem();
        api.MapPut("/technologies/{id:int}", async Task<Ok<CriticalTechnologyView>> (int id, CriticalTechnologyInput input, RegisterHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.SaveAsync(id, input, ct)))
            .RequireAuthorization(KnowledgePolicies.Officer).WithName("UpdateCriticalTechnology")
            .WithSummary("Change a register entry; send the version you read (409 when stale).").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/settings", async Task<Ok<KnowledgeSettings>> (RegisterHandlers h, CancellationToken ct) => TypedResults.Ok(await h.SettingsAsync(ct)))
            .RequireAuthorization(KnowledgePolicies.Officer).WithName("GetKnowledgeSettings").WithSummary("Coverage threshold (0–1), executive minimum group size, retirement age.");
        api.MapPut("/settings", async Task<Ok<KnowledgeSettings>> (SettingsInput input, RegisterHandlers h, CancellationToken ct) => TypedResults.Ok(await h.SaveSettingsAsync(input, ct)))
            .RequireAuthorization(KnowledgePolicies.Officer).WithName("UpdateKnowledgeSettings")
            .WithSummary("Change the settings: coverageThreshold 0–1, minGroupSize 1–100, retirementAge 50–75.").ProducesValidationProblem();

        // Coverage
        api.MapGet("/coverage", async Task<Ok<CoverageApi>> (ClaimsPrincipal user, KnowledgeAccess access, CoverageService coverage, CancellationToken ct) =>
                TypedResults.Ok(await CoverageApiAsync(user, access, coverage, ct)))
            .RequireAuthorization(KnowledgePolicies.View).WithName("GetCoverageIndex")
            .WithSummary("Coverage index per critical technology, now and after recorded departures. Holders are listed only for people the caller may see (none for executives); effective holders and coverage are null for non-officers when fewer holders than the minimum group size include someone whose flight risk the caller may not see.");

        // Flight risk
        api.MapGet("/flight-risk", async Task<Ok<List<RiskListRow>>> (ClaimsPrincipal user, KnowledgeAccess access, FlightRiskHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(await access.ScopeAsync(user, ct), ct)))
            .RequireAuthorization(KnowledgePolicies.Manage).WithName("ListFlightRisk")
            .WithSummary("Flight-risk scores the caller may see (officers: holders and assessed people; managers: their reports; never one's own).");
        api.MapGet("/flight-risk/{employeeId:int}", async Task<Ok<RiskDetail>> (int employeeId, ClaimsPrincipal user, KnowledgeAccess access, FlightRiskHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(await access.ScopeAsync(user, ct), employeeId, ct)))
            .RequireAuthorization(KnowledgePolicies.Manage).WithName("GetFlightRisk")
            .WithSummary("One person's score with every factor's points and reason, the override and the assessment history.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/flight-risk/{employeeId:int}/assessments", async Task<Created<PersonAssessment>> (int employeeId, AssessmentInput input, ClaimsPrincipal user, KnowledgeAccess access, FlightRiskHandlers h, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/knowledge/flight-risk/{employeeId}", await h.AssessAsync(await access.ScopeAsync(user, ct), employeeId, input, ct)))
            .RequireAuthorization(KnowledgePolicies.Manage).WithName("RecordAssessment")
            .WithSummary("Record a new assessment (pay position 0–100, performance/potential 1–3, manager's view, optional override 0–100 with a reason).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        // Succession
        api.MapGet("/succession-plans", async Task<Ok<List<PlanView>>> (SuccessionHandlers h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .RequireAuthorization(KnowledgePolicies.Officer).WithName("ListSuccessionPlans").WithSummary("Succession plans with successors, readiness and development actions.");
        api.MapPost("/succession-plans", async Task<Created<PlanView>> (PlanInput input, SuccessionHandlers h, CancellationToken ct) =>
            {
                var v = await h.CreatePlanAsync(input, ct);
                return TypedResults.Created($"/api/v1/knowledge/succession-plans/{v.Id}", v);
            })
            .RequireAuthorization(KnowledgePolicies.Officer).WithName("CreateSuccessionPlan")
            .WithSummary("A plan for a critical role (position + org unit code) or a critical technology.").ProducesValidationProblem();
        api.MapPost("/succession-plans/{id:int}/successors", async Task<Ok<PlanView>> (int id, SuccessorInput input, SuccessionHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.AddSuccessorAsync(id, input, ct)))
            .RequireAuthorization(KnowledgePolicies.Officer).WithName("AddSuccessor")
            .WithSummary("Name a successor with readiness (ReadyNow, OneToTwoYears, ThreePlusYears); not the incumbent, not a departed or leaving person.").ProducesValidationProblem();
        api.MapPost("/succession-plans/{id:int}/successors/{successorId:int}/actions", async Task<Ok<PlanView>> (int id, int successorId, ActionInput input, SuccessionHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.AddActionAsync(id, successorId, input, ct)))
            .RequireAuthorization(KnowledgePolicies.Officer).WithName("AddDevelopmentAction")
            .WithSummary("A development action (text, due date, status, optional IDP link).").ProducesValidationProblem();
        api.MapGet("/nine-box", async Task<Ok<List<NineBoxCell>>> (ClaimsPrincipal user, KnowledgeAccess access, SuccessionHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.NineBoxAsync(await access.ScopeAsync(user, ct), ct)))
            .RequireAuthorization(KnowledgePolicies.Manage).WithName("GetNineBox").WithSummary("The talent pool by performance × potential (people the caller may see).");

        // Departures
        api.MapGet("/departures", async Task<Ok<List<DepartureRow>>> (ClaimsPrincipal user, KnowledgeAccess access, DepartureHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(await access.ScopeAsync(user, ct), false, ct)))
            .RequireAuthorization(KnowledgePolicies.Manage).WithName("ListDepartures").WithSummary("Recorded departures the caller may see.");
        api.MapPost("/departures", async Task<Created<DepartureView>> (DepartureInput input, ClaimsPrincipal user, KnowledgeAccess access, DepartureHandlers h, CancellationToken ct) =>
            {
                var v = await h.RecordAsync(await access.ScopeAsync(user, ct), input, ct);
                return TypedResults.Created($"/api/v1/knowledge/departures/{v.Id}", v);
            })
            .RequireAuthorization(KnowledgePolicies.Manage).WithName("RecordDeparture")
            .WithSummary("Record a resignation or exit; opens the exit workflow with a handover item per critical technology the person holds.").ProducesValidationProblem();
        api.MapGet("/departures/{id:int}", async Task<Ok<DepartureView>> (int id, ClaimsPrincipal user, KnowledgeAccess access, DepartureHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(await access.ScopeAsync(user, ct), id, ct)))
            .RequireAuthorization(KnowledgePolicies.Manage).WithName("GetDeparture").WithSummary("One departure with its exit workflow.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/departures/{id:int}/handovers/{handoverId:int}", async Task<Ok<DepartureView>> (int id, int handoverId, HandoverInput input, ClaimsPrincipal user, KnowledgeAccess access, DepartureHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.UpdateHandoverAsync(await access.ScopeAsync(user, ct), id, handoverId, input, ct)))
            .RequireAuthorization(KnowledgePolicies.Manage).WithName("UpdateHandover")
            .WithSummary("Set a handover's recipient (employee number; not departed or leaving) and status.").ProducesValidationProblem();
        api.MapPut("/departures/{id:int}/checklist", async Task<Ok<DepartureView>> (int id, ChecklistInput input, ClaimsPrincipal user, KnowledgeAccess access, DepartureHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.UpdateChecklistAsync(await access.ScopeAsync(user, ct), id, input, ct)))
            .RequireAuthorization(KnowledgePolicies.Manage).WithName("UpdateExitChecklist").WithSummary("Documents and equipment returned, confidentiality reminder given.");
        api.MapPost("/departures/{id:int}/revoke-access", async Task<Ok<DepartureView>> (int id, ClaimsPrincipal user, KnowledgeAccess access, DepartureHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.RevokeAccessAsync(await access.ScopeAsync(user, ct), id, ct)))
            .RequireAuthorization(KnowledgePolicies.Manage).WithName("RevokeLeaverAccess").WithSummary("Revoke every access grant of the leaver.");
        api.MapPost("/departures/{id:int}/complete", async Task<Ok<DepartureView>> (int id, ClaimsPrincipal user, KnowledgeAccess access, DepartureHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.CompleteAsync(await access.ScopeAsync(user, ct), id, ct)))
            .RequireAuthorization(KnowledgePolicies.Manage).WithName("CompleteDeparture")
            .WithSummary("Sign-off on or after the last day: sets the employee departed in People and revokes remaining access.").ProducesValidationProblem();

        // Turnover
        api.MapGet("/turnover", async Task<Ok<TurnoverReport>> (ClaimsPrincipal user, KnowledgeAccess access, TurnoverHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(await access.ScopeAsync(user, ct), ct)))
            .RequireAuthorization(KnowledgePolicies.View).WithName("GetTurnover")
            .WithSummary("Turnover by quarter, segment, level, technology and destination; executive and board changes separately. Small groups suppressed for executives.");

        // Need-to-know access
        api.MapGet("/datasets", async Task<Ok<List<DataSetView>>> (AccessHandlers h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .RequireAuthorization(KnowledgePolicies.Officer).WithName("ListControlledDataSets").WithSummary("Controlled technical data sets with active and soon-expiring grants.");
        api.MapPost("/datasets", async Task<Created<DataSetView>> (DataSetInput input, AccessHandlers h, CancellationToken ct) =>
            {
                var v = await h.CreateAsync(input, ct);
                return TypedResults.Created($"/api/v1/knowledge/datasets/{v.Id}", v);
            })
            .RequireAuthorization(KnowledgePolicies.Officer).WithName("CreateControlledDataSet").WithSummary("A new need-to-know compartment.").ProducesValidationProblem();
        api.MapGet("/datasets/{id:int}/grants", async Task<Ok<List<GrantView>>> (int id, AccessHandlers h, CancellationToken ct) => TypedResults.Ok(await h.GrantsAsync(id, null, ct)))
            .RequireAuthorization(KnowledgePolicies.Officer).WithName("ListAccessGrants").WithSummary("Grants of a data set with their state (active, expired, revoked) computed for today.");
        api.MapPost("/datasets/{id:int}/grants", async Task<Created<GrantView>> (int id, GrantInput input, AccessHandlers h, CancellationToken ct) =>
            {
                var v = await h.GrantAsync(id, input, ct);
                return TypedResults.Created($"/api/v1/knowledge/datasets/{id}/grants", v);
            })
            .RequireAuthorization(KnowledgePolicies.Officer).WithName("CreateAccessGrant")
            .WithSummary("Grant access: employee number, legal basis (required), start, expiry (not before start), required training.").ProducesValidationProblem();
        api.MapPost("/grants/{grantId:int}/revoke", async Task<Ok<GrantView>> (int grantId, RevokeInput input, AccessHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.RevokeAsync(grantId, input.Reason, ct)))
            .RequireAuthorization(KnowledgePolicies.Officer).WithName("RevokeAccessGrant").WithSummary("Revoke one grant, with a reason.").ProducesValidationProblem();
        api.MapGet("/datasets/{id:int}/content", async Task<Ok<ControlledRecord>> (int id, ClaimsPrincipal user, KnowledgeAccess access, AccessHandlers h, CancellationToken ct) =>
            {
                var scope = await access.ScopeAsync(user, ct);
                return TypedResults.Ok(await h.ReadAsync(id, scope.IsOfficer, scope.ViewerEmployeeId, ct));
            })
            .RequireAuthorization(Platform.Auth.Policies.SignedIn).WithName("ReadControlledRecord")
            .WithSummary("Read a controlled record (officers or holders of an active grant); every read and refusal is logged.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/reads", async Task<Ok<List<ReadLogView>>> (int? dataSetId, AccessHandlers h, CancellationToken ct) => TypedResults.Ok(await h.ReadLogAsync(dataSetId, 500, ct)))
            .RequireAuthorization(KnowledgePolicies.Officer).WithName("ListControlledReads").WithSummary("The read log of controlled records (who, when, what), newest first.");

        // Expertise roster
        api.MapGet("/roster", async Task<IResult> (string? format, [Microsoft.AspNetCore.Http.AsParameters] RosterQuery query, RosterHandler h, CancellationToken ct) =>
                format is null ? TypedResults.Ok(await h.GetAsync(query, ct)) : await h.ExportAsync(format, query, ct))
            .RequireAuthorization(KnowledgePolicies.Officer).WithName("GetExpertiseRoster")
            .WithSummary("Employees holding critical or controlled technologies (work data only). ?format=csv|xlsx exports in the request's language (?culture=zh-CN) and is recorded in the audit log.")
            .Produces<List<RosterRow>>().Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.XlsxType).ProducesValidationProblem();
        return app;
    }

    public static async Task<CoverageApi> CoverageApiAsync(ClaimsPrincipal user, KnowledgeAccess access, CoverageService coverage, CancellationToken ct)
    {
        var scope = await access.ScopeAsync(user, ct);
        var index = await coverage.GetAsync(ct);
        var visible = index.Rows.SelectMany(r => r.HolderList).Select(h => h.EmployeeId).Where(scope.MaySeePerson).Distinct();
        var cards = await PersonCards.LoadAsync(coverage.Db, visible, ct);
        return new CoverageApi(index.ComputedAt, index.Threshold, [.. index.Rows.Select(r =>
        {
            var figures = index.MaySeeFigures(scope, r);
            return new CoverageApiRow(
            r.CriticalTechnologyId, r.Code, r.Name, r.Segment.ToString(), r.Sensitivity.ToString(), r.RequiredLevel, r.TargetHolders,
            r.Holders, figures ? r.EffectiveHolders : null, figures ? r.Coverage : null, r.Flagged,
            r.HoldersAfterDepartures, figures ? r.EffectiveAfterDepartures : null, figures ? r.CoverageAfterDepartures : null, r.FlaggedAfterDepartures,
            scope.AggregatesOnly ? null : [.. r.HolderList.Where(h => cards.ContainsKey(h.EmployeeId))
                .Select(h => new CoverageHolderApi(h.EmployeeId, cards[h.EmployeeId].EmployeeNumber, cards[h.EmployeeId].Name, h.Level, scope.MaySeeRisk(h.EmployeeId) ? h.Weight : null, h.Leaving))]);
        })]);
    }
}
