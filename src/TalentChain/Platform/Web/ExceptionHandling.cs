using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace TalentChain.Platform.Web;

/// <summary>The one place exceptions become ProblemDetails (RFC 9457) with a specific title and per-field errors.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, IStringLocalizer<SharedResource> t) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        // Pages: let the exception middleware re-execute the friendly /error page.
        var path = http.Features.Get<IExceptionHandlerFeature>()?.Path ?? http.Request.Path.Value ?? "";
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)) return false;
        ProblemDetails? problem = exception switch
        {
            ValidationFailedException v => new HttpValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = v.Title,
            },
            NotFoundException n => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = n.Message },
            AccessDeniedException a => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = a.Message },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = t["Error.Concurrency"],
                Detail = t["Error.Concurrency.Detail"],
            },
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = t["Error.BadRequest"], Detail = b.Message },
            _ => null,
        };
        if (problem is null) return false;
        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }
}
