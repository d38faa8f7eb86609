using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Features.Training.Sessions;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.TalentProgram.Features.Training.Enrol;

internal static class EnrolmentsEndpoint
{
    public static RouteGroupBuilder MapEnrolments(this RouteGroupBuilder api)
    {
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
        return api;
    }
}
