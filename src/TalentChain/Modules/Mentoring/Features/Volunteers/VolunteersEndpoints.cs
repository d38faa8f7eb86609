using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Mentoring.Features.Volunteers;

public static class VolunteersEndpoints
{
    public static RouteGroupBuilder MapVolunteers(this RouteGroupBuilder api)
    {
        var round = api.MapGroup("/rounds/{id:int}");
        round.MapPost("/volunteers", async Task<Ok<VolunteerView>> (int id, VolunteerInput input, HttpContext http, MentoringAccess access, VolunteersHandler h, IStringLocalizer<MentoringResource> t, CancellationToken ct) =>
            {
                await access.RequireManageAsync(http.User, id, ct);
                if (input.EmployeeId is not { } employee) throw ValidationFailedException.For(t["Volunteer.Invalid"], nameof(input.EmployeeId), t["Volunteer.EmployeeRequired"]);
                return TypedResults.Ok(await h.VolunteerAsync(id, employee, input, http.Actor(), ct));
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("AddMentoringVolunteer").WithSummary("A program manager adds (or updates) a volunteer mentor with places per role and in total.").Validated();

        round.MapPut("/volunteers/me", async Task<Ok<VolunteerView>> (int id, VolunteerInput input, HttpContext http, IProgramAccess programs, VolunteersHandler h, IStringLocalizer<MentoringResource> t, CancellationToken ct) =>
            {
                if (!MentoringAccess.MayVolunteer(http.User) || await programs.ViewerEmployeeIdAsync(http.User, ct) is not { } me) throw new AccessDeniedException(t["Access.Volunteer"]);
                return TypedResults.Ok(await h.VolunteerAsync(id, me, input, http.Actor(), ct));
            })
            .WithName("VolunteerAsMentor").WithSummary("A mentor volunteers themself for an open round (or changes their places).").Validated();

        round.MapDelete("/volunteers/{employeeId:int}", async Task<NoContent> (int id, int employeeId, ClaimsPrincipal user, IProgramAccess programs, MentoringAccess access, VolunteersHandler h, CancellationToken ct) =>
            {
                if (await programs.ViewerEmployeeIdAsync(user, ct) != employeeId) await access.RequireManageAsync(user, id, ct);
                await h.WithdrawVolunteerAsync(id, employeeId, ct);
                return TypedResults.NoContent();
            })
            .WithName("WithdrawMentoringVolunteer").WithSummary("Withdraw a volunteer (themself, or a program manager); their pins and forbids go too.").Validated();
        return api;
    }
}
