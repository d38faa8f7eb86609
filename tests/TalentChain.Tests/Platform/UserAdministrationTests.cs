using System.Net.Http.Json;
using System.Net;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

public class UserAdministrationTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    [Fact]
    public async Task CreateUser_WithRoleAndEmployee_CanSignInWithThatRole()
    {
        var admin = await app.ApiClientAsync("admin");
        var number = app.WithDb(db => db.Employees.OrderBy(e => e.Id).Skip(20).First().EmployeeNumber);
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email = "new.mentor@example.com", displayName = "New Mentor", password = "Strong!Pass2026", roles = new[] { "Mentor" }, employeeNumber = number });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<UserSummary>();
        Assert.Equal(["Mentor"], created!.Roles);
        Assert.Equal(number, created.EmployeeNumber);

        var client = await app.SignInAsync("new.mentor@example.com", "Strong!Pass2026");
        var me = await client.GetFromJsonAsync<MeResponse>("/api/v1/me");
        Assert.Equal(["Mentor"], me!.Roles);
    }

    [Fact]
    public async Task CreateUser_WeakPasswordAndUnknownRole_Is400WithBothFields()
    {
        var admin = await app.ApiClientAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email = "weak@example.com", displayName = "Weak", password = "weak", roles = new[] { "Wizard" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        Assert.StartsWith("Unknown role: Wizard.", problem!.Errors["Roles"][0]);
        Assert.False(app.WithDb(db => db.Users.Any(u => u.Email == "weak@example.com")));

        var weak = await admin.PostAsJsonAsync("/api/v1/users", new { email = "weak@example.com", displayName = "Weak", password = "weak", roles = new[] { "Mentor" } });
        var weakProblem = await weak.Content.ReadFromJsonAsync<Problem>();
        Assert.Contains(weakProblem!.Errors["Password"], m => m.Contains("at least 10 characters"));
        Assert.False(app.WithDb(db => db.Users.Any(u => u.Email == "weak@example.com")));
    }

    [Fact]
    public async Task SetRoles_ByAdmin_ChangesWhatTheUserMayDo()
    {
        var exec = await app.ApiClientAsync("exec");
        Assert.Equal(HttpStatusCode.Forbidden, (await exec.GetAsync("/api/v1/users")).StatusCode);

        var admin = await app.ApiClientAsync("admin");
        var users = await admin.GetFromJsonAsync<List<UserSummary>>("/api/v1/users");
        var execId = users!.Single(u => u.Email == "exec@talentchain.demo").Id;
        var updated = await admin.PutAsJsonAsync($"/api/v1/users/{execId}/roles", new { roles = new[] { "Executive", "Administrator" } });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await exec.GetAsync("/api/v1/users")).StatusCode);
        await admin.PutAsJsonAsync($"/api/v1/users/{execId}/roles", new { roles = new[] { "Executive" } });
    }

    [Fact]
    public async Task SetRoles_AdminRemovingOwnAdminRole_IsRefused()
    {
        var admin = await app.ApiClientAsync("admin");
        var users = await admin.GetFromJsonAsync<List<UserSummary>>("/api/v1/users");
        var adminId = users!.Single(u => u.Email == "admin@talentchain.demo").Id;
        var response = await admin.PutAsJsonAsync($"/api/v1/users/{adminId}/roles", new { roles = new[] { "Executive" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task Unlock_AfterLockout_LetsTheUserSignInAgain()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
            await client.PostFormAsync("/account/login", new() { ["Email"] = "participant@talentchain.demo", ["Password"] = "Nope-nope-" + i });
        var admin = await app.ApiClientAsync("admin");
        var user = (await admin.GetFromJsonAsync<List<UserSummary>>("/api/v1/users"))!.Single(u => u.Email == "participant@talentchain.demo");
        Assert.True(user.LockedOut);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{user.Id}/unlock", null)).StatusCode);
        await app.SignInAsync("participant");
    }

    [Fact]
    public async Task UsersPage_DemoData_ShowsEveryAccountWithLocalisedRoles()
    {
        var admin = await app.SignInAsync("admin");
        var doc = await admin.GetHtmlAsync("/admin/users");
        var emails = doc.QuerySelectorAll("#users-table tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("trade@talentchain.demo", emails);
        Assert.Contains("Knowledge & security officer", doc.QuerySelector("#users-table")!.TextContent);
    }

    private sealed record Problem(string Title, Dictionary<string, string[]> Errors);
}
