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
/// containers) that they do not unpack to far more than they weigh (a zip bomb, <see cref="UploadedFiles.IsSafeZip"/>).
/// </summary>
public static class EducationFiles
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
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
        if (expected.Type == "zip" && !UploadedFiles.IsSafeZip(file.Content))
        {
            errors.Add(field, e["File.ZipBomb", name, UploadedFiles.MaxUnpackedBytes / 1024 / 1024]);
            return null;
        }
        return expected.ContentType;
    }

    /// <summary>Reads at most one byte more than the limit, so an oversized upload is recognised without buffering all of it.</summary>
    public static async Task<UploadedFile> ReadLimitedAsync(IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        return new UploadedFile(file.FileName, await UploadedFiles.ReadLimitedAsync(stream, MaxFileBytes, ct));
    }

    public static async Task<List<UploadedFile>> ReadAllAsync(IEnumerable<IFormFile>? files, CancellationToken ct)
    {
        var result = new List<UploadedFile>();
        foreach (var f in files ?? []) result.Add(await ReadLimitedAsync(f, ct));
        return result;
    }
}
