namespace TalentChain.Platform.Web;

/// <summary>Return URLs taken from a request: only a path on this site, never another host.</summary>
public static class LocalUrls
{
    /// <summary>
    /// True for "/" or "/path…". False for "//host" and "/\host" (browsers read both as another host), absolute
    /// URLs, and anything with control characters.
    /// </summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary>The URL when it is local, else the home page.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
