namespace TalentChain.Platform.Web;

public static class Htmx
{
    /// <summary>True when htmx made the request: answer with the partial, not the whole page.</summary>
    public static bool IsHtmx(this HttpRequest request) => request.Headers.ContainsKey("HX-Request");
}
