namespace TalentChain.Platform.Spreadsheets;

/// <summary>
/// A list as a download, as every export of the product does it: CSV streamed as it is written, or XLSX (whose writer
/// is synchronous and ASP.NET refuses synchronous writes to the response) written to a temporary file that deletes
/// itself when the response is done.
/// </summary>
public static class SpreadsheetDownload
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>"csv" or "xlsx" for a requested format (none asked: "csv"); null for anything else, which the caller refuses in its own words.</summary>
    public static string? Format(string? requested) => (requested?.Trim().ToLowerInvariant() ?? "csv") switch
    {
        "csv" => "csv",
        "xlsx" => "xlsx",
        _ => null,
    };

    /// <summary>The download <paramref name="fileStem"/>.csv or .xlsx (sheet <paramref name="sheetName"/>) of the rows, enumerated once.</summary>
    public static IResult File(string format, string fileStem, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows,
        CancellationToken ct = default)
    {
        if (format == "csv") return TypedResults.Stream(stream => Csv.WriteAsync(stream, header, rows, ct), CsvType, fileStem + ".csv");
        if (format != "xlsx") throw new ArgumentOutOfRangeException(nameof(format), format, "csv or xlsx");
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        Xlsx.Write(file, sheetName, header, rows);
        file.Position = 0;
        return TypedResults.File(file, XlsxType, fileStem + ".xlsx");
    }
}
