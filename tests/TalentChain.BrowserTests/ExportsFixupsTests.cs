using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.Exports;
using TalentChain.Platform.Data;

namespace TalentChain.BrowserTests;

/// <summary>Production lines made from the risk board, and a licence revoked from its page.</summary>
public class ExportsFixupsTests(AppServer server) : IClassFixture<AppServer>
{
    [Fact]
    public async Task ProductionLine_CreatedFromRiskBoard_ShowsOnBoardAndRefusesDuplicate()
    {
        int customer, material;
        using (var scope = server.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
            customer = await db.Parties.Where(p => p.Name.StartsWith("Kansai")).Select(p => p.Id).SingleAsync();
            material = await db.Materials.Where(m => m.Code == "NDFEB-TB").Select(m => m.Id).SingleAsync();
        }
        var page = await server.SignedInPageAsync("trade");
        await page.GotoAsync(server.BaseUrl + "/exports/risk");
        await page.ClickAsync("#new-line");
        await page.WaitForSelectorAsync("#line-form");
        await page.SelectOptionAsync("#CustomerPartyId", customer.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#Name", "Browser servo line");
        await page.FillAsync("#Location", "Kobe");
        await page.FillAsync("#Country", "JP");
        await page.FillAsync("#DailyOutputValue", "200000");
        await page.FillAsync("#Currency", "USD");
        await page.ClickAsync("#save-line");
        await page.WaitForSelectorAsync("#line-message");
        await page.SelectOptionAsync("#MaterialId", material.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#DailyConsumption", "5");
        await page.FillAsync("#StockOnHand", "50");
        await page.FillAsync("#InTransit", "0");
        await page.ClickAsync("#add-material");
        await page.WaitForSelectorAsync("#consumption tr[data-material='NDFEB-TB']");

        await page.SelectOptionAsync("#MaterialId", material.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#DailyConsumption", "6");
        await page.FillAsync("#StockOnHand", "50");
        await page.FillAsync("#InTransit", "0");
        await page.ClickAsync("#add-material");
        await page.WaitForSelectorAsync("#form-errors");
        Assert.Contains("already has a consumption row for NDFEB-TB", await page.TextContentAsync("#form-errors"));

        await page.GotoAsync(server.BaseUrl + "/exports/risk");
        Assert.Contains("Browser servo line", await page.TextContentAsync("#risk-board"));
        await server.ScreenshotAsync(page, "exports-risk-new-line");
    }

    [Fact]
    public async Task Licence_RevokedFromItsPage_ShowsBannerAndListMark()
    {
        string number;
        int id;
        using (var scope = server.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
            var l = await db.Licences.Where(x => !x.Revoked).OrderByDescending(x => x.ExpiresOn).ThenBy(x => x.Id).Select(x => new { x.Id, x.Number, x.IssuedOn }).FirstAsync();
            (id, number) = (l.Id, l.Number);
        }
        var page = await server.SignedInPageAsync("trade");
        await page.GotoAsync(server.BaseUrl + $"/exports/licences/{id}");
        await page.ClickAsync("#revoke-section summary");
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.FillAsync("#RevokedOn", today);
        await page.ClickAsync("#revoke-button");
        await page.WaitForSelectorAsync("#form-errors");
        Assert.Contains("Enter the reason for the revocation", await page.TextContentAsync("#form-errors"));
        await page.FillAsync("#RevokedOn", today);
        await page.FillAsync("#RevocationReason", "Revoked by MOFCOM notice");
        await page.ClickAsync("#revoke-button");
        await page.WaitForSelectorAsync("#revoked-banner");
        Assert.Contains("Revoked by MOFCOM notice", await page.TextContentAsync("#revoked-banner"));
        await page.GotoAsync(server.BaseUrl + "/exports/licences");
        Assert.Equal("true", await page.GetAttributeAsync($"#licences tr[data-number='{number}']", "data-revoked"));
    }
}
