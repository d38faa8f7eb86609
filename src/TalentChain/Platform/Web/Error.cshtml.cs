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
    public int RetryAfterSeconds => int.TryParse(Response.Headers.RetryAfter, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 60;

    public Task<IActionResult> OnGetAsync(int? code) => RespondAsync(code);
    public Task<IActionResult> OnPostAsync(int? code) => RespondAsync(code);
    public Task<IActionResult> OnPutAsync(int? code) => RespondAsync(code);
    public Task<IActionResult> OnDeleteAsync(int? code) => RespondAsync(code);

    private async Task<IActionResult> RespondAsync(int? code)
    {
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
