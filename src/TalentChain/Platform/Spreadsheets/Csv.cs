using System.Globalization;
using System.Text;

namespace TalentChain.Platform.Spreadsheets;

/// <summary>RFC 4180 CSV writing (UTF-8 with BOM so Excel shows Chinese correctly). Reading is the import's own RFC 4180 reader (ImportFileReader).</summary>
public static partial class Csv
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
        if (IsFormulaLike(s)) s = "'" + s;
        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }

    /// <summary>
    /// A cell a spreadsheet program would run as a formula (CSV injection, OWASP): one starting with =, +, @, a tab
    /// or a carriage return, or with - unless it is a plain number (-12.5, -1E-05 stay numbers people can sum;
    /// "-2+3" or "-cmd|' /C calc'!A0" do not).
    /// </summary>
    internal static bool IsFormulaLike(string s) =>
        s.Length > 0 && (s[0] is '=' or '+' or '@' or '\t' or '\r' || (s[0] == '-' && !PlainNegativeNumber().IsMatch(s)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^-[0-9]+(\.[0-9]+)?([Ee][+-]?[0-9]+)?$")]
    private static partial System.Text.RegularExpressions.Regex PlainNegativeNumber();
}
