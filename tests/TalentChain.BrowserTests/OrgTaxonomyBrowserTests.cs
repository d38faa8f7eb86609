using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.BrowserTests;

public class OrgTaxonomyBrowserTests(AppServer server) : IClassFixture<AppServer>
{
    [Fact]
    public async Task OrgPage_CreateUnitInline_ShowsErrorsThenTheNewUnitWithoutLeavingThePage()
    {
        var page = await server.SignedInPageAsync("admin");
        await page.GotoAsync(server.BaseUrl + "/org");
        await page.ClickAsync("#org-new");
        await page.WaitForSelectorAsync("#org-form");
        await page.FillAsync("#Code", "SEP1-SX");
        await page.FillAsync("#Name", "Second extraction workshop");
        await page.SelectOptionAsync("#Segment", "Separation");
        await page.ClickAsync("#org-save");
        await page.WaitForSelectorAsync("#org-form >> text=Another unit already has the code SEP1-SX.");
        await server.ScreenshotAsync(page, "org-form-error");

        await page.FillAsync("#Code", "SEP1-SX2");
        await page.ClickAsync("#org-save");
        await page.WaitForSelectorAsync("#org-message");
        Assert.Equal("Second extraction workshop", (await page.TextContentAsync("#org-tree tr[data-code='SEP1-SX2'] .unit-name"))!.Trim());
        Assert.EndsWith("/org", page.Url);
        await server.ScreenshotAsync(page, "org");
    }

    [Fact]
    public async Task TaxonomyPage_InChinese_ShowsChineseSkillNamesAndLevels()
    {
        var page = await server.SignedInPageAsync("admin", "zh-CN");
        await page.GotoAsync(server.BaseUrl + "/taxonomy");
        Assert.Equal("串级萃取工艺设计", (await page.TextContentAsync("#taxonomy-tree tr[data-code='SEP.SX.CASCADE'] .node-name"))!.Trim());
        Assert.Contains("专家", await page.TextContentAsync("#proficiency-levels"));
        await server.ScreenshotAsync(page, "taxonomy-zh");
    }

    [Fact]
    public async Task SkillsPage_ChangeALevelInline_ShowsTheNewLevelName()
    {
        int employeeId;
        string code;
        using (var scope = server.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
            var record = db.SkillRecords.Where(s => s.Level < 4).OrderBy(s => s.Id).Select(s => new { s.EmployeeId, s.TaxonomyNode!.Code }).First();
            (employeeId, code) = (record.EmployeeId, record.Code);
        }
        // Administrators see every record, need-to-know ones included (ADR 0030).
        var page = await server.SignedInPageAsync("admin");
        await page.GotoAsync($"{server.BaseUrl}/people/{employeeId}/skills");
        await page.ClickAsync($"#skills-table tr[data-code='{code}'] >> text=Edit");
        await page.WaitForSelectorAsync($"#skills-form select#TaxonomyCode >> option[value='{code}']:checked", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await page.SelectOptionAsync("#Level", "4");
        await page.FillAsync("#Evidence", "Designed the new Pr/Nd cascade");
        await page.ClickAsync("#skills-save");
        await page.WaitForSelectorAsync("#skills-message");
        Assert.Equal("4 · Expert", (await page.TextContentAsync($"#skills-table tr[data-code='{code}'] .level-name"))!.Trim());
        await server.ScreenshotAsync(page, "person-skills");
    }
}
