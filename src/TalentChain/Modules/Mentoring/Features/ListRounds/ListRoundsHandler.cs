using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;


using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.Mentoring.Features.ListRounds;

/// <summary>The matching rounds, newest first (of a cohort, or the open ones).</summary>
public sealed class ListRoundsHandler(TalentChainDbContext db, MentoringLabels labels)
{
    public async Task<List<RoundSummary>> ListAsync(int? cohortId, bool openOnly, CancellationToken ct = default)
    {
        var q = db.MentoringRounds.AsNoTracking().Include(r => r.Cohort).ThenInclude(c => c!.Program).AsQueryable();
        if (cohortId is { } c) q = q.Where(r => r.CohortId == c);
        if (openOnly) q = q.Where(r => r.Status == MentoringRoundStatus.Open);
        var rounds = await q.OrderByDescending(r => r.Id).ToListAsync(ct);
        var ids = rounds.Select(r => r.Id).ToList();
        var counts = await db.MentoringRoundParticipants.Where(p => ids.Contains(p.RoundId)).GroupBy(p => p.RoundId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var vols = await db.MentoringVolunteers.Where(p => ids.Contains(p.RoundId)).GroupBy(p => p.RoundId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return [.. rounds.Select(r => labels.Summary(r, counts.GetValueOrDefault(r.Id), vols.GetValueOrDefault(r.Id)))];
    }
}
