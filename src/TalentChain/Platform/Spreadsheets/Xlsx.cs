using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TalentChain.Platform.Spreadsheets;

/// <summary>
/// Minimal XLSX reading and writing on DocumentFormat.OpenXml (ClosedXML is not available here).
/// Writing streams rows (100,000-row exports stay flat in memory); every cell is written as an inline string
/// or a number, so what a user sees in Excel is exactly what was exported.
/// </summary>
public static class Xlsx
{
    /// <summary>Writes one worksheet: a header row, then the rows. Numbers stay numbers; everything else is text.</summary>
    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = doc.AddWorkbookPart();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();

        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, header.Cast<object?>().ToList());
            foreach (var row in rows) WriteRow(writer, row);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbookPart.Workbook = new Workbook(new Sheets(new Sheet
        {
            Id = workbookPart.GetIdOfPart(sheetPart),
            SheetId = 1,
            Name = SafeSheetName(sheetName),
        }));
        workbookPart.Workbook.Save();
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<object?> values)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            switch (value)
            {
                case null:
                    writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text("")) });
                    break;
                case int or long or decimal or double or float or short:
                    writer.WriteElement(new Cell
                    {
                        DataType = CellValues.Number,
                        CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
                    });
                    break;
                default:
                    writer.WriteElement(new Cell
                    {
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(Format(value)) { Space = SpaceProcessingModeValues.Preserve }),
                    });
                    break;
            }
        }
        writer.WriteEndElement();
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
