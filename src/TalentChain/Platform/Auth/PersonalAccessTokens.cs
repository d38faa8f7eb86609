using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Auth;

/// <summary>Creating, hashing and checking personal access tokens ("tc_" + 43 URL-safe characters).</summary>
public static class PersonalAccessTokenSecrets
{
    public const string Scheme = "Token";
    private const string TokenPrefix = "tc_";

    public static string NewSecret() => TokenPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether the request authenticates with a token (not a sign-in cookie).</summary>
    public static bool IsBearer(HttpRequest request) => request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    internal static string CacheKey(string hash) => "pat:" + hash;

    public static string DisplayPrefix(string secret) => secret[..Math.Min(10, secret.Length)];

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Authenticates "Authorization: Bearer tc_…" against the stored token hashes.</summary>
internal sealed class PersonalAccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TalentChainDbContext db,
    SignInManager<AppUser> signIn,
    IMemoryCache cache,
    TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>How long an unused token's principal stays in memory; it is re-checked against the database on every call anyway.</summary>
    internal static readonly TimeSpan KeepUnusedFor = TimeSpan.FromMinutes(10);

    /// <summary>The user's security stamp when the principal was built: a role change, sign-out or password change rotates it.</summary>
    private sealed record Cached(System.Security.Claims.ClaimsPrincipal Principal, string? SecurityStamp);

    private sealed record State(int Id, string UserId, DateTimeOffset? RevokedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt, string? SecurityStamp, DateTimeOffset? LockoutEnd);

    private static readonly CompiledPerModel<string, State?> TokenState = new(() => EF.CompileAsyncQuery<TalentChainDbContext, string, State?>((db, hash, ct) =>
        db.PersonalAccessTokens.Where(t => t.SecretHash == hash)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new State(t.Id, t.UserId, t.RevokedAt, t.ExpiresAt, t.LastUsedAt, u.SecurityStamp, u.LockoutEnd))
            .FirstOrDefault()));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var secret = header["Bearer ".Length..].Trim();
        var hash = PersonalAccessTokenSecrets.Hash(secret);

        // Every call reads the token row and its user's stamp (one indexed query), so a revocation or a role change
        // made on any node applies to the very next call on every node. Only the principal (seven queries) is cached.
        var row = await TokenState.RunAsync(db, hash, Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (row is null || row.RevokedAt is not null || row.ExpiresAt <= now) return AuthenticateResult.Fail("Invalid, expired or revoked token.");
        if (row.LockoutEnd > now) return AuthenticateResult.Fail("The token's user cannot sign in.");

        if (row.LastUsedAt is null || now - row.LastUsedAt > TimeSpan.FromMinutes(5))
        {
            // Usage stamp only; not an audited change.
            await db.PersonalAccessTokens.Where(t => t.Id == row.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }
        var key = PersonalAccessTokenSecrets.CacheKey(hash);
        if (cache.TryGetValue(key, out Cached? hit) && hit is not null && hit.SecurityStamp == row.SecurityStamp)
            return AuthenticateResult.Success(new AuthenticationTicket(hit.Principal, PersonalAccessTokenSecrets.Scheme));

        var user = await signIn.UserManager.FindByIdAsync(row.UserId);
        if (user is null) return AuthenticateResult.Fail("The token's user cannot sign in.");
        var principal = await signIn.CreateUserPrincipalAsync(user);
        cache.Set(key, new Cached(principal, user.SecurityStamp), new MemoryCacheEntryOptions { SlidingExpiration = KeepUnusedFor });
        return AuthenticateResult.Success(new AuthenticationTicket(principal, PersonalAccessTokenSecrets.Scheme));
    }
}
