using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Training.Catalog;

internal static class TrainingCatalogEndpoint
{
    public static RouteGroupBuilder MapTrainingCatalog(this RouteGroupBuilder api)
    {
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
        return api;
    }
}
