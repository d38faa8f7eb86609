using TalentChain.Platform.Web;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

using TalentChain.Modules.TalentProgram.Contracts;

using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram.Features.Participants;

public static class ParticipantEndpoints
{
    public static IEndpointRouteBuilder MapParticipantEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.ProgramGroup("/api/v1/program/participants/{id:int}", "Talent program: stages and mentors");

        api.MapGet("/", async Task<Ok<ParticipantDetail>> (int id, ClaimsPrincipal user, ProgramAccess access, ParticipantHandlers h, CancellationToken ct) =>
            {
                await access.RequireSeeAsync(user, id, ct);
                return TypedResults.Ok(await h.GetAsync(id, ct));
            })
            .WithName("GetParticipant").WithSummary("A participant: stage history, the current stage's gate (criteria, evidence, met or not), mentors, reviews. For the participant, their mentors, line manager and program managers.").Validated();

        api.MapPost("/evidence", async Task<NoContent> (int id, EvidenceInput input, ClaimsPrincipal user, HttpContext http, ProgramAccess access, ParticipantHandlers h, CancellationToken ct) =>
            {
                var caller = await access.RequireSeeAsync(user, id, ct);
                await h.RecordEvidenceAsync(id, input, caller, http.Actor(), ct);
                return TypedResults.NoContent();
            })
            .WithName("RecordGateEvidence").WithSummary("Evidence for a criterion of the current stage: a document reference (note), an assessment score, or a sign-off by the holder of the named role.").Validated();

        api.MapPost("/advance", async Task<Ok<ParticipantDetail>> (int id, AdvanceInput input, ClaimsPrincipal user, HttpContext http, ProgramAccess access, ParticipantHandlers h, CancellationToken ct) =>
            {
                var caller = await access.RequireSeeAsync(user, id, ct);
                if (!caller.Manager && !caller.LineManager) throw new AccessDeniedException(http.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<TalentProgramResource>>()["Access.Advance"]);
                return TypedResults.Ok(await h.AdvanceAsync(id, input, caller.Manager, http.Actor(), ct));
            })
            .WithName("AdvanceParticipant").WithSummary("Move to the next stage once the gate is met; a program manager may override an unmet gate with override=true and a reason (recorded in the stage history).").Validated();

        api.MapPost("/mentors", async Task<Created<MentorView>> (int id, MentorInput input, ParticipantHandlers h, CancellationToken ct) =>
            {
                var m = await h.AssignMentorAsync(id, input, ct);
                return TypedResults.Created($"/api/v1/program/participants/{id}", m);
            })
            .ManagesProgram(ProgramScope.Participant).WithName("AssignMentor").WithSummary("Assign a mentor (employee) in a role Technical | Career | Peer from a date (optionally to a date); one current mentor per role.").Validated();

        api.MapPost("/mentors/{assignmentId:int}/end", async Task<NoContent> (int id, int assignmentId, DateOnly? to, long? version, ParticipantHandlers h, CancellationToken ct) =>
            {
                await h.EndMentorAsync(id, assignmentId, to, version, ct);
                return TypedResults.NoContent();
            })
            .ManagesProgram(ProgramScope.Participant).WithName("EndMentorAssignment").WithSummary("End a mentor assignment (?to=, default today).").Validated();
        return app;
    }
}
