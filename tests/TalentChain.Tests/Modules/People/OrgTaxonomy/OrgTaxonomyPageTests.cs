using System.Net;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.People.OrgTaxonomy;

public class OrgTaxonomyPageTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    private async Task<HttpClient> ChineseAsync(string login)
    {
        var client = await app.SignInAsync(login);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        return client;
    }

    [Fact]
    public async Task OrgPage_Opened_ShowsTreeWithHeadCountLinks()
    {
        var client = await app.SignInAsync("exec");
        var doc = await client.GetHtmlAsync("/org");

        var row = doc.QuerySelector("#org-tree tr[data-code='SEP1-SX']");
        Assert.NotNull(row);
        Assert.Equal("Solvent-extraction workshop", row.QuerySelector(".unit-name")!.TextContent.Trim());
        Assert.Equal("2", row.GetAttribute("data-depth")); // group → plant → workshop
        Assert.Contains("Separation", row.TextContent);
        var (unitId, active) = await app.WithDbAsync(async db =>
        {
            var id = await db.OrgUnits.Where(u => u.Code == "SEP1-SX").Select(u => u.Id).SingleAsync();
            return (id, await db.Employees.CountAsync(e => e.OrgUnitId == id && e.Status == TalentChain.Modules.People.Contracts.EmployeeStatus.Active));
        });
        var link = row.QuerySelector("a.unit-people")!;
        Assert.Equal($"/people?unit={unitId}", link.GetAttribute("href"));
        Assert.Equal(active.ToString(System.Globalization.CultureInfo.InvariantCulture), link.TextContent.Trim());
        // An executive may look, not edit.
        Assert.Null(doc.QuerySelector("#org-new"));
    }

    [Fact]
    public async Task OrgPage_InChinese_ShowsChineseNamesAndSegments()
    {
        var client = await ChineseAsync("exec");
        var doc = await client.GetHtmlAsync("/org");
        var row = doc.QuerySelector("#org-tree tr[data-code='SEP1-SX']")!;
        Assert.Equal("萃取车间", row.QuerySelector(".unit-name")!.TextContent.Trim());
        Assert.Contains("分离提纯", row.TextContent);
        Assert.Equal("组织机构", doc.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task TaxonomyPage_Opened_ShowsSkillsAndLevelDefinitions()
    {
        var client = await app.SignInAsync("participant");
        var doc = await client.GetHtmlAsync("/taxonomy");
        var row = doc.QuerySelector("#taxonomy-tree tr[data-code='SEP.SX.CASCADE']");
        Assert.NotNull(row);
        Assert.Equal("Solvent-extraction cascade design", row.QuerySelector(".node-name")!.TextContent.Trim());
        Assert.Equal("串级萃取工艺设计", row.QuerySelector(".node-other-name")!.TextContent.Trim());
        // A confidential critical technology: holder counts are need-to-know (ADR 0030); a skill outside the register shows them.
        Assert.NotNull(row.QuerySelector(".need-to-know"));
        Assert.Equal(5, doc.QuerySelectorAll("#taxonomy-tree tr[data-code='SEP.SX.P507'] td.holders").Length);
        var levels = doc.QuerySelector("#proficiency-levels")!.TextContent;
        Assert.Contains("Beginner", levels);
        Assert.Contains("develops new methods", levels);
        Assert.Null(doc.QuerySelector("#taxonomy-new"));
    }

    [Fact]
    public async Task TaxonomyPage_InChinese_ShowsChineseNamesAndDefinitions()
    {
        var client = await ChineseAsync("participant");
        var doc = await client.GetHtmlAsync("/taxonomy");
        var row = doc.QuerySelector("#taxonomy-tree tr[data-code='SEP.SX.CASCADE']")!;
        Assert.Equal("串级萃取工艺设计", row.QuerySelector(".node-name")!.TextContent.Trim());
        Assert.Contains("技能", row.TextContent);
        Assert.Contains("专家", doc.QuerySelector("#proficiency-levels")!.TextContent);
    }

    [Fact]
    public async Task OrgForm_DuplicateCode_Returns422WithMessage()
    {
        var client = await app.SignInAsync("pm");
        var doc = await client.GetHtmlAsync("/org");
        Assert.NotNull(doc.QuerySelector("#org-new"));

        var duplicate = await client.PostFormAsync("/org?handler=Save", new() { ["Code"] = "SEP1-SX", ["Name"] = "Copy", ["Segment"] = "Separation" }, tokenFrom: "/org");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        var form = HttpTestExtensions.ParseHtml(await duplicate.Content.ReadAsStringAsync());
        Assert.Contains("Another unit already has the code SEP1-SX.", form.QuerySelector("#org-form")!.TextContent);

        var created = await client.PostFormAsync("/org?handler=Save", new() { ["Code"] = "HQ-LEGAL", ["Name"] = "Legal department", ["NameZh"] = "法务部", ["Segment"] = "Corporate" }, tokenFrom: "/org");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.NotNull((await client.GetHtmlAsync("/org")).QuerySelector("#org-tree tr[data-code='HQ-LEGAL']"));
    }

    [Fact]
    public async Task OrgForm_ViaHtmx_ReturnsThePartialNotThePage()
    {
        var client = await app.SignInAsync("admin");
        var page = await client.GetHtmlAsync("/org");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/org?handler=Save")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = "x", ["Name"] = "", ["Segment"] = "" }),
        };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Enter a name.", html);
        Assert.Contains("Choose the industrial-chain segment.", html);
    }

    [Fact]
    public async Task OrgSave_AsExecutive_IsRefused()
    {
        var client = await app.SignInAsync("exec");
        var response = await client.PostFormAsync("/org?handler=Save", new() { ["Code"] = "EXEC-PAGE", ["Name"] = "No", ["Segment"] = "Corporate" }, tokenFrom: "/org");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery);
        Assert.False(await app.WithDbAsync(db => db.OrgUnits.AnyAsync(u => u.Code == "EXEC-PAGE")));
    }

    [Fact]
    public async Task SkillsPage_ListsRecordsWithLevelNames_AndAddsOne()
    {
        // Skills outside the demo register's confidential and controlled entries: everyone may see (and a program manager write) them (ADR 0030).
        string[] needToKnow = ["SEP.SX.HEAVY", "MET.RED.CA", "MAG.NDFEB.GBD", "SEP.OX.5N", "REC.SCRAP.DIRECT", "SEP.SX.CASCADE"];
        var (id, anyCode) = await app.WithDbAsync(async db =>
        {
            var r = await db.SkillRecords.Where(s => !needToKnow.Contains(s.TaxonomyNode!.Code)).OrderBy(s => s.EmployeeId).Select(s => new { s.EmployeeId, s.TaxonomyNode!.Code }).FirstAsync();
            return (r.EmployeeId, r.Code);
        });
        var viewer = await app.SignInAsync("participant");
        var view = await viewer.GetHtmlAsync($"/people/{id}/skills");
        Assert.NotNull(view.QuerySelector($"#skills-table tr[data-code='{anyCode}'] .level-name"));
        Assert.Null(view.QuerySelector("#skills-form"));

        var editor = await app.SignInAsync("pm");
        var code = await app.WithDbAsync(db => db.TaxonomyNodes
            .Where(n => n.Kind == TalentChain.Modules.People.Contracts.TaxonomyKind.Skill && !needToKnow.Contains(n.Code) && !db.Set<SkillRecord>().Any(s => s.EmployeeId == id && s.TaxonomyNodeId == n.Id))
            .OrderBy(n => n.Code).Select(n => n.Code).FirstAsync());
        var bad = await editor.PostFormAsync($"/people/{id}/skills?handler=Save", new() { ["TaxonomyCode"] = code, ["Level"] = "" }, tokenFrom: $"/people/{id}/skills");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Choose a level from 0 to 4.", await bad.Content.ReadAsStringAsync());

        var saved = await editor.PostFormAsync($"/people/{id}/skills?handler=Save",
            new() { ["TaxonomyCode"] = code, ["Level"] = "3", ["Evidence"] = "Led the 2025 commissioning", ["AssessedOn"] = "2026-01-15" }, tokenFrom: $"/people/{id}/skills");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await editor.GetHtmlAsync($"/people/{id}/skills");
        Assert.Equal("3 · Advanced", after.QuerySelector($"#skills-table tr[data-code='{code}'] .level-name")!.TextContent.Trim());
    }

    [Fact]
    public async Task SkillsPage_UnknownPerson_Returns404()
    {
        var client = await app.SignInAsync("participant");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/people/999999/skills")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_OrgTaxonomyAndSkills_DescribesEveryEndpoint()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        using var doc = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/org-units/{id}", paths);
        Assert.Contains("/api/v1/taxonomy/levels", paths);
        Assert.Contains("/api/v1/employees/{id}/skills/{taxonomyCode}", paths);
    }
}
