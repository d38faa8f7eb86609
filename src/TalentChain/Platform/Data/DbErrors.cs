using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace TalentChain.Platform.Data;

/// <summary>
/// What a failed save means, for the few places that expect one kind of failure. Catch only that kind
/// (<c>catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))</c>); anything else is a real error and must
/// surface (a 500 with the log, a failed job), never be shown as wrong data or a misleading message (ADR 0035).
/// </summary>
public static class DbErrors
{
    /// <summary>SQLite's extended result codes for a unique index and a primary key.</summary>
    private const int SqliteConstraintUnique = 2067, SqliteConstraintPrimaryKey = 1555;

    /// <summary>
    /// The save failed on a unique index or primary key: another request or node saved the same key a moment ago
    /// (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY). False for everything else: a value too long,
    /// a check or foreign-key constraint, a lost connection, an optimistic-concurrency conflict.
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException exception) =>
        exception is not DbUpdateConcurrencyException && exception.InnerException switch
        {
            PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
            _ => false,
        };
}
