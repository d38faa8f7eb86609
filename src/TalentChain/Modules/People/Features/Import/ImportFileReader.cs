using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using TalentChain.Platform.Spreadsheets;

namespace TalentChain.Modules.People.Features.Import;

/// <summary>One problem found in an import file. Row 1 is the header; row 0 means the file as a whole.</summary>
/// <param name="Key">Resource key of the message (ImportResource); <paramref name="Args"/> fill its placeholders.</param>
public sealed record ImportError(int Row, string? Column, string? Value, string Key, IReadOnlyList<string> Args)
{
    public static ImportError File(string key, params string[] args) => new(0, null, null, key, args);
}

/// <summary>A data row as the user sees it in a spreadsheet program: <see cref="Number"/> counts the header as 1.</summary>
public sealed record ImportRow(int Number, string[] Cells);

/// <summary>The file's rows with cells in the order of <see cref="ImportFormats.Columns"/> for the kind.</summary>
public sealed class ImportTable(IReadOnlyList<string> columns, List<ImportRow> rows, IReadOnlyCollection<string>? present = null)
{
    public IReadOnlyList<string> Columns { get; } = columns;
    /// <summary>Whether the file had this column (optional columns may be absent).</summary>
    public bool Has(string column) => present?.Contains(column) ?? Columns.Contains(column);
    public List<ImportRow> Rows { get; } = rows;
    public int IndexOf(string column) => Columns.IndexOf(column) is var i and >= 0 ? i : throw new ArgumentException(column);
}

internal static class ListExtensions
{
    public static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }
}

/// <summary>
/// Turns the uploaded bytes into rows, refusing anything that is not a UTF-8 CSV or an XLSX workbook — by
/// extension and by content, so a PNG or PDF renamed .csv is refused with a clear message, never read as text.
/// Invalid UTF-8 is an error, not silently replaced: replaced characters would be imported as garbage names.
/// </summary>
public static class ImportFileReader
{
    public static (ImportTable? Table, List<ImportError> Errors) Read(ImportKind kind, string fileName, byte[] bytes)
    {
        var errors = new List<ImportError>();
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".csv" or ".xlsx"))
        {
            errors.Add(ImportError.File("Import.Error.Extension", extension.Length == 0 ? "—" : extension));
            return (null, errors);
        }
        if (bytes.Length == 0)
        {
            errors.Add(new ImportError(1, null, null, "Import.Error.Empty", []));
            return (null, errors);
        }

        var sniffed = Sniff(bytes);
        List<string[]> records;
        if (extension == ".xlsx")
        {
            if (sniffed != "ZIP")
            {
                errors.Add(ImportError.File("Import.Error.XlsxNotZip", sniffed ?? "text"));
                return (null, errors);
            }
            try
            {
                using var stream = new MemoryStream(bytes, writable: false);
                records = Xlsx.ReadRows(stream).Select(r => r.ToArray()).ToList();
            }
            catch (XlsxLimitException ex)
            {
                errors.Add(LimitError(ex));
                return (null, errors);
            }
            catch (InvalidDataException)
            {
                errors.Add(ImportError.File("Import.Error.XlsxInvalid"));
                return (null, errors);
            }
        }
        else
        {
            if (sniffed is not null)
            {
                errors.Add(ImportError.File(sniffed == "binary" ? "Import.Error.Binary" : "Import.Error.NotSpreadsheet", sniffed));
                return (null, errors);
            }
            if (!TryDecodeUtf8(bytes, out var text, out var badLine))
            {
                errors.Add(new ImportError(badLine, null, null, "Import.Error.WrongEncoding", [badLine.ToString(CultureInfo.InvariantCulture)]));
                return (null, errors);
            }
            if (!TryParseCsv(text, out records, out var openQuoteRow))
            {
                errors.Add(new ImportError(openQuoteRow, null, null, "Import.Error.CsvQuote", []));
                return (null, errors);
            }
        }

        return ToTable(kind, records, errors);
    }

    private static ImportError LimitError(XlsxLimitException ex)
    {
        var max = ex.Maximum.ToString(CultureInfo.InvariantCulture);
        return ex.Limit switch
        {
            XlsxLimit.UncompressedSize => ImportError.File("File.Xlsx.TooBig", (ex.Maximum / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)),
            XlsxLimit.CompressionRatio => ImportError.File("File.Xlsx.Compressed", max),
            XlsxLimit.Rows => ImportError.File("File.Xlsx.TooManyRows", ex.Where ?? "", max),
            XlsxLimit.Columns => ImportError.File("File.Xlsx.TooManyColumns", ex.Where ?? "", Xlsx.ColumnLetters((int)ex.Maximum - 1)),
            _ => ImportError.File("File.Xlsx.TooManyParts", max),
        };
    }

    private static (ImportTable?, List<ImportError>) ToTable(ImportKind kind, List<string[]> records, List<ImportError> errors)
    {
        var expected = ImportFormats.Columns[kind];
        var allowed = ImportFormats.AllColumns(kind);
        if (records.Count == 0 || records[0].All(string.IsNullOrWhiteSpace))
        {
            errors.Add(new ImportError(1, null, null, "Import.Error.Empty", []));
            return (null, errors);
        }

        var header = records[0].Select(h => h.Trim().ToLowerInvariant()).ToArray();
        // Trailing empty header cells (a spreadsheet's stray formatting) are not columns.
        var width = header.Length;
        while (width > 0 && header[width - 1].Length == 0) width--;
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < width; i++)
        {
            var name = header[i];
            if (!allowed.Contains(name))
                errors.Add(new ImportError(1, name.Length == 0 ? ColumnLetter(i) : name, records[0][i], "Import.Error.UnknownColumn", [string.Join(", ", allowed)]));
            else if (!positions.TryAdd(name, i))
                errors.Add(new ImportError(1, name, records[0][i], "Import.Error.DuplicateColumn", []));
        }
        foreach (var name in expected.Where(c => !positions.ContainsKey(c)))
            errors.Add(new ImportError(1, name, null, "Import.Error.MissingColumn", []));
        if (errors.Count > 0) return (null, errors);

        var map = allowed.Select(c => positions.TryGetValue(c, out var at) ? at : -1).ToArray();
        var rows = new List<ImportRow>(records.Count);
        for (var r = 1; r < records.Count; r++)
        {
            var record = records[r];
            if (record.All(string.IsNullOrWhiteSpace)) continue; // blank lines are not rows to import
            var number = r + 1;
            var used = record.Length;
            while (used > width && string.IsNullOrWhiteSpace(record[used - 1])) used--;
            if (used > width)
            {
                errors.Add(new ImportError(number, null, null, "Import.Error.TooManyValues",
                    [used.ToString(CultureInfo.InvariantCulture), width.ToString(CultureInfo.InvariantCulture)]));
                continue;
            }
            var cells = new string[allowed.Length];
            for (var c = 0; c < map.Length; c++) cells[c] = map[c] >= 0 && map[c] < record.Length ? record[map[c]].Trim() : "";
            rows.Add(new ImportRow(number, cells));
        }
        if (errors.Count == 0 && rows.Count == 0) errors.Add(new ImportError(2, null, null, "Import.Error.NoRows", []));
        return (errors.Count > 0 ? null : new ImportTable(allowed, rows, [.. positions.Keys]), errors);
    }

    private static string ColumnLetter(int index)
    {
        var s = "";
        for (index++; index > 0; index = (index - 1) / 26) s = (char)('A' + (index - 1) % 26) + s;
        return s;
    }

    /// <summary>The kind of a binary file by its magic bytes; null for what may be text.</summary>
    internal static string? Sniff(byte[] b)
    {
        static bool Starts(byte[] b, params byte[] sig) => b.Length >= sig.Length && b.AsSpan(0, sig.Length).SequenceEqual(sig);
        if (Starts(b, 0x50, 0x4B, 0x03, 0x04) || Starts(b, 0x50, 0x4B, 0x05, 0x06)) return "ZIP";
        if (Starts(b, 0x89, 0x50, 0x4E, 0x47)) return "PNG";
        if (Starts(b, 0x25, 0x50, 0x44, 0x46)) return "PDF";
        if (Starts(b, 0xFF, 0xD8, 0xFF)) return "JPEG";
        if (Starts(b, 0x47, 0x49, 0x46, 0x38)) return "GIF";
        if (Starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return "XLS";
        if (Starts(b, 0x1F, 0x8B)) return "GZIP";
        if (Starts(b, 0x4D, 0x5A)) return "EXE";
        if (Starts(b, 0x7F, 0x45, 0x4C, 0x46)) return "ELF";
        // UTF-16 text starts with a byte-order mark and is full of NULs; it is an encoding problem, handled later.
        if (Starts(b, 0xFF, 0xFE) || Starts(b, 0xFE, 0xFF)) return null;
        return b.AsSpan(0, Math.Min(b.Length, 8192)).Contains((byte)0) ? "binary" : null;
    }

    private static bool TryDecodeUtf8(byte[] bytes, out string text, out int badLine)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) span = span[3..];
        var chars = ArrayPool<char>.Shared.Rent(span.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(span, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                badLine = span[..read].Count((byte)'\n') + 1;
                text = "";
                return false;
            }
            badLine = 0;
            text = new string(chars, 0, written);
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>RFC 4180: comma-separated, double-quoted fields may hold commas, quotes ("") and line breaks.</summary>
    internal static bool TryParseCsv(string text, out List<string[]> records, out int openQuoteRow)
    {
        records = [];
        openQuoteRow = 0;
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var n = text.Length;
        var quoted = false;
        var recordStartRow = 1;
        while (i < n)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < n && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    quoted = false;
                    i++;
                    continue;
                }
                field.Append(c);
                i++;
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0 || field.ToString().Trim().Length == 0:
                    field.Clear();
                    quoted = true;
                    i++;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                    i += c == '\r' && i + 1 < n && text[i + 1] == '\n' ? 2 : 1;
                    recordStartRow = records.Count + 1;
                    break;
                default:
                    field.Append(c);
                    i++;
                    break;
            }
        }
        if (quoted)
        {
            openQuoteRow = recordStartRow;
            return false;
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }
        return true;
    }
}
