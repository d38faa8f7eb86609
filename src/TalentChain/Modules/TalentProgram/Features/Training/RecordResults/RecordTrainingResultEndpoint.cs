using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Features.Training.Sessions;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.TalentProgram.Features.Training.RecordResults;

internal static class RecordTrainingResultEndpoint
{
    public static RouteGroupBuilder MapRecordTrainingResult(this RouteGroupBuilder api)
    {
        api.MapPut("/sessions/{id:int}/enrollments/{enrollmentId:int}/result", async Task<Ok<EnrollmentView>> (int id, int enrollmentId, ResultInput input, ClaimsPrincipal user, ProgramAccess access, TrainingSessions sessions, RecordTrainingResult h, IStringLocalizer<TalentProgramResource> t, CancellationToken ct) =>
            {
                var session = await sessions.GetSessionAsync(id, user, ct);
                if (!ProgramPolicies.IsManager(user) && (session.LecturerEmployeeId is null || session.LecturerEmployeeId != await access.ViewerEmployeeIdAsync(user, ct)))
                    throw new AccessDeniedException(t["Access.Results"]);
                return TypedResults.Ok(await h.RecordResultAsync(id, enrollmentId, input, ct));
            })
            .WithName("RecordTrainingResult").WithSummary("Attendance, score and pass: a pass completes the course, raises the person's skill records to the course's levels and marks plan activities for the course done.").Validated();
        return api;
    }
}
