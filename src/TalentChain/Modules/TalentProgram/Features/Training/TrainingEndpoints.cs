using TalentChain.Platform.Web;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Features.Training.Catalog;
using TalentChain.Modules.TalentProgram.Features.Training.Enrol;
using TalentChain.Modules.TalentProgram.Features.Training.RecordResults;
using TalentChain.Modules.TalentProgram.Features.Training.Sessions;

using TalentChain.Modules.TalentProgram.Contracts;

using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram.Features.Training;

public static class TrainingEndpoints
{
    public static IEndpointRouteBuilder MapTrainingEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.ProgramGroup("/api/v1/training", "Talent program: training");

        api.MapGet("/catalog", async Task<Ok<List<LayerView>>> (bool? all, TrainingCatalog h, CancellationToken ct) => TypedResults.Ok(await h.CatalogAsync(!(all ?? false), ct)))
            .WithName("GetTrainingCatalog").WithSummary("The training stack by layer: courses, the skills they develop (and to which level), upcoming sessions (?all=true: past ones too).");

        api.MapPost("/layers", async Task<Created<LayerView>> (LayerInput input, TrainingCatalog h, CancellationToken ct) =>
            {
                var l = await h.AddLayerAsync(input, ct);
                return TypedResults.Created("/api/v1/training/catalog", l);
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("AddTrainingLayer").WithSummary("Add a layer to the training stack.").Validated();

        api.MapPost("/courses", async Task<Created<CourseView>> (CourseInput input, TrainingCatalog h, CancellationToken ct) =>
            {
                var c = await h.AddCourseAsync(input, ct);
                return TypedResults.Created("/api/v1/training/catalog", c);
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("AddCourse").WithSummary("Add a course to a layer, with hours and the skills it develops (taxonomyCode, level 1–4).").Validated();

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

        api.MapPost("/sessions/{id:int}/enrollments", async Task<Created<EnrollResult>> (int id, EnrollInput input, ClaimsPrincipal user, ProgramAccess access, Enrolments h, IStringLocalizer<TalentProgramResource> t, CancellationToken ct) =>
            {
                var me = await access.ViewerEmployeeIdAsync(user, ct);
                var who = input.EmployeeId ?? me;
                if (who != me && !ProgramPolicies.IsManager(user)) throw new AccessDeniedException(t["Access.EnrollOthers"]);
                var r = await h.EnrollAsync(id, input with { EmployeeId = who }, ct);
                return TypedResults.Created($"/api/v1/training/sessions/{id}", r);
            })
            .WithName("Enroll").WithSummary("Enroll yourself (or, as a program manager, employeeId). A full session: waitlist when joinWaitlist (default true), else 400 refusal. Enrolling twice: 400.").Validated();

        api.MapDelete("/sessions/{id:int}/enrollments/{enrollmentId:int}", async Task<Results<Ok<EnrollmentView>, NoContent>> (int id, int enrollmentId, ClaimsPrincipal user, ProgramAccess access, TrainingSessions sessions, Enrolments h, IStringLocalizer<TalentProgramResource> t, CancellationToken ct) =>
            {
                var me = await access.ViewerEmployeeIdAsync(user, ct);
                var session = await sessions.GetSessionAsync(id, user, ct);
                var e = session.Enrollments.FirstOrDefault(x => x.Id == enrollmentId);
                if (e is not null && e.EmployeeId != me && !ProgramPolicies.IsManager(user)) throw new AccessDeniedException(t["Access.EnrollOthers"]);
                var promoted = await h.CancelAsync(id, enrollmentId, ct);
                return promoted is null ? TypedResults.NoContent() : TypedResults.Ok(promoted);
            })
            .WithName("CancelEnrollment").WithSummary("Cancel an enrollment; 200 with the waitlisted enrollment promoted into the freed place, or 204 when nobody was waiting.").Validated();

        api.MapPut("/sessions/{id:int}/enrollments/{enrollmentId:int}/result", async Task<Ok<EnrollmentView>> (int id, int enrollmentId, ResultInput input, ClaimsPrincipal user, ProgramAccess access, TrainingSessions sessions, RecordTrainingResult h, IStringLocalizer<TalentProgramResource> t, CancellationToken ct) =>
            {
                var session = await sessions.GetSessionAsync(id, user, ct);
                if (!ProgramPolicies.IsManager(user) && (session.LecturerEmployeeId is null || session.LecturerEmployeeId != await access.ViewerEmployeeIdAsync(user, ct)))
                    throw new AccessDeniedException(t["Access.Results"]);
                return TypedResults.Ok(await h.RecordResultAsync(id, enrollmentId, input, ct));
            })
            .WithName("RecordTrainingResult").WithSummary("Attendance, score and pass: a pass completes the course, raises the person's skill records to the course's levels and marks plan activities for the course done.").Validated();
        return app;
    }
}
