using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Web;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Rotations;

/// <summary>/api/v1/program/rotations: everything the rotation-planning pages do.</summary>
public static class RotationEndpoints
{
    private const long MaxFileBytes = 5 * 1024 * 1024;

    public static IEndpointRouteBuilder MapRotationApi(this IEndpointRouteBuilder app)
    {
        var api = app.ProgramGroup("/api/v1/program/rotations", "Talent program: rotation planning");

        api.MapGet("/plans", async Task<Ok<List<RotationPlanSummary>>> (ClaimsPrincipal user, RotationAccess access, RotationHandlers h, TalentChainDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(await access.ListableProgramsAsync(user, db, ct), ct)))
            .WithName("ListRotationPlans").WithSummary("Rotation plans of the programs the caller runs (administrators and executives: all).");

        api.MapPost("/plans", async Task<Created<RotationPlanDetail>> (CreatePlanInput input, ClaimsPrincipal user, ProgramAccess programs, RotationHandlers h, CancellationToken ct) =>
            {
                if (input.CohortId is { } cohort) await programs.RequireManagesAsync(user, ProgramScope.Cohort, cohort, ct);
                var plan = await h.CreateAsync(input, ct);
                return TypedResults.Created($"/api/v1/program/rotations/plans/{plan.Id}", plan);
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("CreateRotationPlan")
            .WithSummary("A cohort's rotation plan: first period start (default: when the first rotation stage starts), period length in months (2), periods (12), rotations per participant (the program's rotation stages), minimum distinct segments (3). The cohort's active participants join with their default start period.").Validated();

        api.MapGet("/plans/{id:int}", async Task<Ok<RotationPlanDetail>> (int id, ClaimsPrincipal user, RotationAccess access, RotationHandlers h, CancellationToken ct) =>
            {
                await access.RequireReadAsync(user, id, ct);
                return TypedResults.Ok(await h.GetAsync(id, ct));
            })
            .WithName("GetRotationPlan").WithSummary("Settings, periods with dates, offers with capacity use, participants with start periods and preferences, the proposal (schedule, unplaced with localised reasons, placed, score, bound, gap) and what was published.").Validated();

        api.MapPut("/plans/{id:int}/settings", async Task<Ok<RotationPlanDetail>> (int id, PlanSettingsInput input, ClaimsPrincipal user, RotationAccess access, RotationHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                return TypedResults.Ok(await h.UpdateSettingsAsync(id, input, ct));
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("UpdateRotationPlanSettings").WithSummary("Change the period grid or the rules; a change clears the proposal.").Validated();

        api.MapPut("/plans/{id:int}/offers", async Task<Ok<OfferView>> (int id, OfferInput input, ClaimsPrincipal user, RotationAccess access, RotationHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                return TypedResults.Ok(await h.SetOfferAsync(id, input, ct));
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("SetRotationOffer").WithSummary("A host unit (org-unit code) offers places: one non-negative integer per period, or sameForAll.").Validated();

        api.MapDelete("/plans/{id:int}/offers/{code}", async Task<NoContent> (int id, string code, ClaimsPrincipal user, RotationAccess access, RotationHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                await h.RemoveOfferAsync(id, code, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("RemoveRotationOffer").WithSummary("Withdraw a host unit (refused while the proposal uses it).").Validated();

        api.MapPost("/plans/{id:int}/participants/sync", async Task<Ok<RotationPlanDetail>> (int id, ClaimsPrincipal user, RotationAccess access, RotationHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                await h.SyncMembersAsync(id, ct);
                return TypedResults.Ok(await h.GetAsync(id, ct));
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("SyncRotationParticipants").WithSummary("Add the cohort's participants selected since the plan was made.").Validated();

        api.MapPut("/plans/{id:int}/participants/{participantId:int}/start-period", async Task<NoContent> (int id, int participantId, StartPeriodInput input, ClaimsPrincipal user, RotationAccess access, RotationHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                await h.SetStartPeriodAsync(id, participantId, input, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("SetRotationStartPeriod").WithSummary("The period of the participant's first rotation (1-based).").Validated();

        api.MapGet("/plans/{id:int}/participants/{participantId:int}", async Task<Ok<MyRotationsView>> (int id, int participantId, ClaimsPrincipal user, RotationAccess access, RotationHandlers h, CancellationToken ct) =>
            {
                var canEdit = await access.RequireMemberAsync(user, id, participantId, ct);
                return TypedResults.Ok(await h.MemberAsync(id, participantId, canEdit, ct));
            })
            .WithName("GetRotationParticipant").WithSummary("One participant's preferences (every offered unit) and published rotations: the participant, their line manager, the program's managers.").Validated();

        api.MapPut("/plans/{id:int}/participants/{participantId:int}/preferences", async Task<Ok<MyRotationsView>> (int id, int participantId, PreferencesInput input, ClaimsPrincipal user, RotationAccess access, RotationHandlers h, CancellationToken ct) =>
            {
                if (!await access.RequireMemberAsync(user, id, participantId, ct)) throw new AccessDeniedException(access.OwnOnlyMessage);
                return TypedResults.Ok(await h.SetPreferencesAsync(id, participantId, input, true, ct));
            })
            .WithName("SetRotationPreferences").WithSummary("Replace the participant's scores per host unit (org-unit code → 0–100; missing = 0). Participants edit only their own.").Validated();

        api.MapPost("/plans/{id:int}/solve", async Task<Accepted<SolveStarted>> (int id, ClaimsPrincipal user, RotationAccess access, RotationHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                var started = await h.StartSolveAsync(id, ct);
                return TypedResults.Accepted($"/api/v1/jobs/{started.JobId}", started);
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("SolveRotationPlan")
            .WithSummary("Start a solve as a background job; watch and cancel it at /api/v1/jobs/{jobId}. Only a succeeded run replaces the proposal.").Validated();

        api.MapGet("/plans/{id:int}/job", async Task<Results<Ok<JobView>, NoContent>> (int id, ClaimsPrincipal user, RotationAccess access, JobStatusHandlers jobs, CancellationToken ct) =>
            {
                await access.RequireReadAsync(user, id, ct);
                return await jobs.LatestAsync(RotationHandlers.Subject(id), ct) is { } job ? TypedResults.Ok(job) : TypedResults.NoContent();
            })
            .WithName("GetRotationPlanJob").WithSummary("The plan's latest solve job (phase, best, bound, gap), if any.").Validated();

        api.MapPut("/plans/{id:int}/proposal/participants/{participantId:int}", async Task<Ok<RotationPlanDetail>> (int id, int participantId, AdjustInput input, ClaimsPrincipal user, RotationAccess access, RotationHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                return TypedResults.Ok(await h.AdjustAsync(id, participantId, input, ct));
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("AdjustRotationProposal")
            .WithSummary("Set a participant's rotations by hand (host unit codes in order from the start period); refused with the rule broken (capacity, home unit, a unit twice, segments).").Validated();

        api.MapPost("/plans/{id:int}/publish", async Task<Ok<RotationPlanDetail>> (int id, PublishInput? input, HttpContext http, RotationAccess access, RotationHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(http.User, id, ct);
                return TypedResults.Ok(await h.PublishAsync(id, input ?? new PublishInput(), http.Actor(), ct));
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("PublishRotationPlan")
            .WithSummary("The proposal becomes the participants' rotation stages (host unit, planned dates); participants and line managers are notified.").Validated();

        api.MapGet("/plans/{id:int}/instance", async Task<FileContentHttpResult> (int id, ClaimsPrincipal user, RotationAccess access, RotationHandlers h, CancellationToken ct) =>
            {
                await access.RequireReadAsync(user, id, ct);
                return TypedResults.File(Encoding.UTF8.GetBytes(await h.ExportInstanceAsync(id, ct)), "application/json", $"rotations-{id}.json");
            })
            .WithName("ExportRotationInstance").WithSummary("The plan as a rotations.json instance (docs/optimization/rotations.md; ids are org-unit codes and employee numbers).").Validated();

        api.MapPut("/plans/{id:int}/instance", async Task<Ok<RotationPlanDetail>> (int id, HttpRequest request, ClaimsPrincipal user, RotationAccess access, RotationHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                return TypedResults.Ok(await h.ImportInstanceAsync(id, await BodyAsync(request, ct), ct));
            })
            .Accepts<object>("application/json").DisableAntiforgery()
            .RequireAuthorization(ProgramPolicies.Manage).WithName("ImportRotationInstance")
            .WithSummary("Import a rotations.json: replaces periods, rules, offers, start periods and preferences and clears the proposal; a bad file is refused naming the entry and nothing changes.").Validated();

        api.MapGet("/plans/{id:int}/result", async Task<FileContentHttpResult> (int id, ClaimsPrincipal user, RotationAccess access, RotationHandlers h, CancellationToken ct) =>
            {
                await access.RequireReadAsync(user, id, ct);
                return TypedResults.File(Encoding.UTF8.GetBytes(await h.ExportResultAsync(id, ct)), "application/json", $"result-{id}.json");
            })
            .WithName("ExportRotationResult").WithSummary("The current proposal as a result.json.").Validated();

        api.MapPut("/plans/{id:int}/result", async Task<Ok<RotationPlanDetail>> (int id, HttpRequest request, ClaimsPrincipal user, RotationAccess access, RotationHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                return TypedResults.Ok(await h.ImportResultAsync(id, await BodyAsync(request, ct), ct));
            })
            .Accepts<object>("application/json").DisableAntiforgery()
            .RequireAuthorization(ProgramPolicies.Manage).WithName("ImportRotationResult")
            .WithSummary("Import a result.json as the proposal after a feasibility check (capacity, periods, units, home unit, segments, everyone accounted for).").Validated();
        return app;
    }

    private static async Task<string> BodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxFileBytes)
        {
            var t = request.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<RotationsResource>>();
            throw ValidationFailedException.For(t["Import.Invalid"], "file", t["Import.TooLarge", MaxFileBytes / 1024 / 1024]);
        }
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }
}
