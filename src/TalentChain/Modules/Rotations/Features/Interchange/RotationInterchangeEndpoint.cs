using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.Interchange;

internal static class RotationInterchangeEndpoint
{
    private const long MaxFileBytes = 5 * 1024 * 1024;

    public static RouteGroupBuilder MapRotationInterchange(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{id:int}/instance", async Task<FileContentHttpResult> (int id, ClaimsPrincipal user, RotationInterchange h, CancellationToken ct) =>
                TypedResults.File(Encoding.UTF8.GetBytes(await h.ExportInstanceAsync(user, id, ct)), "application/json", $"rotations-{id}.json"))
            .WithName("ExportRotationInstance").WithSummary("The plan as a rotations.json instance (docs/optimization/rotations.md; ids are org-unit codes and employee numbers).").Validated();

        api.MapPut("/plans/{id:int}/instance", async Task<Ok<RotationPlanDetail>> (int id, HttpRequest request, ClaimsPrincipal user, RotationInterchange h, CancellationToken ct) =>
                TypedResults.Ok(await h.ImportInstanceAsync(user, id, () => BodyAsync(request, ct), ct)))
            .Accepts<object>("application/json").DisableAntiforgery()
            .RequireAuthorization(ProgramPolicies.Manage).WithName("ImportRotationInstance")
            .WithSummary("Import a rotations.json: replaces periods, rules, offers, start periods and preferences and clears the proposal; a bad file is refused naming the entry and nothing changes.").Validated();

        api.MapGet("/plans/{id:int}/result", async Task<FileContentHttpResult> (int id, ClaimsPrincipal user, RotationInterchange h, CancellationToken ct) =>
                TypedResults.File(Encoding.UTF8.GetBytes(await h.ExportResultAsync(user, id, ct)), "application/json", $"result-{id}.json"))
            .WithName("ExportRotationResult").WithSummary("The current proposal as a result.json.").Validated();

        api.MapPut("/plans/{id:int}/result", async Task<Ok<RotationPlanDetail>> (int id, HttpRequest request, ClaimsPrincipal user, RotationInterchange h, CancellationToken ct) =>
                TypedResults.Ok(await h.ImportResultAsync(user, id, () => BodyAsync(request, ct), ct)))
            .Accepts<object>("application/json").DisableAntiforgery()
            .RequireAuthorization(ProgramPolicies.Manage).WithName("ImportRotationResult")
            .WithSummary("Import a result.json as the proposal after a feasibility check (capacity, periods, units, home unit, segments, everyone accounted for).").Validated();
        return api;
    }

    private static async Task<string> BodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxFileBytes)
        {
            var t = request.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<RotationsResource>>();
            throw ValidationFailedException.For(t["Import.Invalid"], "file", t["Import.TooLarge", MaxFileBytes / 1024 / 1024]);
        }
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }
}
