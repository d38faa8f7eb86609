using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace TalentChain.Platform.Data;

public static class DatabaseMigrator
{
    /// <summary>Applies pending migrations, then creates Quartz's job store tables if missing (ADR 0034). On PostgreSQL an advisory lock keeps several starting nodes from racing.</summary>
    public static async Task MigrateAsync(TalentChainDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsNpgsql())
        {
            // The advisory lock needs a connection, so the database itself must exist first (a fresh server, seed --reset).
            var creator = db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>();
            if (!await creator.ExistsAsync(ct))
            {
                try { await creator.CreateAsync(ct); }
                catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.DuplicateDatabase) { } // another node won the race
            }
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(727273)", ct);
                await CreateHistoryTableAsync(db, ct);
                await db.Database.MigrateAsync(ct);
                await Jobs.QuartzSchema.EnsureAsync(db, ct);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(727273)", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }
        else
        {
            await CreateHistoryTableAsync(db, ct);
            await db.Database.MigrateAsync(ct);
            await Jobs.QuartzSchema.EnsureAsync(db, ct);
        }
    }

    /// <summary>
    /// On an empty database EF reads the migrations history before creating it and logs the failed query as an error
    /// (the first thing an operator would see); creating the table first keeps a clean first start clean.
    /// </summary>
    private static Task<bool> CreateHistoryTableAsync(TalentChainDbContext db, CancellationToken ct) =>
        db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().CreateIfNotExistsAsync(ct);
}
