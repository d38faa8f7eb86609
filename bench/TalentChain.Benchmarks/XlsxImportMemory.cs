using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TalentChain.Modules.People.Features.Import;
using TalentChain.Platform.Spreadsheets;

namespace TalentChain.Benchmarks;

/// <summary>
/// Peak memory of reading an uploaded employees workbook (docs/adr/0031-hostile-files.md). One read per process,
/// so the process's peak working set belongs to that read: the import's read phase (<c>import</c>: the workbook
/// becomes the import's table, which it keeps), the streaming reader alone (<c>stream</c>: rows counted, not
/// kept) and, for comparison, the SDK's document tree (<c>dom</c>: what the reader did before, loading the sheet).
/// </summary>
public static class XlsxImportMemory
{
    /// <summary>Writes N employees in the import's format as an XLSX (from the import benchmark's CSV generator).</summary>
    public static (string Path, long Bytes) WriteFile(string directory, int employees, int seed)
    {
        DataGenerator.Write(directory, employees, seed);
        var csv = Path.Combine(directory, "employees.csv");
        var xlsx = Path.Combine(directory, $"employees-{employees}.xlsx");
        var lines = File.ReadLines(csv);
        var header = lines.First().Split(',');
        IEnumerable<IReadOnlyList<object?>> Rows()
        {
            foreach (var line in lines.Skip(1))
            {
                // The generator never quotes an employee field (no commas or quotes in them).
                if (line.Contains('"', StringComparison.Ordinal)) throw new InvalidDataException("unexpected quoted field: " + line);
                var cells = line.Split(',');
                yield return [.. cells.Select((c, i) => header[i] == "grade" ? int.Parse(c, CultureInfo.InvariantCulture) : (object?)c)];
            }
        }
        using (var file = File.Create(xlsx)) Xlsx.Write(file, "employees", header, Rows());
        return (xlsx, new FileInfo(xlsx).Length);
    }

    public static string Measure(string path, string reader)
    {
        var bytes = File.ReadAllBytes(path); // as the import job does
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var workingSetBefore = process.WorkingSet64;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        long rows;
        switch (reader)
        {
            case "import":
                var (table, errors) = ImportFileReader.Read(ImportKind.Employees, Path.GetFileName(path), bytes);
                if (table is null) throw new InvalidDataException(string.Join("; ", errors.Select(e => e.Key)));
                rows = table.Rows.Count;
                GC.KeepAlive(table);
                break;
            case "stream":
                rows = 0;
                foreach (var row in Xlsx.ReadRows(new MemoryStream(bytes, writable: false))) rows += row.Count > 0 ? 1 : 0;
                rows--; // the header
                break;
            case "dom":
                using (var doc = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false))
                {
                    var sheet = doc.WorkbookPart!.WorksheetParts.First().Worksheet; // the whole sheet as a tree
                    rows = sheet.Descendants<Row>().LongCount() - 1;
                    GC.KeepAlive(sheet);
                }
                break;
            default:
                throw new ArgumentException("reader: import, stream or dom", nameof(reader));
        }
        sw.Stop();
        process.Refresh();
        return string.Create(CultureInfo.InvariantCulture,
            $"xlsx-read reader={reader} rows={rows} file_mb={bytes.Length / 1048576.0:F1} seconds={sw.Elapsed.TotalSeconds:F2} " +
            $"allocated_mb={(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:F0} " +
            $"working_set_before_mb={workingSetBefore / 1048576.0:F0} peak_working_set_mb={process.PeakWorkingSet64 / 1048576.0:F0}");
    }
}
