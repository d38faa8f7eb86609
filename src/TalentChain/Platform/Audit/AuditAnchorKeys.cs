using System.Security.Cryptography;
using System.Text;

namespace TalentChain.Platform.Audit;

public enum AuditAnchorKeyState
{
    /// <summary>From Audit:AnchorKey or Audit:AnchorKeyFile.</summary>
    Configured,
    /// <summary>Development only: a key file generated under the app's data folder.</summary>
    DevelopmentKeyFile,
    /// <summary>No key: the chain is only checked against itself.</summary>
    Missing,
    /// <summary>A key is configured but unusable (not base64, too short, file missing).</summary>
    Invalid,
}

/// <summary>
/// The HMAC-SHA256 keys that sign audit checkpoints. The signing key never leaves this class (never logged, never
/// stored in the database); a key is named by its id, a fingerprint that reveals nothing of the key.
/// </summary>
public sealed class AuditAnchorKeys
{
    private const int MinimumKeyBytes = 32;
    private readonly byte[]? _signingKey;
    private readonly Dictionary<string, byte[]> _verifyingKeys = new(StringComparer.Ordinal);

    public AuditAnchorKeyState State { get; }

    /// <summary>The id of the signing key (recorded in each checkpoint); null without a key.</summary>
    public string? KeyId { get; }

    /// <summary>Why the configured key is unusable (never contains key material).</summary>
    public string? Problem { get; }

    /// <summary>The Development key file that was generated or read, for the start-up log.</summary>
    public string? DevelopmentKeyPath { get; }

    public bool CanSign => _signingKey is not null;

    private AuditAnchorKeys(AuditAnchorKeyState state, byte[]? signingKey, IEnumerable<byte[]> retired, string? problem, string? developmentKeyPath)
    {
        State = state;
        Problem = problem;
        DevelopmentKeyPath = developmentKeyPath;
        _signingKey = signingKey;
        if (signingKey is not null)
        {
            KeyId = IdOf(signingKey);
            _verifyingKeys[KeyId] = signingKey;
        }
        foreach (var key in retired) _verifyingKeys.TryAdd(IdOf(key), key);
    }

    /// <summary>Reads the configured key; in Development (generateDevelopmentKey) creates the key file when none is configured.</summary>
    public static AuditAnchorKeys Load(AuditAnchorOptions options, IHostEnvironment env, bool generateDevelopmentKey)
    {
        var retired = new List<byte[]>();
        for (var i = 0; i < options.RetiredAnchorKeys.Count; i++)
        {
            if (Decode(options.RetiredAnchorKeys[i]) is not { } key)
                return Invalid($"Audit:RetiredAnchorKeys:{i} is not base64 of at least {MinimumKeyBytes} bytes.");
            retired.Add(key);
        }
        var hasKey = !string.IsNullOrWhiteSpace(options.AnchorKey);
        var hasFile = !string.IsNullOrWhiteSpace(options.AnchorKeyFile);
        if (hasKey && hasFile) return Invalid("Set either Audit:AnchorKey or Audit:AnchorKeyFile, not both.");
        if (hasKey)
        {
            return Decode(options.AnchorKey!) is { } key
                ? new AuditAnchorKeys(AuditAnchorKeyState.Configured, key, retired, null, null)
                : Invalid($"Audit:AnchorKey is not base64 of at least {MinimumKeyBytes} bytes (generate one with: openssl rand -base64 32).");
        }
        if (hasFile)
        {
            var path = Path.GetFullPath(Path.Combine(env.ContentRootPath, options.AnchorKeyFile!));
            if (!File.Exists(path)) return Invalid($"Audit:AnchorKeyFile {path} does not exist.");
            return Decode(File.ReadAllText(path)) is { } key
                ? new AuditAnchorKeys(AuditAnchorKeyState.Configured, key, retired, null, null)
                : Invalid($"Audit:AnchorKeyFile {path} does not hold base64 of at least {MinimumKeyBytes} bytes.");
        }
        if (env.IsDevelopment())
        {
            var path = Path.GetFullPath(Path.Combine(env.ContentRootPath, AuditAnchorOptions.DevelopmentKeyFile));
            if (!File.Exists(path) && generateDevelopmentKey) GenerateKeyFile(path);
            if (File.Exists(path))
            {
                return Decode(File.ReadAllText(path)) is { } key
                    ? new AuditAnchorKeys(AuditAnchorKeyState.DevelopmentKeyFile, key, retired, null, path)
                    : Invalid($"The Development audit anchor key file {path} is damaged; delete it to generate a new one.");
            }
        }
        return new AuditAnchorKeys(AuditAnchorKeyState.Missing, null, retired, null, null);

        static AuditAnchorKeys Invalid(string problem) => new(AuditAnchorKeyState.Invalid, null, [], problem, null);
    }

    private static void GenerateKeyFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(path, Encoding.ASCII, options);
            writer.WriteLine(Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumKeyBytes)));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process of this app created it first; use theirs.
        }
    }

    private static byte[]? Decode(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text.Trim(), buffer, out var n) && n >= MinimumKeyBytes ? buffer[..n] : null;
    }

    /// <summary>A fingerprint naming the key in checkpoints; one-way, so it reveals nothing of the key.</summary>
    private static string IdOf(byte[] key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, "talentchain-audit-anchor-key-id"u8))[..16];

    /// <summary>Signs with the current key; throws when there is none (check <see cref="CanSign"/>).</summary>
    public string Sign(string payload) =>
        Convert.ToBase64String(HMACSHA256.HashData(_signingKey ?? throw new InvalidOperationException("No audit anchor key is configured."), Encoding.UTF8.GetBytes(payload)));

    /// <summary>True or false for a key this app knows (the current or a retired one); null when the key id is unknown.</summary>
    public bool? Verify(string keyId, string payload, string signature)
    {
        if (!_verifyingKeys.TryGetValue(keyId, out var key)) return null;
        var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(payload));
        var given = new byte[expected.Length + 3];
        return Convert.TryFromBase64String(signature, given, out var n) && n == expected.Length
            && CryptographicOperations.FixedTimeEquals(expected, given.AsSpan(0, n));
    }

    /// <summary>Whether any key can check signatures (a retired key alone still verifies old checkpoints).</summary>
    public bool CanVerify => _verifyingKeys.Count > 0;
}
