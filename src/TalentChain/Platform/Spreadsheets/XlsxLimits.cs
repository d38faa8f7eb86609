namespace TalentChain.Platform.Spreadsheets;

/// <summary>
/// What an uploaded workbook may cost to read (see docs/adr/0031-hostile-files.md). The defaults fit the imports:
/// up to 100,000 rows of at most 16 columns, with room to spare; anything past them is refused with a message,
/// never read until memory runs out.
/// </summary>
public sealed record XlsxLimits
{
    public static XlsxLimits Default { get; } = new();

    /// <summary>Unpacked bytes of all parts together (a 100,000-row employee sheet with inline strings unpacks to about 110 MB).</summary>
    public long MaxUncompressedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Unpacked ÷ packed size of one part; real sheets stay far below it, zip bombs far above (Apache POI's default).</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>The last sheet row that may hold a value (header included).</summary>
    public int MaxRows { get; init; } = 200_000;

    /// <summary>Columns that may hold a value (A to AX); the import formats use at most 16.</summary>
    public int MaxColumns { get; init; } = 50;

    /// <summary>Parts (zip entries) in the package; a workbook has a dozen or so.</summary>
    public int MaxParts { get; init; } = 1_000;

    /// <summary>The compression ratio is checked once a part has unpacked this much (tiny parts compress very well).</summary>
    public const long RatioCheckedFrom = 1024 * 1024;
}

public enum XlsxLimit
{
    UncompressedSize = 1,
    CompressionRatio = 2,
    Rows = 3,
    Columns = 4,
    Parts = 5,
}

/// <summary>
/// A workbook was refused because it exceeds one of the <see cref="XlsxLimits"/>; nothing more of it was read.
/// (Not an <see cref="InvalidDataException"/>, which is sealed: the workbook may be well-formed, just too much.)
/// </summary>
/// <param name="Limit">Which limit.</param>
/// <param name="Maximum">The limit's value (bytes, ratio, rows, columns or parts).</param>
/// <param name="Where">The part name, row number or cell reference that broke it, when known.</param>
public sealed class XlsxLimitException(XlsxLimit limit, long maximum, string? where)
    : Exception($"The workbook exceeds the {limit} limit ({maximum}){(where is null ? "" : " at " + where)}.")
{
    public XlsxLimit Limit { get; } = limit;
    public long Maximum { get; } = maximum;
    public string? Where { get; } = where;
}
