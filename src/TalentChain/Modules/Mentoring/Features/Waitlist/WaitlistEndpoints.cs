using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.Mentoring.Features.Waitlist;

public static class WaitlistEndpoints
{
    public static RouteGroupBuilder MapWaitlist(this RouteGroupBuilder api)
    {
        api.MapGet("/cohorts/{cohortId:int}/waitlist", async Task<Ok<List<WaitlistView>>> (int cohortId, ClaimsPrincipal user, WaitlistHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.WaitlistAsync(user, cohortId, ct)))
            .RequireAuthorization(ProgramPolicies.Dashboard).WithName("GetMentoringWaitlist").WithSummary("A cohort's open waitlist: unfilled (participant, role) slots with the reason.").Validated();
        return api;
    }
}
