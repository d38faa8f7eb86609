namespace TalentChain.Platform.Web;

/// <summary>
/// Browser hardening headers on every response — pages, API, static files, error pages (ADR 0032). Set just
/// before the response starts, so the exception handler's cleared response and the re-executed error page carry
/// them too.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// No inline script anywhere: page scripts are files under /js that read their data from data- attributes or
    /// JSON data islands. Inline style attributes stay allowed (dynamic widths and colours; they cannot run code
    /// or select elements), style elements do not. htmx's own indicator style element is switched off
    /// (<c>includeIndicatorStyles: false</c>; the rules are in site.css).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Swagger UI (/api/docs) inserts style elements at run time; its scripts are files (Swashbuckle 11 has no
    /// inline script), so only style-src is relaxed there.
    /// </summary>
    public const string ApiDocsContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/api/docs", StringComparison.OrdinalIgnoreCase)
                ? ApiDocsContentSecurityPolicy
                : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return Task.CompletedTask;
        }, http);
        return next(http);
    });
}
