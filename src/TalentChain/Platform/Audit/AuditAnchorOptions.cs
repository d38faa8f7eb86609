namespace TalentChain.Platform.Audit;

/// <summary>
/// The anchor of the audit chain: a key the database does not hold signs the chain's head, and the signed heads
/// (checkpoints) are appended to a file outside the database. See docs/audit-chain.md and docs/adr/0028.
/// </summary>
public sealed class AuditAnchorOptions
{
    public const string Section = "Audit";

    /// <summary>Secret: base64 of at least 32 random bytes (<c>openssl rand -base64 32</c>). Or use <see cref="AnchorKeyFile"/>.</summary>
    public string? AnchorKey { get; set; }

    /// <summary>A file holding the base64 key; relative paths are under the content root.</summary>
    public string? AnchorKeyFile { get; set; }

    /// <summary>Secrets: keys used before a rotation, base64; they only verify old checkpoints, never sign.</summary>
    public List<string> RetiredAnchorKeys { get; set; } = [];

    /// <summary>The JSON-lines file the checkpoints are appended to; relative paths are under the content root.</summary>
    public string CheckpointPath { get; set; } = "data/audit-checkpoints.jsonl";

    /// <summary>How often the periodic task checkpoints the head (only when it moved).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Outside Development the app refuses to start without a key; set true to start anyway (a warning at start-up
    /// and on the audit page: the chain is then only checked against itself).
    /// </summary>
    public bool AllowUnanchored { get; set; }

    /// <summary>Where the Development key file is generated when no key is configured (outside the database).</summary>
    public const string DevelopmentKeyFile = "data/audit-anchor.key";
}
