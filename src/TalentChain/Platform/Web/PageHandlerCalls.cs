using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace TalentChain.Platform.Web;

public static class PageHandlerCalls
{
    /// <summary>
    /// Runs a handler call for a page and puts its failures on the form, in the user's language: field errors
    /// (HTTP 422), a stale version — someone else saved first (409), a record that no longer exists (404), a
    /// record-level refusal (403).
    /// Returns true when the call succeeded. Nothing was written when it returns false.
    /// </summary>
    public static async Task<bool> TryHandlerAsync(this PageModel page, Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (ValidationFailedException ex)
        {
            page.ModelState.AddErrors(ex);
            page.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        catch (DbUpdateConcurrencyException)
        {
            var t = page.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            page.ModelState.AddModelError("", t["Error.Concurrency.Form"]);
            page.Response.StatusCode = StatusCodes.Status409Conflict;
        }
        catch (NotFoundException ex)
        {
            page.ModelState.AddModelError("", ex.Message);
            page.Response.StatusCode = StatusCodes.Status404NotFound;
        }
        catch (AccessDeniedException ex)
        {
            page.ModelState.AddModelError("", ex.Message);
            page.Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        return false;
    }
}
