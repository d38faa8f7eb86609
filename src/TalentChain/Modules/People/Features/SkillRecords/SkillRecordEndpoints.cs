using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Platform.Auth;

namespace TalentChain.Modules.People.Features.SkillRecords;

public static class SkillRecordEndpoints
{
    public static IEndpointRouteBuilder MapSkillRecordEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/employees/{id:int}/skills").WithTags("Skill records").RequireAuthorization(Policies.SignedIn);

        api.MapGet("/", async Task<Ok<PersonSkills>> (int id, ClaimsPrincipal user, SkillRecordHandlers skills, CancellationToken ct) =>
                TypedResults.Ok(await skills.ListAsync(id, user, ct)))
            .WithName("ListEmployeeSkills")
            .WithSummary("A person's assessed skills with level, evidence, assessor and date. Need-to-know records (critical technologies above \"internal\") are left out "
                + "unless the caller may see them: the expertise roster's audience, the person, their management chain, program managers of their program.");

        api.MapPut("/", async Task<Results<Created<SkillRecordView>, Ok<SkillRecordView>>> (int id, SkillRecordInput input, ClaimsPrincipal user, SkillRecordHandlers skills, CancellationToken ct) =>
            {
                var (record, created) = await skills.UpsertAsync(id, input, user, ct);
                return created
                    ? TypedResults.Created($"/api/v1/employees/{id}/skills/{record.TaxonomyCode}", record)
                    : TypedResults.Ok(record);
            })
            .RequireAuthorization(Policies.PeopleManage)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("UpsertEmployeeSkill")
            .WithSummary("Add or change the person's record for one skill, named by taxonomy code (a skill node). Level 0–4; assessedOn not in the future (default today). Send the version you read to change an existing record; a stale one gets 409. A need-to-know skill the caller may not see: 403.");

        api.MapDelete("/{taxonomyCode}", async Task<NoContent> (int id, string taxonomyCode, long? version, ClaimsPrincipal user, SkillRecordHandlers skills, CancellationToken ct) =>
            {
                await skills.DeleteAsync(id, taxonomyCode, version, user, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PeopleManage)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("DeleteEmployeeSkill")
            .WithSummary("Remove the person's record for one skill (optional ?version= for a concurrency check). A need-to-know skill the caller may not see: 403.");
        return app;
    }
}
