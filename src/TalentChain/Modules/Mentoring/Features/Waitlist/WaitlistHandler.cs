using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Mentoring.Features.Waitlist;

/// <summary>A cohort's open waitlist: unfilled (participant, role) slots with the reason.</summary>
public sealed class WaitlistHandler(TalentChainDbContext db, MentoringLabels labels)
{
    public async Task<List<WaitlistView>> WaitlistAsync(int cohortId, CancellationToken ct = default)
    {
        var rows = await db.MentoringWaitlist.AsNoTracking().Include(w => w.Participant).ThenInclude(p => p!.Employee)
            .Where(w => w.Participant!.CohortId == cohortId && w.FilledOn == null).OrderBy(w => w.Id).ToListAsync(ct);
        return [.. rows.Select(labels.WaitView)];
    }
}
