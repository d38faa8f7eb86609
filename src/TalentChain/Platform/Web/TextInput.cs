using Microsoft.Extensions.Localization;

namespace TalentChain.Platform.Web;

/// <summary>
/// One-line text that users type or upload — names, titles, codes, file names — and search terms. Control
/// characters (NUL, CR, LF, TAB and the rest of C0, DEL, C1, and the Unicode line/paragraph separators) have
/// no place in them: they split CSV rows and log lines, forge e-mail headers, hide text on screen, and a NUL
/// ends a string early in SQLite's LIKE and is refused by PostgreSQL. Refused where users type, never stored.
/// </summary>
public static class TextInput
{
    public static bool HasControlCharacters(string? text)
    {
        if (text is null) return false;
        foreach (var c in text)
            if (char.IsControl(c) || c is '\u2028' or '\u2029') return true;
        return false;
    }

    /// <summary>
    /// Adds the shared, translated "one line" error to every field whose value has a control character and, if
    /// any has, throws at once (with the errors collected so far): before a uniqueness check or lookup could send
    /// the text to the database, which PostgreSQL would answer with an error (500) for a NUL.
    /// </summary>
    public static void RequireOneLine(this FieldErrors errors, IStringLocalizer<SharedResource> shared, params ReadOnlySpan<(string Field, string? Value)> fields)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(shared);
        var refused = false;
        foreach (var (field, value) in fields)
        {
            if (!HasControlCharacters(value)) continue;
            errors.Add(field, shared["File.OneLine"]);
            refused = true;
        }
        if (refused) errors.ThrowIfAny(shared["File.OneLine.Title"]);
    }
}

/// <summary>File names as users send them: reduced to a base name that is safe to store, show and download on every OS.</summary>
public static class FileNames
{
    private static readonly char[] Separators = ['/', '\\'];
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// The last path segment whichever separator the sender's OS uses (<c>..\..\x.pdf</c> → <c>x.pdf</c> on Linux
    /// too, where <see cref="Path.GetFileName(string?)"/> keeps backslashes), without control characters, without
    /// characters Windows forbids (<c>&lt;&gt;:"|?*</c> → <c>_</c>), trailing dots or spaces, or a device name as
    /// its stem; at most <paramref name="maxLength"/> characters, keeping the extension. "" when nothing is left.
    /// </summary>
    public static string SafeBaseName(string? name, int maxLength = 255)
    {
        if (string.IsNullOrEmpty(name)) return "";
        var last = name[(name.LastIndexOfAny(Separators) + 1)..];
        var chars = last.Where(c => !char.IsControl(c) && c is not ('\u2028' or '\u2029'))
            .Select(c => c is '<' or '>' or ':' or '"' or '|' or '?' or '*' ? '_' : c);
        var result = new string([.. chars]).Trim().TrimEnd('.', ' ');
        if (result is "" or "." or "..") return "";
        var extension = Path.GetExtension(result);
        var stem = result[..^extension.Length];
        if (Reserved.Contains(stem)) result = "_" + result;
        if (result.Length > maxLength)
            result = extension.Length < maxLength / 2 ? result[..(maxLength - extension.Length)] + extension : result[..maxLength];
        return result;
    }
}
