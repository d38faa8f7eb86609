using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Plans.RemoveItem;

internal static class RemovePlanItemEndpoint
{
    public static RouteGroupBuilder MapRemovePlanItem(this RouteGroupBuilder api)
    {
        api.MapDelete("/versions/{number:int}/items/{key:guid}", async Task<NoContent> (int id, int number, Guid key, string? reason, long? version, ClaimsPrincipal user, ProgramAccess access, RemovePlanItem h, CancellationToken ct) =>
            {
                await h.RemoveItemAsync(id, number, key, new RemoveInput(reason, version), await access.RequireSeeAsync(user, id, ct), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemovePlanItem").WithSummary("Remove a goal or activity from the open version (?reason= required, ?version= for the concurrency check).").Validated();
        return api;
    }
}
