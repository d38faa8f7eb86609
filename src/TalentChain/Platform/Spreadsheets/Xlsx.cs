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
    /// when the cell is date-formatted). Empty cells are ""; ragged rows are padded to their last cell; the n-th
    /// row returned is the sheet's row n (rows the file omits come back empty).
    /// Throws <see cref="InvalidDataException"/> when the stream is not an XLSX package.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> ReadRows(Stream input)
    {
        SpreadsheetDocument doc;
        try
        {
            doc = SpreadsheetDocument.Open(input, false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            throw new InvalidDataException("The file is not a valid XLSX workbook.", ex);
        }
        using (doc)
        {
            var workbookPart = doc.WorkbookPart ?? throw new InvalidDataException("The workbook has no sheets.");
            var first = workbookPart.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("The workbook has no sheets.");
            var sheetPart = (WorksheetPart)workbookPart.GetPartById(first.Id!);
            var shared = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var dateStyles = DateStyleIndexes(workbookPart);

            uint expected = 1;
            foreach (var row in sheetPart.Worksheet.Descendants<Row>())
            {
                // Rows absent from the sheet (entirely empty) still count, so row numbers match what the user sees.
                if (row.RowIndex?.Value is { } index)
                {
                    for (; expected < index; expected++) yield return [];
                    expected = index + 1;
                }
                else
                {
                    expected++;
                }
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                    while (cells.Count < column) cells.Add("");
                    cells.Add(CellText(cell, shared, dateStyles));
                }
                yield return cells;
            }
        }
    }

    private static string CellText(Cell cell, string[] shared, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : "";
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        if (cell.DataType?.Value == CellValues.Boolean) return raw == "1" ? "true" : "false";
        if ((cell.DataType is null || cell.DataType.Value == CellValues.Number)
            && cell.StyleIndex is { } style && dateStyles.Contains(style.Value)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
            return DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return raw;
    }

    private static HashSet<uint> DateStyleIndexes(WorkbookPart workbookPart)
    {
        var result = new HashSet<uint>();
        var formats = workbookPart.WorkbookStylesPart?.Stylesheet?.CellFormats?.Elements<CellFormat>().ToList();
        if (formats is null) return result;
        var custom = workbookPart.WorkbookStylesPart!.Stylesheet!.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.FormatCode?.Value is { } code && (code.Contains('y') || code.Contains('d')) && !code.Contains('['))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        for (var i = 0; i < formats.Count; i++)
        {
            var id = formats[i].NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 22 or >= 45 and <= 47 || custom.Contains(id)) result.Add((uint)i);
        }
        return result;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }
}
