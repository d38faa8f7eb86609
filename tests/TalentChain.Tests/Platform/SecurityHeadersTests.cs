using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.TalentProgram;
using TalentChain.Tests.Infrastructure;

using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Tests.Platform;

/// <summary>Browser hardening headers on every kind of response, and pages that need no inline script (ADR 0032).</summary>
public class SecurityHeadersTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    [Theory]
    [InlineData("GET", "/account/login", HttpStatusCode.OK)]               // page
    [InlineData("GET", "/css/site.css", HttpStatusCode.OK)]                // static file
    [InlineData("GET", "/api/v1/me", HttpStatusCode.Unauthorized)]         // API, refused
    [InlineData("GET", "/openapi/v1.json", HttpStatusCode.OK)]             // API document
    [InlineData("GET", "/no-such-page", HttpStatusCode.NotFound)]          // status code page
    [InlineData("POST", "/culture", HttpStatusCode.BadRequest)]            // re-executed error page
    [InlineData("GET", "/health/live", HttpStatusCode.OK)]
    public async Task Responses_AnyRoute_CarryTheSecurityHeaders(string method, string url, HttpStatusCode expected)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST") request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en" });
        var response = await client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);

        var directives = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["style-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task SwaggerUi_ContentSecurityPolicy_AllowsStylesButNoInlineScript()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/api/docs/index.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var directives = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'", "'unsafe-inline'"], directives["style-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task FrameOptions_SignedInPageWithForm_IsDeny()
    {
        var client = await app.SignInAsync("admin");
        var response = await client.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task Pages_WithChartsAndScripts_HaveNoInlineScriptOrHandler()
    {
        var cohortId = await app.WithDbAsync(db => db.Cohorts.OrderBy(c => c.StartDate).Select(c => c.Id).FirstAsync());
        var admin = await app.SignInAsync("admin");
        string[] pages = ["/", "/people", $"/program/cohorts/{cohortId}/dashboard", "/knowledge/turnover", "/exports/analytics", "/imports", "/admin/users"];
        foreach (var url in pages)
        {
            var doc = await admin.GetHtmlAsync(url);
            var inline = doc.QuerySelectorAll("script:not([src])").Where(s => s.GetAttribute("type") != "application/json").ToList();
            Assert.True(inline.Count == 0, $"{url}: inline script {inline.FirstOrDefault()?.OuterHtml[..Math.Min(120, inline.First().OuterHtml.Length)]}");
            var handlers = doc.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Name.StartsWith("hx-on", StringComparison.Ordinal))
                .Select(a => $"<{e.LocalName} {a.Name}>")).ToList();
            Assert.True(handlers.Count == 0, $"{url}: inline event handlers {string.Join(", ", handlers)}");
        }
    }

    [Fact]
    public async Task HtmxConfig_Served_KeepsIndicatorStylesAndEvalOff()
    {
        var doc = await (await app.SignInAsync("admin")).GetHtmlAsync("/");
        var config = System.Text.Json.JsonDocument.Parse(doc.QuerySelector("meta[name=htmx-config]")!.GetAttribute("content")!).RootElement;
        Assert.False(config.GetProperty("includeIndicatorStyles").GetBoolean());
        Assert.False(config.GetProperty("allowEval").GetBoolean());
    }

    private static Dictionary<string, string[]> Directives(string csp) =>
        csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} missing on {(int)response.StatusCode} {response.RequestMessage?.RequestUri}");
}
