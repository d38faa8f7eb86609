using TalentChain.Platform.Data;

namespace TalentChain.Platform.Audit;

public enum AuditAction
{
    Insert = 1,
    Update = 2,
    Delete = 3,
    /// <summary>Not a row change: a recorded event such as a report generation or a sign-in.</summary>
    Event = 4,
}

/// <summary>
/// One row of the append-only, hash-chained audit log: Hash = SHA-256(PreviousHash | fields). Altering or
/// deleting any row breaks the chain at that row; <c>audit verify</c> finds the first broken link.
/// </summary>
public class AuditEntry : INotAudited
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string UserName { get; set; }
    public AuditAction Action { get; set; }
    public required string Entity { get; set; }
    public required string EntityKey { get; set; }
    /// <summary>JSON object: field → [before, after] (strings, invariant culture).</summary>
    public required string Changes { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
