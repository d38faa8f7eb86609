using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TalentChain.Platform.Web;

/// <summary>
/// The friendly error page for browsers (status codes and unhandled exceptions are re-executed here); API
/// requests get ProblemDetails instead.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public class ErrorModel(IProblemDetailsService problems) : PageModel
{
    public int Status { get; private set; }
    /// <summary>A refusal's own message (what was refused), shown under the generic text.</summary>
    public string? Detail { get; private set; }
    public string RequestId { get; private set; } = "";
    /// <summary>For 413: the limit the upload exceeded (set by <see cref="UploadLimits"/>).</summary>
    public long? UploadLimit { get; private set; }
    public int RetryAfterSeconds => int.TryParse(Response.Headers.RetryAfter, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 60;

    /// <summary>The original request failed antiforgery validation: say the form expired, not that it was malformed.</summary>
    public bool AntiforgeryFailed { get; private set; }

    // No handler parameters: binding would build a form value provider, and reading the form of a re-executed POST
    // throws when its antiforgery check failed (a missing token on /culture answered 500 instead of 400) and reads an
    // oversized upload's body again (a second 413, then a 500). The code comes from the route.
    public Task<IActionResult> OnGetAsync() => RespondAsync();
    public Task<IActionResult> OnPostAsync() => RespondAsync();
    public Task<IActionResult> OnPutAsync() => RespondAsync();
    public Task<IActionResult> OnDeleteAsync() => RespondAsync();

    private async Task<IActionResult> RespondAsync()
    {
        int? code = int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : null;
        UploadLimit = HttpContext.Items[UploadLimits.LimitItem] as long?;
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>();
        Status = exception?.Error switch
        {
            NotFoundException => StatusCodes.Status404NotFound,
            AccessDeniedException => StatusCodes.Status403Forbidden,
            _ => code ?? StatusCodes.Status500InternalServerError,
        };
        Detail = (exception?.Error as AccessDeniedException)?.Message;
        AntiforgeryFailed = Status == StatusCodes.Status400BadRequest && HttpContext.Features.Get<Microsoft.AspNetCore.Antiforgery.IAntiforgeryValidationFeature>() is { IsValid: false };
        RequestId = HttpContext.TraceIdentifier;
        var originalPath = exception?.Path ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
        Response.StatusCode = Status;
        if (originalPath.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = HttpContext, ProblemDetails = { Status = Status, Detail = exception?.Error is NotFoundException nf ? nf.Message : Detail } });
            return new EmptyResult();
        }
        return Page();
    }
}
