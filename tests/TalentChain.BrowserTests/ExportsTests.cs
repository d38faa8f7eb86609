using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TalentChain.Modules.Exports;
using TalentChain.Platform.Data;

namespace TalentChain.BrowserTests;

public class ExportsTests(AppServer server) : IClassFixture<AppServer>
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray();

    private (int Customer, int Material) Ids()
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        return (db.Parties.Where(p => p.Name.StartsWith("Rheinmotor")).Select(p => p.Id).Single(),
            db.Materials.Where(m => m.Code == "NDFEB-DY").Select(m => m.Id).Single());
    }

    private static async Task MoveAsync(IPage page, string to, string? onDate = null)
    {
        await page.SelectOptionAsync("#To", to);
        if (onDate is not null) await page.FillAsync("#OnDate", onDate);
        await page.ClickAsync("#move");
        await page.WaitForSelectorAsync("#app-message");
    }

    [Fact]
    public async Task Application_DraftedToApproval_ThenAShipmentBeyondTheLicenceIsRefused()
    {
        var (customer, material) = Ids();
        var page = await server.SignedInPageAsync("trade");
        await page.GotoAsync(server.BaseUrl + "/exports");
        await page.SelectOptionAsync("#status", "Approved");
        // The filter's URL, then its rows (not the load event: a busy machine can delay it past the timeout).
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("status=Approved"), new() { Timeout = 15_000 });
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#applications .status')].every(s => s.textContent.trim() === 'Approved')");
        await page.ClickAsync("#new-application");
        await page.WaitForSelectorAsync("#application-form");
        await page.FillAsync("#ContractNumber", "TRD-BROWSER-1");
        await page.SelectOptionAsync("#ConsigneePartyId", customer.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#EndUserPartyId", customer.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#EndUseCategory", "Automotive");
        await page.FillAsync("#Currency", "EUR");
        await page.FillAsync("#EndUse", "Traction motors for electric cars");
        await page.FillAsync("#RouteText", "CN > DE");
        await page.SelectOptionAsync("#Lines_0__MaterialId", material.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#Lines_0__ControlCode", "1C905.a");
        await page.FillAsync("#Lines_0__Quantity", "0");
        await page.FillAsync("#Lines_0__Value", "9500");
        await page.ClickAsync("#save-application");
        await page.WaitForSelectorAsync("#form-errors >> text=Line 1: the quantity must be greater than zero.");
        await server.ScreenshotAsync(page, "exports-application-error");

        await page.FillAsync("#Lines_0__Quantity", "100");
        await page.ClickAsync("#save-application");
        await page.WaitForSelectorAsync("#app-checklist");
        Assert.Contains("Draft", await page.TextContentAsync("#app-status"));

        foreach (var (kind, name) in new[] { ("Contract", "contract.pdf"), ("EndUserCertificate", "euc.pdf"), ("TechnicalDescription", "tech.pdf") })
        {
            await page.SelectOptionAsync("#DocumentKind", kind);
            await page.SetInputFilesAsync("#Upload", new FilePayload { Name = name, MimeType = "application/pdf", Buffer = Pdf });
            await page.ClickAsync("#upload");
            await page.WaitForSelectorAsync("#app-message");
        }
        Assert.Equal(0, await page.Locator("#app-checklist li.text-danger").CountAsync());

        await MoveAsync(page, "Ready");
        await MoveAsync(page, "Submitted", "2026-09-21");
        await MoveAsync(page, "Accepted", "2026-09-25");
        await MoveAsync(page, "UnderReview");
        // 45 working days after Fri 25 Sep 2026 on the China calendar (Mid-Autumn, National Day, make-up Sat 10 Oct).
        Assert.Equal("2026-12-03", (await page.TextContentAsync("#app-deadline"))!.Trim());
        await server.ScreenshotAsync(page, "exports-application-review");
        await MoveAsync(page, "Approved");
        Assert.Contains("Approved", await page.TextContentAsync("#app-status"));

        await page.FillAsync("#LicenceNumber", "CN-EL-BROWSER-1");
        await page.FillAsync("#TolerancePercent", "5");
        await page.ClickAsync("#issue");
        await page.WaitForSelectorAsync("#reserve-form");
        Assert.Contains("105", await page.TextContentAsync("#licence-lines"));

        await page.FillAsync("#Quantity", "200");
        await page.FillAsync("#Value", "19000");
        await page.FillAsync("#DestinationCountry", "DE");
        await page.ClickAsync("#reserve");
        await page.WaitForSelectorAsync("#form-errors >> text=Refused: line 1 asks for 200 kg but only 105 kg remain on licence CN-EL-BROWSER-1 (including the 5 % tolerance).");
        await server.ScreenshotAsync(page, "exports-shipment-refused");

        await page.FillAsync("#Quantity", "105");
        await page.FillAsync("#Value", "9975");
        await page.ClickAsync("#reserve");
        await page.WaitForSelectorAsync("#licence-message");
        Assert.Equal("0", (await page.TextContentAsync("#licence-lines .remaining"))!.Trim());
        using var scope = server.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<TalentChainDbContext>().Shipments.CountAsync(s => s.Licence!.Number == "CN-EL-BROWSER-1"));
    }

    [Fact]
    public async Task RiskBoardAndAnalytics_ForAnExecutiveInChinese_ShowChartsAndTheHighRiskLineFirst()
    {
        var page = await server.SignedInPageAsync("exec", "zh-CN");
        await page.GotoAsync(server.BaseUrl + "/exports/risk");
        Assert.Equal("High", await page.GetAttributeAsync("#risk-board tbody tr:first-child", "data-level"));
        Assert.Contains("客户断供风险", await page.TextContentAsync("h1"));
        await server.ScreenshotAsync(page, "exports-risk-zh");
        await page.GotoAsync(server.BaseUrl + "/exports/analytics");
        await page.WaitForFunctionAsync("() => window.Chart && Chart.getChart(document.getElementById('chart-backlog'))");
        Assert.Contains("第 90 百分位", await page.TextContentAsync("#segments"));
        await server.ScreenshotAsync(page, "exports-analytics-zh");
        var denied = await page.GotoAsync(server.BaseUrl + "/exports");
        Assert.Equal(403, denied!.Status);
    }
}
