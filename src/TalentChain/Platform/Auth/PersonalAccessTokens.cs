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

    internal static string CacheKey(string hash) => "pat:" + hash;

    /// <summary>Drops a token's cached principal so a revocation takes effect at once on this node.</summary>
    public static void Forget(IMemoryCache cache, string hash) => cache.Remove(CacheKey(hash));

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
    /// <summary>
    /// A script calls the API many times a second; building the principal costs seven queries (token, user, claims,
    /// roles). It is cached per token for this long. Revoking on this node takes effect at once
    /// (<see cref="PersonalAccessTokenSecrets.Forget"/>); other nodes, and role changes, catch up within this time.
    /// </summary>
    internal static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private sealed record Cached(System.Security.Claims.ClaimsPrincipal Principal, DateTimeOffset? ExpiresAt);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var secret = header["Bearer ".Length..].Trim();
        var hash = PersonalAccessTokenSecrets.Hash(secret);
        if (cache.TryGetValue(PersonalAccessTokenSecrets.CacheKey(hash), out Cached? hit) && hit is not null && (hit.ExpiresAt is null || hit.ExpiresAt > clock.GetUtcNow()))
            return AuthenticateResult.Success(new AuthenticationTicket(hit.Principal, PersonalAccessTokenSecrets.Scheme));

        var token = await db.PersonalAccessTokens.FirstOrDefaultAsync(t => t.SecretHash == hash, Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (token is null || !token.IsUsableAt(now)) return AuthenticateResult.Fail("Invalid, expired or revoked token.");
        var user = await signIn.UserManager.FindByIdAsync(token.UserId);
        if (user is null || await signIn.UserManager.IsLockedOutAsync(user)) return AuthenticateResult.Fail("The token's user cannot sign in.");

        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(5))
        {
            // Usage stamp only; not an audited change.
            await db.PersonalAccessTokens.Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        cache.Set(PersonalAccessTokenSecrets.CacheKey(hash), new Cached(principal, token.ExpiresAt), CacheFor);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, PersonalAccessTokenSecrets.Scheme));
    }
}
