using Microsoft.AspNetCore.Http.HttpResults;

using TalentChain.Modules.TalentProgram.Contracts;

using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram.Features.Programs;

public static class ProgramEndpoints
{
    public static IEndpointRouteBuilder MapProgramEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.ProgramGroup("/api/v1/program/programs", "Talent program: programs");

        api.MapGet("/", async Task<Ok<List<ProgramView>>> (ProgramHandlers h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithName("ListPrograms").WithSummary("Programs with eligibility rules, stage template (with gate criteria) and cohorts.");

        api.MapGet("/{id:int}", async Task<Ok<ProgramView>> (int id, ProgramHandlers h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, ct)))
            .WithName("GetProgram").WithSummary("One program.").Validated();

        api.MapPost("/", async Task<Created<ProgramView>> (ProgramInput input, ProgramHandlers h, CancellationToken ct) =>
            {
                var p = await h.CreateAsync(input, ct);
                return TypedResults.Created($"/api/v1/program/programs/{p.Id}", p);
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("CreateProgram")
            .WithSummary("Create a program. The stage template is built from onboardingStages + rotationStages + one repeating development stage (default 1+5+N), each with default gate criteria.")
            .Validated();

        api.MapPut("/{id:int}", async Task<Ok<ProgramView>> (int id, ProgramInput input, ProgramHandlers h, CancellationToken ct) => TypedResults.Ok(await h.UpdateAsync(id, input, ct)))
            .ManagesProgram(ProgramScope.Program).WithName("UpdateProgram")
            .WithSummary("Change name, goals, eligibility (tracks, segments, minimum title, tenure, age band), review interval, reminder lead time and managerEmployeeIds (the program managers who run it; empty = all). Send the version you read.").Validated();

        api.MapPut("/{id:int}/stages/{stageId:int}", async Task<Ok<ProgramView>> (int id, int stageId, StageInput input, ProgramHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.UpdateStageAsync(id, stageId, input, ct)))
            .ManagesProgram(ProgramScope.Program).WithName("UpdateProgramStage").WithSummary("Rename a stage or change its planned duration (months).").Validated();

        api.MapPost("/{id:int}/stages/{stageId:int}/criteria", async Task<Ok<ProgramView>> (int id, int stageId, CriterionInput input, ProgramHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.AddCriterionAsync(id, stageId, input, ct)))
            .ManagesProgram(ProgramScope.Program).WithName("AddGateCriterion")
            .WithSummary("Add a gate criterion to a stage: Document, Assessment (minScore 0–100) or SignOff (signOffRole LineManager|Mentor|ProgramManager).").Validated();

        api.MapDelete("/{id:int}/criteria/{criterionId:int}", async Task<Ok<ProgramView>> (int id, int criterionId, ProgramHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.RemoveCriterionAsync(id, criterionId, ct)))
            .ManagesProgram(ProgramScope.Program).WithName("RemoveGateCriterion").WithSummary("Remove a gate criterion that has no evidence yet.").Validated();

        api.MapPost("/{id:int}/cohorts", async Task<Created<CohortSummary>> (int id, CohortInput input, ProgramHandlers h, CancellationToken ct) =>
            {
                var c = await h.CreateCohortAsync(id, input, ct);
                return TypedResults.Created($"/api/v1/program/cohorts/{c.Id}", c);
            })
            .ManagesProgram(ProgramScope.Program).WithName("CreateCohort").WithSummary("Open a cohort (one per intake year) with its start date.").Validated();
        return app;
    }
}
