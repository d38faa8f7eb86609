using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Auth;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Mentoring.Features.ListRounds;

public static class ListRoundsEndpoints
{
    public static RouteGroupBuilder MapListRounds(this RouteGroupBuilder api)
    {
        api.MapGet("/rounds", async Task<Ok<List<RoundSummary>>> (int? cohortId, bool? open, ClaimsPrincipal user, ListRoundsHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(cohortId, openOnly: open == true || !(ProgramPolicies.IsManager(user) || user.IsInRole(Roles.Executive)), ct)))
            .WithName("ListMentoringRounds").WithSummary("Matching rounds (?cohortId=, ?open=true). Mentors and participants see the open rounds only.");
        return api;
    }
}
