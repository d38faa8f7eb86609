using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Tests.Infrastructure;
using TalentChain.Tests.Modules.People.Directory;

namespace TalentChain.Tests.Modules.People.EditEmployee;

public abstract class EditEmployeeTests(TalentChainFactory app)
{
    private static object Body(Employee e, long? version = null, string? position = null, int? grade = null, string? title = null,
        string? familyName = null, string? email = null, string? status = null, string? departureDate = null, int? managerId = -1) => new
    {
        employeeNumber = e.EmployeeNumber,
        familyName = familyName ?? e.FamilyName,
        givenName = e.GivenName,
        chineseName = e.ChineseName,
        email = email ?? e.Email,
        orgUnitId = e.OrgUnitId,
        position = position ?? e.Position,
        managerId = managerId == -1 ? e.ManagerId : managerId,
        hireDate = e.HireDate,
        birthDate = e.BirthDate,
        track = e.Track.ToString(),
        title = title ?? e.Title.ToString(),
        grade = grade ?? e.Grade,
        status = status ?? e.Status.ToString(),
        departureDate,
        version = version ?? e.Version,
    };

    private Employee Load(int id) => app.WithDb(db => db.Employees.AsNoTracking().Single(e => e.Id == id));

    private List<EmploymentEvent> Events(int id) => app.WithDb(db => db.EmploymentEvents.AsNoTracking().Where(x => x.EmployeeId == id).ToList());

    [Fact]
    public async Task Put_PromotionAndNewPosition_AddsTimelineEventsVisibleOnTheProfile()
    {
        var person = DirectoryTestData.ActiveChinesePerson(app, skip: 2);
        var api = await app.ApiClientAsync("pm");

        var response = await api.PutAsJsonAsync($"/api/v1/employees/{person.Id}",
            Body(person, position: "Lead extraction engineer", grade: Math.Min(person.Grade + 1, 20) == person.Grade ? person.Grade - 1 : person.Grade + 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await response.Content.ReadFromJsonAsync<PersonDto>(DirectoryTestData.Json);
        Assert.Equal("Lead extraction engineer", saved!.Position);
        Assert.Equal(person.Version + 1, saved.Version);
        var timeline = await api.GetFromJsonAsync<List<EventDto>>($"/api/v1/employees/{person.Id}/timeline", DirectoryTestData.Json);
        Assert.Contains(timeline!, e => e.Kind == "PositionChanged" && e.FromValue == person.Position && e.ToValue == "Lead extraction engineer");
        Assert.Contains(timeline!, e => e.Kind is "Promoted" or "Demoted");

        var admin = await app.SignInAsync("admin");
        var doc = await admin.GetHtmlAsync($"/people/{person.Id}");
        Assert.Contains("Lead extraction engineer", doc.QuerySelector("#timeline li[data-kind=PositionChanged]")!.TextContent);
    }

    [Fact]
    public async Task Put_StaleVersion_Is409AndNothingChanges()
    {
        var person = DirectoryTestData.ActiveChinesePerson(app, skip: 3);
        var api = await app.ApiClientAsync("pm");
        var first = await api.PutAsJsonAsync($"/api/v1/employees/{person.Id}", Body(person, position: "Shift supervisor A"));
        first.EnsureSuccessStatusCode();

        var stale = await api.PutAsJsonAsync($"/api/v1/employees/{person.Id}", Body(person, position: "Shift supervisor B"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Shift supervisor A", Load(person.Id).Position);
        Assert.DoesNotContain(Events(person.Id), e => e.ToValue == "Shift supervisor B");
    }

    [Fact]
    public async Task Put_InvalidInput_Is400WithFieldMessagesAndNothingWritten()
    {
        var person = DirectoryTestData.ActiveChinesePerson(app, skip: 4);
        var api = await app.ApiClientAsync("pm");
        var events = Events(person.Id).Count;

        var response = await api.PutAsJsonAsync($"/api/v1/employees/{person.Id}",
            Body(person, familyName: " ", grade: 25, email: "not-an-email", position: "Changed", status: "Departed", managerId: person.Id));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonSerializer.Deserialize<HttpValidationProblemDetails>(await response.Content.ReadAsStringAsync(), ApiJson.Options)!.Errors;
        Assert.Equal("This field is required.", errors["FamilyName"][0]);
        Assert.Equal("Grade must be between 1 and 20.", errors["Grade"][0]);
        Assert.Equal("Enter a valid e-mail address.", errors["Email"][0]);
        Assert.Equal("A departed employee needs a departure date.", errors["DepartureDate"][0]);
        Assert.Equal("A person cannot be their own manager.", errors["ManagerId"][0]);
        var after = Load(person.Id);
        Assert.Equal(person.Position, after.Position);
        Assert.Equal(person.Version, after.Version);
        Assert.Equal(events, Events(person.Id).Count);
    }

    [Fact]
    public async Task Post_DuplicateNumberOrFutureHire_Is400InChinese()
    {
        var existing = DirectoryTestData.ActiveChinesePerson(app);
        var api = await app.ApiClientAsync("pm");
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var response = await api.PostAsJsonAsync("/api/v1/employees", new
        {
            employeeNumber = existing.EmployeeNumber, familyName = "Li", givenName = "Na", orgUnitId = existing.OrgUnitId, position = "Engineer",
            hireDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), track = "Technical", grade = 5,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains($"工号 {existing.EmployeeNumber} 已被使用。", body);
        Assert.Contains("入职日期不能晚于今天。", body);
    }

    [Fact]
    public async Task Post_ValidEmployee_Is201AndStartsTheTimelineWithHired()
    {
        var unit = app.WithDb(db => db.OrgUnits.Single(u => u.Code == "MAG-GBD").Id);
        var manager = app.WithDb(db => db.Employees.Where(e => e.OrgUnitId == unit).OrderBy(e => e.Id).First().Id);
        var api = await app.ApiClientAsync("admin");

        var response = await api.PostAsJsonAsync("/api/v1/employees", new
        {
            employeeNumber = "E900001", familyName = "Zhao", givenName = "Lei", chineseName = "赵磊", email = "zhao.lei@baiyun-re.example",
            orgUnitId = unit, position = "Diffusion operator", managerId = manager, hireDate = "2024-03-01", track = "Operations", title = "Technician", grade = 4,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<PersonDto>(DirectoryTestData.Json);
        Assert.Equal($"/api/v1/employees/{created!.Id}", response.Headers.Location!.OriginalString);
        Assert.Contains(Events(created.Id), e => e.Kind == EmploymentEventKind.Hired && e.EffectiveDate == new DateOnly(2024, 3, 1));
        var found = await api.ListAsync("?q=" + Uri.EscapeDataString("赵磊"));
        Assert.Contains(found.Items, r => r.Id == created.Id);
    }

    [Fact]
    public async Task Put_MissingEmployee_Is404()
    {
        var person = DirectoryTestData.ActiveChinesePerson(app);
        var api = await app.ApiClientAsync("pm");
        var response = await api.PutAsJsonAsync("/api/v1/employees/999999", Body(person));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Put_WithoutPeopleManage_Is403()
    {
        var person = DirectoryTestData.ActiveChinesePerson(app);
        var api = await app.ApiClientAsync("manager");
        var response = await api.PutAsJsonAsync($"/api/v1/employees/{person.Id}", Body(person, position: "Nope"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(person.Position, Load(person.Id).Position);
    }

    private static Dictionary<string, string> Form(Employee e, string managerNumber, long version, string? title = null) => new()
    {
        ["Input.EmployeeNumber"] = e.EmployeeNumber,
        ["Input.FamilyName"] = e.FamilyName,
        ["Input.GivenName"] = e.GivenName,
        ["Input.ChineseName"] = e.ChineseName ?? "",
        ["Input.Email"] = e.Email ?? "",
        ["Input.OrgUnitId"] = e.OrgUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Position"] = e.Position,
        ["ManagerNumber"] = managerNumber,
        ["Input.Track"] = e.Track.ToString(),
        ["Input.Title"] = title ?? e.Title.ToString(),
        ["Input.Grade"] = e.Grade.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.HireDate"] = e.HireDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Input.BirthDate"] = e.BirthDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["Input.Status"] = e.Status.ToString(),
        ["Input.DepartureDate"] = "",
        ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task EditPage_Education_IsSavedAndShownOnTheProfileInBothLanguages()
    {
        var person = DirectoryTestData.ActiveChinesePerson(app, skip: 7);
        var managerNumber = app.WithDb(db => db.Employees.Where(e => e.Id == person.ManagerId).Select(e => e.EmployeeNumber).First());
        var client = await app.SignInAsync("pm");
        var form = Form(person, managerNumber, person.Version);
        form["Input.Education"] = person.Education == EducationLevel.Doctorate ? "Master" : "Doctorate";

        var response = await client.PostFormAsync($"/people/{person.Id}/edit", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var expected = person.Education == EducationLevel.Doctorate ? EducationLevel.Master : EducationLevel.Doctorate;
        Assert.Equal(expected, Load(person.Id).Education);
        var profile = await client.GetHtmlAsync($"/people/{person.Id}");
        Assert.Equal(expected == EducationLevel.Master ? "Master's degree" : "Doctorate", profile.QuerySelector("#person-education")!.TextContent.Trim());
        var chinese = await app.SignInAsync("pm");
        chinese.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var zh = await chinese.GetHtmlAsync($"/people/{person.Id}");
        Assert.Equal(expected == EducationLevel.Master ? "硕士研究生" : "博士研究生", zh.QuerySelector("#person-education")!.TextContent.Trim());
    }

    [Fact]
    public async Task Put_UnknownEducation_Is422AndChangesNothing()
    {
        var person = DirectoryTestData.ActiveChinesePerson(app, skip: 8);
        var api = await app.ApiClientAsync("pm");
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Body(person), DirectoryTestData.Json)!.AsObject();
        body["education"] = "Alchemy";
        var response = await api.PutAsJsonAsync($"/api/v1/employees/{person.Id}", body);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, response.StatusCode.ToString());
        Assert.Equal(person.Version, Load(person.Id).Version);
    }

    [Fact]
    public async Task EditPage_TitleChange_RedirectsToProfileWithTheNewEvent()
    {
        var person = DirectoryTestData.ActiveChinesePerson(app, skip: 5);
        var managerNumber = app.WithDb(db => db.Employees.Where(e => e.Id == person.ManagerId).Select(e => e.EmployeeNumber).First());
        var newTitle = person.Title == ProfessionalTitle.SeniorEngineer ? ProfessionalTitle.ProfessorLevelSeniorEngineer : ProfessionalTitle.SeniorEngineer;
        var client = await app.SignInAsync("pm");
        var form = await client.GetHtmlAsync($"/people/{person.Id}/edit");
        Assert.Equal(person.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), form.QuerySelector("input[name='Input.Version']")!.GetAttribute("value"));

        var response = await client.PostFormAsync($"/people/{person.Id}/edit", Form(person, managerNumber, person.Version, newTitle.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/people/{person.Id}", response.Headers.Location!.OriginalString);
        Assert.Contains(Events(person.Id), e => e.Kind == EmploymentEventKind.TitleChanged && e.ToValue == newTitle.ToString());
        var profile = await client.GetHtmlAsync($"/people/{person.Id}");
        Assert.Contains("Senior engineer", profile.QuerySelector("#timeline li[data-kind=TitleChanged]")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EditPage_StaleVersion_Is422WithTheChangedBySomeoneElseMessage()
    {
        var person = DirectoryTestData.ActiveChinesePerson(app, skip: 6);
        var managerNumber = app.WithDb(db => db.Employees.Where(e => e.Id == person.ManagerId).Select(e => e.EmployeeNumber).First());
        var api = await app.ApiClientAsync("pm");
        (await api.PutAsJsonAsync($"/api/v1/employees/{person.Id}", Body(person, position: "Changed elsewhere"))).EnsureSuccessStatusCode();
        var client = await app.SignInAsync("pm");

        var edited = Load(person.Id);
        edited.Position = "Changed here";
        var response = await client.PostFormAsync($"/people/{person.Id}/edit", Form(edited, managerNumber, person.Version));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var doc = HttpTestExtensions.ParseHtml(await response.Content.ReadAsStringAsync());
        Assert.Contains("changed by someone else", doc.QuerySelector("#stale-warning")!.TextContent);
        Assert.Equal("Changed elsewhere", Load(person.Id).Position);
    }

    [Fact]
    public async Task NewPage_MissingFieldsAndUnknownManager_Is422WithMessagesOnTheForm()
    {
        var client = await app.SignInAsync("admin");
        var count = app.WithDb(db => db.Employees.Count());

        var response = await client.PostFormAsync("/people/new", new()
        {
            ["Input.EmployeeNumber"] = "E900002", ["Input.FamilyName"] = "", ["Input.GivenName"] = "Mei", ["Input.Position"] = "",
            ["Input.OrgUnitId"] = "", ["ManagerNumber"] = "NOPE-1", ["Input.Track"] = "Technical", ["Input.Title"] = "None",
            ["Input.Grade"] = "5", ["Input.HireDate"] = "2023-05-01", ["Input.Status"] = "Active",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var doc = HttpTestExtensions.ParseHtml(await response.Content.ReadAsStringAsync());
        Assert.Contains("Employee NOPE-1 does not exist.", doc.QuerySelector("[data-valmsg-for='ManagerNumber']")!.TextContent);
        Assert.Equal(count, app.WithDb(db => db.Employees.Count()));
    }

    [Fact]
    public async Task NewPage_ValidationByTheHandler_ShowsFieldMessages()
    {
        var client = await app.SignInAsync("admin");
        var unit = app.WithDb(db => db.OrgUnits.Single(u => u.Code == "REC").Id);
        var count = app.WithDb(db => db.Employees.Count());

        var response = await client.PostFormAsync("/people/new", new()
        {
            ["Input.EmployeeNumber"] = "E900003", ["Input.FamilyName"] = "", ["Input.GivenName"] = "Mei", ["Input.Position"] = "Operator",
            ["Input.OrgUnitId"] = unit.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Track"] = "Operations", ["Input.Title"] = "None",
            ["Input.Grade"] = "21", ["Input.HireDate"] = "2023-05-01", ["Input.Status"] = "Active",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var doc = HttpTestExtensions.ParseHtml(await response.Content.ReadAsStringAsync());
        Assert.Equal("This field is required.", doc.QuerySelector("[data-valmsg-for='Input.FamilyName']")!.TextContent.Trim());
        Assert.Equal("Grade must be between 1 and 20.", doc.QuerySelector("[data-valmsg-for='Input.Grade']")!.TextContent.Trim());
        Assert.Equal(count, app.WithDb(db => db.Employees.Count()));
    }

    [Fact]
    public async Task EditPage_ForExecutive_IsDenied()
    {
        var person = DirectoryTestData.ActiveChinesePerson(app);
        var client = await app.SignInAsync("exec");
        var response = await client.GetAsync($"/people/{person.Id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery);
    }
}

public sealed class EditEmployeeTestsSqlite(TalentChainFactory app) : EditEmployeeTests(app), IClassFixture<TalentChainFactory>;

public sealed class EditEmployeeTestsPostgres(PostgresFactory app) : EditEmployeeTests(app), IClassFixture<PostgresFactory>;
