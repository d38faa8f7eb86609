using System.Net;
using System.Text.Json;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

public class HealthAndDocsTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_Anonymous_ReportsHealthy(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheApiAndIsServedAnonymously()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/me/tokens", paths);
        Assert.Equal("TalentChain API", doc.RootElement.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task SwaggerUi_Requested_IsServed()
    {
        var response = await app.CreateClient().GetAsync("/api/docs/index.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
