using Microsoft.Extensions.Options;

namespace TalentChain.Platform.Audit;

/// <summary>
/// Before the web app starts: refuses an unusable key, and outside Development a missing key unless
/// Audit:AllowUnanchored is set (then warns). CLI verbs do not start the host, so <c>migrate</c> or <c>audit verify</c>
/// still run without a key (verify then reports that the checkpoints cannot be checked). See docs/adr/0028.
/// </summary>
internal sealed partial class AuditAnchorStartup(
    AuditAnchorKeys keys,
    AuditCheckpointFile checkpoints,
    IOptions<AuditAnchorOptions> options,
    IHostEnvironment env,
    ILogger<AuditAnchorStartup> log) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (keys.State == AuditAnchorKeyState.Invalid)
            throw new InvalidOperationException("The audit anchor key is unusable: " + keys.Problem);
        if (options.Value.CheckpointInterval < TimeSpan.FromMinutes(1))
            throw new InvalidOperationException("Audit:CheckpointInterval must be at least one minute.");
        if (keys.State == AuditAnchorKeyState.Missing)
        {
            if (!env.IsDevelopment() && !options.Value.AllowUnanchored)
            {
                throw new InvalidOperationException(
                    "No audit anchor key is configured (Audit:AnchorKey or Audit:AnchorKeyFile, e.g. Audit__AnchorKeyFile=/run/secrets/audit-anchor.key). " +
                    "Without it anyone with database access can delete the newest audit entries or rewrite the chain undetected. " +
                    "Configure a key (base64 of 32 random bytes: openssl rand -base64 32), or set Audit__AllowUnanchored=true to start anyway.");
            }
            LogUnanchored(log);
        }
        else if (keys.State == AuditAnchorKeyState.DevelopmentKeyFile)
        {
            LogDevelopmentKey(log, keys.DevelopmentKeyPath!, keys.KeyId!, checkpoints.FullPath);
        }
        else
        {
            LogAnchored(log, keys.KeyId!, checkpoints.FullPath, options.Value.CheckpointInterval);
        }
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "AUDIT CHAIN NOT ANCHORED: no Audit:AnchorKey or Audit:AnchorKeyFile is configured and Audit:AllowUnanchored is set. " +
        "The audit log is only checked against itself: anyone with database access can delete its newest entries or rewrite it undetected.")]
    private static partial void LogUnanchored(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit chain anchored with the Development key file {KeyFile} (key id {KeyId}); checkpoints go to {CheckpointPath}")]
    private static partial void LogDevelopmentKey(ILogger logger, string keyFile, string keyId, string checkpointPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit chain anchored with key id {KeyId}; checkpoints go to {CheckpointPath} every {Interval}")]
    private static partial void LogAnchored(ILogger logger, string keyId, string checkpointPath, TimeSpan interval);
}
