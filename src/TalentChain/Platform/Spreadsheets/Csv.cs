using System.Globalization;
using System.Text;

namespace TalentChain.Platform.Spreadsheets;

/// <summary>RFC 4180 CSV writing (UTF-8 with BOM so Excel shows Chinese correctly). Reading is CsvHelper's.</summary>
public static class Csv
{
    public static async Task WriteAsync(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, CancellationToken ct = default)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(Line(header.Cast<object?>().ToList()).AsMemory(), ct);
        foreach (var row in rows) await writer.WriteLineAsync(Line(row).AsMemory(), ct);
    }

    public static string Line(IReadOnlyList<object?> values) => string.Join(',', values.Select(v => Escape(Format(v))));

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Escape(string s)
    {
        // A leading =, +, - or @ would be run as a formula by spreadsheet programs (CSV injection).
        if (s.Length > 0 && s[0] is '=' or '+' or '@' || (s.Length > 1 && s[0] == '-' && !char.IsAsciiDigit(s[1]))) s = "'" + s;
        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }
}
