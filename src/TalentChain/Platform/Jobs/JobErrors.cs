using Microsoft.Extensions.Localization;

namespace TalentChain.Platform.Jobs;

/// <summary>
/// What a failed job tells its user. When the work throws, the exception is logged and the job stores
/// <see cref="Unexpected"/>: an exception's text ("Exception of type 'System.OutOfMemoryException' was thrown.",
/// SQL, paths) is for the log, not for the person who uploaded a file — and it would not be in their language.
/// </summary>
public static class JobErrors
{
    /// <summary>Stored as <see cref="BackgroundJob.Error"/> (a resource key, translated when shown).</summary>
    public const string Unexpected = "File.Job.Unexpected";

    /// <summary>The error as the reader should see it: the translated generic message, or the job's own (already localised) text.</summary>
    public static string? Text(string? error, IStringLocalizer<SharedResource> shared)
    {
        ArgumentNullException.ThrowIfNull(shared);
        return error is Unexpected or JobRunner.NodeStopped or JobRunner.NodeLost ? shared[error] : error;
    }
}
