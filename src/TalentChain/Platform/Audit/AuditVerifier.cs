using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Audit;

public sealed record AuditVerification(bool Intact, long Checked, long? BrokenAtId, string? Reason);

public static class AuditVerifier
{
    /// <summary>Walks the log in order, recomputing each hash and checking each link to its predecessor.</summary>
    public static async Task<AuditVerification> VerifyAsync(TalentChainDbContext db, CancellationToken ct = default)
    {
        var previous = AuditChain.Genesis;
        long checkedCount = 0;
        long lastId = 0;
        while (true)
        {
            var page = await db.AuditEntries.AsNoTracking().Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(5000).ToListAsync(ct);
            if (page.Count == 0) return new AuditVerification(true, checkedCount, null, null);
            foreach (var e in page)
            {
                if (e.PreviousHash != previous)
                    return new AuditVerification(false, checkedCount, e.Id, "its previous-hash does not match the entry before it (an entry was removed or altered)");
                if (AuditChain.ComputeHash(e) != e.Hash)
                    return new AuditVerification(false, checkedCount, e.Id, "its content does not match its hash (the entry was altered)");
                previous = e.Hash;
                checkedCount++;
                lastId = e.Id;
            }
        }
    }
}
