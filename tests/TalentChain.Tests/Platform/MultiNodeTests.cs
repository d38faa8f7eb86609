using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Platform.Audit;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

/// <summary>Two app nodes on one PostgreSQL database, as in production behind a load balancer.</summary>
public class MultiNodeTests(PostgresFactory nodeA) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task SignInOnOneNode_IsAcceptedByTheOther_AndConcurrentWritesKeepOneAuditChain()
    {
        using var nodeB = new SecondNodeFactory(nodeA.Database);
        var browserA = nodeA.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var login = await browserA.GetAsync("/account/login");
        var antiforgeryCookie = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        var token = HttpTestExtensions.ParseHtml(await login.Content.ReadAsStringAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "admin@talentchain.demo", ["Password"] = TalentChainFactory.Password, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", string.Join("; ", antiforgeryCookie));
        var signedIn = await browserA.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var authCookie = signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(".TalentChain.Auth=", StringComparison.Ordinal));

        var browserB = nodeB.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        browserB.DefaultRequestHeaders.Add("Cookie", authCookie);
        var me = await browserB.GetFromJsonAsync<MeResponse>("/api/v1/me");
        Assert.Equal("admin@talentchain.demo", me!.Email);

        // Both nodes write at once; the advisory lock keeps one unbroken audit chain.
        async Task Write(TalentChainFactory node, int n)
        {
            for (var i = 0; i < 10; i++)
            {
                using var scope = node.Services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
                db.RecordAuditEvent("NodeTest", $"{n}-{i}", new Dictionary<string, string?> { ["node"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                await db.SaveChangesAsync();
            }
        }
        await Task.WhenAll(Write(nodeA, 1), Write(nodeB, 2), Write(nodeA, 3), Write(nodeB, 4));
        var result = await nodeA.WithDbAsync(db => AuditVerifier.VerifyAsync(db));
        Assert.True(result.Intact, $"broken at {result.BrokenAtId}: {result.Reason}");
        Assert.Equal(40, nodeA.WithDb(db => db.AuditEntries.Count(a => a.Entity == "NodeTest")));
    }

    [Fact]
    public async Task Token_RevokedOnOneNode_IsRefusedByTheOther()
    {
        using var nodeB = new SecondNodeFactory(nodeA.Database);
        var onA = await nodeA.ApiClientAsync("pm");
        var onB = nodeB.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        onB.DefaultRequestHeaders.Authorization = onA.DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/v1/me")).StatusCode);

        var id = (await onA.GetFromJsonAsync<List<TokenSummary>>("/api/v1/me/tokens"))!.First(t => t.RevokedAt is null).Id;
        Assert.Equal(HttpStatusCode.NoContent, (await onA.DeleteAsync($"/api/v1/me/tokens/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await onB.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task RoleChange_OnOneNode_AppliesOnTheOtherAtOnce()
    {
        using var nodeB = new SecondNodeFactory(nodeA.Database);
        var exec = nodeB.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        exec.DefaultRequestHeaders.Authorization = (await nodeA.ApiClientAsync("exec")).DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.Forbidden, (await exec.GetAsync("/api/v1/users")).StatusCode);

        var admin = await nodeA.ApiClientAsync("admin");
        var id = (await admin.GetFromJsonAsync<List<UserSummary>>("/api/v1/users"))!.Single(u => u.Email == "exec@talentchain.demo").Id;
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/users/{id}/roles", new { roles = new[] { "Executive", "Administrator" } })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await exec.GetAsync("/api/v1/users")).StatusCode);
        await admin.PutAsJsonAsync($"/api/v1/users/{id}/roles", new { roles = new[] { "Executive" } });
    }

    [Fact]
    public async Task SignOut_OnOneNode_CookieIsRefusedByTheOther()
    {
        using var nodeB = new SecondNodeFactory(nodeA.Database);
        var jar = new CookieContainer();
        var onA = await nodeA.SignInAsync("mentor", cookies: jar);
        var cookie = TalentChainFactory.AuthCookie(jar);
        var onB = nodeB.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        onB.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/v1/me")).StatusCode);

        await onA.PostFormAsync("/account/logout", [], tokenFrom: "/");

        Assert.Equal(HttpStatusCode.Unauthorized, (await onB.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task PasswordChangeOnOneNode_EndsTheOtherSessionsOnTheOther_ButNotThisOne()
    {
        using var nodeB = new SecondNodeFactory(nodeA.Database);
        var otherJar = new CookieContainer();
        await nodeA.SignInAsync("knowledge", cookies: otherJar);
        var other = nodeB.Browser(otherJar);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/me")).StatusCode);

        var thisJar = new CookieContainer();
        var thisOnA = await nodeA.SignInAsync("knowledge", cookies: thisJar);
        var changed = await thisOnA.PostFormAsync("/account/password", new() { ["Current"] = TalentChainFactory.Password, ["New"] = "Changed!Pass2027", ["Confirm"] = "Changed!Pass2027" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await nodeB.Browser(thisJar).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task SignInThrottle_TwoNodes_ShareTheWaits()
    {
        using var nodeB = new SecondNodeFactory(nodeA.Database);
        var browserB = nodeB.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            var failed = await nodeA.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                .PostFormAsync("/account/login", new() { ["Email"] = "manager@talentchain.demo", ["Password"] = "Wrong-password-" + i });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, failed.StatusCode);
        }

        // The wait is 15 s; node B is started before the failures so that its start-up does not outlast it.
        var onB = await browserB.PostFormAsync("/account/login", new() { ["Email"] = "manager@talentchain.demo", ["Password"] = TalentChainFactory.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, onB.StatusCode);
    }
}
