using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Data;
using TalentChain.Platform.Demo;

namespace TalentChain.Platform.Auth.Pages;

[AllowAnonymous]
public class LoginModel(SignInManager<AppUser> signIn, TalentChainDbContext db, IStringLocalizer<SharedResource> t, IHostEnvironment environment) : PageModel
{
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }
    public List<string> DemoAccounts { get; private set; } = [];
    /// <summary>No account holds the Administrator role yet: the page says how the operator creates one.</summary>
    public bool NoAdministrator { get; private set; }

    public async Task OnGetAsync() => await LoadDemoAccountsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.UserManager.FindByEmailAsync(Email.Trim());
        if (user is not null)
        {
            var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                if (!string.IsNullOrEmpty(user.PreferredCulture))
                    Response.Cookies.Append(PlatformSetup.CultureCookie, Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new(user.PreferredCulture)),
                        new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            }
            Error = result.IsLockedOut ? t["Login.LockedOut"] : t["Login.Invalid"];
        }
        else
        {
            Error = t["Login.Invalid"];
        }
        await LoadDemoAccountsAsync();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadDemoAccountsAsync()
    {
        NoAdministrator = !await Administrators.AnyAsync(db);
        // The demo accounts are listed for developers only: on any other deployment the page names no account.
        if (!environment.IsDevelopment()) return;
        DemoAccounts = await db.Users.AsNoTracking().Where(u => u.Email!.EndsWith(DemoSeeder.EmailDomain)).Select(u => u.Email!).OrderBy(e => e).ToListAsync();
    }
}
