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

    /// <summary>
    /// Runs an action from a record page: on success redirects with the message; otherwise reloads the page's data and shows
    /// the errors on it (404 when the record is gone or not the viewer's to see).
    /// </summary>
    protected async Task<IActionResult> ActAsync(Func<Task> call, string done, object? routeValues, Func<Task<bool>> reload)
    {
        ArgumentNullException.ThrowIfNull(reload);
        ModelState.Clear();
        if (await TryAsync(call)) return Done(done, routeValues);
        return await reload() ? Page() : NotFound();
    }

    /// <summary>Loads the page's data; false when the record is gone or not the viewer's to see (the page answers 404, as the API does).</summary>
    protected static async Task<bool> LoadAsync(Func<Task> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        try
        {
            await load();
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    protected IActionResult Done(string message, object? routeValues = null)
    {
        Message = message;
        return routeValues is null ? RedirectToPage() : RedirectToPage(routeValues);
    }
}
