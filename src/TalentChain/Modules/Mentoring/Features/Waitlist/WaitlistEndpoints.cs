using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Auth;


using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.Mentoring.Features.Waitlist;

public static class WaitlistEndpoints
{
    public static RouteGroupBuilder MapWaitlist(this RouteGroupBuilder api)
    {
        api.MapGet("/cohorts/{cohortId:int}/waitlist", async Task<Ok<List<WaitlistView>>> (int cohortId, ClaimsPrincipal user, IProgramAccess access, WaitlistHandler h, CancellationToken ct) =>
            {
                if (!user.IsInRole(Roles.Executive)) await access.RequireManagesAsync(user, ProgramScope.Cohort, cohortId, ct);
                return TypedResults.Ok(await h.WaitlistAsync(cohortId, ct));
            })
            .RequireAuthorization(ProgramPolicies.Dashboard).WithName("GetMentoringWaitlist").WithSummary("A cohort's open waitlist: unfilled (participant, role) slots with the reason.").Validated();
        return api;
    }
}
