using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TalentChain.Platform.Data;

using TalentChain.Modules.TalentProgram;
using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.BrowserTests;

/// <summary>
/// The main pages of several roles under the real Content-Security-Policy (ADR 0032): the browser must report no
/// violation ("Refused to …") and no script error, and the charts and htmx still work.
/// </summary>
public class ContentSecurityPolicyTests(AppServer server) : IClassFixture<AppServer>
{
    public static TheoryData<string, string[]> RolePages => new()
    {
        { "admin", ["/", "/people", "/org", "/taxonomy", "/imports", "/audit", "/admin/users", "/notifications", "/account/tokens", "/account/calendar"] },
        { "pm", ["/program", "{cohort}", "{dashboard}", "/program/mentoring", "/program/rotations", "/program/reviews", "/training"] },
        { "knowledge", ["/knowledge", "/knowledge/turnover", "/knowledge/succession", "/knowledge/risk", "/knowledge/access", "/knowledge/roster"] },
        { "trade", ["/exports", "/exports/analytics", "/exports/risk"] },
        { "participant", ["/"] },
    };

    [Theory]
    [MemberData(nameof(RolePages))]
    public async Task MainPages_OfARole_RaiseNoContentSecurityPolicyViolation(string login, string[] urls)
    {
        var page = await server.SignedInPageAsync(login);
        var problems = await WatchAsync(page);
        foreach (var url in urls.Select(Resolve))
        {
            var response = await page.GotoAsync(url);
            Assert.True(response!.Ok, $"{url} → {response.Status}");
            var csp = await response.HeaderValueAsync("content-security-policy");
            Assert.True(csp?.Contains("script-src 'self';", StringComparison.Ordinal) == true, $"{url}: CSP header {csp ?? "missing"}");
            await page.WaitForLoadStateAsync(LoadState.Load);
            foreach (var canvas in await page.Locator("canvas[id]").AllAsync())
            {
                var id = await canvas.GetAttributeAsync("id");
                await page.WaitForFunctionAsync("id => window.Chart && Chart.getChart(id) !== undefined", id);
            }
            await AssertCleanAsync(page, problems, url);
        }
    }

    [Fact]
    public async Task DirectorySearchAndSort_ThroughHtmx_RaiseNoViolation()
    {
        var page = await server.SignedInPageAsync("admin");
        var problems = await WatchAsync(page);
        await page.GotoAsync("/people");
        await page.FillAsync("#q", "a");
        await page.WaitForURLAsync(u => u.Contains("q=a", StringComparison.Ordinal));
        // The sort links are handled by /js/directory.js (it was an inline script).
        var sortable = page.Locator("#directory-table [data-sort]").First;
        var sort = await sortable.GetAttributeAsync("data-sort");
        await sortable.ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("sort=" + sort, StringComparison.Ordinal));
        await AssertCleanAsync(page, problems, "/people (htmx)");
    }

    [Fact]
    public async Task SwaggerUi_UnderContentSecurityPolicy_RendersTheApi()
    {
        var page = await server.SignedInPageAsync("admin");
        var problems = await WatchAsync(page);
        var response = await page.GotoAsync("/api/docs/index.html");
        Assert.Contains("script-src 'self';", await response!.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
        await page.WaitForSelectorAsync(".swagger-ui .opblock");
        await AssertCleanAsync(page, problems, "/api/docs");
    }

    private string Resolve(string url)
    {
        if (!url.StartsWith('{')) return url;
        using var scope = server.Services.CreateScope();
        var cohort = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>().Cohorts.OrderBy(c => c.StartDate).Select(c => c.Id).First();
        return url == "{cohort}" ? $"/program/cohorts/{cohort}" : $"/program/cohorts/{cohort}/dashboard";
    }

    /// <summary>Collects CSP reports (console "Refused to …" and securitypolicyviolation events) and script errors.</summary>
    private static async Task<List<string>> WatchAsync(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Refused to", StringComparison.Ordinal) || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                lock (problems) problems.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => { lock (problems) problems.Add($"{page.Url}: script error {error}"); };
        // Injected by the browser driver, so the policy itself does not block it.
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => (window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI));");
        return problems;
    }

    private static async Task AssertCleanAsync(IPage page, List<string> problems, string url)
    {
        await page.WaitForTimeoutAsync(200);
        var events = await page.EvaluateAsync<string[]>("() => window.__csp || []");
        lock (problems)
        {
            var all = problems.Concat(events.Select(e => $"{url}: violation {e}")).ToList();
            Assert.True(all.Count == 0, string.Join("\n", all));
        }
    }
}
