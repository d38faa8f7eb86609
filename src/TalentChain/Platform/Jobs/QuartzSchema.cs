using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Jobs;

/// <summary>
/// Creates Quartz.NET's job store tables (<c>qrtz_*</c>) with Quartz's own DDL, made idempotent. Runs right after the
/// EF migrations in the migrate step (under the same advisory lock on PostgreSQL), so the tables are there before any
/// node starts its scheduler; Quartz then only validates them. Not an EF migration: the DDL is Quartz's, versioned with
/// the Quartz package, and survives the lead squashing the EF migrations into one (ADR 0034).
/// </summary>
public static class QuartzSchema
{
    public static async Task EnsureAsync(TalentChainDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var name = db.Database.IsNpgsql() ? "TalentChain.Jobs.quartz_postgres.sql" : "TalentChain.Jobs.quartz_sqlite.sql";
        await using var stream = typeof(QuartzSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        using var reader = new StreamReader(stream);
        var script = await reader.ReadToEndAsync(ct);
#pragma warning disable EF1002 // Quartz's fixed DDL from an embedded resource: no user input.
        await db.Database.ExecuteSqlRawAsync(script, ct);
#pragma warning restore EF1002
    }
}
