using Microsoft.Extensions.Localization;
using TalentChain.Modules.Labs.Features.Qualifications;
using TalentChain.Platform.Files;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Labs.Features;

/// <summary>Checks for uploads: evidence of a qualification (PDF, JPEG, PNG by content) and door-access logs (CSV, XLSX).</summary>
public static class LabsFiles
{
    public const long MaxEvidenceBytes = 5 * 1024 * 1024;
    public const long MaxLogBytes = 10 * 1024 * 1024;
    private static readonly string[] EvidenceTypes = [".pdf", ".jpg", ".jpeg", ".png"];

    /// <summary>Adds a specific error when the evidence is not acceptable; returns its content type when it is.</summary>
    public static string? CheckEvidence(FieldErrors errors, string field, UploadedFile file, IStringLocalizer<LabsResource> t, IStringLocalizer<SharedResource> shared)
    {
        errors.RequireOneLine(shared, (field, file.FileName));
        var name = FileNames.SafeBaseName(file.FileName);
        if (name.Length is 0 or > 260)
        {
            errors.Add(field, t["File.NameInvalid"]);
            return null;
        }
        if (file.Content.Length == 0)
        {
            errors.Add(field, t["File.Empty", name]);
            return null;
        }
        if (file.Content.Length > MaxEvidenceBytes)
        {
            errors.Add(field, t["File.TooLarge", name, MaxEvidenceBytes / 1024 / 1024]);
            return null;
        }
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (!EvidenceTypes.Contains(ext))
        {
            errors.Add(field, t["File.TypeNotAllowed", name, string.Join(", ", EvidenceTypes)]);
            return null;
        }
        var expected = FileSignatures.Expected[ext];
        if (FileSignatures.Detect(file.Content) != expected.Type)
        {
            errors.Add(field, t["File.SignatureMismatch", name, ext]);
            return null;
        }
        return expected.ContentType;
    }

    public static async Task<UploadedFile?> ReadLimitedAsync(IFormFile? file, long max, CancellationToken ct)
    {
        if (file is null) return null;
        await using var stream = file.OpenReadStream();
        return new UploadedFile(file.FileName, await UploadedFiles.ReadLimitedAsync(stream, max, ct));
    }
}
