using System.Collections.Concurrent;
using TalentChain.Platform.Jobs;

namespace TalentChain.Modules.People.Features.Import;

/// <summary>
/// Progress of the write phase kept in memory. SQLite allows one writer at a time: while an import holds its one
/// write transaction, the job row cannot be updated by another connection (that would wait for the import, which
/// waits for it). So on SQLite — a single-node deployment — the status page reads write progress from here;
/// on PostgreSQL the job row is updated as usual and this is only a fast path.
/// </summary>
public sealed class ImportLiveProgress
{
    private readonly ConcurrentDictionary<Guid, (string Phase, int Done, int Total)> _running = new();

    public void Set(Guid jobId, string phase, int done, int total) => _running[jobId] = (phase, done, total);

    public void Remove(Guid jobId) => _running.TryRemove(jobId, out _);

    /// <summary>The job as stored, with the in-memory progress applied while it runs.</summary>
    public BackgroundJob Apply(BackgroundJob job)
    {
        if (job.Status == JobStatus.Running && _running.TryGetValue(job.Id, out var p))
        {
            job.Phase = p.Phase;
            job.Done = p.Done;
            job.Total = p.Total;
        }
        return job;
    }
}
