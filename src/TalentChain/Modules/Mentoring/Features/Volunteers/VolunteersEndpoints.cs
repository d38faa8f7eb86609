using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Modules.TalentProgram.Contracts;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Mentoring.Features.Volunteers;

public static class VolunteersEndpoints
{
    public static RouteGroupBuilder MapVolunteers(this RouteGroupBuilder api)
    {
        var round = api.MapGroup("/rounds/{id:int}");
        round.MapPost("/volunteers", async Task<Ok<VolunteerView>> (int id, VolunteerInput input, HttpContext http, VolunteersHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.AddVolunteerAsync(http.User, id, input, http.Actor(), ct)))
            .RequireAuthorization(ProgramPolicies.Manage).WithName("AddMentoringVolunteer").WithSummary("A program manager adds (or updates) a volunteer mentor with places per role and in total.").Validated();

        round.MapPut("/volunteers/me", async Task<Ok<VolunteerView>> (int id, VolunteerInput input, HttpContext http, VolunteersHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.VolunteerMyselfAsync(http.User, id, input, http.Actor(), ct)))
            .WithName("VolunteerAsMentor").WithSummary("A mentor volunteers themself for an open round (or changes their places).").Validated();

        round.MapDelete("/volunteers/{employeeId:int}", async Task<NoContent> (int id, int employeeId, ClaimsPrincipal user, VolunteersHandler h, CancellationToken ct) =>
            {
                await h.WithdrawVolunteerAsync(user, id, employeeId, ct);
                return TypedResults.NoContent();
            })
            .WithName("WithdrawMentoringVolunteer").WithSummary("Withdraw a volunteer (themself, or a program manager); their pins and forbids go too.").Validated();
        return api;
    }
}
