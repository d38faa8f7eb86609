using Microsoft.EntityFrameworkCore;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

/// <summary>Every model change ships with a migration for each provider (eng/add-migration.sh).</summary>
public abstract class MigrationTests(TalentChainFactory app)
{
    [Fact]
    public void TheModel_HasNoChangesWithoutAMigration() =>
        Assert.False(app.WithDb(db => db.Database.HasPendingModelChanges()),
            "The EF model differs from the last migration's snapshot: run eng/add-migration.sh <Name> for both providers.");

    [Fact]
    public void EveryMigration_IsApplied() =>
        Assert.Empty(app.WithDb(db => db.Database.GetPendingMigrations().ToList()));
}

public sealed class SqliteMigrationTests(TalentChainFactory app) : MigrationTests(app), IClassFixture<TalentChainFactory>;

public sealed class PostgresMigrationTests(PostgresFactory app) : MigrationTests(app), IClassFixture<PostgresFactory>;
