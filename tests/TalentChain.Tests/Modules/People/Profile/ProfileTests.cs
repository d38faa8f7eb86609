using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Tests.Infrastructure;
using TalentChain.Tests.Modules.People.Directory;

namespace TalentChain.Tests.Modules.People.Profile;

public abstract class ProfileTests(TalentChainFactory app)
{
    /// <summary>A person in a unit away from the executive's and manager's own lines, with some history.</summary>
    private Employee Stranger() => app.WithDb(db =>
    {
        var managerOwn = DirectoryTestData.DemoUserEmployee(app, "manager");
        return db.Employees.AsNoTracking()
            .Where(e => e.Status == EmployeeStatus.Active && e.ManagerId != null && e.ManagerId != managerOwn && db.Set<EmploymentEvent>().Any(x => x.EmployeeId == e.Id))
            .OrderBy(e => e.Id).First();
    });

    [Fact]
    public async Task TradeOfficer_UnrelatedEmployee_SeesWorkCardAndSkillsButNoTimeline()
    {
        // The demo executive is the group president, above everyone; the trade officer heads an unrelated office.
        var person = Stranger();
        var trade = await app.SignInAsync("trade");
        var doc = await trade.GetHtmlAsync($"/people/{person.Id}");

        Assert.Contains(person.EmployeeNumber, doc.QuerySelector("#work-card")!.TextContent);
        Assert.NotNull(doc.QuerySelector("#skills"));
        Assert.Null(doc.QuerySelector("#timeline"));
        Assert.Null(doc.QuerySelector("#person-grade"));
        Assert.NotNull(doc.QuerySelector("#restricted-note"));

        var api = await app.ApiClientAsync("trade");
        var json = await api.GetFromJsonAsync<PersonDto>($"/api/v1/employees/{person.Id}", DirectoryTestData.Json);
        Assert.False(json!.RestrictedVisible);
        Assert.Null(json.Grade);
        Assert.Null(json.BirthDate);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/employees/{person.Id}/timeline")).StatusCode);
    }

    [Fact]
    public async Task Executive_NotInTheChainOfAnotherPresidentLine_SeesNoTimeline()
    {
        // An employee with no manager chain up to the executive: the president's own record is theirs, so use a person
        // whose chain was cut (no manager) — the exec is not above them.
        var execEmployee = DirectoryTestData.DemoUserEmployee(app, "exec");
        var loner = app.WithDb(db => db.Employees.AsNoTracking().Where(e => e.ManagerId == null && e.Id != execEmployee).Select(e => (int?)e.Id).FirstOrDefault());
        var target = loner ?? await CreateLonerAsync();
        var exec = await app.ApiClientAsync("exec");

        Assert.Equal(HttpStatusCode.Forbidden, (await exec.GetAsync($"/api/v1/employees/{target}/timeline")).StatusCode);
        var json = await exec.GetFromJsonAsync<PersonDto>($"/api/v1/employees/{target}", DirectoryTestData.Json);
        Assert.Null(json!.Grade);
    }

    private async Task<int> CreateLonerAsync()
    {
        var admin = await app.ApiClientAsync("admin");
        var unit = app.WithDb(db => db.OrgUnits.Single(u => u.Code == "RDI-ANA").Id);
        var created = await admin.PostAsJsonAsync("/api/v1/employees", new
        {
            employeeNumber = "X-LONER", familyName = "Solo", givenName = "Han", orgUnitId = unit, position = "Visiting scientist",
            hireDate = "2020-01-01", track = "Technical", grade = 9,
        });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<PersonDto>(DirectoryTestData.Json))!.Id;
    }

    [Fact]
    public async Task Manager_DirectReport_SeesTimelineAndGrade()
    {
        var managerEmployee = DirectoryTestData.DemoUserEmployee(app, "manager");
        var report = app.WithDb(db => db.Employees.AsNoTracking().Where(e => e.ManagerId == managerEmployee).OrderBy(e => e.Id).First());
        var client = await app.SignInAsync("manager");

        var doc = await client.GetHtmlAsync($"/people/{report.Id}");

        Assert.NotNull(doc.QuerySelector("#timeline"));
        Assert.Equal(report.Grade.ToString(System.Globalization.CultureInfo.InvariantCulture), doc.QuerySelector("#person-grade")!.TextContent.Trim());
        Assert.NotNull(doc.QuerySelector("#timeline li[data-kind=Hired]"));
        var api = await app.ApiClientAsync("manager");
        var timeline = await api.GetFromJsonAsync<List<EventDto>>($"/api/v1/employees/{report.Id}/timeline", DirectoryTestData.Json);
        Assert.Contains(timeline!, e => e.Kind == "Hired");
    }

    [Fact]
    public async Task Manager_ThePersonTheyReportTo_SeesNoTimeline()
    {
        var managerEmployee = DirectoryTestData.DemoUserEmployee(app, "manager");
        var boss = app.WithDb(db => db.Employees.Where(e => e.Id == managerEmployee).Select(e => e.ManagerId).First()!.Value);
        var api = await app.ApiClientAsync("manager");
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/employees/{boss}/timeline")).StatusCode);
    }

    [Fact]
    public async Task Participant_OwnProfile_SeesOwnTimeline()
    {
        var own = DirectoryTestData.DemoUserEmployee(app, "participant");
        var client = await app.SignInAsync("participant");
        var doc = await client.GetHtmlAsync($"/people/{own}");
        Assert.NotNull(doc.QuerySelector("#timeline"));
        Assert.NotNull(doc.QuerySelector("#person-birth"));
    }

    [Fact]
    public async Task Admin_AnyProfile_SeesEverythingAndTheEditButton()
    {
        var person = Stranger();
        var client = await app.SignInAsync("admin");
        var doc = await client.GetHtmlAsync($"/people/{person.Id}");
        Assert.NotNull(doc.QuerySelector("#timeline"));
        Assert.NotNull(doc.QuerySelector("#person-grade"));
        Assert.NotNull(doc.QuerySelector("#edit-employee"));
        Assert.NotEmpty(doc.QuerySelectorAll("#timeline li"));
    }

    [Fact]
    public async Task Profile_InChinese_ShowsLocalisedLabels()
    {
        var person = DirectoryTestData.ActiveChinesePerson(app);
        var client = await app.SignInAsync("admin");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var doc = await client.GetHtmlAsync($"/people/{person.Id}");
        Assert.Contains(person.ChineseName!, doc.QuerySelector("#person-name")!.TextContent);
        Assert.Contains("任职经历", doc.QuerySelector("#timeline")!.TextContent);
        Assert.Contains("入职", doc.QuerySelector("#timeline")!.TextContent);
    }

    [Fact]
    public async Task Profile_MissingEmployee_Is404OnPageAndApi()
    {
        var client = await app.SignInAsync("exec");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/people/999999")).StatusCode);
        var api = await app.ApiClientAsync("exec");
        var response = await api.GetAsync("/api/v1/employees/999999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("999999", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/employees/999999/timeline")).StatusCode);
    }
}

public sealed class ProfileTestsSqlite(TalentChainFactory app) : ProfileTests(app), IClassFixture<TalentChainFactory>;

public sealed class ProfileTestsPostgres(PostgresFactory app) : ProfileTests(app), IClassFixture<PostgresFactory>;
