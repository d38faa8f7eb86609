using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;

using TalentChain.Modules.TalentProgram.Contracts;

using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram.Features.Cohorts;

public static class CohortEndpoints
{
    public static IEndpointRouteBuilder MapCohortEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.ProgramGroup("/api/v1/program", "Talent program: cohorts and selection");

        api.MapGet("/cohorts/{id:int}/board", async Task<Ok<CohortBoard>> (int id, ClaimsPrincipal user, CohortHandlers h, ProgramAccess access, CancellationToken ct) =>
                TypedResults.Ok(await h.BoardAsync(id, await access.VisibleParticipantsAsync(user, ct), ct)))
            .WithName("GetCohortBoard").WithSummary("Who is where: each participant's status, current stage, planned end, stuck flag, open gate criteria and next review. Non-managers see only their own, mentees' and reports' rows.").Validated();

        api.MapGet("/cohorts/{id:int}/candidates", async Task<Ok<List<CandidateView>>> (int id, string? search, bool? eligibleOnly, CohortHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.CandidatesAsync(id, search, eligibleOnly ?? false, 50, ct)))
            .ManagesProgram(ProgramScope.Cohort).WithName("ListCohortCandidates")
            .WithSummary("Employees matching the search with whether the program's eligibility rules admit them and, if not, why (in the request's language).").Validated();

        api.MapPost("/cohorts/{id:int}/nominations", async Task<Created<BoardRow>> (int id, NominationInput input, HttpContext http, CohortHandlers h, CancellationToken ct) =>
            {
                var row = await h.NominateAsync(id, input, http.Actor(), ct);
                return TypedResults.Created($"/api/v1/program/participants/{row.ParticipantId}", row);
            })
            .ManagesProgram(ProgramScope.Cohort).WithName("NominateParticipant").WithSummary("Nominate an eligible employee (refused with the reasons when not eligible, or already in the cohort).").Validated();

        api.MapPost("/participants/{id:int}/selection", async Task<Ok<BoardRow>> (int id, SelectionInput input, HttpContext http, CohortHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.DecideAsync(id, input, http.Actor(), ct)))
            .ManagesProgram(ProgramScope.Participant).WithName("DecideNomination")
            .WithSummary("step Review | Select | Reject | Withdraw. Select starts the participant (startDate, default the cohort's start or, once the cohort has begun, today): first stage, plan version 1, first review due one interval later.").Validated();
        return app;
    }
}
