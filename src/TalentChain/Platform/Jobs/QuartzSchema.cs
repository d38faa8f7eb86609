using Microsoft.EntityFrameworkCore;
using Quartz;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Jobs;

/// <summary>
/// Creates Quartz.NET's job store tables (<c>qrtz_*</c>) in the app's database. Runs in the migrate step, right after
/// the EF migrations (under the same advisory lock on PostgreSQL), so the tables are there before any node starts its
/// scheduler, which then only validates them. The DDL is the Quartz package's own (its schema provisioning, which
/// only ever creates what is missing and is safe when several nodes race): the scripts in the Quartz repository are
/// the 3.x-lineage schema that 4.7.3 refuses (ADR 0034). Not an EF migration, so it survives the EF migrations
/// being squashed into one.
/// </summary>
public static class QuartzSchema
{
    public static async Task EnsureAsync(TalentChainDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connectionString = db.Database.GetConnectionString() ?? throw new InvalidOperationException("The database has no connection string.");
        var postgres = db.Database.IsNpgsql();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = JobSchedulingSetup.SchedulerName);
            q.UseTimeProvider(TimeProvider.System);
            q.UsePersistentStore(store =>
            {
                if (postgres) store.UsePostgres(connectionString);
                else store.UseSqlite(connectionString);
                store.UseSystemTextJsonSerializer(_ => { });
                store.ProvisionSchema();
            });
        });
        await using var provider = services.BuildServiceProvider();
        // Building the scheduler initialises its store, which creates what is missing and validates it; it never starts.
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        await scheduler.Shutdown(false, CancellationToken.None);
    }
}
