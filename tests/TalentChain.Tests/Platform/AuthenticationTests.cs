using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

public class AuthenticationTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    [Fact]
    public async Task Home_Anonymous_RedirectsToSignIn()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Api_Anonymous_Returns401NotARedirect()
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndStaysSignedOut()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.PostFormAsync("/account/login", new() { ["Email"] = "exec@talentchain.demo", ["Password"] = "wrong-Password1!" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var doc = HttpTestExtensions.ParseHtml(await response.Content.ReadAsStringAsync());
        Assert.Equal("The e-mail or password is wrong.", doc.QuerySelector("#login-error")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SignIn_FiveFailures_MakeEvenTheRightPasswordWait()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
            await client.PostFormAsync("/account/login", new() { ["Email"] = "trade@talentchain.demo", ["Password"] = "Wrong-password-" + i });
        var response = await client.PostFormAsync("/account/login", new() { ["Email"] = "trade@talentchain.demo", ["Password"] = TalentChainFactory.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        var doc = HttpTestExtensions.ParseHtml(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Too many sign-in attempts. Try again in", doc.QuerySelector("#login-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task SignOut_SignedIn_EndsTheSession()
    {
        var client = await app.SignInAsync("mentor");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var response = await client.PostFormAsync("/account/logout", [], tokenFrom: "/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WeakPassword_IsRejectedWithTheRule()
    {
        var client = await app.SignInAsync("knowledge");
        var weak = await client.PostFormAsync("/account/password", new() { ["Current"] = TalentChainFactory.Password, ["New"] = "short", ["Confirm"] = "short" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Contains("at least 10 characters", await weak.Content.ReadAsStringAsync());

        var ok = await client.PostFormAsync("/account/password", new() { ["Current"] = TalentChainFactory.Password, ["New"] = "Another!Pass2027", ["Confirm"] = "Another!Pass2027" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotNull(HttpTestExtensions.ParseHtml(await ok.Content.ReadAsStringAsync()).QuerySelector("#password-changed"));
        await app.SignInAsync("knowledge", "Another!Pass2027");
    }

    [Fact]
    public async Task Token_CreatedUsedAndRevoked_StoredOnlyAsHash()
    {
        var browser = await app.SignInAsync("pm");
        var created = await browser.PostAsJsonAsync("/api/v1/me/tokens", new { name = "nightly sync", expiresInDays = 7 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<Created>();
        Assert.StartsWith("tc_", body!.Token);

        var api = app.CreateClient(new() { AllowAutoRedirect = false });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.Token);
        var me = await api.GetFromJsonAsync<Me>("/api/v1/me");
        Assert.Equal("pm@talentchain.demo", me!.Email);
        Assert.Contains("ProgramManager", me.Roles);

        Assert.False(await app.WithDbAsync(db => db.PersonalAccessTokens.AnyAsync(t => t.SecretHash == body.Token)));

        Assert.Equal(HttpStatusCode.NoContent, (await browser.DeleteAsync($"/api/v1/me/tokens/{body.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Token_WithoutName_Returns400WithFieldError()
    {
        var browser = await app.SignInAsync("exec");
        var response = await browser.PostAsJsonAsync("/api/v1/me/tokens", new { name = "  ", expiresInDays = 900 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        Assert.Equal("The token could not be created", problem!.Title);
        Assert.Equal("Give the token a name.", problem.Errors["Name"][0]);
        Assert.Equal("The expiry must be between 1 and 366 days.", problem.Errors["ExpiresInDays"][0]);
    }

    [Fact]
    public async Task Token_Bogus_Returns401()
    {
        var api = app.CreateClient(new() { AllowAutoRedirect = false });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "tc_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
    }

    private sealed record Created(int Id, string Token);
    private sealed record Me(string Email, string[] Roles);
    private sealed record Problem(string Title, Dictionary<string, string[]> Errors);
}
