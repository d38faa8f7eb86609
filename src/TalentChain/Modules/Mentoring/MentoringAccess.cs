using System.Security.Claims;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Mentoring;

/// <summary>Who may do what with a round (record level: the program the round belongs to).</summary>
public sealed class MentoringAccess(IProgramAccess access, RoundLoader rounds, IStringLocalizer<MentoringResource> t)
{
    /// <summary>Program managers of the round's program (and administrators) manage it.</summary>
    public async Task RequireManageAsync(ClaimsPrincipal user, int roundId, CancellationToken ct)
    {
        var program = await rounds.ProgramOfRoundAsync(roundId, ct) ?? throw new NotFoundException(t["Round.NotFound", roundId]);
        if (!await access.ManagesProgramAsync(user, program, ct)) throw new AccessDeniedException(t["Access.Round"]);
    }

    /// <summary>Managers of the program and executives (read only) see a whole round.</summary>
    public async Task<bool> RequireReadAsync(ClaimsPrincipal user, int roundId, CancellationToken ct)
    {
        var program = await rounds.ProgramOfRoundAsync(roundId, ct) ?? throw new NotFoundException(t["Round.NotFound", roundId]);
        if (await access.ManagesProgramAsync(user, program, ct)) return true;
        if (user.IsInRole(Roles.Executive)) return false;
        throw new AccessDeniedException(t["Access.Round"]);
    }

    public static bool MayVolunteer(ClaimsPrincipal user) => user.IsInRole(Roles.Mentor) || ProgramPolicies.IsManager(user);
}
