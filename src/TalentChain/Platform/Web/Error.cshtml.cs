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
    public string RequestId { get; private set; } = "";
    /// <summary>For 413: the limit the upload exceeded (set by <see cref="UploadLimits"/>).</summary>
    public long? UploadLimit { get; private set; }

    // No handler parameters: binding them would read the request form, and re-executing an oversized upload's
    // POST here must not read its body again (a second 413, then a 500). The code comes from the route.
    public Task<IActionResult> OnGetAsync() => RespondAsync();
    public Task<IActionResult> OnPostAsync() => RespondAsync();
    public Task<IActionResult> OnPutAsync() => RespondAsync();
    public Task<IActionResult> OnDeleteAsync() => RespondAsync();

    private async Task<IActionResult> RespondAsync()
    {
        int? code = int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : null;
        UploadLimit = HttpContext.Items[UploadLimits.LimitItem] as long?;
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>();
        Status = exception?.Error is NotFoundException ? StatusCodes.Status404NotFound : code ?? StatusCodes.Status500InternalServerError;
        RequestId = HttpContext.TraceIdentifier;
        var originalPath = exception?.Path ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
        Response.StatusCode = Status;
        if (originalPath.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = HttpContext, ProblemDetails = { Status = Status, Detail = exception?.Error is NotFoundException nf ? nf.Message : null } });
            return new EmptyResult();
        }
        return Page();
    }
}
