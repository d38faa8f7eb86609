using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People.Features.Profile;
using TalentChain.Modules.People.Features.SkillRecords;
using TalentChain.Modules.People.Features.Taxonomy;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram;
using TalentChain.Tests.Infrastructure;
using TalentChain.Tests.Modules.People.Directory;

namespace TalentChain.Tests.Modules.People.NeedToKnow;

/// <summary>
/// Need-to-know skill levels (ADR 0030): levels in a critical technology above "internal" are seen by the roster's
/// audience (knowledge officers, administrators), the person, their management chain and the program managers of
/// their program — on every path: skills API and page, profile, directory filters, exports, taxonomy holder counts.
/// In the demo register SEP.SX.HEAVY is controlled; SEP.SX.P507 is not in the register at all.
/// </summary>
public abstract class SkillLevelNeedToKnowTests(TalentChainFactory app)
{
    private const string Restricted = "SEP.SX.HEAVY";
    private const string Open = "SEP.SX.P507";

    private int NodeId(string code) => app.WithDb(db => db.TaxonomyNodes.Single(n => n.Code == code).Id);

    private int Employee(string login) => DirectoryTestData.DemoUserEmployee(app, login);

    private List<int> ChainAbove(int employeeId) => app.WithDb(db =>
    {
        var chain = new List<int>();
        for (var current = db.Employees.Where(e => e.Id == employeeId).Select(e => e.ManagerId).Single(); current is { } m && !chain.Contains(m);
             current = db.Employees.Where(e => e.Id == m).Select(e => e.ManagerId).Single())
            chain.Add(m);
        return chain;
    });

    private HashSet<int> AccountEmployees() => app.WithDb(db => db.Users.Where(u => u.EmployeeId != null).Select(u => u.EmployeeId!.Value).ToHashSet());

    private HashSet<int> CurrentParticipants() => app.WithDb(db => db.Participants.Where(p => p.Status == ParticipantStatus.Selected).Select(p => p.EmployeeId).ToHashSet());

    /// <summary>A direct report of the demo line manager who holds no account and takes part in no program.</summary>
    private int ReportOfManager(int skip = 0)
    {
        var manager = Employee("manager");
        var excluded = AccountEmployees().Concat(CurrentParticipants()).ToHashSet();
        return app.WithDb(db => db.Employees.Where(e => e.ManagerId == manager && e.Status == EmployeeStatus.Active).OrderBy(e => e.Id).Select(e => e.Id).ToList())
            .Where(id => !excluded.Contains(id)).Skip(skip).First();
    }

    /// <summary>Sets (adds or changes) one skill record directly, as the arrangement of a test.</summary>
    private Task<int> SetLevelAsync(int employeeId, string code, int level) => app.WithDbAsync(async db =>
    {
        var node = await db.TaxonomyNodes.SingleAsync(n => n.Code == code);
        var record = await db.SkillRecords.FirstOrDefaultAsync(s => s.EmployeeId == employeeId && s.TaxonomyNodeId == node.Id);
        if (record is null) db.SkillRecords.Add(record = new SkillRecord { EmployeeId = employeeId, TaxonomyNodeId = node.Id });
        record.Level = level;
        record.AssessedOn = new DateOnly(2026, 1, 15);
        record.AssessedBy = "Technical committee";
        return await db.SaveChangesAsync();
    });

    private static async Task<List<string>> SkillCodesAsync(HttpClient api, int employeeId)
    {
        var skills = await api.GetJsonAsync<PersonSkills>($"/api/v1/employees/{employeeId}/skills");
        return [.. skills.Skills.Select(s => s.TaxonomyCode)];
    }

    [Fact]
    public async Task SkillsApi_RestrictedRecord_OnlyForRosterAudienceManagementChainAndSelf()
    {
        var target = ReportOfManager();
        await SetLevelAsync(target, Restricted, 4);
        await SetLevelAsync(target, Open, 2);
        var chain = ChainAbove(target);
        Assert.DoesNotContain(Employee("trade"), chain);
        Assert.DoesNotContain(Employee("participant"), chain);
        Assert.DoesNotContain(Employee("pm"), chain);

        foreach (var outsider in new[] { "trade", "participant", "mentor", "pm" }.Where(l => !chain.Contains(Employee(l))))
        {
            var codes = await SkillCodesAsync(await app.ApiClientAsync(outsider), target);
            Assert.True(!codes.Contains(Restricted), $"{outsider} sees the need-to-know record");
            Assert.Contains(Open, codes);
        }
        foreach (var insider in new[] { "knowledge", "admin", "manager", "exec" })
            Assert.Contains(Restricted, await SkillCodesAsync(await app.ApiClientAsync(insider), target));

        var self = Employee("participant");
        await SetLevelAsync(self, Restricted, 3);
        Assert.Contains(Restricted, await SkillCodesAsync(await app.ApiClientAsync("participant"), self));
    }

    [Fact]
    public async Task RestrictedLevels_AsProgramManager_ShowsOnlyTheirParticipants()
    {
        var pm = Employee("pm");
        var participant = app.WithDb(db => db.Participants
            .Where(p => p.Status == ParticipantStatus.Selected && (p.Cohort!.Program!.ManagerEmployeeIds.Count == 0 || p.Cohort.Program.ManagerEmployeeIds.Contains(pm)))
            .OrderBy(p => p.Id).Select(p => p.EmployeeId).First());
        var outsider = ReportOfManager(skip: 1);
        await SetLevelAsync(participant, Restricted, 2);
        await SetLevelAsync(outsider, Restricted, 2);
        var api = await app.ApiClientAsync("pm");

        Assert.Contains(Restricted, await SkillCodesAsync(api, participant));
        Assert.DoesNotContain(Restricted, await SkillCodesAsync(api, outsider));
    }

    [Fact]
    public async Task ProfileAndSkillsPage_RestrictedRecord_NotShownToOutsiders()
    {
        var target = ReportOfManager();
        await SetLevelAsync(target, Restricted, 4);
        await SetLevelAsync(target, Open, 2);

        var trade = await app.SignInAsync("trade");
        var profile = await trade.GetHtmlAsync($"/people/{target}");
        Assert.DoesNotContain(Restricted, profile.QuerySelector("#skills")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Open, profile.QuerySelector("#skills")!.TextContent, StringComparison.Ordinal);
        var skills = await trade.GetHtmlAsync($"/people/{target}/skills");
        Assert.Null(skills.QuerySelector($"#skills-table tr[data-code='{Restricted}']"));
        Assert.NotNull(skills.QuerySelector($"#skills-table tr[data-code='{Open}']"));
        var detail = await (await app.ApiClientAsync("trade")).GetJsonAsync<EmployeeDetail>($"/api/v1/employees/{target}");
        Assert.DoesNotContain(detail.Skills, s => s.Code == Restricted);

        var manager = await app.SignInAsync("manager");
        Assert.Contains(Restricted, (await manager.GetHtmlAsync($"/people/{target}")).QuerySelector("#skills")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await manager.GetHtmlAsync($"/people/{target}/skills")).QuerySelector($"#skills-table tr[data-code='{Restricted}'] .level-name[data-level='4']"));
    }

    [Fact]
    public async Task DirectoryFilter_RestrictedSkill_Is403OutsideRosterAudience()
    {
        var target = ReportOfManager();
        await SetLevelAsync(target, Restricted, 4);
        var number = app.WithDb(db => db.Employees.Single(e => e.Id == target).EmployeeNumber);
        var skill = NodeId(Restricted);
        var query = $"?skill={skill}&minLevel=3";

        foreach (var login in new[] { "participant", "mentor", "manager", "pm", "exec" })
        {
            var api = await app.ApiClientAsync(login);
            var refused = await api.GetAsync("/api/v1/employees" + query);
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{login}: {(int)refused.StatusCode}");
            Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/employees/export" + query + "&format=csv")).StatusCode);
        }
        var problem = await ApiAssert.JsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>(await (await app.ApiClientAsync("participant")).GetAsync("/api/v1/employees" + query), HttpStatusCode.Forbidden);
        Assert.Equal("You may not filter the directory by “Heavy rare-earth (Dy/Tb) separation”: levels in this critical technology are need-to-know. "
            + "Knowledge officers and administrators find its holders in the expertise roster.", problem.Title);

        var browser = await app.SignInAsync("participant");
        var page = await browser.GetAsync("/people" + query);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        var doc = HttpTestExtensions.ParseHtml(await page.Content.ReadAsStringAsync());
        Assert.Contains("need-to-know", doc.QuerySelector("#directory-refused")!.TextContent, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector("#directory-table"));
        Assert.NotNull(doc.QuerySelector($"#skill option[value='{skill}'][disabled]"));
        var export = await browser.GetAsync("/people/export" + query + "&format=xlsx");
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        Assert.Contains("need-to-know", HttpTestExtensions.ParseHtml(await export.Content.ReadAsStringAsync()).QuerySelector("#error-detail")!.TextContent, StringComparison.Ordinal);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var zh = HttpTestExtensions.ParseHtml(await (await browser.GetAsync("/people" + query)).Content.ReadAsStringAsync());
        Assert.Contains("按需知悉", zh.QuerySelector("#directory-refused")!.TextContent, StringComparison.Ordinal);

        var officer = await app.ApiClientAsync("knowledge");
        var found = await officer.ListAsync(query + "&q=" + number);
        Assert.Equal(4, Assert.Single(found.Items).SkillLevel);
        var csv = Encoding.UTF8.GetString(await officer.GetByteArrayAsync("/api/v1/employees/export" + query + "&format=csv&q=" + number));
        Assert.Contains(number, csv, StringComparison.Ordinal);
        var officerPage = await (await app.SignInAsync("knowledge")).GetHtmlAsync("/people" + query + "&q=" + number);
        Assert.NotNull(officerPage.QuerySelector($"#directory-table tr[data-employee='{number}']"));
        Assert.Null(officerPage.QuerySelector($"#skill option[value='{skill}'][disabled]"));
    }

    [Fact]
    public async Task DirectoryFilter_AboveARestrictedSkill_MatchesAndShowsOnlyVisibleLevels()
    {
        // Someone whose only separation skill is the controlled one, at expert level.
        var target = app.WithDb(db => db.Employees
            .Where(e => e.Status == EmployeeStatus.Active && e.OrgUnit!.Segment == ChainSegment.MagnetsFunctional && !e.Skills.Any(s => s.TaxonomyNode!.Code.StartsWith("SEP")))
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.EmployeeNumber }).First());
        await SetLevelAsync(target.Id, Restricted, 4);
        var segment = NodeId("SEP");
        var query = $"?skill={segment}&minLevel=4&q={target.EmployeeNumber}";

        foreach (var login in new[] { "participant", "manager", "exec" })
        {
            var api = await app.ApiClientAsync(login);
            Assert.Equal(0, (await api.ListAsync(query)).Total);
            Assert.Equal(0, (await api.ListAsync($"?skill={segment}&q={target.EmployeeNumber}")).Total);
            var csv = Encoding.UTF8.GetString(await api.GetByteArrayAsync("/api/v1/employees/export" + query + "&format=csv"));
            Assert.DoesNotContain(target.EmployeeNumber, csv, StringComparison.Ordinal);
        }
        var officer = await (await app.ApiClientAsync("knowledge")).ListAsync(query);
        Assert.Equal(4, Assert.Single(officer.Items).SkillLevel);
    }

    [Fact]
    public async Task Taxonomy_RestrictedSkill_HolderCountsOnlyForTheRosterAudience()
    {
        // HoldersByLevel is a required field of the view: the strict reader refuses a body without it, so null here is the API's null.
        static TaxonomyNodeView Node(List<TaxonomyNodeView> list, string code) => list.Single(n => n.Code == code);
        var participant = await (await app.ApiClientAsync("participant")).GetJsonAsync<List<TaxonomyNodeView>>("/api/v1/taxonomy");
        Assert.Null(Node(participant, Restricted).HoldersByLevel);
        Assert.NotNull(Node(participant, Open).HoldersByLevel);
        var single = await (await app.ApiClientAsync("manager")).GetJsonAsync<TaxonomyNodeView>($"/api/v1/taxonomy/{NodeId(Restricted)}");
        Assert.Null(single.HoldersByLevel);
        var officer = await (await app.ApiClientAsync("knowledge")).GetJsonAsync<List<TaxonomyNodeView>>("/api/v1/taxonomy");
        Assert.Equal(5, Node(officer, Restricted).HoldersByLevel!.Length);

        var page = await (await app.SignInAsync("participant")).GetHtmlAsync("/taxonomy");
        var row = page.QuerySelector($"#taxonomy-tree tr[data-code='{Restricted}']")!;
        Assert.Empty(row.QuerySelectorAll("td.holders"));
        Assert.NotNull(row.QuerySelector(".need-to-know"));
    }

    [Fact]
    public async Task SkillWrite_RestrictedSkillOfSomeoneOutsideTheirPrograms_Is403ForAProgramManager()
    {
        var target = ReportOfManager(skip: 2);
        await SetLevelAsync(target, Restricted, 3);
        var pm = await app.ApiClientAsync("pm");

        var put = await pm.PutAsJsonAsync($"/api/v1/employees/{target}/skills", new { taxonomyCode = Restricted, level = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pm.DeleteAsync($"/api/v1/employees/{target}/skills/{Restricted}")).StatusCode);
        Assert.Equal(3, await app.WithDbAsync(db => db.SkillRecords.Where(s => s.EmployeeId == target && s.TaxonomyNode!.Code == Restricted).Select(s => s.Level).SingleAsync()));
        var form = await (await app.SignInAsync("pm")).GetHtmlAsync($"/people/{target}/skills");
        Assert.Null(form.QuerySelector($"#TaxonomyCode option[value='{Restricted}']"));
        Assert.NotNull(form.QuerySelector($"#TaxonomyCode option[value='{Open}']"));

        var admin = await app.ApiClientAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/employees/{target}/skills", new { taxonomyCode = Restricted, level = 4 })).StatusCode);
    }
}

public sealed class SkillLevelNeedToKnowTestsSqlite(TalentChainFactory app) : SkillLevelNeedToKnowTests(app), IClassFixture<TalentChainFactory>;

public sealed class SkillLevelNeedToKnowTestsPostgres(PostgresFactory app) : SkillLevelNeedToKnowTests(app), IClassFixture<PostgresFactory>;
