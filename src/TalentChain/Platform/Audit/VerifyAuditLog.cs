using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Audit;

public enum AuditAnchorState
{
    /// <summary>No checkpoint yet: verified by the chain only, with no anchor.</summary>
    Unanchored,
    /// <summary>Checkpoints exist but no key is configured to check them.</summary>
    NoKey,
    /// <summary>Every checkpoint is genuine and the chain matches each of them.</summary>
    Anchored,
    /// <summary>A checkpointed head is missing, or fewer entries lead up to it than were checkpointed.</summary>
    Truncated,
    /// <summary>The hash at a checkpointed id differs (rewritten and re-hashed), or entries were inserted before it.</summary>
    Rewritten,
    /// <summary>A checkpoint line is not genuine: bad signature, unknown key, unreadable, or the file cannot be read.</summary>
    Forged,
}

public enum AuditAnchorProblemKind
{
    Truncated,
    Rewritten,
    Forged,
    UnknownKey,
    Unreadable,
    FileUnreadable,
}

/// <summary>One finding against one line of the checkpoint file (Line 0: the file itself).</summary>
public sealed record AuditAnchorProblem(
    AuditAnchorProblemKind Kind,
    int Line,
    DateTimeOffset? CheckpointAt,
    long? HeadId,
    long? CheckpointCount,
    long? ActualCount,
    string? CheckpointHash,
    string? ActualHash,
    string? KeyId);

/// <summary>A checkpoint as shown to users (no signature).</summary>
public sealed record AuditCheckpointView(int Line, DateTimeOffset At, string Node, long HeadId, long Count, string Hash, string KeyId)
{
    public static AuditCheckpointView Of(int line, AuditCheckpoint c) => new(line, c.At, c.Node, c.HeadId, c.Count, c.Hash, c.KeyId);
}

/// <summary>
/// The result of <c>audit verify</c>, the audit page and <c>POST /api/v1/audit/verify</c>: the chain, and the chain
/// against every signed checkpoint. <see cref="Messages"/> say what was verified against what, in the caller's language.
/// </summary>
public sealed record AuditVerification(
    bool Intact,
    long Checked,
    long? BrokenAtId,
    string? Reason,
    AuditAnchorState Anchor,
    AuditCheckpointView? Checkpoint,
    long NewerEntries,
    int Checkpoints,
    IReadOnlyList<AuditAnchorProblem> Problems,
    int MoreProblems,
    IReadOnlyList<string> Messages);

/// <summary>Verifies the audit log against its chain and the signed checkpoints (page, API and CLI).</summary>
public sealed class VerifyAuditLogHandler(TalentChainDbContext db, AuditAnchorKeys keys, AuditCheckpointFile file, IStringLocalizer<AuditResource> A)
{
    private const int MaxProblems = 100;

    public async Task<AuditVerification> HandleAsync(CancellationToken ct = default)
    {
        var problems = new List<AuditAnchorProblem>();
        IReadOnlyList<AuditCheckpointLine> lines;
        try
        {
            lines = await file.ReadAllAsync(ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            lines = [];
            problems.Add(new AuditAnchorProblem(AuditAnchorProblemKind.FileUnreadable, 0, null, null, null, null, null, null, null));
        }

        var genuine = new List<AuditCheckpointLine>();
        var noKey = lines.Count > 0 && !keys.CanVerify;
        if (!noKey)
        {
            foreach (var line in lines)
            {
                if (line.Checkpoint is not { } c)
                {
                    problems.Add(new AuditAnchorProblem(AuditAnchorProblemKind.Unreadable, line.Number, null, null, null, null, null, null, null));
                    continue;
                }
                switch (keys.Verify(c.KeyId, c.Payload, c.Signature))
                {
                    case true: genuine.Add(line); break;
                    case false: problems.Add(new AuditAnchorProblem(AuditAnchorProblemKind.Forged, line.Number, c.At, c.HeadId, c.Count, null, c.Hash, null, c.KeyId)); break;
                    case null: problems.Add(new AuditAnchorProblem(AuditAnchorProblemKind.UnknownKey, line.Number, c.At, c.HeadId, c.Count, null, c.Hash, null, c.KeyId)); break;
                }
            }
        }

        var walk = await AuditVerifier.WalkAsync(db, ChainStart.Genesis, upToId: null, genuine.Select(g => g.Checkpoint!.HeadId).ToHashSet(), ct);

        AuditCheckpointLine? matched = null;
        foreach (var line in genuine)
        {
            var c = line.Checkpoint!;
            if (!walk.Seen.TryGetValue(c.HeadId, out var now))
                problems.Add(new AuditAnchorProblem(AuditAnchorProblemKind.Truncated, line.Number, c.At, c.HeadId, c.Count, null, c.Hash, null, c.KeyId));
            else if (now.Hash != c.Hash || now.Count > c.Count)
                problems.Add(new AuditAnchorProblem(AuditAnchorProblemKind.Rewritten, line.Number, c.At, c.HeadId, c.Count, now.Count, c.Hash, now.Hash, c.KeyId));
            else if (now.Count < c.Count)
                problems.Add(new AuditAnchorProblem(AuditAnchorProblemKind.Truncated, line.Number, c.At, c.HeadId, c.Count, now.Count, c.Hash, now.Hash, c.KeyId));
            else
                matched = line;
        }
        problems.Sort((a, b) => a.Line.CompareTo(b.Line));

        var state = problems.Count > 0 ? StateOf(problems)
            : noKey ? AuditAnchorState.NoKey
            : genuine.Count == 0 ? AuditAnchorState.Unanchored
            : AuditAnchorState.Anchored;
        var intact = walk.BrokenAtId is null && problems.Count == 0 && !noKey;
        var view = matched is null ? null : AuditCheckpointView.Of(matched.Number, matched.Checkpoint!);
        var newer = view is null ? walk.Checked : walk.Checked - walk.Seen[view.HeadId].Count;
        var shown = problems.Take(MaxProblems).ToList();
        var result = new AuditVerification(intact, walk.BrokenAtId is null ? walk.Checked : walk.CheckedBeforeBreak, walk.BrokenAtId, walk.Reason,
            state, view, newer, lines.Count, shown, problems.Count - shown.Count, []);
        return result with { Messages = Describe(result, walk.Checked) };
    }

    /// <summary>The worst finding names the state: a missing or shortened log first, then a rewrite, then a bad checkpoint.</summary>
    private static AuditAnchorState StateOf(List<AuditAnchorProblem> problems) =>
        problems.Any(p => p.Kind == AuditAnchorProblemKind.Truncated) ? AuditAnchorState.Truncated
        : problems.Any(p => p.Kind == AuditAnchorProblemKind.Rewritten) ? AuditAnchorState.Rewritten
        : AuditAnchorState.Forged;

    private List<string> Describe(AuditVerification v, long total)
    {
        var messages = new List<string>
        {
            v.Intact ? A["Anchor.Intact", total].Value : A["Anchor.NotIntact", total].Value,
        };
        if (v.BrokenAtId is { } broken) messages.Add(A["Audit.Broken", broken, v.Checked].Value);
        switch (v.Anchor)
        {
            case AuditAnchorState.Unanchored:
                messages.Add(A["Anchor.ChainOnly"].Value);
                if (!keys.CanSign) messages.Add(A["Anchor.NoKeyConfigured"].Value);
                break;
            case AuditAnchorState.NoKey:
                messages.Add(A["Anchor.NoKey", v.Checkpoints].Value);
                break;
            case AuditAnchorState.Anchored when v.Checkpoint is { } c:
                messages.Add(A["Anchor.Matched", When(c.At), c.HeadId, Short(c.Hash), c.Count, v.Checkpoints].Value);
                messages.Add(v.NewerEntries > 0 ? A["Anchor.Newer", v.NewerEntries].Value : A["Anchor.NoNewer"].Value);
                break;
        }
        foreach (var p in v.Problems.Take(10)) messages.Add(Describe(p));
        var more = v.Problems.Count - Math.Min(10, v.Problems.Count) + v.MoreProblems;
        if (more > 0) messages.Add(A["Anchor.MoreProblems", more].Value);
        return messages;
    }

    private string Describe(AuditAnchorProblem p) => p.Kind switch
    {
        AuditAnchorProblemKind.Truncated when p.ActualCount is null => A["Anchor.Truncated.Missing", p.HeadId ?? 0, When(p.CheckpointAt), p.Line, p.CheckpointCount ?? 0].Value,
        AuditAnchorProblemKind.Truncated => A["Anchor.Truncated.Fewer", When(p.CheckpointAt), p.Line, p.CheckpointCount ?? 0, p.HeadId ?? 0, p.ActualCount ?? 0].Value,
        AuditAnchorProblemKind.Rewritten when p.ActualHash != p.CheckpointHash => A["Anchor.Rewritten", p.HeadId ?? 0, Short(p.ActualHash), When(p.CheckpointAt), p.Line, Short(p.CheckpointHash)].Value,
        AuditAnchorProblemKind.Rewritten => A["Anchor.Rewritten.More", When(p.CheckpointAt), p.Line, p.CheckpointCount ?? 0, p.HeadId ?? 0, p.ActualCount ?? 0].Value,
        AuditAnchorProblemKind.Forged => A["Anchor.Forged", p.Line, p.HeadId ?? 0, When(p.CheckpointAt)].Value,
        AuditAnchorProblemKind.UnknownKey => A["Anchor.UnknownKey", p.Line, p.KeyId ?? ""].Value,
        AuditAnchorProblemKind.Unreadable => A["Anchor.Unreadable", p.Line].Value,
        _ => A["Anchor.FileUnreadable"].Value,
    };

    internal static string When(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "";

    internal static string Short(string? hash) => hash is null ? "" : hash[..Math.Min(12, hash.Length)] + "…";
}
