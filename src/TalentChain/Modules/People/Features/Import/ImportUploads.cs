using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;

namespace TalentChain.Modules.People.Features.Import;

public sealed class ImportUploadOptions
{
    public const string Section = "Imports:Uploads";
    /// <summary>An upload this old whose job is not waiting to run any more (ended, lost) is deleted by the sweep.</summary>
    public double RetentionHours { get; set; } = 6;
}

/// <summary>
/// The uploads of queued imports, kept in the database (<see cref="JobPayload"/>, one row per job) so that whichever
/// node runs the job can read them. The job deletes its upload when it ends, however it ends; <see cref="SweepAsync"/>
/// deletes what a crash left behind.
/// </summary>
public sealed partial class ImportUploads(IServiceScopeFactory scopes, IOptions<ImportUploadOptions> options, TimeProvider clock, ILogger<ImportUploads> log)
{
    /// <summary>An upload being queued is not swept although no job exists for it yet.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(10);

    public async Task SaveAsync(Guid jobId, byte[] content, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        db.JobPayloads.Add(new JobPayload { JobId = jobId, Content = content, CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
    }

    public async Task<byte[]?> ReadAsync(Guid jobId, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        return await db.JobPayloads.AsNoTracking().Where(p => p.JobId == jobId).Select(p => p.Content).FirstOrDefaultAsync(ct);
    }

    public async Task DeleteAsync(Guid jobId)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        await db.JobPayloads.Where(p => p.JobId == jobId).ExecuteDeleteAsync(CancellationToken.None);
    }

    /// <summary>
    /// Deletes uploads whose job has ended, uploads without a job (after a grace period), and uploads older than the
    /// retention period whose job is not queued (a queued job still runs, on any node, even after an outage).
    /// Returns how many were deleted.
    /// </summary>
    public async Task<int> SweepAsync(TalentChainDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = clock.GetUtcNow();
        var retention = TimeSpan.FromHours(options.Value.RetentionHours);
        // SQLite cannot compare DateTimeOffset in SQL; uploads waiting for a job are few (the bytes are not read).
        var payloads = await db.JobPayloads.AsNoTracking().Select(p => new { p.JobId, p.CreatedAt }).ToListAsync(ct);
        if (payloads.Count == 0) return 0;
        var ids = payloads.Select(p => p.JobId).ToList();
        var jobs = await db.BackgroundJobs.AsNoTracking().Where(j => ids.Contains(j.Id)).Select(j => new { j.Id, j.Status })
            .ToDictionaryAsync(j => j.Id, j => j.Status, ct);
        var doomed = payloads.Where(p =>
        {
            var age = now - p.CreatedAt;
            if (!jobs.TryGetValue(p.JobId, out var status)) return age > Grace;
            if (status is JobStatus.Succeeded or JobStatus.Failed or JobStatus.Cancelled or JobStatus.Interrupted) return true;
            return status != JobStatus.Queued && age > retention;
        }).Select(p => p.JobId).ToList();
        if (doomed.Count == 0) return 0;
        var deleted = await db.JobPayloads.Where(p => doomed.Contains(p.JobId)).ExecuteDeleteAsync(ct);
        if (deleted > 0) LogSwept(log, deleted);
        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} left-over import upload(s)")]
    private static partial void LogSwept(ILogger logger, int count);
}

/// <summary>Sweeps left-over uploads shortly after start-up (a crash's leftovers) and then every hour.</summary>
public sealed class ImportUploadSweepTask(ImportUploads uploads, TalentChainDbContext db) : IPeriodicTask
{
    public string Name => "imports.upload-sweep";
    public TimeSpan Interval => TimeSpan.FromHours(1);
    public Task RunAsync(CancellationToken ct) => uploads.SweepAsync(db, ct);
}
