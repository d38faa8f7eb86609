namespace TalentChain.BrowserTests;

public class SignInTests(AppServer server) : IClassFixture<AppServer>
{
    [Fact]
    public async Task SignIn_AsAdministrator_ShowsHomeWithHeadcount()
    {
        var page = await server.SignedInPageAsync("admin");
        var active = await page.TextContentAsync("#stat-active");
        Assert.True(int.Parse(active!.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture) > 200);
        await server.ScreenshotAsync(page, "home");
    }

    [Fact]
    public async Task CultureSwitch_ToChinese_ShowsChineseNavigation()
    {
        var page = await server.SignedInPageAsync("exec");
        await page.ClickAsync("#lang-zh");
        await page.WaitForSelectorAsync("nav >> text=人员名录");
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        await page.ClickAsync("#lang-en");
        await page.WaitForSelectorAsync("nav >> text=Directory");
    }
}
