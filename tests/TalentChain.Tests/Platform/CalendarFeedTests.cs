using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Demo;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

/// <summary>One secret calendar feed per user, filled by every module with what concerns that user.</summary>
public sealed class CalendarFeedTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    private sealed record FeedDto(string Url);

    private async Task<string> FeedPathAsync(string login)
    {
        var api = await app.ApiClientAsync(login);
        var feed = await api.GetFromJsonAsync<FeedDto>("/api/v1/me/calendar", ApiJson.Options);
        return new Uri(feed!.Url).AbsolutePath;
    }

    [Fact]
    public async Task TradeOfficersFeed_HasExportDeadlinesAndLicenceExpiries_AParticipantsHasNone()
    {
        var anonymous = app.CreateClient();
        var trade = await anonymous.GetStringAsync(await FeedPathAsync("trade"));
        var participant = await anonymous.GetStringAsync(await FeedPathAsync("participant"));

        Assert.Contains("UID:exports-application-", trade, StringComparison.Ordinal);
        Assert.Contains("UID:exports-licence-", trade, StringComparison.Ordinal);
        Assert.DoesNotContain("UID:exports-", participant, StringComparison.Ordinal);
        Assert.Contains("UID:review-", participant, StringComparison.Ordinal); // the demo participant's own reviews
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", trade, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_IsInTheOwnersPreferredLanguage_AndUnknownTokensAre404()
    {
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == "trade" + DemoSeeder.EmailDomain)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, "zh-CN")));
        var text = await app.CreateClient().GetStringAsync(await FeedPathAsync("trade"));
        Assert.Contains("SUMMARY:许可证 ", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/calendar/not-a-token.ics")).StatusCode);
    }

    [Fact]
    public async Task Page_ShowsTheAddress_AndMakingANewOneRevokesTheOld()
    {
        var browser = await app.SignInAsync("mentor");
        var page = await browser.GetHtmlAsync("/account/calendar");
        var url = page.QuerySelector("#feed-url")!.GetAttribute("value")!;
        var path = new Uri(url).AbsolutePath;
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(path)).StatusCode);

        var regenerated = await browser.PostFormAsync("/account/calendar?handler=Regenerate", [], tokenFrom: "/account/calendar");
        Assert.Equal(HttpStatusCode.Redirect, regenerated.StatusCode);
        var after = await browser.GetHtmlAsync("/account/calendar");
        Assert.NotNull(after.QuerySelector("#feed-regenerated"));
        Assert.NotEqual(url, after.QuerySelector("#feed-url")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(path)).StatusCode);
    }
}
