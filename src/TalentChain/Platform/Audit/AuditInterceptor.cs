using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Audit;

/// <summary>
/// Appends hash-chained audit rows for every save, in the same transaction as the change. Before the save it captures
/// the row changes (secret columns as "***", see <see cref="SecretColumns"/>) and, unless the caller has one, begins a
/// transaction; after the save — when database-generated keys are known — it appends the rows, saves them and commits.
/// Scoped, one per DbContext: it carries the save in progress from SavingChanges to SavedChanges.
/// The sync and async paths do the same work, each with its own kind of call (no sync-over-async).
/// </summary>
internal sealed class AuditInterceptor : SaveChangesInterceptor
{
    /// <summary>Several app nodes may share one PostgreSQL: appends are serialised so the chain never forks.</summary>
    private const string AppendLock = "SELECT pg_advisory_xact_lock(727274)";

    private List<AuditDraft>? _drafts;
    private IDbContextTransaction? _ownTransaction;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Capture(eventData.Context) is { } db) _ownTransaction = db.Database.BeginTransaction();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (Capture(eventData.Context) is { } db) _ownTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is not TalentChainDbContext { WritingAuditRows: false } db || _drafts is not { } drafts) return result;
        try
        {
            db.WritingAuditRows = true;
            if (db.Database.IsNpgsql()) db.Database.ExecuteSqlRaw(AppendLock);
            // SQLite: the data written above already holds the database's write lock until commit.
            Append(db, drafts, db.AuditEntries.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefault());
            db.SaveChanges();
            _ownTransaction?.Commit();
        }
        finally
        {
            db.WritingAuditRows = false;
            Reset();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not TalentChainDbContext { WritingAuditRows: false } db || _drafts is not { } drafts) return result;
        try
        {
            db.WritingAuditRows = true;
            if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync(AppendLock, cancellationToken);
            // SQLite: the data written above already holds the database's write lock until commit.
            Append(db, drafts, await db.AuditEntries.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            if (_ownTransaction is not null) await _ownTransaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.WritingAuditRows = false;
            await ResetAsync();
        }
        return result;
    }

    // A failed or cancelled save rolls back the transaction begun for it (disposing it rolls back).
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => EndFailed(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        EndFailedAsync(eventData.Context);

    // EF reports a concurrency conflict through its own callback, not SaveChangesFailed: without this, the transaction
    // begun for the save stays open until the context is disposed, and on SQLite it keeps the write lock.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        EndFailed(eventData.Context);
        return result;
    }

    public override async ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await EndFailedAsync(eventData.Context);
        return result;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => EndFailed(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        EndFailedAsync(eventData.Context);

    private void EndFailed(DbContext? context)
    {
        if (context is TalentChainDbContext { WritingAuditRows: false }) Reset();
    }

    private Task EndFailedAsync(DbContext? context) =>
        context is TalentChainDbContext { WritingAuditRows: false } ? ResetAsync() : Task.CompletedTask;

    private void Reset()
    {
        _ownTransaction?.Dispose();
        _ownTransaction = null;
        _drafts = null;
    }

    private async Task ResetAsync()
    {
        if (_ownTransaction is not null) await _ownTransaction.DisposeAsync();
        _ownTransaction = null;
        _drafts = null;
    }

    /// <summary>Captures this save's audit drafts; returns the context when a transaction of our own must begin.</summary>
    private TalentChainDbContext? Capture(DbContext? context)
    {
        if (context is not TalentChainDbContext { WritingAuditRows: false } db) return null;
        // Whatever a save that failed before EF could report it left behind ends here.
        Reset();
        var drafts = db.AuditRowChanges ? CaptureRowChanges(db) : [];
        if (drafts.Count == 0 && db.PendingAuditEvents.Count == 0) return null;
        _drafts = drafts;
        return db.Database.CurrentTransaction is null ? db : null;
    }

    private sealed record AuditDraft(EntityEntry Entry, AuditAction Action, Dictionary<string, string?[]> Changes, string? Key);

    private static List<AuditDraft> CaptureRowChanges(TalentChainDbContext db)
    {
        var drafts = new List<AuditDraft>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (IsNotAudited(entry.Entity) || entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            var changes = new Dictionary<string, string?[]>();
            foreach (var p in entry.Properties)
            {
                if (p.Metadata.IsPrimaryKey() && entry.State == EntityState.Added) continue;
                var secret = p.Metadata.IsSecret();
                switch (entry.State)
                {
                    case EntityState.Added:
                        changes[p.Metadata.Name] = [null, secret ? "***" : Format(p.CurrentValue)];
                        break;
                    case EntityState.Deleted:
                        changes[p.Metadata.Name] = [secret ? "***" : Format(p.OriginalValue), null];
                        break;
                    case EntityState.Modified when p.IsModified && !Equals(p.OriginalValue, p.CurrentValue):
                        changes[p.Metadata.Name] = secret ? ["***", "***"] : [Format(p.OriginalValue), Format(p.CurrentValue)];
                        break;
                }
            }
            if (entry.State == EntityState.Modified && changes.Count == 0) continue;
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Insert,
                EntityState.Deleted => AuditAction.Delete,
                _ => AuditAction.Update,
            };
            // Keys generated by the database are read after the first save.
            drafts.Add(new AuditDraft(entry, action, changes, entry.State == EntityState.Added ? null : KeyOf(entry)));
        }
        return drafts;
    }

    /// <summary>
    /// Derived or secret rows stay out of the audit chain: our own types say so with <see cref="INotAudited"/>; the
    /// data-protection package's key entity cannot, and its XML (the key ring, encrypted) is no business of the audit log.
    /// </summary>
    internal static bool IsNotAudited(object entity) => entity is INotAudited or DataProtectionKey;

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? "" : string.Join(",", key.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
    }

    internal static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static void Append(TalentChainDbContext db, List<AuditDraft> drafts, string? lastHash)
    {
        var previous = lastHash ?? AuditChain.Genesis;
        var now = AuditChain.Truncate(db.Clock.GetUtcNow());
        var user = db.CurrentUser.Name;
        var rows = drafts.Select(d => (Entity: d.Entry.Metadata.ClrType.Name, Key: d.Key ?? KeyOf(d.Entry), d.Action, d.Changes))
            .Concat(db.PendingAuditEvents.Select(e => (e.Entity, e.Key, Action: AuditAction.Event, Changes: e.Details)));
        foreach (var (entity, key, action, changes) in rows)
        {
            var row = new AuditEntry
            {
                At = now,
                UserName = user,
                Action = action,
                Entity = entity,
                EntityKey = key,
                Changes = JsonSerializer.Serialize(changes),
                PreviousHash = previous,
                Hash = "",
            };
            row.Hash = AuditChain.ComputeHash(row);
            previous = row.Hash;
            db.AuditEntries.Add(row);
        }
        db.PendingAuditEvents.Clear();
    }
}
