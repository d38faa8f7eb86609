using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TalentChain.Platform.Web;

/// <summary>
/// Shared behaviour of module pages: a one-line success message carried over the redirect after a post
/// (post/redirect/get), and handler calls whose failures land on the form (422/409/404) or refuse (403).
/// Rendered by Shared/_Messages.cshtml.
/// </summary>
public abstract class ModulePageModel : PageModel
{
    [TempData] public string? Message { get; set; }

    /// <summary>Runs the call; false (with the errors on the form) when it failed. Access refusals become 403.</summary>
    protected async Task<bool> TryAsync(Func<Task> call)
    {
        try
        {
            return await this.TryHandlerAsync(call);
        }
        catch (AccessDeniedException ex)
        {
            ModelState.AddModelError("", ex.Message);
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return false;
        }
    }

    protected IActionResult Done(string message, object? routeValues = null)
    {
        Message = message;
        return routeValues is null ? RedirectToPage() : RedirectToPage(routeValues);
    }
}
