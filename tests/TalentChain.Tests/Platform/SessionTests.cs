using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using TalentChain.Platform.Auth;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

/// <summary>Sign-out, a password change and a role change end the user's other sessions (ADR 0029).</summary>
public class SessionTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    [Fact]
    public async Task SignOut_OnOneDevice_EndsSessionsOnOtherDevices()
    {
        var laptop = await app.SignInAsync("mentor");
        var phone = await app.SignInAsync("mentor");
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/")).StatusCode);

        await laptop.PostFormAsync("/account/logout", [], tokenFrom: "/");

        var response = await phone.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task SignOut_TheSignedOutCookieReplayed_IsRefused()
    {
        var jar = new CookieContainer();
        var browser = await app.SignInAsync("manager", cookies: jar);
        var stolen = TalentChainFactory.AuthCookie(jar);
        await browser.PostFormAsync("/account/logout", [], tokenFrom: "/");

        var replay = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        replay.DefaultRequestHeaders.Add("Cookie", stolen);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WithOtherSessions_EndsThemAndRevokesTokens()
    {
        var here = await app.SignInAsync("pm");
        var elsewhere = await app.SignInAsync("pm");
        var api = await ApiClientAsync(here);

        var response = await here.PostFormAsync("/account/password", new() { ["Current"] = TalentChainFactory.Password, ["New"] = "Changed!Pass2027", ["Confirm"] = "Changed!Pass2027" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = HttpTestExtensions.ParseHtml(await response.Content.ReadAsStringAsync());
        Assert.NotNull(doc.QuerySelector("#password-changed"));
        Assert.Equal("1 personal access token(s) revoked.", doc.QuerySelector("#tokens-revoked")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_KeepTokensTicked_TokensKeepWorking()
    {
        var browser = await app.SignInAsync("exec");
        var api = await ApiClientAsync(browser);
        var form = await browser.GetHtmlAsync("/account/password");
        var keep = form.QuerySelector("input[type=checkbox][name=KeepTokens]");
        Assert.NotNull(keep);
        Assert.False(keep.HasAttribute("checked"));

        var response = await browser.PostFormAsync("/account/password", new() { ["Current"] = TalentChainFactory.Password, ["New"] = "Changed!Pass2027", ["Confirm"] = "Changed!Pass2027", ["KeepTokens"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(HttpTestExtensions.ParseHtml(await response.Content.ReadAsStringAsync()).QuerySelector("#tokens-revoked"));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task ChangePasswordApi_WrongCurrentPassword_Is400ChangingNothing()
    {
        var api = await app.ApiClientAsync("knowledge");
        var response = await api.PostAsJsonAsync("/api/v1/me/password", new { current = "Not-the-password1!", @new = "Changed!Pass2027" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        Assert.Equal("The password was not changed", problem!.Title);
        Assert.Equal("The current password is wrong.", problem.Errors["Current"][0]);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);
        await app.SignInAsync("knowledge");
    }

    [Fact]
    public async Task ChangePasswordApi_RevokesTokensUnlessKept_AndEndsTheSessions()
    {
        var browser = await app.SignInAsync("participant");
        var kept = await ApiClientAsync(browser);

        var first = await kept.PostAsJsonAsync("/api/v1/me/password", new { current = TalentChainFactory.Password, @new = "Changed!Pass2027", keepTokens = true });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(0, (await first.Content.ReadFromJsonAsync<PasswordChanged>())!.TokensRevoked);
        Assert.Equal(HttpStatusCode.OK, (await kept.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);

        var second = await kept.PostAsJsonAsync("/api/v1/me/password", new { current = "Changed!Pass2027", @new = "Changed!Again2028" });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, (await second.Content.ReadFromJsonAsync<PasswordChanged>())!.TokensRevoked);
        Assert.Equal(HttpStatusCode.Unauthorized, (await kept.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task SetRoles_EndsTheUsersSessions_TheNextSignInCarriesTheNewRoles()
    {
        var user = await app.SignInAsync("trade");
        var admin = await app.ApiClientAsync("admin");
        var id = (await admin.GetFromJsonAsync<List<UserSummary>>("/api/v1/users"))!.Single(u => u.Email == "trade@talentchain.demo").Id;

        var updated = await admin.PutAsJsonAsync($"/api/v1/users/{id}/roles", new { roles = new[] { "TradeComplianceOfficer", "Mentor" } });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await user.GetAsync("/")).StatusCode);
        var again = await app.SignInAsync("trade");
        Assert.Contains("Mentor", (await again.GetFromJsonAsync<MeResponse>("/api/v1/me"))!.Roles);
    }

    /// <summary>A token of the browser's user, used without the browser's cookies.</summary>
    private async Task<HttpClient> ApiClientAsync(HttpClient browser)
    {
        var created = await browser.PostAsJsonAsync("/api/v1/me/tokens", new { name = "session test", expiresInDays = 30 });
        created.EnsureSuccessStatusCode();
        var token = (await created.Content.ReadFromJsonAsync<CreatedToken>())!.Token;
        var api = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return api;
    }

    private sealed record Problem(string Title, Dictionary<string, string[]> Errors);
}
