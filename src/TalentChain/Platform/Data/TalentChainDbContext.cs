using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TalentChain.Platform.Audit;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Jobs;

namespace TalentChain.Platform.Data;

/// <summary>
/// The one DbContext. Handlers use it directly. What happens around a save (module hooks, versions, the hash-chained
/// audit rows in the same transaction) lives in interceptors: <see cref="SaveChangesHooksInterceptor"/>,
/// <see cref="VersionInterceptor"/>, <see cref="AuditInterceptor"/>.
/// <remarks>Each module declares its tables as extension properties in <c>Modules/&lt;Module&gt;/Data/&lt;Module&gt;Tables.cs</c>.</remarks>
/// </summary>
public partial class TalentChainDbContext(
    DbContextOptions<TalentChainDbContext> options,
    ICurrentUser currentUser,
    TimeProvider clock) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    // Platform
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    public DbSet<SignInThrottleEntry> SignInThrottles => Set<SignInThrottleEntry>();
    public DbSet<BackgroundJob> BackgroundJobs => Set<BackgroundJob>();
    public DbSet<JobPayload> JobPayloads => Set<JobPayload>();
    public DbSet<PeriodicRun> PeriodicTaskRuns => Set<PeriodicRun>();
    /// <summary>The data-protection key ring (written by the package's repository; never audited, see <see cref="AuditInterceptor.IsNotAudited"/>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public TimeProvider Clock => clock;
    public ICurrentUser CurrentUser => currentUser;

    /// <summary>Set false for bulk work that records its own summary audit event instead of one row per change.</summary>
    public bool AuditRowChanges { get; set; } = true;

    /// <summary>Records an event (not a row change) — e.g. a report generated — with the next SaveChanges.</summary>
    public void RecordAuditEvent(string entity, string key, IReadOnlyDictionary<string, string?> details) =>
        PendingAuditEvents.Add(new AuditEvent(entity, key, details.ToDictionary(d => d.Key, d => new[] { null, d.Value })));

    /// <summary>Events waiting for the next save; <see cref="AuditInterceptor"/> writes them and empties the list.</summary>
    internal List<AuditEvent> PendingAuditEvents { get; } = [];

    /// <summary>True while <see cref="AuditInterceptor"/> saves its own rows: the other interceptors leave that save alone.</summary>
    internal bool WritingAuditRows { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var assembly = typeof(TalentChainDbContext).Assembly;
        builder.ApplyConfigurationsFromAssembly(assembly);
        ModelConfigurations.Apply<IModelConfiguration>(assembly, c => c.Configure(builder));
        if (Database.IsNpgsql()) ModelConfigurations.Apply<IPostgresModelConfiguration>(assembly, c => c.Configure(builder));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: a reordered or renumbered enum cannot silently change what stored rows mean, and
        // the tables read without the code. Ordering or comparing them in SQL would then be by name: rank in C# (ADR 0041).
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
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
}

/// <summary>An audit event recorded with <see cref="TalentChainDbContext.RecordAuditEvent"/>, waiting for the next save.</summary>
internal sealed record AuditEvent(string Entity, string Key, Dictionary<string, string?[]> Details);
