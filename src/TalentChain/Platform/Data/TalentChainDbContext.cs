using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TalentChain.Modules.People.Domain;
using TalentChain.Platform.Audit;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Jobs;

namespace TalentChain.Platform.Data;

/// <summary>
/// The one DbContext. Handlers use it directly. SaveChanges runs module hooks, bumps optimistic-concurrency
/// versions, and appends hash-chained audit rows in the same transaction as the change.
/// <remarks>Each module adds its own DbSets in a partial file under <c>Modules/&lt;Module&gt;/Data</c>.</remarks>
/// </summary>
public partial class TalentChainDbContext(
    DbContextOptions<TalentChainDbContext> options,
    ICurrentUser currentUser,
    TimeProvider clock,
    IEnumerable<ISaveChangesHook> hooks) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    // People
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<EmploymentEvent> EmploymentEvents => Set<EmploymentEvent>();
    public DbSet<TaxonomyNode> TaxonomyNodes => Set<TaxonomyNode>();
    public DbSet<SkillRecord> SkillRecords => Set<SkillRecord>();

    // Platform
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    public DbSet<SignInThrottleEntry> SignInThrottles => Set<SignInThrottleEntry>();
    public DbSet<BackgroundJob> BackgroundJobs => Set<BackgroundJob>();
    public DbSet<JobPayload> JobPayloads => Set<JobPayload>();
    public DbSet<PeriodicRun> PeriodicTaskRuns => Set<PeriodicRun>();
    /// <summary>The data-protection key ring (written by the package's repository; never audited, see <see cref="IsNotAudited"/>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public TimeProvider Clock => clock;
    public ICurrentUser CurrentUser => currentUser;

    /// <summary>Set false for bulk work that records its own summary audit event instead of one row per change.</summary>
    public bool AuditRowChanges { get; set; } = true;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TalentChainDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            // Directory free-text search is LIKE '%term%': a trigram GIN index turns the 100k-row scan into an index
            // lookup (measured: ~70 ms → 5–8 ms per query). SQLite has no equivalent; it scans.
            // fastupdate off: with it on, new and changed rows wait in the index's unsorted pending list (up to 4 MB)
            // until a vacuum, and every search reads that whole list — after seeding or an import of 100,000 people,
            // 485 pages, 503 buffers and 10–34 ms per search instead of 18 buffers and under 1 ms (ADR 0037).
            builder.HasPostgresExtension("pg_trgm");
            builder.Entity<Employee>().HasIndex(x => x.SearchText, "IX_Employees_SearchText_trgm").HasMethod("gin").HasOperators("gin_trgm_ops")
                .HasStorageParameter("fastupdate", false);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite has no date-time-offset type; store UTC ticks so instants sort and compare in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        }
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var hook in hooks) hook.BeforeSave(this);
        ChangeTracker.DetectChanges();

        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified) entry.Entity.Version++;
        }

        var drafts = AuditRowChanges ? CaptureAudit() : [];
        if (drafts.Count == 0 && _pendingEvents.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var ownTransaction = Database.CurrentTransaction is null;
        await using var tx = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
        // Database-generated keys are known only after the first save; the audit rows follow in the same transaction.
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        await AppendAuditAsync(drafts, cancellationToken);
        await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        if (tx is not null) await tx.CommitAsync(cancellationToken);
        return saved;
    }

    private readonly List<(string Entity, string Key, Dictionary<string, string?[]> Details)> _pendingEvents = [];

    /// <summary>Records an event (not a row change) — e.g. a report generated — with the next SaveChanges.</summary>
    public void RecordAuditEvent(string entity, string key, IReadOnlyDictionary<string, string?> details) =>
        _pendingEvents.Add((entity, key, details.ToDictionary(d => d.Key, d => new[] { null, d.Value })));

    private static readonly HashSet<string> SecretProperties =
        [nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp), nameof(PersonalAccessToken.SecretHash), "Value"];

    private sealed record AuditDraft(EntityEntry Entry, AuditAction Action, Dictionary<string, string?[]> Changes, string? Key);

    private List<AuditDraft> CaptureAudit()
    {
        var drafts = new List<AuditDraft>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (IsNotAudited(entry.Entity) || entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            var changes = new Dictionary<string, string?[]>();
            foreach (var p in entry.Properties)
            {
                if (p.Metadata.IsPrimaryKey() && entry.State == EntityState.Added) continue;
                var secret = SecretProperties.Contains(p.Metadata.Name);
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

    private async Task AppendAuditAsync(List<AuditDraft> drafts, CancellationToken ct)
    {
        if (drafts.Count == 0 && _pendingEvents.Count == 0) return;
        if (Database.IsNpgsql())
        {
            // Several app nodes may share one PostgreSQL: serialise appends so the chain never forks.
            await Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(727274)", ct);
        }
        // SQLite: the data written above already holds the database's write lock until commit.
        var previous = await AuditEntries.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct) ?? AuditChain.Genesis;
        var now = AuditChain.Truncate(clock.GetUtcNow());
        var user = currentUser.Name;
        var rows = drafts.Select(d => (Entity: d.Entry.Metadata.ClrType.Name, Key: d.Key ?? KeyOf(d.Entry), d.Action, d.Changes))
            .Concat(_pendingEvents.Select(e => (e.Entity, e.Key, Action: AuditAction.Event, Changes: e.Details)));
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
            AuditEntries.Add(row);
        }
        _pendingEvents.Clear();
    }
}

public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>PostgreSQL keeps microseconds; hash what the database will give back.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset t) => new(t.UtcTicks - t.UtcTicks % 10, TimeSpan.Zero);

    public static string ComputeHash(AuditEntry e)
    {
        var text = string.Join('\u001f',
            e.PreviousHash,
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.UserName,
            ((int)e.Action).ToString(CultureInfo.InvariantCulture),
            e.Entity,
            e.EntityKey,
            e.Changes);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
