namespace TalentChain.Platform.Files;

/// <summary>File types accepted as uploaded documents (application documents, evidence, receipts), recognised by their first bytes, not their name.</summary>
public static class FileSignatures
{
    public static readonly IReadOnlyDictionary<string, (string Type, string ContentType)> Expected = new Dictionary<string, (string, string)>
    {
        [".pdf"] = ("pdf", "application/pdf"),
        [".png"] = ("png", "image/png"),
        [".jpg"] = ("jpeg", "image/jpeg"),
        [".jpeg"] = ("jpeg", "image/jpeg"),
        [".tif"] = ("tiff", "image/tiff"),
        [".tiff"] = ("tiff", "image/tiff"),
        [".docx"] = ("zip", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        [".xlsx"] = ("zip", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    };

    public static string? Detect(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("%PDF-"u8)) return "pdf";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "png";
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "jpeg";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x49, 0x49, 0x2A, 0x00]) || b.StartsWith((ReadOnlySpan<byte>)[0x4D, 0x4D, 0x00, 0x2A])) return "tiff";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04])) return "zip";
        return null;
    }
}
