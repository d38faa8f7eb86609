using Microsoft.Extensions.Time.Testing;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

/// <summary>The app on a settable clock (starting now: the test cookie jar expires cookies by the real clock), counting password-hash checks.</summary>
public sealed class SignInThrottleFactory : TalentChainFactory
{
    public CountingPasswordHasher Hasher { get; } = new();

    public SignInThrottleFactory() : base(DatabaseProvider.Sqlite, 150, new FakeTimeProvider(DateTimeOffset.UtcNow)) { }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<AppUser>>(Hasher));
    }
}

public sealed class CountingPasswordHasher : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new();
    private int _verified;
    public int Verified => _verified;

    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verified);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>Per-address waits instead of lock-out, alike for unknown and known addresses (ADR 0029).</summary>
public class SignInThrottlingTests(SignInThrottleFactory app) : IClassFixture<SignInThrottleFactory>
{
    private FakeTimeProvider Clock => app.Clock!;

    private async Task<HttpResponseMessage> AttemptAsync(string email, string password, HttpClient? client = null) =>
        await (client ?? app.CreateClient(new() { AllowAutoRedirect = false })).PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = password });

    private static async Task<string> ErrorAsync(HttpResponseMessage response) =>
        HttpTestExtensions.ParseHtml(await response.Content.ReadAsStringAsync()).QuerySelector("#login-error")!.TextContent.Trim();

    [Fact]
    public async Task SignIn_AfterFiveFailures_EachAttemptWaitsLonger()
    {
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await AttemptAsync("exec@talentchain.demo", "Wrong-password-" + i)).StatusCode);

        var waiting = await AttemptAsync("exec@talentchain.demo", TalentChainFactory.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, waiting.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(15), waiting.Headers.RetryAfter!.Delta);
        Assert.Equal("Too many sign-in attempts. Try again in 15 seconds.", await ErrorAsync(waiting));

        Clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await AttemptAsync("exec@talentchain.demo", "Wrong-password-6")).StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), (await AttemptAsync("exec@talentchain.demo", TalentChainFactory.Password)).Headers.RetryAfter!.Delta);

        Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Redirect, (await AttemptAsync("exec@talentchain.demo", TalentChainFactory.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await AttemptAsync("exec@talentchain.demo", "Wrong-again-1")).StatusCode);
    }

    [Fact]
    public async Task SignIn_UnknownAddress_AnsweredAndThrottledLikeAKnownOne()
    {
        var known = new List<HttpResponseMessage>();
        var unknown = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            known.Add(await AttemptAsync("mentor@talentchain.demo", "Wrong-password-" + i));
            unknown.Add(await AttemptAsync("no.such.person@talentchain.demo", "Wrong-password-" + i));
        }

        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(known[i].StatusCode, unknown[i].StatusCode);
            Assert.Equal(known[i].Headers.RetryAfter?.Delta, unknown[i].Headers.RetryAfter?.Delta);
            Assert.Equal(await ErrorAsync(known[i]), await ErrorAsync(unknown[i]));
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, unknown[5].StatusCode);
    }

    [Fact]
    public async Task SignIn_UnknownAddress_StillChecksAPasswordHash()
    {
        var before = app.Hasher.Verified;
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await AttemptAsync("nobody.here@talentchain.demo", "Some-password-1")).StatusCode);
        Assert.Equal(before + 1, app.Hasher.Verified);
    }

    [Fact]
    public async Task SignIn_AStrangersFailures_DoNotKeepTheOwnerOutOfTheirOwnBrowser()
    {
        var jar = new CookieContainer();
        var owner = await app.SignInAsync("admin", cookies: jar);
        await owner.PostFormAsync("/account/logout", [], tokenFrom: "/");

        for (var i = 0; i < 8; i++) await AttemptAsync("admin@talentchain.demo", "Guess-" + i);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await AttemptAsync("admin@talentchain.demo", TalentChainFactory.Password)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await AttemptAsync("admin@talentchain.demo", TalentChainFactory.Password, app.Browser(jar))).StatusCode);
        // The owner's sign-in ended the wait for everyone.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await AttemptAsync("admin@talentchain.demo", "Guess-9")).StatusCode);
    }

    [Fact]
    public async Task SignIn_ParallelWrongAttempts_OnlyTheFreeOnesAreChecked()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => AttemptAsync("manager@talentchain.demo", "Parallel-guess-" + i)));

        // Attempts that lose every race for the counter are refused too, so fewer than five may be checked.
        Assert.InRange(attempts.Count(r => r.StatusCode == HttpStatusCode.UnprocessableEntity), 1, 5);
        Assert.All(attempts, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.UnprocessableEntity, HttpStatusCode.TooManyRequests }));
    }
}

/// <summary>The app with a low per-client limit on sign-in posts.</summary>
public sealed class SignInRateLimitFactory : TalentChainFactory
{
    public SignInRateLimitFactory() : base(DatabaseProvider.Sqlite) { }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SignIn:PerClientPermitLimit", "3");
    }
}

public class SignInRateLimitTests(SignInRateLimitFactory app) : IClassFixture<SignInRateLimitFactory>
{
    [Fact]
    public async Task SignIn_OverClientLimit_Is429WithRetryAfter()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.PostFormAsync("/account/login", new() { ["Email"] = $"sprayed{i}@talentchain.demo", ["Password"] = "Spray-password-1" });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, allowed.StatusCode);
        }

        var refused = await client.PostFormAsync("/account/login", new() { ["Email"] = "sprayed3@talentchain.demo", ["Password"] = "Spray-password-1" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var wait = refused.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(wait, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        var page = HttpTestExtensions.ParseHtml(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Too many sign-in attempts", page.QuerySelector("#error-page")!.TextContent);

        var chinese = app.CreateClient(new() { AllowAutoRedirect = false });
        chinese.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var refusedInChinese = await chinese.PostFormAsync("/account/login", new() { ["Email"] = "sprayed4@talentchain.demo", ["Password"] = "Spray-password-1" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedInChinese.StatusCode);
        var chinesePage = HttpTestExtensions.ParseHtml(await refusedInChinese.Content.ReadAsStringAsync());
        Assert.Contains("登录尝试次数过多", chinesePage.QuerySelector("#error-page")!.TextContent);

        // The form itself is still served.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }
}
