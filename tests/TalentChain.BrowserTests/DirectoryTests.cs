using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.BrowserTests;

public class DirectoryTests(AppServer server) : IClassFixture<AppServer>
{
    private Employee KnownPerson()
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        return db.Employees.AsNoTracking()
            .Where(e => e.Status == EmployeeStatus.Active && e.ChineseName != null && e.ManagerId != null)
            .OrderBy(e => e.Id).Skip(10).First();
    }

    [Fact]
    public async Task SearchDirectory_TypingAName_UpdatesResultsWithoutReloadAndOpensTheProfile()
    {
        var person = KnownPerson();
        var page = await server.SignedInPageAsync("admin");
        await page.GotoAsync("/people");
        await page.WaitForSelectorAsync("#directory-table");
        await server.ScreenshotAsync(page, "directory");
        // A marker on window survives htmx swaps but not a full page load.
        await page.EvaluateAsync("() => window.__noReload = true");

        await page.FillAsync("#q", $"{person.GivenName} {person.FamilyName}");
        await page.WaitForURLAsync(u => u.Contains("q=", StringComparison.Ordinal));
        var row = page.Locator($"#directory-table tr[data-employee='{person.EmployeeNumber}']");
        await row.WaitForAsync();

        Assert.True(await page.EvaluateAsync<bool>("() => window.__noReload === true"));
        Assert.Contains(Uri.EscapeDataString(person.GivenName), page.Url, StringComparison.OrdinalIgnoreCase);
        await server.ScreenshotAsync(page, "directory-search");

        // Typing fires a search per pause: let the last one land before clicking, or its swap can take the link away mid-click.
        await page.WaitForFunctionAsync("() => document.querySelector('.htmx-request') === null");
        await row.Locator("td a").First.ClickAsync();
        // The URL is what this step is about; waiting for the load event as well only adds a way to time out on a busy machine.
        await Microsoft.Playwright.Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/people/{person.Id}$"), new() { Timeout = 15_000 });
        await page.WaitForSelectorAsync("#work-card");
        Assert.Contains(person.EmployeeNumber, await page.TextContentAsync("#work-card"));
        Assert.True(await page.IsVisibleAsync("#timeline"));
        await server.ScreenshotAsync(page, "profile");

        await page.ClickAsync("#edit-employee");
        await page.WaitForSelectorAsync("#employee-form");
        Assert.Equal(person.EmployeeNumber, await page.InputValueAsync("#Input_EmployeeNumber"));
        await server.ScreenshotAsync(page, "employee-edit");
    }

    [Fact]
    public async Task Directory_FilterBySegment_ChangesTheResultsAndTheUrl()
    {
        var page = await server.SignedInPageAsync("exec");
        await page.GotoAsync("/people");
        var before = await page.TextContentAsync("#result-count");
        await page.SelectOptionAsync("#segment", "Recycling");
        await page.WaitForURLAsync(u => u.Contains("segment=Recycling", StringComparison.Ordinal));
        await page.WaitForFunctionAsync("b => document.querySelector('#result-count').textContent !== b", before);
        var segments = await page.Locator("#directory-table .segment-badge").AllTextContentsAsync();
        Assert.NotEmpty(segments);
        Assert.All(segments, s => Assert.Equal("Recycling", s.Trim()));
    }

    [Fact]
    public async Task Directory_InChinese_ShowsChineseLabels()
    {
        var page = await server.SignedInPageAsync("exec");
        await page.GotoAsync("/people");
        await page.ClickAsync("#lang-zh");
        await page.WaitForSelectorAsync("h1 >> text=人员名录");
        Assert.Contains("产业链环节", await page.TextContentAsync("#directory-filters"));
        Assert.Contains("工号", await page.TextContentAsync("#directory-table thead"));
        Assert.Contains("在职", await page.TextContentAsync("#status"));
        await server.ScreenshotAsync(page, "directory-zh");
        await page.ClickAsync("#lang-en");
        await page.WaitForSelectorAsync("h1 >> text=Directory");
    }
}
