using Microsoft.AspNetCore.Http.HttpResults;

namespace TalentChain.Modules.Exports.Features.Risk;

internal static class ProductionLineEndpoints
{
    /// <summary>Customers' production lines (reading needs insights, changing needs the manage policy).</summary>
    public static IEndpointRouteBuilder MapProductionLines(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/v1/exports/production-lines/{id:int}/consumption", async Task<NoContent> (int id, ConsumptionInput input, ProductionLineHandlers h, CancellationToken ct) =>
            {
                await h.SetConsumptionAsync(id, input, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ExportsPolicies.Manage).WithTags("Export licensing")
            .WithName("SetExportLineConsumption").WithSummary("Set a production line's daily consumption, stock on hand and in transit for a material.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        var lines = app.MapGroup("/api/v1/exports/production-lines").WithTags("Export licensing");
        lines.MapGet("", async Task<Ok<List<ProductionLineView>>> (ProductionLineHandlers h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .RequireAuthorization(ExportsPolicies.ReadInsights)
            .WithName("ListExportProductionLines").WithSummary("Customers' production lines with their consumption, stock on hand and in transit per material.");
        lines.MapGet("/{id:int}", async Task<Ok<ProductionLineView>> (int id, ProductionLineHandlers h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, ct)))
            .RequireAuthorization(ExportsPolicies.ReadInsights)
            .WithName("GetExportProductionLine").WithSummary("One production line.").ProducesProblem(StatusCodes.Status404NotFound);
        lines.MapPost("", async Task<Created<ProductionLineView>> (ProductionLineInput input, ProductionLineHandlers h, CancellationToken ct) =>
            {
                var v = await h.CreateAsync(input, ct);
                return TypedResults.Created($"/api/v1/exports/production-lines/{v.Id}", v);
            })
            .RequireAuthorization(ExportsPolicies.Manage)
            .WithName("CreateExportProductionLine")
            .WithSummary("Add a customer's production line (customer party, name, location, country, notes, daily output value) with optional consumption rows, one per material.")
            .ProducesValidationProblem();
        lines.MapPut("/{id:int}", async Task<Ok<ProductionLineView>> (int id, ProductionLineInput input, ProductionLineHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.UpdateAsync(id, input, ct)))
            .RequireAuthorization(ExportsPolicies.Manage)
            .WithName("UpdateExportProductionLine")
            .WithSummary("Change a production line; when consumption is sent it replaces the rows. Send the version you read (409 when stale).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        lines.MapDelete("/{id:int}", async Task<NoContent> (int id, long? version, ProductionLineHandlers h, CancellationToken ct) =>
            {
                await h.DeleteAsync(id, version, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ExportsPolicies.Manage)
            .WithName("DeleteExportProductionLine").WithSummary("Delete a production line together with its consumption rows.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        lines.MapDelete("/{id:int}/consumption/{materialId:int}", async Task<NoContent> (int id, int materialId, ProductionLineHandlers h, CancellationToken ct) =>
            {
                await h.RemoveConsumptionAsync(id, materialId, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ExportsPolicies.Manage)
            .WithName("DeleteExportLineConsumption").WithSummary("Remove one material from a production line.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
