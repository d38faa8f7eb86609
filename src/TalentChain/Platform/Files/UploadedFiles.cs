using System.IO.Compression;

namespace TalentChain.Platform.Files;

/// <summary>
/// Reading and checking uploaded files the same way everywhere (export documents, title evidence, milestone evidence,
/// tuition receipts): read no more than one byte past the limit, and refuse Office files (zip containers) that would
/// unpack to far more than they weigh — a zip bomb — by reading their central directory only.
/// </summary>
public static class UploadedFiles
{
    /// <summary>An Office file may unpack to at most this much in all …</summary>
    public const long MaxUnpackedBytes = 50 * 1024 * 1024;
    /// <summary>… and at most this many times its packed size in any one entry over 1 MB (ordinary documents stay far below).</summary>
    public const long MaxCompressionRatio = 100;
    public const int MaxEntries = 2000;

    /// <summary>Reads at most one byte more than <paramref name="maxBytes"/>, so an oversized upload is recognised without buffering all of it.</summary>
    public static async Task<byte[]> ReadLimitedAsync(Stream stream, long maxBytes, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            await ms.WriteAsync(buffer.AsMemory(0, read), ct);
            if (ms.Length > maxBytes) break;
        }
        return ms.ToArray();
    }

    /// <summary>
    /// Whether a file whose signature says "zip" (.docx, .xlsx) is a readable archive within the limits above. Nothing is
    /// unpacked: the declared sizes, entry count and ratios come from the central directory.
    /// </summary>
    public static bool IsSafeZip(byte[] content)
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
}
