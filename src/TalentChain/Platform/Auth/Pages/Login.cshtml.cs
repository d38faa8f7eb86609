using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Data;
using TalentChain.Platform.Demo;

namespace TalentChain.Platform.Auth.Pages;

/// <summary>
/// Sign-in. Unknown and known addresses get the same answer in about the same time (the password is hashed either
/// way), are throttled alike per address, and every client address is rate-limited (ADR 0029).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInThrottle.PerClientPolicy)]
public class LoginModel(
    SignInManager<AppUser> signIn,
    SignInThrottle throttle,
    TrustedDevices devices,
    IPasswordHasher<AppUser> hasher,
    TalentChainDbContext db,
    IStringLocalizer<SharedResource> t,
    IHostEnvironment environment) : PageModel
{
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }
    public List<string> DemoAccounts { get; private set; } = [];
    /// <summary>No account holds the Administrator role yet: the page says how the operator creates one.</summary>
    public bool NoAdministrator { get; private set; }

    public async Task OnGetAsync() => await LoadDemoAccountsAsync();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var email = Email.Trim();
        var accountKey = SignInThrottle.AccountKey(email);
        var trusted = devices.IsTrusted(Request, accountKey);
        if (!trusted && await throttle.BeginAttemptAsync(accountKey, ct) is { } wait)
        {
            var seconds = SignInThrottling.Seconds(wait);
            Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return await ShowErrorAsync(t["SignIn.TooManyAttempts", seconds], StatusCodes.Status429TooManyRequests);
        }

        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            SignInThrottling.VerifyAgainstDummy(hasher, Password);
            return await ShowErrorAsync(t["Login.Invalid"], StatusCodes.Status422UnprocessableEntity);
        }
        // No lock-out on failures: the waits above take its place, and a stranger cannot use them to lock the owner out.
        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: false);
        if (!result.Succeeded)
            return await ShowErrorAsync(result.IsLockedOut ? t["Login.LockedOut"] : t["Login.Invalid"], StatusCodes.Status422UnprocessableEntity);

        await throttle.SucceededAsync(accountKey, ct);
        devices.Trust(HttpContext, accountKey);
        if (!string.IsNullOrEmpty(user.PreferredCulture))
            Response.Cookies.Append(PlatformSetup.CultureCookie, Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new(user.PreferredCulture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    private async Task<IActionResult> ShowErrorAsync(string error, int status)
    {
        Error = error;
        await LoadDemoAccountsAsync();
        Response.StatusCode = status;
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
