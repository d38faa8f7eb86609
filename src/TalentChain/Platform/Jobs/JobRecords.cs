using TalentChain.Platform.Data;

namespace TalentChain.Platform.Jobs;

/// <summary>
/// Bytes a queued job needs (an import's upload), in the database so that whichever node runs the job can read them.
/// Deleted when the job ends; the import upload sweep removes what a lost job left behind.
/// </summary>
public class JobPayload : INotAudited
{
    public Guid JobId { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One run of a periodic task: which node ran which fire, and how it ended (operators, the cluster test).</summary>
public class PeriodicRun : INotAudited
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Node { get; set; }
    /// <summary>The fire this run answers (the trigger's scheduled time); null for a run started by hand.</summary>
    public DateTimeOffset? ScheduledFor { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public bool Succeeded { get; set; }
    public string? Error { get; set; }
}
