using System.Net;

namespace TalentChain.ClusterTests;

/// <summary>
/// A user behind the round-robin proxy: every request may land on another node. Signing in, the session and the forms'
/// antiforgery tokens must work whichever node issued them (the data-protection key ring is shared in PostgreSQL).
/// </summary>
public sealed class SessionTests
{
    private readonly Cluster _cluster = Cluster.Current;

    [ClusterFact]
    public async Task Proxy_ManyRequests_SpreadsOverBothNodes()
    {
        using var client = new ClusterClient(_cluster);
        var served = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 6; i++)
        {
            using var r = await client.GetOnAsync(_cluster.Nodes[i % _cluster.Nodes.Count], "/account/login");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            served.Add(_cluster.NodeOf(r));
        }
        Assert.Equal(_cluster.Nodes.Count, served.Count);
    }

    [ClusterFact]
    public async Task SignInAndForms_AnyIssuingNode_WorkOnEitherNode()
    {
        var (a, b) = (_cluster.Nodes[0], _cluster.Nodes[1]);
        using var client = new ClusterClient(_cluster);
        // The sign-in form (and its antiforgery cookie) from node A, the post to node B.
        await client.SignInAsync("manager@talentchain.demo", Cluster.DemoPassword, formNode: a, postNode: b);

        // The session cookie node B issued is good on both nodes.
        foreach (var node in new[] { a, b })
        {
            using var home = await client.GetOnAsync(node, "/account/tokens");
            Assert.True(home.StatusCode == HttpStatusCode.OK, $"/account/tokens on {node}: {(int)home.StatusCode} {home.Headers.Location}");
        }

        // A Razor form: the page (and token) from node B, the post to node A; the result is seen on node B.
        var name = "cluster-" + Guid.NewGuid().ToString("N")[..8];
        var token = await client.PageTokenAsync("/account/tokens", b);
        using (var created = await client.PostFormOnAsync(a, "/account/tokens?handler=Create", token, [new("Name", name), new("ExpiresInDays", "7")]))
        {
            var body = await created.Content.ReadAsStringAsync();
            Assert.True(created.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"create token on {a}: {(int)created.StatusCode} {body[..Math.Min(400, body.Length)]}");
            Assert.DoesNotContain("This form has expired", body, StringComparison.Ordinal);
        }
        using (var list = await client.GetOnAsync(b, "/account/tokens"))
            Assert.Contains(name, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A minimal form endpoint (language switch) with a token from node A's page, posted to node B; node A then speaks Chinese.
        var apiToken = await client.PageTokenAsync("/", a);
        using var culture = await client.OnAsync(b, () =>
        {
            var r = new HttpRequestMessage(HttpMethod.Post, "/culture")
            {
                Content = new FormUrlEncodedContent([new("culture", "zh-CN"), new("returnUrl", "/"), new("__RequestVerificationToken", apiToken)]),
            };
            return r;
        });
        Assert.True(culture.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK or HttpStatusCode.NoContent, $"culture form on {b}: {(int)culture.StatusCode}");
        using var zh = await client.GetOnAsync(a, "/account/tokens");
        Assert.Contains("lang=\"zh-CN\"", await zh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
