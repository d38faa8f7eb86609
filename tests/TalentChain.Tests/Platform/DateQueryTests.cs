using System.Net;
using System.Net.Http.Json;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

/// <summary>Dates a query may name are bounded in one place (Platform/Web/DateBounds): no overflow into a 500.</summary>
public class DateQueryTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    [Fact]
    public async Task AuditApi_ToLastDayOfCalendar_Is400WithFieldError()
    {
        var admin = await app.ApiClientAsync("admin");

        var response = await admin.GetAsync("/api/v1/audit?To=9999-12-31");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        Assert.Equal("The query is not valid", problem!.Title);
        Assert.Equal("To must be a date from 1900-01-01 to 2999-12-31.", problem.Errors["To"][0]);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/audit?From=1900-01-01&To=2999-12-31")).StatusCode);
    }

    [Fact]
    public async Task ExportsRiskApi_AsOfLastDayOfCalendar_Is400WithFieldError()
    {
        var trade = await app.ApiClientAsync("trade");

        var response = await trade.GetAsync("/api/v1/exports/risk?asOf=9999-12-31");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        Assert.Equal("asOf must be a date from 1900-01-01 to 2999-12-31.", problem!.Errors["asOf"][0]);
    }

    [Fact]
    public async Task AuditPage_ToTheLastDayOfTheCalendar_ShowsTheLog()
    {
        var admin = await app.SignInAsync("admin");

        var response = await admin.GetAsync("/audit?To=9999-12-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private sealed record Problem(string Title, Dictionary<string, string[]> Errors);
}
