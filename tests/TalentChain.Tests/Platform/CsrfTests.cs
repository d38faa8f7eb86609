using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

/// <summary>Cross-site request forgery: the session cookie alone never changes anything (ADR 0032).</summary>
public class CsrfTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    private const string CsrfTitle = "The request has no valid antiforgery token";

    [Fact]
    public async Task EveryStateChangingApiRoute_WithTheSessionCookieAlone_IsRefusedForCsrf()
    {
        // An administrator passes every policy, so what refuses is the missing token, not authorization.
        var cookieOnly = await app.SignInAsync("admin", antiforgeryHeader: false);
        var routes = StateChangingApiRoutes();
        Assert.True(routes.Count > 30, $"expected the API's state-changing routes to be enumerated, found {routes.Count}");

        var notRefused = new List<string>();
        foreach (var (method, url, contentType) in routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = Body(contentType) };
            using var response = await cookieOnly.SendAsync(request);
            if (!await IsCsrfRefusalAsync(response)) notRefused.Add($"{method} {url} ({contentType}) → {(int)response.StatusCode}");
        }
        Assert.True(notRefused.Count == 0, "Not refused without an antiforgery token:\n" + string.Join("\n", notRefused));
    }

    [Fact]
    public async Task UnlockUser_CookieWithTokenOrBearer_IsNotRefused()
    {
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "participant@talentchain.demo").Select(u => u.Id).SingleAsync());
        var url = $"/api/v1/users/{userId}/unlock";

        var cookieOnly = await app.SignInAsync("admin", antiforgeryHeader: false);
        Assert.True(await IsCsrfRefusalAsync(await cookieOnly.PostAsync(url, null)));

        var withToken = await app.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.NoContent, (await withToken.PostAsync(url, null)).StatusCode);

        var bearer = await app.ApiClientAsync("admin");
        Assert.Equal(HttpStatusCode.NoContent, (await bearer.PostAsync(url, null)).StatusCode);
    }

    [Fact]
    public async Task RevokeToken_WithTheCookieAlone_IsRefusedAndTheTokenStaysValid()
    {
        var owner = await app.SignInAsync("pm");
        var created = await ApiAssert.JsonAsync<TalentChain.Platform.Auth.CreatedToken>(await owner.PostAsJsonAsync("/api/v1/me/tokens", new { name = "csrf victim", expiresInDays = 30 }), HttpStatusCode.Created);
        var id = created.Id;

        var forged = await app.SignInAsync("pm", antiforgeryHeader: false);
        Assert.True(await IsCsrfRefusalAsync(await forged.DeleteAsync($"/api/v1/me/tokens/{id}")));
        Assert.Null(await app.WithDbAsync(db => db.PersonalAccessTokens.Where(t => t.Id == id).Select(t => t.RevokedAt).SingleAsync()));

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/me/tokens/{id}")).StatusCode);
    }

    [Fact]
    public async Task DocumentUpload_CookieWithoutToken_IsRefused()
    {
        static MultipartFormDataContent Upload()
        {
            var form = new MultipartFormDataContent { { new StringContent("Contract"), "kind" } };
            form.Add(new ByteArrayContent("not really a pdf"u8.ToArray()), "file", "contract.txt");
            return form;
        }
        var url = "/api/v1/exports/applications/1/documents";

        var cookieOnly = await app.SignInAsync("admin", antiforgeryHeader: false);
        Assert.True(await IsCsrfRefusalAsync(await cookieOnly.PostAsync(url, Upload())));

        // The token travels in the header; the upload itself is then judged by the endpoint (404 or a file-type error).
        var withToken = await app.SignInAsync("admin");
        var answered = await withToken.PostAsync(url, Upload());
        Assert.False(await IsCsrfRefusalAsync(answered), $"{(int)answered.StatusCode}");
        var bearer = await app.ApiClientAsync("admin");
        answered = await bearer.PostAsync(url, Upload());
        Assert.False(await IsCsrfRefusalAsync(answered), $"{(int)answered.StatusCode}");
    }

    [Fact]
    public async Task StateChangingApiCall_WithAnotherUsersToken_IsRefused()
    {
        var other = await app.SignInAsync("pm");
        var othersToken = await PageTokenAsync(other);
        var cookieOnly = await app.SignInAsync("admin", antiforgeryHeader: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/tokens") { Content = JsonContent.Create(new { name = "x", expiresInDays = 1 }) };
        request.Headers.Add("RequestVerificationToken", othersToken);
        Assert.True(await IsCsrfRefusalAsync(await cookieOnly.SendAsync(request)));
    }

    [Fact]
    public async Task CsrfRefusal_InChinese_HasTheTranslatedTitle()
    {
        var cookieOnly = await app.SignInAsync("admin", antiforgeryHeader: false);
        var response = await cookieOnly.PostAsJsonAsync("/api/v1/me/tokens?culture=zh-CN", new { name = "x", expiresInDays = 1 });
        var problem = await ApiAssert.JsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>(response, HttpStatusCode.BadRequest);
        Assert.Equal("请求缺少有效的防伪令牌", problem.Title);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Culture_PostedWithoutAToken_Is400WithTheExpiredFormPage()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "zh-CN", ["returnUrl"] = "/" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = HttpTestExtensions.ParseHtml(await response.Content.ReadAsStringAsync());
        Assert.Contains("This form has expired", doc.QuerySelector("#error-page h1")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(".TalentChain.Culture", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/\\/evil.example", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("evil.example", "/")]
    [InlineData("/\tevil", "/")]
    [InlineData("/people?q=li", "/people?q=li")]
    public async Task Culture_ReturnUrl_RedirectsOnlyWithinTheSite(string returnUrl, string expected)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostFormAsync("/culture", new() { ["culture"] = "zh-CN", ["returnUrl"] = returnUrl }, tokenFrom: "/account/login");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Logout_WithABadToken_Is400AndTheUserStaysSignedIn()
    {
        var client = await app.SignInAsync("exec");
        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = "forged" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task EveryStateChangingFormEndpointOutsideTheApi_WithoutAToken_Is400()
    {
        // Minimal-API endpoints outside /api (Razor Pages validate their own forms): sign-out, language switch, …
        var signedIn = await app.SignInAsync("admin");
        var endpoints = StateChangingEndpoints(api: false);
        Assert.Contains(endpoints, e => e.Url == "/account/logout");
        foreach (var (method, url, _) in endpoints)
        {
            var response = await signedIn.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
                { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en" }) });
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {url} → {(int)response.StatusCode}");
        }
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/api/v1/me")).StatusCode);
    }

    private List<(string Method, string Url, string ContentType)> StateChangingApiRoutes() => StateChangingEndpoints(api: true);

    /// <summary>Minimal-API endpoints (they name their HTTP methods; Razor Pages do not) answering POST/PUT/PATCH/DELETE.</summary>
    private List<(string Method, string Url, string ContentType)> StateChangingEndpoints(bool api)
    {
        _ = app.CreateClient();
        string[] unsafeMethods = ["POST", "PUT", "PATCH", "DELETE"];
        return [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => (e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true) == api)
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not null)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods
                .Where(m => unsafeMethods.Contains(m, StringComparer.OrdinalIgnoreCase))
                // A body of a type the endpoint accepts, else routing answers 415 before the endpoint is reached.
                .Select(m => (m, SampleUrl(e.RoutePattern), e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>() is { ContentTypes.Count: > 0 } accepts ? accepts.ContentTypes[0] : "application/json")))
            .Distinct()];
    }

    private static HttpContent Body(string contentType) => contentType switch
    {
        "multipart/form-data" => new MultipartFormDataContent { { new ByteArrayContent("a,b\n"u8.ToArray()), "file", "sample.csv" } },
        "application/x-www-form-urlencoded" => new FormUrlEncodedContent(new Dictionary<string, string> { ["a"] = "b" }),
        _ when contentType.Contains('*', StringComparison.Ordinal) || contentType.EndsWith("json", StringComparison.Ordinal) => JsonContent.Create(new { }),
        _ => new StringContent("", System.Text.Encoding.UTF8, contentType),
    };

    /// <summary>The route with each parameter filled by a value its constraints accept.</summary>
    private static string SampleUrl(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => SampleValue(parameter),
            _ => "",
        }))));

    private static string SampleValue(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (constraints.Any(c => c.StartsWith("guid", StringComparison.Ordinal))) return Guid.Empty.ToString();
        if (constraints.Any(c => c.StartsWith("bool", StringComparison.Ordinal))) return "true";
        if (constraints.Any(c => c.StartsWith("datetime", StringComparison.Ordinal))) return "2026-01-01";
        if (constraints.Any(c => c.StartsWith("alpha", StringComparison.Ordinal))) return "a";
        return "1";
    }

    private static async Task<bool> IsCsrfRefusalAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.BadRequest) return false;
        try
        {
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return doc.RootElement.TryGetProperty("title", out var title) && title.GetString() == CsrfTitle;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static async Task<string> PageTokenAsync(HttpClient client) =>
        (await client.GetHtmlAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
}
