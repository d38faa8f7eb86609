using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Web;

namespace TalentChain.Platform.Auth.Pages;

[Authorize(Policy = Policies.SignedIn)]
public class ChangePasswordModel(ChangePasswordHandler handler, UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public string Current { get; set; } = "";
    [BindProperty] public string New { get; set; } = "";
    [BindProperty] public string Confirm { get; set; } = "";
    /// <summary>Unticked by default: a new password usually means the old one may be known, and so may the tokens.</summary>
    [BindProperty] public bool KeepTokens { get; set; }
    public PasswordChanged? Done { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (New != Confirm) ModelState.AddModelError(nameof(Confirm), t["Password.Mismatch"]);
        if (ModelState.IsValid)
        {
            try
            {
                Done = await handler.HandleAsync(users.GetUserId(User)!, new ChangePasswordRequest(Current, New, KeepTokens), ct);
                // The new stamp ended every session of the account; this one continues with a fresh cookie.
                if (await users.GetUserAsync(User) is { } user) await signIn.RefreshSignInAsync(user);
                return Page();
            }
            catch (ValidationFailedException ex)
            {
                ModelState.AddErrors(ex);
            }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
