using System.Globalization;
using System.Text.RegularExpressions;

namespace TalentChain.Modules.People.Features.Import;

/// <summary>Collects every problem of a file (capped in what is kept, never in what is counted).</summary>
public sealed class ImportErrors
{
    public const int MaxKept = 2000;
    public List<ImportError> Kept { get; } = [];
    public int Count { get; private set; }

    public void Add(ImportError error)
    {
        Count++;
        if (Kept.Count < MaxKept) Kept.Add(error);
    }

    public void Add(int row, string? column, string? value, string key, params string[] args) =>
        Add(new ImportError(row, column, value, key, args));
}

/// <summary>Reads typed values from one row, recording a problem for each bad cell.</summary>
internal readonly partial struct RowReader(ImportTable table, ImportRow row, ImportErrors errors, string kindSlug)
{
    public int Number => row.Number;

    public string? Text(string column, bool required = false)
    {
        var value = row.Cells[table.IndexOf(column)];
        if (value.Length == 0)
        {
            if (required) errors.Add(row.Number, column, null, "Import.Error.Required");
            return null;
        }
        if (!ImportFormats.MultiLineColumns.Contains(kindSlug + ":" + column) && Platform.Web.TextInput.HasControlCharacters(value))
        {
            errors.Add(row.Number, column, value, "File.Import.OneLine");
            return null;
        }
        if (ImportFormats.MaxLengths.TryGetValue(kindSlug + ":" + column, out var max) && value.Length > max)
        {
            errors.Add(row.Number, column, value, "Import.Error.TooLong", max.ToString(CultureInfo.InvariantCulture));
            return null;
        }
        return value;
    }

    public DateOnly? Date(string column, bool required = false)
    {
        var text = Text(column, required);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors.Add(row.Number, column, text, "Import.Error.BadDate");
        return null;
    }

    public int? Int(string column, bool required = false)
    {
        var text = Text(column, required);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)) return i;
        errors.Add(row.Number, column, text, "Import.Error.BadNumber");
        return null;
    }

    public TEnum? Enum<TEnum>(string column, bool required = false) where TEnum : struct, Enum
    {
        var text = Text(column, required);
        if (text is null) return null;
        var values = ImportFormats.EnumValues<TEnum>();
        if (values.TryGetValue(text, out var v)) return v;
        errors.Add(row.Number, column, text, "Import.Error.BadEnum", string.Join(", ", values.Keys));
        return null;
    }

    public string? Email(string column)
    {
        var text = Text(column);
        if (text is null || EmailPattern().IsMatch(text)) return text;
        errors.Add(row.Number, column, text, "Import.Error.BadEmail");
        return null;
    }

    public void Error(string column, string? value, string key, params string[] args) => errors.Add(row.Number, column, value, key, args);

    [GeneratedRegex(@"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}

/// <summary>Finds reference cycles (parent, manager) among the file's keys, the database filling the gaps.</summary>
internal static class Cycles
{
    /// <summary>Returns, for each start key on a cycle, the cycle as "A → B → A".</summary>
    public static Dictionary<string, string> Find(IEnumerable<string> starts, Func<string, string?> parentOf, IEqualityComparer<string> comparer)
    {
        var result = new Dictionary<string, string>(comparer);
        var done = new HashSet<string>(comparer);
        foreach (var start in starts)
        {
            if (done.Contains(start)) continue;
            var path = new List<string>();
            var onPath = new Dictionary<string, int>(comparer);
            var current = start;
            while (current is not null && !done.Contains(current))
            {
                if (onPath.TryGetValue(current, out var at))
                {
                    var cycle = path.Skip(at).ToList();
                    var text = string.Join(" → ", cycle.Append(cycle[0]));
                    foreach (var k in cycle) result[k] = text;
                    break;
                }
                onPath[current] = path.Count;
                path.Add(current);
                current = parentOf(current);
            }
            foreach (var k in path) done.Add(k);
        }
        return result;
    }
}
