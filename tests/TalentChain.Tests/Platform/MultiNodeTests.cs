using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Platform.Audit;
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
}
