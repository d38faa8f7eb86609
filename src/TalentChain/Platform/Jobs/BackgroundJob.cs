using TalentChain.Platform.Data;

namespace TalentChain.Platform.Jobs;

public enum JobStatus
{
    Queued = 1,
    Running = 2,
    Succeeded = 3,
    Failed = 4,
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

    public int Percent => Total <= 0 ? (Status == JobStatus.Succeeded ? 100 : 0) : (int)Math.Min(100, Done * 100L / Total);
    public bool IsFinished => Status is JobStatus.Succeeded or JobStatus.Failed;
}
