using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace TalentChain.Platform.Data;

/// <summary>
/// Where the certificate that encrypts the data-protection key ring lives. The ring itself is in the database (shared
/// by every node); the certificate is not, so a stolen database dump or backup cannot be used to forge sign-in
/// cookies or antiforgery tokens.
/// </summary>
public sealed class DataProtectionKeyOptions
{
    public const string Section = "DataProtection";

    /// <summary>
    /// A PKCS#12 (.pfx) file holding an RSA certificate with its private key. Relative paths are under the content root.
    /// Created on first start when missing. Development defaults to <c>data/keys/data-protection.pfx</c>; every other
    /// environment must name one (every node the same file), so the key is never silently kept beside the data.
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The .pfx file's password, if it has one.</summary>
    public string? CertificatePassword { get; set; }
}

public static class DataProtectionKeyProtection
{
    public const string DevelopmentPath = "data/keys/data-protection.pfx";

    /// <summary>
    /// Encrypts every new key of the ring with the configured certificate and decrypts with it. Outside Development
    /// with no certificate configured the web host refuses to start (CLI verbs, which issue no cookies, still run).
    /// </summary>
    public static IDataProtectionBuilder ProtectKeyRing(this IDataProtectionBuilder builder, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DataProtectionKeyOptions.Section).Get<DataProtectionKeyOptions>() ?? new();
        var path = options.CertificatePath;
        if (string.IsNullOrWhiteSpace(path))
        {
            if (!environment.IsDevelopment())
            {
                builder.Services.AddHostedService<KeyProtectionMissing>();
                return builder;
            }
            path = DevelopmentPath;
        }
        if (!Path.IsPathRooted(path)) path = Path.Combine(environment.ContentRootPath, path);
        var certificate = LoadOrCreate(path, options.CertificatePassword);
        return builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }

    /// <summary>Stops the web host from starting with an unencrypted key ring.</summary>
    private sealed class KeyProtectionMissing : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => throw new InvalidOperationException(
            "DataProtection:CertificatePath is not set. Outside Development the key ring that signs sign-in cookies is encrypted " +
            "with a certificate kept apart from the database: set DataProtection__CertificatePath to a .pfx file outside the " +
            "database and its backups (created on first start if missing; give every node the same file). See the README, 'Production'.");

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    internal static X509Certificate2 LoadOrCreate(string path, string? password)
    {
        if (!File.Exists(path)) Create(path, password);
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
            throw new InvalidOperationException($"The data-protection certificate {path} has no RSA private key.");
        return certificate;
    }

    private static void Create(string path, string? password)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=TalentChain data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(100));
        var bytes = certificate.Export(X509ContentType.Pfx, password);
        // Written to a temporary name and moved: a node starting at the same moment never reads half a file.
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            // Only the app's own account may read the private key.
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file.SafeFileHandle, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            file.Write(bytes);
        }
        try { File.Move(temp, path, overwrite: false); }
        catch (IOException) when (File.Exists(path)) { File.Delete(temp); } // another process created it first
    }
}
