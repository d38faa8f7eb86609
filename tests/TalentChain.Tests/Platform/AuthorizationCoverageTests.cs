using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

public class AuthorizationCoverageTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    [Fact]
    public void Endpoints_AllMapped_NameAPolicyOrAreAnonymous()
    {
        _ = app.CreateClient();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.True(endpoints.Count > 10, "expected the app's endpoints to be enumerated");

        var unprotected = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
                        && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy)))
            .Select(e => e.RoutePattern.RawText ?? e.DisplayName)
            .ToList();
        Assert.True(unprotected.Count == 0, "Endpoints without an explicit policy: " + string.Join(", ", unprotected));
    }

    [Fact]
    public async Task FallbackPolicy_AsAdministrator_IsRefused()
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthorizationOptions>>().Value;
        var auth = app.Services.GetRequiredService<IAuthorizationService>();
        var admin = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.Name, "admin"), new(System.Security.Claims.ClaimTypes.Role, "Administrator")], "test"));
        Assert.NotNull(options.FallbackPolicy);
        Assert.False((await auth.AuthorizeAsync(admin, options.FallbackPolicy!)).Succeeded);
        Assert.True((await auth.AuthorizeAsync(admin, TalentChain.Platform.Auth.Policies.Administer)).Succeeded);
    }

    [Fact]
    public async Task UnknownUrl_ShowsTheLocalisedNotFoundPage_AndTheApiAnswersProblemDetails()
    {
        var client = await app.SignInAsync("admin");
        var page = await client.GetAsync("/no-such-page");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, page.StatusCode);
        var doc = HttpTestExtensions.ParseHtml(await page.Content.ReadAsStringAsync());
        Assert.Contains("Not found", doc.QuerySelector("#error-page h1")!.TextContent);

        var api = await app.ApiClientAsync("admin");
        var missing = await api.GetAsync("/api/v1/no-such-thing");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
    }
}
