using System.Globalization;
using System.Text.Json;

namespace TalentChain.Optimization;

/// <summary>
/// Strict reading of interchange files: exact property names, no unknown or repeated properties, exact JSON types.
/// Every failure is an <see cref="InstanceFormatException"/> whose location is the JSON path of the offending entry.
/// </summary>
internal static class StrictJson
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    public static JsonDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            var reason = ex.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0) reason = reason[..cut];
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            throw new InstanceFormatException(
                string.Create(CultureInfo.InvariantCulture, $"line {line}, position {position}"),
                $"invalid JSON: {reason.TrimEnd('.')}");
        }
    }

    /// <summary>Checks that <paramref name="e"/> is an object with only the allowed properties, each at most once.</summary>
    public static void Object(JsonElement e, string path, params string[] allowed)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new InstanceFormatException(Root(path), $"must be an object (is {Kind(e)})");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject())
        {
            if (Array.IndexOf(allowed, p.Name) < 0)
                throw new InstanceFormatException(Join(path, p.Name), $"unknown property (allowed: {string.Join(", ", allowed)})");
            if (!seen.Add(p.Name)) throw new InstanceFormatException(Join(path, p.Name), "property given twice");
        }
    }

    public static JsonElement Required(JsonElement obj, string path, string name)
    {
        if (!obj.TryGetProperty(name, out var value)) throw new InstanceFormatException(Join(path, name), "missing");
        return value;
    }

    public static JsonElement ArrayOf(JsonElement obj, string path, string name)
    {
        var e = Required(obj, path, name);
        if (e.ValueKind != JsonValueKind.Array) throw new InstanceFormatException(Join(path, name), $"must be an array (is {Kind(e)})");
        return e;
    }

    public static string String(JsonElement obj, string path, string name)
    {
        var e = Required(obj, path, name);
        if (e.ValueKind != JsonValueKind.String) throw new InstanceFormatException(Join(path, name), $"must be a string (is {Kind(e)})");
        return e.GetString()!;
    }

    public static bool Boolean(JsonElement obj, string path, string name)
    {
        var e = Required(obj, path, name);
        return e.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new InstanceFormatException(Join(path, name), $"must be true or false (is {Kind(e)})"),
        };
    }

    /// <summary>A whole number that fits in an int (sign is checked by the validation rules, which name the value).</summary>
    public static int Int32(JsonElement obj, string path, string name)
    {
        var v = Int64(obj, path, name);
        if (v is < int.MinValue or > int.MaxValue) throw new InstanceFormatException(Join(path, name), "is too large");
        return (int)v;
    }

    /// <summary>An array item or object value that must be a whole number fitting in an int.</summary>
    public static int Int32Value(JsonElement e, string path)
    {
        var v = Int64Value(e, path);
        if (v is < int.MinValue or > int.MaxValue) throw new InstanceFormatException(path, "is too large");
        return (int)v;
    }

    public static long Int64(JsonElement obj, string path, string name) => Int64Value(Required(obj, path, name), Join(path, name));

    private static long Int64Value(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Number) throw new InstanceFormatException(path, $"must be a whole number (is {Kind(e)})");
        if (e.TryGetInt64(out var v)) return v;
        // 3.0 is accepted as 3; 3.5 and 1e30 are not.
        if (e.TryGetDecimal(out var d) && d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue) return (long)d;
        throw new InstanceFormatException(path, $"must be a whole number (is {e.GetRawText()})");
    }

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    public static string Index(string path, int i) => string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");

    private static string Root(string path) => path.Length == 0 ? "(root)" : path;

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    public static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{Shorten(e.GetString()!)}\"",
        JsonValueKind.Number => $"the number {e.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "undefined",
    };
}
