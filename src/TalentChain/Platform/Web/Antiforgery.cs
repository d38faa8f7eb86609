using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TalentChain.Platform.Auth;

namespace TalentChain.Platform.Web;

/// <summary>
/// CSRF protection for the JSON API, in one place for every route under /api (ADR 0032): a request that changes
/// something and was authenticated by the browser's session cookie must carry the antiforgery token in the
/// <c>RequestVerificationToken</c> header, as htmx sends it from every page. A personal access token
/// (<c>Authorization: Bearer tc_…</c>) is not sent by a browser on its own, so those calls are exempt.
/// </summary>
public static partial class ApiAntiforgery
{
    /// <summary>Runs after authentication and authorization, before any endpoint under /api.</summary>
    public static IApplicationBuilder UseApiAntiforgery(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (NeedsToken(http))
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            var header = http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.HeaderName!;
            // Header only: the API never looks for the token in a form body, so an upload is not read before its
            // endpoint applies its own limits (with the header present, antiforgery does not read the form).
            if (string.IsNullOrEmpty(http.Request.Headers[header]) || !await antiforgery.IsRequestValidAsync(http))
            {
                await RefuseAsync(http);
                return;
            }
        }
        await next(http);
    });

    /// <summary>A state-changing call to /api by a signed-in user who was not authenticated by a personal access token.</summary>
    internal static bool NeedsToken(HttpContext http)
    {
        if (!http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)) return false;
        var method = http.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method)) return false;
        // No credentials, nothing to forge: authorization answers 401 (or the endpoint allows anonymous callers).
        if (http.User.Identity?.IsAuthenticated != true) return false;
        // Fail closed: only a ticket issued by the token scheme is exempt; the cookie, and any scheme added later, is not.
        var scheme = http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Ticket?.AuthenticationScheme;
        return scheme != PersonalAccessTokenSecrets.Scheme;
    }

    private static async Task RefuseAsync(HttpContext http)
    {
        var t = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        LogRefused(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiAntiforgery)), http.Request.Method, http.Request.Path);
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = t["Csrf.Title"], Detail = t["Csrf.Detail"] },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Path}: signed in with the session cookie but no valid antiforgery token")]
    private static partial void LogRefused(ILogger logger, string method, string path);
}

/// <summary>Antiforgery for minimal-API form endpoints outside /api (sign-out, language switch).</summary>
public static class FormAntiforgery
{
    /// <summary>
    /// Minimal APIs validate the token only for form-bound parameters; an endpoint without any (sign-out) asks for
    /// it here. A missing or bad token answers 400, and the error page says the form expired.
    /// </summary>
    public static RouteHandlerBuilder RequireAntiforgeryToken(this RouteHandlerBuilder endpoint) =>
        endpoint.WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter(async (context, next) =>
            context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
                ? Results.StatusCode(StatusCodes.Status400BadRequest)
                : await next(context));
}
