using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Auth;

/// <summary>
/// Sign-in cookies carry the user's security stamp; a sign-out, a password change or a role change rotates the
/// stamp in the database, which ends every cookie issued before it on every node from the next request on
/// (docs/adr/0029-sign-in-throttling-and-sessions.md).
/// </summary>
internal static class SessionValidator
{
    /// <summary>
    /// Replaces Identity's SecurityStampValidator, which re-checks only every 30 minutes, and then rebuilds the whole
    /// principal (roles, claims: several queries) and re-issues the cookie. Here: one primary-key read of the stamp per
    /// request, nothing rebuilt; a role change rotates the stamp too, so the roles in a valid cookie are current.
    /// </summary>
    private static readonly CompiledPerModel<string, string?> StampOf = new(() =>
        EF.CompileAsyncQuery<TalentChainDbContext, string, string?>((db, id, ct) => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefault()));

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirst(claims.UserIdClaimType)?.Value;
        var stamp = context.Principal?.FindFirst(claims.SecurityStampClaimType)?.Value;
        if (userId is not null && stamp is not null)
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<TalentChainDbContext>();
            if (await StampOf.RunAsync(db, userId, context.HttpContext.RequestAborted) == stamp) return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}

/// <summary>Ends all of a user's sign-in sessions (cookies) on every node. Personal access tokens are not sessions and stay valid.</summary>
public static class Sessions
{
    public static async Task EndAllAsync(UserManager<AppUser> users, AppUser user)
    {
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded) throw new InvalidOperationException("The security stamp could not be rotated: " + string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}

/// <summary>
/// An EF compiled query (a third of a LINQ query's cost per call, measured) for each model it meets: EF refuses to run
/// one compiled query against two models, and there is one per database provider (the tests use both in one process).
/// </summary>
internal sealed class CompiledPerModel<TArg, TResult>(Func<Func<TalentChainDbContext, TArg, CancellationToken, Task<TResult>>> compile)
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Microsoft.EntityFrameworkCore.Metadata.IModel, Func<TalentChainDbContext, TArg, CancellationToken, Task<TResult>>> _byModel = [];

    public Task<TResult> RunAsync(TalentChainDbContext db, TArg arg, CancellationToken ct) => _byModel.GetValue(db.Model, _ => compile())(db, arg, ct);
}
