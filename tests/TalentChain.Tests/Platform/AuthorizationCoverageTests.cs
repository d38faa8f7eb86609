using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

public class AuthorizationCoverageTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    [Fact]
    public void EveryEndpoint_NamesAPolicyOrIsExplicitlyAnonymous()
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
    public async Task UnknownUrl_SignedIn_IsRefusedByTheFallbackPolicy()
    {
        var client = await app.SignInAsync("admin");
        var response = await client.GetAsync("/no-such-page");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery);
    }
}
