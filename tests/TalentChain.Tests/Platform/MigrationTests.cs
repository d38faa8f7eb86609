using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

/// <summary>Every model change ships with a migration for each provider (eng/add-migration.sh).</summary>
public abstract class MigrationTests(TalentChainFactory app)
{
    [Fact]
    public void Model_ComparedToMigrations_HasNoPendingChanges() =>
        Assert.False(app.WithDb(db => db.Database.HasPendingModelChanges()),
            "The EF model differs from the last migration's snapshot: run eng/add-migration.sh <Name> for both providers.");

    [Fact]
    public void Migrations_OnStartup_AreAllApplied() =>
        Assert.Empty(app.WithDb(db => db.Database.GetPendingMigrations().ToList()));

    [Fact]
    public async Task Migrate_CreatesQuartzJobStoreTables_AndRunsAgainWithoutHarm()
    {
        await app.WithDbAsync(async db =>
        {
            await DatabaseMigrator.MigrateAsync(db);
            return 0;
        });
        var sql = app.WithDb(db => db.Database.IsNpgsql())
            ? "SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'qrtz!_%' ESCAPE '!'"
            : "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND lower(name) LIKE 'qrtz!_%' ESCAPE '!'";
        Assert.True(await app.WithDbAsync(db => db.Database.SqlQueryRaw<int>(sql).SingleAsync()) >= 12);
        // Quartz's own schema check passed: the scheduler is running on it.
        var scheduler = await app.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler(CancellationToken.None);
        Assert.Equal(JobSchedulingSetup.SchedulerName, scheduler.SchedulerName);
    }
}

public sealed class SqliteMigrationTests(TalentChainFactory app) : MigrationTests(app), IClassFixture<TalentChainFactory>;

public sealed class PostgresMigrationTests(PostgresFactory app) : MigrationTests(app), IClassFixture<PostgresFactory>;
