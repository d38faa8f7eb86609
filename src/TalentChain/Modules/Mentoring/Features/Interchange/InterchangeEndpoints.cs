using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Optimization.Mentoring;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Mentoring.Features.Interchange;

public static class InterchangeEndpoints
{
    public static RouteGroupBuilder MapInterchange(this RouteGroupBuilder api)
    {
        var round = api.MapGroup("/rounds/{id:int}");
        round.MapGet("/instance", async Task<IResult> (int id, ClaimsPrincipal user, InterchangeHandler h, CancellationToken ct) =>
                Results.File(System.Text.Encoding.UTF8.GetBytes(await h.ExportInstanceAsync(user, id, ct)), "application/json", "round.json"))
            .WithName("ExportMentoringInstance").WithSummary("The round as an instance file (round.json, interchange format of docs/optimization/mentoring.md; ids are employee numbers; pins are not part of the format).")
            .Produces<string>(StatusCodes.Status200OK, "application/json").Validated();

        round.MapPut("/instance", async Task<NoContent> (int id, HttpRequest request, ClaimsPrincipal user, InterchangeHandler h, CancellationToken ct) =>
            {
                await h.ImportInstanceAsync(user, id, request.Body, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).Accepts<object>("application/json").WithName("ImportMentoringInstance")
            .WithSummary("Import an instance file: it replaces the round's candidate triples and the volunteers' capacities (and clears the proposal). Refused with the offending entry named; nothing changes then.").Validated();

        round.MapDelete("/instance", async Task<NoContent> (int id, ClaimsPrincipal user, InterchangeHandler h, CancellationToken ct) =>
            {
                await h.ClearImportedInstanceAsync(user, id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("ClearMentoringInstance").WithSummary("Drop an imported instance: candidates are computed from the rules again.").Validated();

        round.MapGet("/result", async Task<IResult> (int id, ClaimsPrincipal user, InterchangeHandler h, IStringLocalizer<MentoringResource> t, CancellationToken ct) =>
                await h.ExportResultAsync(user, id, ct) is { } json
                    ? Results.File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", "result.json")
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: t["Publish.NoProposal"]))
            .WithName("ExportMentoringResult").WithSummary("The current proposal as a result file (result.json, interchange format).")
            .Produces<string>(StatusCodes.Status200OK, "application/json").Validated();

        round.MapPut("/result", async Task<NoContent> (int id, HttpRequest request, ClaimsPrincipal user, InterchangeHandler h, CancellationToken ct) =>
            {
                await h.ImportResultAsync(user, id, request.Body, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).Accepts<object>("application/json").WithName("ImportMentoringResult")
            .WithSummary("Import a result file as the proposal: checked for feasibility against the round's instance and pins; refused with the offending entry named.").Validated();
        return api;
    }
}
