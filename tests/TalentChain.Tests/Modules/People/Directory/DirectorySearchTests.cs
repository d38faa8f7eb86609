using System.Net;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.People.Directory;

public abstract class DirectorySearchTests(TalentChainFactory app)
{
    [Fact]
    public async Task Search_ByChineseName_FindsThePerson()
    {
        var person = DirectoryTestData.ActiveChinesePerson(app);
        var api = await app.ApiClientAsync("exec");

        var page = await api.ListAsync("?q=" + Uri.EscapeDataString(person.ChineseName!));

        Assert.Contains(page.Items, r => r.Id == person.Id);
        Assert.All(page.Items, r => Assert.Contains(person.ChineseName!, r.ChineseName ?? ""));
    }

    [Fact]
    public async Task Search_ByPinyinInAnyCaseAndOrder_FindsThePerson()
    {
        var person = DirectoryTestData.ActiveChinesePerson(app, skip: 1);
        var api = await app.ApiClientAsync("exec");

        var western = await api.ListAsync("?q=" + Uri.EscapeDataString($"{person.GivenName.ToUpperInvariant()} {person.FamilyName}"));
        var chineseOrder = await api.ListAsync("?q=" + Uri.EscapeDataString($"{person.FamilyName}{person.GivenName}".ToLowerInvariant()));
        var byNumber = await api.ListAsync("?q=" + person.EmployeeNumber);

        Assert.Contains(western.Items, r => r.Id == person.Id);
        Assert.Contains(chineseOrder.Items, r => r.Id == person.Id);
        Assert.Equal(person.Id, Assert.Single(byNumber.Items).Id);
    }

    [Fact]
    public async Task Search_WildcardCharacters_AreMatchedLiterally()
    {
        var api = await app.ApiClientAsync("exec");
        Assert.Equal(0, (await api.ListAsync("?q=%25")).Total);
        Assert.Equal(0, (await api.ListAsync("?q=_")).Total);
    }

    [Fact]
    public async Task Filter_ByUnit_IncludesPeopleOfSubUnits()
    {
        var (plant, workshops, expected) = app.WithDb(db =>
        {
            var plant = db.OrgUnits.Single(u => u.Code == "SEP1");
            var workshops = db.OrgUnits.Where(u => u.ParentId == plant.Id).Select(u => u.Id).ToList();
            var ids = workshops.Append(plant.Id).ToList();
            return (plant.Id, workshops, db.Employees.Count(e => ids.Contains(e.OrgUnitId) && e.Status == EmployeeStatus.Active));
        });
        var api = await app.ApiClientAsync("exec");

        var page = await api.ListAsync($"?unit={plant}&pageSize=100");

        Assert.Equal(expected, page.Total);
        Assert.Contains(page.Items, r => workshops.Contains(r.OrgUnitId));
        Assert.All(page.Items, r => Assert.StartsWith("SEP1", r.OrgUnitCode));
    }

    [Fact]
    public async Task Filter_BySegment_ListsOnlyThatSegment()
    {
        var api = await app.ApiClientAsync("exec");
        var page = await api.ListAsync("?segment=MagnetsFunctional&pageSize=100");
        Assert.True(page.Total > 0);
        Assert.All(page.Items, r => Assert.Equal("MagnetsFunctional", r.Segment));
    }

    [Fact]
    public async Task Filter_ByTechnologyAndMinimumLevel_MatchesItsSkillsAtThatLevel()
    {
        var (technology, expected) = app.WithDb(db =>
        {
            var tech = db.TaxonomyNodes.Single(n => n.Code == "SEP.SX");
            var skills = db.TaxonomyNodes.Where(n => n.ParentId == tech.Id).Select(n => n.Id).ToList();
            var count = db.Employees.Count(e => e.Status == EmployeeStatus.Active
                && db.Set<SkillRecord>().Any(s => s.EmployeeId == e.Id && skills.Contains(s.TaxonomyNodeId) && s.Level >= 3));
            return (tech.Id, count);
        });
        Assert.True(expected > 0, "demo data should have advanced solvent-extraction people");
        // SEP.SX holds need-to-know skills (the critical-technology register): their levels count for the roster audience.
        var api = await app.ApiClientAsync("knowledge");

        var page = await api.ListAsync($"?skill={technology}&minLevel=3&pageSize=100");

        Assert.Equal(expected, page.Total);
        Assert.All(page.Items, r => Assert.True(r.SkillLevel >= 3, $"{r.EmployeeNumber} has level {r.SkillLevel}"));
    }

    [Fact]
    public async Task Search_Paged_ReportsTotalAndDisjointPages()
    {
        var active = app.WithDb(db => db.Employees.Count(e => e.Status == EmployeeStatus.Active));
        var api = await app.ApiClientAsync("exec");

        var first = await api.ListAsync("?pageSize=25&page=1");
        var second = await api.ListAsync("?pageSize=25&page=2");
        var beyond = await api.ListAsync("?pageSize=25&page=999");

        Assert.Equal(active, first.Total);
        Assert.Equal((active + 24) / 25, first.PageCount);
        Assert.Equal(25, first.Items.Count);
        Assert.Empty(first.Items.Select(r => r.Id).Intersect(second.Items.Select(r => r.Id)));
        Assert.Equal(first.PageCount, beyond.Page); // past the end: the last page, not an empty one
        Assert.NotEmpty(beyond.Items);
    }

    [Fact]
    public async Task Sort_ByHireDateDescending_NewestFirst()
    {
        var api = await app.ApiClientAsync("exec");
        var page = await api.ListAsync("?sort=HireDate&desc=true&pageSize=50");
        var dates = page.Items.Select(r => r.HireDate).ToList();
        Assert.Equal(dates.OrderByDescending(d => d).ToList(), dates);
        var newest = app.WithDb(db => db.Employees.Where(e => e.Status == EmployeeStatus.Active).Max(e => e.HireDate));
        Assert.Equal(newest, dates[0]);
    }

    [Fact]
    public async Task Sort_ByNumber_AscendingNumbers()
    {
        var api = await app.ApiClientAsync("exec");
        var page = await api.ListAsync("?sort=Number&status=All&pageSize=100");
        var numbers = page.Items.Select(r => r.EmployeeNumber).ToList();
        Assert.Equal(numbers.Order(StringComparer.Ordinal).ToList(), numbers);
    }

    [Fact]
    public async Task Status_DefaultsToActive_DepartedOnRequest()
    {
        var api = await app.ApiClientAsync("exec");
        var departed = app.WithDb(db => db.Employees.Count(e => e.Status == EmployeeStatus.Departed));

        var byDefault = await api.ListAsync("?pageSize=100");
        var gone = await api.ListAsync("?status=Departed&pageSize=100");
        var all = await api.ListAsync("?status=All");

        Assert.All(byDefault.Items, r => Assert.Equal("Active", r.Status));
        Assert.Equal(departed, gone.Total);
        Assert.Equal(byDefault.Total + departed, all.Total);
    }

    [Fact]
    public async Task Search_GradeColumn_OnlyForHrRoles()
    {
        var exec = await (await app.ApiClientAsync("exec")).ListAsync("?pageSize=25");
        var admin = await (await app.ApiClientAsync("admin")).ListAsync("?pageSize=25");
        Assert.All(exec.Items, r => Assert.Null(r.Grade));
        Assert.All(admin.Items, r => Assert.NotNull(r.Grade));
    }

    [Fact]
    public async Task DirectoryPage_HtmxRequest_ReturnsOnlyTheResults()
    {
        var person = DirectoryTestData.ActiveChinesePerson(app);
        var client = await app.SignInAsync("exec");

        var full = await client.GetHtmlAsync("/people?q=" + person.EmployeeNumber);
        var request = new HttpRequestMessage(HttpMethod.Get, "/people?q=" + person.EmployeeNumber);
        request.Headers.Add("HX-Request", "true");
        var partial = await client.SendAsync(request);
        var html = await partial.Content.ReadAsStringAsync();

        Assert.NotNull(full.QuerySelector("#directory-filters"));
        Assert.Equal(person.EmployeeNumber, full.QuerySelector("#directory-table tbody tr")!.GetAttribute("data-employee"));
        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("directory-filters", html, StringComparison.Ordinal);
        Assert.Contains($"data-employee=\"{person.EmployeeNumber}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_InChinese_ShowsChineseLabelsAndNames()
    {
        var person = DirectoryTestData.ActiveChinesePerson(app);
        var client = await app.SignInAsync("exec");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var doc = await client.GetHtmlAsync("/people?q=" + person.EmployeeNumber);

        Assert.Equal("人员名录", doc.QuerySelector("h1")!.TextContent.Trim());
        var row = doc.QuerySelector("#directory-table tbody tr")!;
        Assert.Contains(person.ChineseName!, row.QuerySelector("td a")!.TextContent);
        Assert.Contains("在职", doc.QuerySelector("#status")!.TextContent);
        Assert.Contains("分离提纯", doc.QuerySelector("#segment")!.TextContent);
    }

    [Fact]
    public async Task Api_WithoutSignIn_Is401()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/employees");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class DirectorySearchTestsSqlite(TalentChainFactory app) : DirectorySearchTests(app), IClassFixture<TalentChainFactory>;

public sealed class DirectorySearchTestsPostgres(PostgresFactory app) : DirectorySearchTests(app), IClassFixture<PostgresFactory>;
