using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.TalentProgram;

/// <summary>
/// Need-to-know skill levels (People's rule, ADR 0030): a program manager sees them for the current participants of
/// the programs they run — they set those people's development goals. Administrators see every level anyway.
/// </summary>
public sealed class ProgramSkillAudience(TalentChainDbContext db, ProgramAccess access) : ISkillLevelAudience
{
    public async Task<bool> MaySeeLevelsOfAsync(ClaimsPrincipal viewer, int? viewerEmployeeId, int employeeId, CancellationToken ct = default)
    {
        if (!viewer.IsInRole(Roles.ProgramManager)) return false;
        var programs = await db.Participants.AsNoTracking().Where(p => p.EmployeeId == employeeId && p.Status == ParticipantStatus.Selected)
            .Select(p => p.Cohort!.ProgramId).Distinct().ToListAsync(ct);
        foreach (var program in programs)
            if (await access.ManagesProgramAsync(viewer, program, ct)) return true;
        return false;
    }
}
