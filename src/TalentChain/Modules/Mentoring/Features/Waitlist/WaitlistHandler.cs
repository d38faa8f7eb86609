using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Mentoring.Features.Waitlist;

/// <summary>A cohort's open waitlist: unfilled (participant, role) slots with the reason.</summary>
public sealed class WaitlistHandler(TalentChainDbContext db, IProgramAccess access, MentoringLabels labels)
{
    /// <summary>Executives see every cohort's waitlist; program managers only those of the programs they run (403 otherwise).</summary>
    public async Task<List<WaitlistView>> WaitlistAsync(ClaimsPrincipal user, int cohortId, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Executive)) await access.RequireManagesAsync(user, ProgramScope.Cohort, cohortId, ct);
        return await WaitlistAsync(cohortId, ct);
    }

    /// <summary>Without a check: for a use case that already checked the round the cohort belongs to.</summary>
    internal async Task<List<WaitlistView>> WaitlistAsync(int cohortId, CancellationToken ct = default)
    {
        var rows = await db.MentoringWaitlist.AsNoTracking().Include(w => w.Participant).ThenInclude(p => p!.Employee)
            .Where(w => w.Participant!.CohortId == cohortId && w.FilledOn == null).OrderBy(w => w.Id).ToListAsync(ct);
        return [.. rows.Select(labels.WaitView)];
    }
}
