using System.IO.Compression;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Files;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Education.Features;

/// <summary>An uploaded file as a handler receives it (read with <see cref="EducationFiles.ReadLimitedAsync"/>).</summary>
public sealed record UploadedFile(string FileName, byte[] Content);

/// <summary>A stored file as lists show it (the content is downloaded separately).</summary>
public sealed record FileView(int Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt);

/// <summary>
/// Checks for receipts and evidence: size, type by content (<see cref="FileSignatures"/>), and for Office files (zip
/// containers) that they do not unpack to far more than they weigh (a zip bomb), so nothing dangerous is stored.
/// </summary>
public static class EducationFiles
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
    /// <summary>An Office file may unpack to at most this much in all …</summary>
    public const long MaxUnpackedBytes = 50 * 1024 * 1024;
    /// <summary>… and at most this many times its packed size in any one entry (ordinary documents stay far below).</summary>
    public const long MaxCompressionRatio = 100;
    public const int MaxEntries = 2000;

    /// <summary>Adds a specific error for each thing wrong with the file; returns the content type when it is acceptable.</summary>
    public static string? Check(FieldErrors errors, string field, UploadedFile file, IStringLocalizer<EducationResource> e, IStringLocalizer<SharedResource> shared)
    {
        errors.RequireOneLine(shared, (field, file.FileName));
        var name = FileNames.SafeBaseName(file.FileName);
        if (name.Length is 0 or > 260)
        {
            errors.Add(field, e["File.NameInvalid"]);
            return null;
        }
        if (file.Content.Length == 0)
        {
            errors.Add(field, e["File.Empty", name]);
            return null;
        }
        if (file.Content.Length > MaxFileBytes)
        {
            errors.Add(field, e["File.TooLarge", name, MaxFileBytes / 1024 / 1024]);
            return null;
        }
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (!FileSignatures.Expected.TryGetValue(ext, out var expected))
        {
            errors.Add(field, e["File.TypeNotAllowed", name, string.Join(", ", FileSignatures.Expected.Keys)]);
            return null;
        }
        if (FileSignatures.Detect(file.Content) != expected.Type)
        {
            errors.Add(field, e["File.SignatureMismatch", name, ext]);
            return null;
        }
        if (expected.Type == "zip" && !IsSafeZip(file.Content))
        {
            errors.Add(field, e["File.ZipBomb", name, MaxUnpackedBytes / 1024 / 1024]);
            return null;
        }
        return expected.ContentType;
    }

    /// <summary>Reads the central directory only (nothing is unpacked): declared sizes, entry count and ratios.</summary>
    private static bool IsSafeZip(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries) return false;
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUnpackedBytes) return false;
                if (entry.Length > 1024 * 1024 && entry.Length > Math.Max(1, entry.CompressedLength) * MaxCompressionRatio) return false;
            }
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Reads at most one byte more than the limit, so an oversized upload is recognised without buffering all of it.</summary>
    public static async Task<UploadedFile> ReadLimitedAsync(IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            await ms.WriteAsync(buffer.AsMemory(0, read), ct);
            if (ms.Length > MaxFileBytes) break;
        }
        return new UploadedFile(file.FileName, ms.ToArray());
    }

    public static async Task<List<UploadedFile>> ReadAllAsync(IEnumerable<IFormFile>? files, CancellationToken ct)
    {
        var result = new List<UploadedFile>();
        foreach (var f in files ?? []) result.Add(await ReadLimitedAsync(f, ct));
        return result;
    }
}
