using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;

namespace TalentChain.Modules.People.Features.Import;

public sealed class ImportUploadOptions
{
    public const string Section = "Imports:Uploads";
    /// <summary>Where queued uploads wait for their job; relative paths are under the content root.</summary>
    public string Directory { get; set; } = "data/imports";
    /// <summary>An upload still here after this long belongs to a job that will never run (its node stopped or crashed).</summary>
    public double RetentionHours { get; set; } = 6;
}

/// <summary>
/// The uploads of queued imports: one file per job, named after the job (<c>{job id}.upload</c>). The job deletes
/// its file when it ends, however it ends; <see cref="SweepAsync"/> deletes what a crash left behind.
/// </summary>
public sealed partial class ImportUploads(IOptions<ImportUploadOptions> options, IWebHostEnvironment env, TimeProvider clock, ILogger<ImportUploads> log)
{
    public const string Extension = ".upload";

    /// <summary>A file being written is not swept although no job exists for it yet.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(10);

    public string Directory => Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.Directory));

    public string PathOf(Guid jobId)
    {
        System.IO.Directory.CreateDirectory(Directory);
        return Path.Combine(Directory, jobId.ToString("N") + Extension);
    }

    public void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException ex)
        {
            // Left for the sweep.
            LogDeleteFailed(log, ex, path);
        }
        catch (UnauthorizedAccessException ex)
        {
            LogDeleteFailed(log, ex, path);
        }
    }

    /// <summary>
    /// Deletes uploads whose job has finished, uploads without a job (after a grace period) and uploads older than
    /// the retention period — a job still "queued" that long was lost with its node. Returns how many were deleted.
    /// </summary>
    public async Task<int> SweepAsync(TalentChainDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!System.IO.Directory.Exists(Directory)) return 0;
        var now = clock.GetUtcNow();
        var retention = TimeSpan.FromHours(options.Value.RetentionHours);
        var files = new DirectoryInfo(Directory).GetFiles("*" + Extension);
        var ids = files.Select(f => Guid.TryParseExact(Path.GetFileNameWithoutExtension(f.Name), "N", out var id) ? id : (Guid?)null).ToList();
        var known = ids.OfType<Guid>().ToList();
        var jobs = known.Count == 0 ? [] : await db.BackgroundJobs.AsNoTracking().Where(j => known.Contains(j.Id))
            .Select(j => new { j.Id, j.Status }).ToDictionaryAsync(j => j.Id, j => j.Status, ct);
        var deleted = 0;
        for (var i = 0; i < files.Length; i++)
        {
            var age = now - new DateTimeOffset(files[i].LastWriteTimeUtc, TimeSpan.Zero);
            var finished = ids[i] is { } id && jobs.TryGetValue(id, out var status) && status is JobStatus.Succeeded or JobStatus.Failed or JobStatus.Cancelled;
            var orphan = (ids[i] is not { } jid || !jobs.ContainsKey(jid)) && age > Grace;
            if (!finished && !orphan && age <= retention) continue;
            Delete(files[i].FullName);
            if (!File.Exists(files[i].FullName)) deleted++;
        }
        if (deleted > 0) LogSwept(log, deleted, Directory);
        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the import upload {Path}; the sweep will retry")]
    private static partial void LogDeleteFailed(ILogger logger, Exception ex, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} left-over import upload(s) from {Directory}")]
    private static partial void LogSwept(ILogger logger, int count, string directory);
}

/// <summary>Sweeps left-over uploads shortly after start-up (a crash's leftovers) and then every hour.</summary>
public sealed class ImportUploadSweepTask(ImportUploads uploads, TalentChainDbContext db) : IPeriodicTask
{
    public string Name => "imports.upload-sweep";
    public TimeSpan Interval => TimeSpan.FromHours(1);
    public Task RunAsync(CancellationToken ct) => uploads.SweepAsync(db, ct);
}
