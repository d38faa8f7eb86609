using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Training.Sessions;

internal static class TrainingSessionsEndpoint
{
    public static RouteGroupBuilder MapTrainingSessions(this RouteGroupBuilder api)
    {
        api.MapPost("/sessions", async Task<Created<SessionView>> (SessionInput input, TrainingSessions h, CancellationToken ct) =>
            {
                var s = await h.ScheduleAsync(input, ct);
                return TypedResults.Created($"/api/v1/training/sessions/{s.Id}", s);
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("ScheduleSession")
            .WithSummary("Schedule a session (not in the past): start/end, place, capacity, lecturer — lecturerEmployeeId or lecturer (an employee number or full name, e.g. from GET /lecturers) for an internal expert, or externalLecturer (e.g. a university professor).").Validated();

        api.MapGet("/lecturers", async Task<Ok<List<LecturerChoice>>> (string? q, TrainingSessions h, CancellationToken ct) => TypedResults.Ok(await h.FindLecturersAsync(q, exact: false, ct)))
            .RequireAuthorization(ProgramPolicies.Manage).WithName("FindLecturers")
            .WithSummary("Active employees whose number or name contains q (at most 10), to pick an internal lecturer; label is what the session form's picker shows and accepts.");

        api.MapGet("/sessions/{id:int}", async Task<Ok<SessionView>> (int id, ClaimsPrincipal user, TrainingSessions h, CancellationToken ct) => TypedResults.Ok(await h.GetSessionAsync(id, user, ct)))
            .WithName("GetSession").WithSummary("A session with its enrollments and waitlist positions. Attendance, score and pass/fail (resultVisible) only for the person, the lecturer, program managers and the person's management chain; "
                + "to others a completed or failed enrollment reads as enrolled, without results.").Validated();
        return api;
    }
}
