using TalentChain.Platform.Data;

namespace TalentChain.Platform.Jobs;

public enum JobStatus
{
    Queued = 1,
    Running = 2,
    Succeeded = 3,
    Failed = 4,
    /// <summary>Stopped on request; a cancelled job's work must leave nothing half-written or published.</summary>
    Cancelled = 5,
    /// <summary>
    /// Stopped because its node stopped (shutdown, crash, lost heartbeat). Terminal and never re-run by itself: the work
    /// is transactional, so nothing of it was kept, and the user starts it again when they want to (ADR 0034).
    /// </summary>
    Interrupted = 6,
}

/// <summary>Long work (imports, later matching and scheduling) tracked in the database so any node can show its progress.</summary>
public class BackgroundJob : INotAudited
{
    public Guid Id { get; set; }
    public required string Kind { get; set; }
    public required string Title { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public JobStatus Status { get; set; } = JobStatus.Queued;
    /// <summary>Which phase the job is in (a resource key), e.g. "Job.Phase.Validating".</summary>
    public string? Phase { get; set; }
    public int Done { get; set; }
    public int Total { get; set; }
    /// <summary>Job-specific JSON result (for imports: the summary or the row-level error report).</summary>
    public string? ResultJson { get; set; }
    public string? Error { get; set; }

    /// <summary>What the job works on, e.g. "mentoring-round:12": lets a page find the latest job of its subject.</summary>
    public string? Subject { get; set; }
    /// <summary>Authorization policy a user needs to watch or cancel the job through <c>/jobs/{id}</c> and <c>/api/v1/jobs/{id}</c>.</summary>
    public string? Policy { get; set; }
    /// <summary>Cancellable jobs get a heartbeat and can be cancelled from any node.</summary>
    public bool Cancellable { get; set; }
    public bool CancelRequested { get; set; }
    /// <summary>Last sign of life of a running job; one silent for <see cref="HeartbeatTimeout"/> was interrupted (node stopped).</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }
    /// <summary>Live detail of the running work as JSON (solvers: best solution and bound so far, see <see cref="SolverJobDetail"/>).</summary>
    public string? DetailJson { get; set; }
    /// <summary>The work's arguments as JSON: any node rebuilds the work from its kind and these (ADR 0034).</summary>
    public string? ArgumentsJson { get; set; }
    /// <summary>The node (Jobs:NodeName) running or last running the job.</summary>
    public string? RunningOn { get; set; }

    public static readonly TimeSpan HeartbeatTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// True when the job was interrupted, or runs but has stopped beating (its node went away; the sweep will record it
    /// as <see cref="JobStatus.Interrupted"/>): it will never finish.
    /// </summary>
    public bool IsInterrupted(DateTimeOffset now) =>
        Status is JobStatus.Interrupted || (Status is JobStatus.Running && HeartbeatAt is { } beat && now - beat > HeartbeatTimeout);

    /// <summary>Queued, or running and still beating: "a run is already under way".</summary>
    public bool IsUnderWay(DateTimeOffset now) => Status is JobStatus.Queued || (Status is JobStatus.Running && !IsInterrupted(now));

    public int Percent => Total <= 0 ? (Status == JobStatus.Succeeded ? 100 : 0) : (int)Math.Min(100, Done * 100L / Total);
    public bool IsFinished => Status is JobStatus.Succeeded or JobStatus.Failed or JobStatus.Cancelled or JobStatus.Interrupted;
}
