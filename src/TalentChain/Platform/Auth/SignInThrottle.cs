using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Auth;

/// <summary>Limits on sign-in attempts (configuration section "SignIn"); see docs/adr/0029-sign-in-throttling-and-sessions.md.</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignIn";

    /// <summary>Sign-in posts one client address may make per <see cref="PerClientWindow"/> on one node.</summary>
    public int PerClientPermitLimit { get; set; } = 20;
    public TimeSpan PerClientWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failed attempts on one address before each further attempt must wait.</summary>
    public int FreeFailures { get; set; } = 5;
    /// <summary>The wait after the last free failure; it doubles with each further failure up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(15);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>Failures older than this no longer count.</summary>
    public TimeSpan ForgetFailuresAfter { get; set; } = TimeSpan.FromDays(1);
    /// <summary>How long a browser that signed in to an account is exempt from that account's waits.</summary>
    public TimeSpan TrustDeviceFor { get; set; } = TimeSpan.FromDays(180);
}

/// <summary>
/// Failed sign-ins of one submitted e-mail address, shared by every node. The key is a hash of the normalised
/// address, whether or not an account has it, so unknown and known addresses are throttled alike.
/// </summary>
public class SignInThrottleEntry : INotAudited
{
    public required string AccountKey { get; set; }
    /// <summary>Attempts since the last success (an attempt is counted before the password is checked).</summary>
    public int Failures { get; set; }
    public DateTimeOffset LastFailureAt { get; set; }
    public DateTimeOffset? BlockedUntil { get; set; }
}

/// <summary>
/// Progressive per-address delays instead of Identity's hard lock-out: after <see cref="SignInThrottleOptions.FreeFailures"/>
/// failures each attempt waits (15 s, 30 s, 1 min … 15 min). A browser that has signed in to the account before
/// (<see cref="TrustedDevices"/>) skips the wait, so a stranger cannot keep the owner out; a success or an
/// administrator's unlock clears the count.
/// </summary>
public sealed class SignInThrottle(TalentChainDbContext db, TimeProvider clock, IOptions<SignInThrottleOptions> options)
{
    public const string PerClientPolicy = "SignIn.PerClient";

    public static string AccountKey(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())));

    /// <summary>
    /// Counts an attempt on the address before its password is checked, so parallel attempts cannot slip through
    /// together. Returns how long to wait when the address must wait; null when the attempt may go ahead.
    /// </summary>
    public async Task<TimeSpan?> BeginAttemptAsync(string accountKey, CancellationToken ct = default)
    {
        var o = options.Value;
        for (var round = 0; round < 10; round++)
        {
            var now = clock.GetUtcNow();
            var row = await db.SignInThrottles.AsNoTracking().FirstOrDefaultAsync(x => x.AccountKey == accountKey, ct);
            if (row is null)
            {
                var entry = new SignInThrottleEntry { AccountKey = accountKey, Failures = 1, LastFailureAt = now, BlockedUntil = BlockedUntil(1, now, o) };
                db.SignInThrottles.Add(entry);
                try
                {
                    await db.SaveChangesAsync(ct);
                    return null;
                }
                catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
                {
                    // Another node counted the first attempt at the same moment: read its row and go again.
                    db.Entry(entry).State = EntityState.Detached;
                    continue;
                }
            }
            if (row.BlockedUntil > now) return row.BlockedUntil.Value - now;
            var next = (now - row.LastFailureAt > o.ForgetFailuresAfter ? 0 : row.Failures) + 1;
            var blockedUntil = BlockedUntil(next, now, o);
            // Compare-and-set on the row as read: of attempts racing on several nodes, one wins each round.
            var won = await db.SignInThrottles
                .Where(x => x.AccountKey == accountKey && x.Failures == row.Failures && x.LastFailureAt == row.LastFailureAt)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Failures, next).SetProperty(x => x.LastFailureAt, now).SetProperty(x => x.BlockedUntil, blockedUntil), ct);
            if (won == 1) return null;
        }
        // Lost every race (a burst on one address): refuse rather than let the attempt through uncounted.
        return o.FirstDelay;
    }

    /// <summary>A successful sign-in clears the address's count (and, now and then, forgotten rows of other addresses).</summary>
    public async Task SucceededAsync(string accountKey, CancellationToken ct = default)
    {
        var forgetBefore = clock.GetUtcNow() - options.Value.ForgetFailuresAfter;
        await db.SignInThrottles.Where(x => x.AccountKey == accountKey || x.LastFailureAt < forgetBefore).ExecuteDeleteAsync(ct);
    }

    /// <summary>Whether the address's attempts are being slowed down (shown to administrators as locked).</summary>
    public bool IsSlowed(SignInThrottleEntry entry) =>
        entry.Failures >= options.Value.FreeFailures && clock.GetUtcNow() - entry.LastFailureAt <= options.Value.ForgetFailuresAfter;

    /// <summary>An administrator's unlock.</summary>
    public Task ClearAsync(string email, CancellationToken ct = default)
    {
        var key = AccountKey(email);
        return db.SignInThrottles.Where(x => x.AccountKey == key).ExecuteDeleteAsync(ct);
    }

    internal static DateTimeOffset? BlockedUntil(int failures, DateTimeOffset now, SignInThrottleOptions o)
    {
        if (failures < o.FreeFailures) return null;
        var doublings = Math.Min(failures - o.FreeFailures, 30);
        var wait = TimeSpan.FromTicks((long)Math.Min(o.FirstDelay.Ticks * Math.Pow(2, doublings), o.MaxDelay.Ticks));
        return now + wait;
    }
}

/// <summary>
/// A browser that signed in to an account gets a long-lived, encrypted device cookie naming that account; sign-ins
/// to the same account from it skip the account's wait (OWASP "device cookies"). It never signs anyone in by itself.
/// </summary>
public sealed class TrustedDevices(IDataProtectionProvider protection, TimeProvider clock, IOptions<SignInThrottleOptions> options)
{
    public const string CookieName = ".TalentChain.Device";
    private readonly IDataProtector _protector = protection.CreateProtector("TalentChain.SignIn.TrustedDevice.v1");

    public bool IsTrusted(HttpRequest request, string accountKey)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value)) return false;
        try
        {
            var parts = _protector.Unprotect(value).Split('|');
            return parts.Length == 2 && parts[0] == accountKey
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
                && expires > clock.GetUtcNow().ToUnixTimeSeconds();
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public void Trust(HttpContext http, string accountKey)
    {
        var expires = clock.GetUtcNow() + options.Value.TrustDeviceFor;
        http.Response.Cookies.Append(CookieName, _protector.Protect($"{accountKey}|{expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}"),
            new CookieOptions { Expires = expires, HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/account" });
    }
}

public static class SignInThrottling
{
    /// <summary>A password hash of nothing anyone knows: an unknown address costs the same hashing time as a known one.</summary>
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<AppUser>().HashPassword(new AppUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

    public static void VerifyAgainstDummy(IPasswordHasher<AppUser> hasher, string password) =>
        hasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, password);

    public static IServiceCollection AddSignInThrottling(this IServiceCollection services)
    {
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section);
        services.AddScoped<SignInThrottle>();
        services.AddSingleton<TrustedDevices>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SignInThrottleOptions>>((o, signIn) =>
        {
            var limits = signIn.Value;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per node, in memory: a client address is a coarse key (offices share one), so its limit is generous;
            // the per-address waits, which must hold across nodes, are in the database (SignInThrottle).
            o.AddPolicy(SignInThrottle.PerClientPolicy, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(http.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PerClientPermitLimit,
                    Window = limits.PerClientWindow,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
            // The status-code page (/error/429) shows the translated message with the wait.
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    /// <summary>An IPv4 address, or the /64 network of an IPv6 address (one subscriber usually holds a whole /64).</summary>
    internal static string ClientKey(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
