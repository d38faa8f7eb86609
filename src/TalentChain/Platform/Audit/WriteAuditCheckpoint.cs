using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;

namespace TalentChain.Platform.Audit;

public enum AuditCheckpointOutcome
{
    /// <summary>A new signed line was appended.</summary>
    Written,
    /// <summary>The head has not moved since the last genuine checkpoint (or another node just wrote it): nothing appended.</summary>
    Unchanged,
    EmptyLog,
    NoKey,
    /// <summary>Nothing signed: the log no longer matches the last checkpoint, or its chain is broken after it.</summary>
    Refused,
}

public sealed record AuditCheckpointResult(AuditCheckpointOutcome Outcome, AuditCheckpointView? Checkpoint, string Message);

/// <summary>
/// Signs the chain's head and appends it to the checkpoint file — periodically (<see cref="AuditCheckpointTask"/>) and
/// on demand (audit page, API, <c>audit checkpoint</c>). Signs only a head whose chain verifies from the last genuine
/// checkpoint (from the start for the first one), so a tampered log is never blessed; that walk covers only the
/// entries since the last checkpoint.
/// </summary>
public sealed partial class AuditCheckpointWriter(
    TalentChainDbContext db,
    AuditAnchorKeys keys,
    AuditCheckpointFile file,
    TimeProvider clock,
    IStringLocalizer<AuditResource> A,
    ILogger<AuditCheckpointWriter> log)
{
    public async Task<AuditCheckpointResult> WriteAsync(CancellationToken ct = default)
    {
        if (!keys.CanSign) return new AuditCheckpointResult(AuditCheckpointOutcome.NoKey, null, A["Anchor.Checkpoint.NoKey"].Value);
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Select(a => new { a.Id, a.Hash }).FirstOrDefaultAsync(ct);
        if (head is null) return new AuditCheckpointResult(AuditCheckpointOutcome.EmptyLog, null, A["Anchor.Checkpoint.Empty"].Value);

        var last = (await file.ReadAllAsync(ct)).LastOrDefault(l => l.Checkpoint is { } c && IsGenuine(c));
        if (last?.Checkpoint is { } previous && previous.HeadId == head.Id && previous.Hash == head.Hash)
            return Unchanged(AuditCheckpointView.Of(last.Number, previous));

        var start = ChainStart.Genesis;
        if (last?.Checkpoint is { } anchor)
        {
            var hashThen = await db.AuditEntries.AsNoTracking().Where(a => a.Id == anchor.HeadId).Select(a => a.Hash).FirstOrDefaultAsync(ct);
            var countThen = await db.AuditEntries.LongCountAsync(a => a.Id <= anchor.HeadId, ct);
            if (hashThen != anchor.Hash || countThen != anchor.Count)
            {
                LogRefusedAnchor(log, anchor.HeadId, anchor.At);
                return new AuditCheckpointResult(AuditCheckpointOutcome.Refused, null,
                    A["Anchor.Checkpoint.Mismatch", VerifyAuditLogHandler.When(anchor.At), anchor.HeadId].Value);
            }
            start = new ChainStart(anchor.HeadId, anchor.Hash, anchor.Count);
        }
        var walk = await AuditVerifier.WalkAsync(db, start, upToId: head.Id, new HashSet<long>(), ct);
        if (walk.BrokenAtId is { } broken)
        {
            LogRefusedBroken(log, broken);
            return new AuditCheckpointResult(AuditCheckpointOutcome.Refused, null, A["Anchor.Checkpoint.Broken", broken].Value);
        }

        var checkpoint = AuditCheckpoint.Create(keys, clock.GetUtcNow(), Environment.MachineName, walk.LastId, walk.Checked, walk.LastHash);
        // Under the file lock: another node may have appended this head, or a newer one, since the file was read above.
        if (!await file.AppendAsync(checkpoint, c => IsGenuine(c) && c.HeadId >= checkpoint.HeadId, ct))
            return Unchanged(null);
        var view = AuditCheckpointView.Of(0, checkpoint);
        LogWritten(log, checkpoint.HeadId, checkpoint.Count, file.FullPath);
        return new AuditCheckpointResult(AuditCheckpointOutcome.Written, view,
            A["Anchor.Checkpoint.Written", checkpoint.HeadId, VerifyAuditLogHandler.Short(checkpoint.Hash), checkpoint.Count].Value);
    }

    private bool IsGenuine(AuditCheckpoint c) => keys.Verify(c.KeyId, c.Payload, c.Signature) == true;

    private AuditCheckpointResult Unchanged(AuditCheckpointView? last) =>
        new(AuditCheckpointOutcome.Unchanged, last, A["Anchor.Checkpoint.Unchanged"].Value);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit checkpoint written: entry {HeadId}, {Count} entries, to {Path}")]
    private static partial void LogWritten(ILogger logger, long headId, long count, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit checkpoint NOT written: the log no longer matches the signed checkpoint at entry {HeadId} of {At} (truncated or rewritten); run `audit verify`")]
    private static partial void LogRefusedAnchor(ILogger logger, long headId, DateTimeOffset at);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit checkpoint NOT written: the audit chain is broken at entry {Id}; run `audit verify`")]
    private static partial void LogRefusedBroken(ILogger logger, long id);
}

/// <summary>Checkpoints the audit chain's head on every node; idempotent: no line when the head did not move.</summary>
public sealed class AuditCheckpointTask(AuditCheckpointWriter writer, IOptions<AuditAnchorOptions> options) : IPeriodicTask
{
    public const string TaskName = "audit.checkpoint";
    public string Name => TaskName;
    public TimeSpan Interval => options.Value.CheckpointInterval;
    public Task RunAsync(CancellationToken ct) => writer.WriteAsync(ct);
}
