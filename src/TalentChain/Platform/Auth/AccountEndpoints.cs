using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Platform;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain;

public static class AccountEndpoints
{
    public static IServiceCollection AddAccount(this IServiceCollection services) => services.AddScoped<TokenHandlers>().AddScoped<UserAdminHandlers>().AddScoped<ChangePasswordHandler>();

    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder app)
    {
        // Language switch: remembered in a cookie and, for a signed-in user, on the account.
        app.MapPost("/culture", async ([FromForm] string culture, [FromForm] string? returnUrl, HttpContext http, UserManager<AppUser> users) =>
        {
            if (!PlatformSetup.SupportedCultures.Any(c => c.Name == culture)) culture = "en";
            http.Response.Cookies.Append(PlatformSetup.CultureCookie, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps });
            if (http.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(http.User) is { } user && user.PreferredCulture != culture)
            {
                user.PreferredCulture = culture;
                await users.UpdateAsync(user);
            }
            // An unsafe returnUrl ("//host", "/\host", "https://…") goes home: no open redirect, no exception.
            return Results.LocalRedirect(LocalUrls.OrHome(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();

        // Signing out ends every session of the user, on every device and node (ADR 0029), not only this browser's.
        app.MapPost("/account/logout", async (ClaimsPrincipal principal, SignInManager<AppUser> signIn) =>
        {
            if (await signIn.UserManager.GetUserAsync(principal) is { } user) await Sessions.EndAllAsync(signIn.UserManager, user);
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).RequireAuthorization(Policies.SignedIn).RequireAntiforgeryToken().ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/me").WithTags("Account").RequireAuthorization(Policies.SignedIn);
        api.MapGet("/", async Task<Ok<MeResponse>> (ClaimsPrincipal user, UserManager<AppUser> users) =>
        {
            var u = await users.GetUserAsync(user);
            var roles = u is null ? [] : await users.GetRolesAsync(u);
            return TypedResults.Ok(new MeResponse(u?.Email ?? user.Identity!.Name!, u?.DisplayName ?? "", u?.EmployeeId, [.. roles]));
        }).WithName("GetMe").WithSummary("The signed-in user and their roles.");
        api.MapPost("/password", async Task<Ok<PasswordChanged>> (ChangePasswordRequest request, HttpContext http, SignInManager<AppUser> signIn, ChangePasswordHandler h, CancellationToken ct) =>
        {
            var changed = await h.HandleAsync(signIn.UserManager.GetUserId(http.User)!, request, ct);
            // A browser session calling the API keeps going with a fresh cookie; a token caller has no cookie to renew.
            if (!PersonalAccessTokenSecrets.IsBearer(http.Request) && await signIn.UserManager.GetUserAsync(http.User) is { } user)
                await signIn.RefreshSignInAsync(user);
            return TypedResults.Ok(changed);
        }).WithName("ChangePassword")
          .WithSummary("Change your password. Ends your other sessions on every node and revokes your tokens unless keepTokens is true.");
        api.MapGet("/tokens", async (ClaimsPrincipal user, UserManager<AppUser> users, TokenHandlers tokens, CancellationToken ct) =>
            TypedResults.Ok(await tokens.ListAsync(users.GetUserId(user)!, ct))).WithSummary("Your personal access tokens (never their secrets).");
        api.MapPost("/tokens", async (CreateTokenRequest request, ClaimsPrincipal user, UserManager<AppUser> users, TokenHandlers tokens, CancellationToken ct) =>
        {
            var created = await tokens.CreateAsync(users.GetUserId(user)!, request, ct);
            return TypedResults.Created($"/api/v1/me/tokens/{created.Id}", created);
        }).WithSummary("Create a token; the secret is in this response only.");
        api.MapDelete("/tokens/{id:int}", async (int id, ClaimsPrincipal user, UserManager<AppUser> users, TokenHandlers tokens, CancellationToken ct) =>
        {
            await tokens.RevokeAsync(users.GetUserId(user)!, id, ct);
            return TypedResults.NoContent();
        }).WithSummary("Revoke a token.");

        var admin = app.MapGroup("/api/v1/users").WithTags("Users").RequireAuthorization(Policies.Administer);
        admin.MapGet("/", async (UserAdminHandlers h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithName("ListUsers").WithSummary("All accounts with roles, linked employee and lock-out state.");
        admin.MapPost("/", async (CreateUserRequest request, UserAdminHandlers h, CancellationToken ct) =>
        {
            var created = await h.CreateAsync(request, ct);
            return TypedResults.Created($"/api/v1/users/{created.Id}", created);
        }).WithName("CreateUser").WithSummary("Create an account (password policy applies).");
        admin.MapPut("/{id}/roles", async (string id, SetRolesRequest request, ClaimsPrincipal user, UserManager<AppUser> users, UserAdminHandlers h, CancellationToken ct) =>
            TypedResults.Ok(await h.SetRolesAsync(id, request, users.GetUserId(user)!, ct)))
            .WithName("SetUserRoles").WithSummary("Replace an account's roles.");
        admin.MapPost("/{id}/unlock", async (string id, UserAdminHandlers h, CancellationToken ct) =>
        {
            await h.UnlockAsync(id, ct);
            return TypedResults.NoContent();
        }).WithName("UnlockUser").WithSummary("End a lock-out after repeated failed sign-ins.");
        return app;
    }
}

public sealed record MeResponse(string Email, string DisplayName, int? EmployeeId, string[] Roles);
