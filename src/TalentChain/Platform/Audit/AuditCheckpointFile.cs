using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace TalentChain.Platform.Audit;

/// <summary>
/// A signed head of the audit chain: entry <see cref="HeadId"/> had <see cref="Hash"/> and the log held
/// <see cref="Count"/> entries up to it (ids have gaps on PostgreSQL, so the count is kept apart from the id).
/// </summary>
public sealed record AuditCheckpoint(
    [property: JsonPropertyName("v")] int Version,
    [property: JsonPropertyName("at")] DateTimeOffset At,
    [property: JsonPropertyName("node")] string Node,
    [property: JsonPropertyName("headId")] long HeadId,
    [property: JsonPropertyName("count")] long Count,
    [property: JsonPropertyName("hash")] string Hash,
    [property: JsonPropertyName("kid")] string KeyId,
    [property: JsonPropertyName("sig")] string Signature)
{
    public const int CurrentVersion = 1;

    /// <summary>What the signature covers: every field but the signature, in a fixed text form (no JSON ambiguity).</summary>
    public string Payload => string.Join('\n',
        "talentchain-audit-checkpoint/v" + Version.ToString(CultureInfo.InvariantCulture),
        At.UtcTicks.ToString(CultureInfo.InvariantCulture),
        Node,
        HeadId.ToString(CultureInfo.InvariantCulture),
        Count.ToString(CultureInfo.InvariantCulture),
        Hash,
        KeyId);

    public static AuditCheckpoint Create(AuditAnchorKeys keys, DateTimeOffset at, string node, long headId, long count, string hash)
    {
        var unsigned = new AuditCheckpoint(CurrentVersion, at.ToUniversalTime(), node, headId, count, hash, keys.KeyId!, "");
        return unsigned with { Signature = keys.Sign(unsigned.Payload) };
    }
}

/// <summary>One line of the checkpoint file: its checkpoint, or null when the line is not a readable checkpoint.</summary>
public sealed record AuditCheckpointLine(int Number, AuditCheckpoint? Checkpoint);

/// <summary>
/// The checkpoint file: JSON lines, one signed checkpoint per line, only ever appended to. Appends take an exclusive
/// lock on the file, so nodes sharing one file (a shared volume) do not interleave or duplicate lines.
/// </summary>
public sealed class AuditCheckpointFile(IOptions<AuditAnchorOptions> options, IHostEnvironment env)
{
    // Plain "+" and "/" in base64 and offsets: the file is read by people and log shippers, never embedded in HTML.
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string FullPath => Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.CheckpointPath));

    public async Task<IReadOnlyList<AuditCheckpointLine>> ReadAllAsync(CancellationToken ct = default)
    {
        if (!File.Exists(FullPath)) return [];
        await using var stream = await OpenAsync(FileMode.Open, FileAccess.Read, FileShare.ReadWrite, ct);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<AuditCheckpointLine>();
        var number = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line)) lines.Add(new AuditCheckpointLine(number, Parse(line)));
        }
        return lines;
    }

    /// <summary>
    /// Appends the checkpoint unless, under the file lock, the file's last line is a checkpoint that
    /// <paramref name="alreadyCovers"/> it (another node wrote the same or a newer head meanwhile). True when appended.
    /// </summary>
    public async Task<bool> AppendAsync(AuditCheckpoint checkpoint, Func<AuditCheckpoint, bool> alreadyCovers, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FullPath)!);
        await using var stream = await OpenAsync(FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, ct);
        var (last, endsWithNewline) = await ReadTailAsync(stream, ct);
        if (last is not null && alreadyCovers(last)) return false;
        stream.Seek(0, SeekOrigin.End);
        // A torn last line (a crash mid-write) stays as it is, unreadable; the new checkpoint starts on its own line.
        var text = (endsWithNewline ? "" : "\n") + JsonSerializer.Serialize(checkpoint, Json) + "\n";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
        await stream.FlushAsync(ct);
        stream.Flush(flushToDisk: true);
        return true;
    }

    public static AuditCheckpoint? Parse(string line)
    {
        try
        {
            var c = JsonSerializer.Deserialize<AuditCheckpoint>(line, Json);
            return c is { Version: AuditCheckpoint.CurrentVersion, Node: not null, Hash: not null, KeyId: not null, Signature: not null } ? c : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<(AuditCheckpoint? Last, bool EndsWithNewline)> ReadTailAsync(FileStream stream, CancellationToken ct)
    {
        if (stream.Length == 0) return (null, true);
        var size = (int)Math.Min(stream.Length, 64 * 1024);
        var buffer = new byte[size];
        stream.Seek(-size, SeekOrigin.End);
        await stream.ReadExactlyAsync(buffer, ct);
        var text = Encoding.UTF8.GetString(buffer);
        var last = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return (last is null ? null : Parse(last), buffer[^1] == (byte)'\n');
    }

    /// <summary>Opens the file, waiting briefly while another process or node holds the append lock.</summary>
    private async Task<FileStream> OpenAsync(FileMode mode, FileAccess access, FileShare share, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(FullPath, mode, access, share, bufferSize: 4096, useAsync: true);
            }
            catch (IOException) when (attempt < 50 && File.Exists(FullPath))
            {
                await Task.Delay(100, ct);
            }
        }
    }
}
