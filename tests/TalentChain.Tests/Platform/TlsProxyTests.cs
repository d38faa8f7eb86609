using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

/// <summary>
/// Behind a TLS-terminating proxy (ADR 0032): X-Forwarded-Proto from a trusted proxy makes the request HTTPS, so
/// cookies are Secure and HSTS is sent; from anyone else the header is ignored.
/// </summary>
public class TlsProxyTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    private const string PublicHost = "talentchain.example.com";

    [Fact]
    public async Task ForwardedHttps_FromALoopbackProxy_MakesCookiesSecureAndSendsHsts()
    {
        var client = ProxiedClient(app, peer: "127.0.0.1");

        var login = await client.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.StartsWith("max-age=", Header(login, "Strict-Transport-Security"), StringComparison.Ordinal);
        var antiforgeryCookie = SetCookie(login, ".AspNetCore.Antiforgery.");
        Assert.Contains("secure", antiforgeryCookie, StringComparison.OrdinalIgnoreCase);

        var jar = CookiePair(antiforgeryCookie);
        var token = HttpTestExtensions.ParseHtml(await login.Content.ReadAsStringAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var culture = await PostFormAsync(client, "/culture", jar, new() { ["culture"] = "zh-CN", ["returnUrl"] = "/", ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, culture.StatusCode);
        Assert.Contains("secure", SetCookie(culture, ".TalentChain.Culture"), StringComparison.OrdinalIgnoreCase);

        var signIn = await PostFormAsync(client, "/account/login", jar,
            new() { ["Email"] = "admin@talentchain.demo", ["Password"] = TalentChainFactory.Password, ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("secure", SetCookie(signIn, ".TalentChain.Auth"), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("203.0.113.7", null, null, false)]
    [InlineData("203.0.113.7", null, "203.0.113.0/24", true)]
    [InlineData("203.0.113.7", "203.0.113.7", null, true)]
    [InlineData("198.51.100.9", "203.0.113.7, 203.0.113.8", "10.0.0.0/8", false)]
    public async Task ForwardedHttps_FromPeer_IsBelievedOnlyFromTrustedProxies(string peer, string? knownProxies, string? knownNetworks, bool believed)
    {
        using var configured = app.WithWebHostBuilder(b =>
        {
            if (knownProxies is not null) b.UseSetting("ForwardedHeaders:KnownProxies", knownProxies);
            if (knownNetworks is not null) b.UseSetting("ForwardedHeaders:KnownNetworks", knownNetworks);
        });
        var login = await ProxiedClient(configured, peer).GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(believed, login.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(believed, SetCookie(login, ".AspNetCore.Antiforgery.").Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A client as the proxy would forward a browser's HTTPS request: plain HTTP to the app, from <paramref name="peer"/>
    /// (the test server has no real connection, so a startup filter stamps the peer address), with X-Forwarded-Proto.
    /// Cookies are handled by hand: a cookie container would not send Secure cookies over the proxy's plain HTTP hop.
    /// </summary>
    private static HttpClient ProxiedClient(WebApplicationFactory<Program> factory, string peer)
    {
        var client = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new PeerAddress(IPAddress.Parse(peer)))))
            .CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("http://" + PublicHost) });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.23");
        return client;
    }

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string cookies, Dictionary<string, string> form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Cookie", cookies);
        return client.SendAsync(request);
    }

    private static string SetCookie(HttpResponseMessage response, string namePrefix) =>
        (response.Headers.TryGetValues("Set-Cookie", out var values) ? values : []).FirstOrDefault(c => c.StartsWith(namePrefix, StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"no {namePrefix} cookie set by {response.RequestMessage?.RequestUri}");

    private static string CookiePair(string setCookie) => setCookie.Split(';')[0];

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : throw new Xunit.Sdk.XunitException($"{name} missing");

    private sealed class PeerAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            builder.Use((http, nextMiddleware) =>
            {
                http.Connection.RemoteIpAddress = address;
                return nextMiddleware(http);
            });
            next(builder);
        };
    }
}
