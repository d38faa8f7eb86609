using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.Mentoring.Features.MyMentoring;

public static class MyMentoringEndpoints
{
    public static RouteGroupBuilder MapMyMentoring(this RouteGroupBuilder api)
    {
        api.MapGet("/me", async Task<Ok<MyMentoringView>> (ClaimsPrincipal user, MyMentoringHandler me, CancellationToken ct) => TypedResults.Ok(await me.GetAsync(user, ct)))
            .WithName("GetMyMentoring").WithSummary("The caller's mentoring: relationships as mentor and as participant (with meeting logs), and the open rounds they volunteer in or take part in.");
        return api;
    }
}
