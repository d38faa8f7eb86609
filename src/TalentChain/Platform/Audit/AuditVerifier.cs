using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Audit;

/// <summary>The chain checked against itself only: each hash recomputed and each link to its predecessor checked.</summary>
public sealed record AuditChainResult(bool Intact, long Checked, long? BrokenAtId, string? Reason);

/// <summary>Where a walk starts: after entry <paramref name="AfterId"/>, whose hash is <paramref name="PreviousHash"/>, with <paramref name="CountBefore"/> entries up to it.</summary>
internal sealed record ChainStart(long AfterId, string PreviousHash, long CountBefore)
{
    public static readonly ChainStart Genesis = new(0, AuditChain.Genesis, 0);
}

/// <summary>
/// A walk of the chain. <see cref="Seen"/> holds, for each watched id present in the table, the number of entries up
/// to it and its stored hash — what a checkpoint of that id is compared with.
/// </summary>
internal sealed record ChainWalk(long Checked, long LastId, string LastHash, long? BrokenAtId, long CheckedBeforeBreak, string? Reason, IReadOnlyDictionary<long, (long Count, string Hash)> Seen);

public static class AuditVerifier
{
    /// <summary>Walks the whole log in order, recomputing each hash and checking each link to its predecessor.</summary>
    public static async Task<AuditChainResult> VerifyAsync(TalentChainDbContext db, CancellationToken ct = default)
    {
        var walk = await WalkAsync(db, ChainStart.Genesis, upToId: null, watch: new HashSet<long>(), ct);
        return new AuditChainResult(walk.BrokenAtId is null, walk.BrokenAtId is null ? walk.Checked : walk.CheckedBeforeBreak, walk.BrokenAtId, walk.Reason);
    }

    /// <summary>
    /// Walks the entries after <paramref name="start"/> (up to <paramref name="upToId"/>) to the end, even past a broken
    /// link, so the counts at the watched ids are right; reports the first broken link.
    /// </summary>
    internal static async Task<ChainWalk> WalkAsync(TalentChainDbContext db, ChainStart start, long? upToId, IReadOnlySet<long> watch, CancellationToken ct)
    {
        var previous = start.PreviousHash;
        var count = start.CountBefore;
        var lastId = start.AfterId;
        long? brokenAt = null;
        long checkedBeforeBreak = 0;
        string? reason = null;
        var seen = new Dictionary<long, (long, string)>();
        var limit = upToId ?? long.MaxValue;
        while (true)
        {
            var page = await db.AuditEntries.AsNoTracking().Where(a => a.Id > lastId && a.Id <= limit).OrderBy(a => a.Id).Take(5000).ToListAsync(ct);
            if (page.Count == 0) return new ChainWalk(count, lastId, previous, brokenAt, checkedBeforeBreak, reason, seen);
            foreach (var e in page)
            {
                if (brokenAt is null)
                {
                    reason = e.PreviousHash != previous
                        ? "its previous-hash does not match the entry before it (an entry was removed or altered)"
                        : AuditChain.ComputeHash(e) != e.Hash ? "its content does not match its hash (the entry was altered)" : null;
                    if (reason is not null)
                    {
                        brokenAt = e.Id;
                        checkedBeforeBreak = count;
                    }
                }
                // Go on from the stored hash: one altered entry is reported once, not as a break at every later entry.
                previous = e.Hash;
                count++;
                lastId = e.Id;
                if (watch.Contains(e.Id)) seen[e.Id] = (count, e.Hash);
            }
        }
    }
}
