using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TalentChain.Platform.Spreadsheets;

/// <summary>
/// Minimal XLSX writing (our own, streaming) and reading (DocumentFormat.OpenXml; ClosedXML is not available
/// here). Every cell is written as an inline string or a number, so what a user sees in Excel is exactly what
/// was exported.
/// </summary>
public static class Xlsx
{
    /// <summary>
    /// Writes one worksheet: a header row, then the rows. Numbers stay numbers; everything else is text.
    /// The package is written part by part straight into a zip (OpenXML SDK 2.x would hold the whole sheet in
    /// memory), so memory stays flat however many rows; the output stream need not be seekable.
    /// Writes synchronously: give it a file or memory stream, not an HTTP response body.
    /// </summary>
    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
            """);
        Part(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        Part(zip, "xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
            """);
        Part(zip, "xl/workbook.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{SecurityElement.Escape(SafeSheetName(sheetName))}" sheetId="1" r:id="rId1"/></sheets></workbook>
            """);

        using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(sheet, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CheckCharacters = false });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", Main);
        xml.WriteStartElement("sheetData", Main);
        var rowNumber = 0;
        WriteRow(xml, ++rowNumber, header.Cast<object?>().ToList());
        foreach (var row in rows) WriteRow(xml, ++rowNumber, row);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static void Part(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var bytes = new UTF8Encoding(false).GetBytes(content.Trim());
        stream.Write(bytes);
    }

    private static void WriteRow(XmlWriter xml, int rowNumber, IReadOnlyList<object?> values)
    {
        var r = rowNumber.ToString(CultureInfo.InvariantCulture);
        xml.WriteStartElement("row", Main);
        xml.WriteAttributeString("r", r);
        for (var i = 0; i < values.Count; i++)
        {
            xml.WriteStartElement("c", Main);
            xml.WriteAttributeString("r", ColumnName(i) + r);
            switch (values[i])
            {
                case null:
                    break;
                case int or long or decimal or double or float or short:
                    xml.WriteElementString("v", Main, Convert.ToString(values[i], CultureInfo.InvariantCulture));
                    break;
                default:
                    xml.WriteAttributeString("t", "inlineStr");
                    xml.WriteStartElement("is", Main);
                    xml.WriteStartElement("t", Main);
                    xml.WriteAttributeString("xml", "space", null, "preserve");
                    xml.WriteString(XmlSafe(Format(values[i]!)));
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                    break;
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>Characters XML 1.0 cannot carry (control characters pasted into a field) are dropped.</summary>
    private static string XmlSafe(string s)
    {
        foreach (var c in s)
        {
            if (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)) return new string(s.Where(ch => XmlConvert.IsXmlChar(ch) || char.IsSurrogate(ch)).ToArray());
        }
        return s;
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static string Format(object value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string SafeSheetName(string name)
    {
        var cleaned = new string(name.Where(c => c is not ('\\' or '/' or '?' or '*' or '[' or ']' or ':')).ToArray());
        return cleaned.Length == 0 ? "Sheet1" : cleaned[..Math.Min(31, cleaned.Length)];
    }

    /// <summary>
    /// Reads the first worksheet as rows of cell text (dates stored as serial numbers are returned as yyyy-MM-dd
    /// when the cell is date-formatted). Cells without a value are ""; a row ends at its last cell with a value;
    /// the n-th row returned is the sheet's row n (rows without values before a row with values come back empty;
    /// trailing ones are not returned).
    /// </summary>
    /// <remarks>
    /// Uploaded workbooks are hostile until read: the package is checked against <paramref name="limits"/> before
    /// anything is parsed (parts, unpacked size, compression ratio: a zip bomb is refused unopened), and every part
    /// is read as a stream (<see cref="OpenXmlReader"/>), never loaded as a document tree, so memory follows the
    /// cells that have values — a cell addressed ZZZZZ1 or a sheet claiming a million rows costs nothing until
    /// it breaks a row or column limit.
    /// Throws <see cref="XlsxLimitException"/> when a limit is exceeded and <see cref="InvalidDataException"/>
    /// when the stream is not a readable XLSX package.
    /// </remarks>
    public static IEnumerable<IReadOnlyList<string>> ReadRows(Stream input, XlsxLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var rows = ReadRowsUnchecked(input, limits ?? XlsxLimits.Default).GetEnumerator();
        while (true)
        {
            bool more;
            try
            {
                more = rows.MoveNext();
            }
            catch (Exception ex) when (IsUnreadable(ex))
            {
                throw new InvalidDataException("The file is not a valid XLSX workbook.", ex);
            }
            if (!more) yield break;
            yield return rows.Current;
        }
    }

    private static bool IsUnreadable(Exception ex) =>
        ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or XmlException
            or InvalidCastException or KeyNotFoundException or ArgumentException or NotSupportedException or InvalidOperationException;

    private static IEnumerable<IReadOnlyList<string>> ReadRowsUnchecked(Stream input, XlsxLimits limits)
    {
        if (!input.CanSeek)
        {
            var copy = new MemoryStream();
            input.CopyTo(copy);
            copy.Position = 0;
            input = copy;
        }
        CheckPackage(input, limits);
        using var doc = SpreadsheetDocument.Open(input, false, new OpenSettings { MaxCharactersInPart = limits.MaxUncompressedBytes });
        var workbookPart = doc.WorkbookPart ?? throw new InvalidDataException("The workbook has no sheets.");
        var sheetId = FirstSheetRelationshipId(workbookPart) ?? throw new InvalidDataException("The workbook has no sheets.");
        var sheetPart = workbookPart.GetPartById(sheetId) as WorksheetPart ?? throw new InvalidDataException("The first sheet is not a worksheet.");
        var shared = workbookPart.SharedStringTablePart is { } sst ? SharedStrings(sst) : [];
        var dateStyles = workbookPart.WorkbookStylesPart is { } styles ? DateStyleIndexes(styles) : [];

        using var reader = OpenXmlReader.Create(sheetPart);
        var cells = new List<string>();
        var inRow = false;
        long rowNumber = 0, lastReturned = 0;
        var nextColumn = 0;
        string? reference = null, type = null, value = null;
        uint? style = null;
        StringBuilder? inline = null;
        var inCell = false;
        var inPhonetic = false;

        // Empty elements may or may not be reported with an end: a new row or cell also closes the previous one.
        IEnumerable<IReadOnlyList<string>> EndRow()
        {
            inRow = false;
            if (cells.Count == 0) yield break;
            if (rowNumber > limits.MaxRows) throw new XlsxLimitException(XlsxLimit.Rows, limits.MaxRows, rowNumber.ToString(CultureInfo.InvariantCulture));
            // Rows the sheet omits (or that hold no values) still count, so row numbers match what the user sees.
            for (; lastReturned < rowNumber - 1; lastReturned++) yield return [];
            lastReturned = rowNumber;
            yield return cells.ToArray();
            cells.Clear();
        }

        void EndCell()
        {
            inCell = false;
            var column = ColumnIndex(reference) ?? nextColumn;
            nextColumn = column + 1;
            var text = CellText(type, value, inline?.ToString(), style, shared, dateStyles);
            if (text.Length == 0) return;
            if (column >= limits.MaxColumns)
                throw new XlsxLimitException(XlsxLimit.Columns, limits.MaxColumns, reference ?? ColumnName(column) + rowNumber.ToString(CultureInfo.InvariantCulture));
            while (cells.Count < column) cells.Add("");
            cells.Add(text);
        }

        while (reader.Read())
        {
            var element = reader.ElementType;
            if (element == typeof(Row))
            {
                if (inCell) EndCell();
                if (inRow) foreach (var r in EndRow()) yield return r;
                if (!reader.IsStartElement) continue;
                inRow = true;
                var index = Attribute(reader, "r");
                // A row without a number follows the previous one; numbers out of order are read in file order.
                rowNumber = long.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > lastReturned ? n : Math.Max(rowNumber, lastReturned) + 1;
                nextColumn = 0;
            }
            else if (element == typeof(Cell))
            {
                if (inCell) EndCell();
                if (!reader.IsStartElement) continue;
                inCell = true;
                reference = type = value = null;
                style = null;
                inline?.Clear();
                foreach (var a in reader.Attributes)
                {
                    if (a.NamespaceUri.Length != 0) continue;
                    switch (a.LocalName)
                    {
                        case "r": reference = a.Value; break;
                        case "t": type = a.Value; break;
                        case "s": style = uint.TryParse(a.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var si) ? si : null; break;
                    }
                }
            }
            else if (!inCell || !reader.IsStartElement)
            {
                if (element == typeof(PhoneticRun)) inPhonetic = false;
            }
            else if (element == typeof(CellValue))
            {
                value = reader.GetText();
            }
            else if (element == typeof(PhoneticRun))
            {
                inPhonetic = true;
            }
            else if (element == typeof(Text) && !inPhonetic)
            {
                (inline ??= new StringBuilder()).Append(reader.GetText());
            }
        }
        if (inCell) EndCell();
        if (inRow) foreach (var r in EndRow()) yield return r;
    }

    private static string? Attribute(OpenXmlReader reader, string localName)
    {
        foreach (var a in reader.Attributes)
            if (a.LocalName == localName && a.NamespaceUri.Length == 0) return a.Value;
        return null;
    }

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static string? FirstSheetRelationshipId(WorkbookPart workbookPart)
    {
        using var reader = OpenXmlReader.Create(workbookPart);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Sheet) || !reader.IsStartElement) continue;
            foreach (var a in reader.Attributes)
                if (a.LocalName == "id" && a.NamespaceUri == RelationshipsNamespace) return a.Value;
            return null;
        }
        return null;
    }

    /// <summary>The shared strings, streamed; phonetic guides (furigana/pinyin runs) are not part of the text.</summary>
    private static string[] SharedStrings(SharedStringTablePart part)
    {
        var result = new List<string>();
        var text = new StringBuilder();
        var inItem = false;
        var inPhonetic = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            var element = reader.ElementType;
            if (element == typeof(SharedStringItem))
            {
                if (inItem) result.Add(text.ToString());
                text.Clear();
                inItem = reader.IsStartElement;
            }
            else if (element == typeof(PhoneticRun)) inPhonetic = reader.IsStartElement;
            else if (element == typeof(Text) && reader.IsStartElement && inItem && !inPhonetic) text.Append(reader.GetText());
        }
        if (inItem) result.Add(text.ToString());
        return [.. result];
    }

    private static string CellText(string? type, string? raw, string? inline, uint? style, string[] shared, HashSet<uint> dateStyles)
    {
        raw ??= "";
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : "";
            case "inlineStr":
                return inline ?? "";
            case "b":
                return raw == "1" ? "true" : "false";
            case null or "n":
                if (style is { } s && dateStyles.Contains(s) && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
                    && serial is >= -657435 and < 2958466)
                    return DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return raw;
            default:
                return raw;
        }
    }

    /// <summary>Indexes of the cell formats (cellXfs) that show a date, read from the styles part as a stream.</summary>
    private static HashSet<uint> DateStyleIndexes(WorkbookStylesPart part)
    {
        var custom = new HashSet<uint>();
        var formats = new List<uint>();
        var inCellFormats = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            var element = reader.ElementType;
            if (element == typeof(CellFormats)) inCellFormats = reader.IsStartElement;
            else if (!reader.IsStartElement) continue;
            else if (element == typeof(NumberingFormat))
            {
                var code = Attribute(reader, "formatCode");
                if (uint.TryParse(Attribute(reader, "numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    && code is not null && (code.Contains('y') || code.Contains('d')) && !code.Contains('['))
                    custom.Add(id);
            }
            else if (element == typeof(CellFormat) && inCellFormats)
            {
                formats.Add(uint.TryParse(Attribute(reader, "numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0);
            }
        }
        var result = new HashSet<uint>();
        for (var i = 0; i < formats.Count; i++)
            if (formats[i] is >= 14 and <= 22 or >= 45 and <= 47 || custom.Contains(formats[i])) result.Add((uint)i);
        return result;
    }

    /// <summary>
    /// Refuses a package before it is parsed: too many parts, more unpacked bytes than allowed, or a part that
    /// unpacks to more than <see cref="XlsxLimits.MaxCompressionRatio"/> times its packed size. The sizes the zip
    /// declares are checked first (cheap), then every part is unpacked and counted, since declarations can lie.
    /// </summary>
    private static void CheckPackage(Stream input, XlsxLimits limits)
    {
        var start = input.Position;
        using (var zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true))
        {
            var entries = zip.Entries;
            if (entries.Count > limits.MaxParts) throw new XlsxLimitException(XlsxLimit.Parts, limits.MaxParts, null);
            long declared = 0;
            foreach (var entry in entries)
            {
                declared += entry.Length;
                if (declared > limits.MaxUncompressedBytes) throw new XlsxLimitException(XlsxLimit.UncompressedSize, limits.MaxUncompressedBytes, entry.FullName);
                CheckRatio(entry, entry.Length, limits);
            }
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
            try
            {
                long total = 0;
                foreach (var entry in entries)
                {
                    long size = 0;
                    using var part = entry.Open();
                    int read;
                    while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        size += read;
                        total += read;
                        if (total > limits.MaxUncompressedBytes) throw new XlsxLimitException(XlsxLimit.UncompressedSize, limits.MaxUncompressedBytes, entry.FullName);
                        CheckRatio(entry, size, limits);
                    }
                }
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        input.Position = start;
    }

    /// <summary>Small parts may compress very well (a run of empty cells); the ratio counts from the first MiB.</summary>
    private static void CheckRatio(ZipArchiveEntry entry, long unpacked, XlsxLimits limits)
    {
        if (unpacked >= XlsxLimits.RatioCheckedFrom && unpacked > Math.Max(entry.CompressedLength, 1) * limits.MaxCompressionRatio)
            throw new XlsxLimitException(XlsxLimit.CompressionRatio, limits.MaxCompressionRatio, entry.FullName);
    }

    /// <summary>The zero-based column of a cell reference such as "B7"; very large columns are capped (they are over any limit).</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            index = Math.Min(index * 26 + (char.ToUpperInvariant(c) - 'A' + 1), 1 << 24);
        }
        return index == 0 ? null : index - 1;
    }

    /// <summary>The column letters of a zero-based column index (0 → A, 26 → AA).</summary>
    public static string ColumnLetters(int index) => ColumnName(index);
}
