using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

/// <summary>What an operator gets on a real deployment when they configure nothing beyond the database.</summary>
public class SafeDefaultsTests
{
    /// <summary>ASPNETCORE_ENVIRONMENT=Production, no demo or key settings beyond the certificate path.</summary>
    public sealed class ProductionApp : LoggingApp
    {
        public ProductionApp() : base(DatabaseProvider.Sqlite, demoEmployees: 150) { }
        protected override string EnvironmentName => "Production";
        protected override bool SetsSeedOnStartup => false;
    }

    /// <summary>Production without the data-protection certificate.</summary>
    public sealed class ProductionWithoutKeyApp : LoggingApp
    {
        public ProductionWithoutKeyApp() : base(DatabaseProvider.Sqlite, demoEmployees: 0) { }
        protected override string EnvironmentName => "Production";
        protected override bool SetsSeedOnStartup => false;
        protected override bool ConfiguresKeyProtection => false;
    }

    /// <summary>`dotnet run` on a developer's machine: Development, configuration from appsettings.Development.json.</summary>
    public sealed class DevelopmentApp : LoggingApp
    {
        public DevelopmentApp() : base(DatabaseProvider.Sqlite, demoEmployees: 150) { }
        protected override string EnvironmentName => "Development";
        protected override bool SetsSeedOnStartup => false;
    }

    [Fact]
    public async Task Start_ProductionWithoutConfiguration_SeedsNothingInventsNoAccountAndSaysHowToCreateOne()
    {
        using var app = new ProductionApp();
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var login = await client.GetAsync("/account/login");
        var html = await login.Content.ReadAsStringAsync();

        Assert.Equal(0, app.WithDb(db => db.Employees.Count()));
        Assert.Equal(0, app.WithDb(db => db.Users.Count()));
        Assert.DoesNotContain("talentchain.demo", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TalentChainFactory.Password, html, StringComparison.Ordinal);
        var notice = HttpTestExtensions.ParseHtml(html).QuerySelector("#no-administrator");
        Assert.NotNull(notice);
        Assert.Contains("users create-admin", notice.TextContent);

        TalentChainApp.PrintWelcome(app.Services);
        Assert.Contains(app.Logs, l => l.Message.Contains("users create-admin", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs, l => l.Message.Contains("talentchain.demo", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_ProductionDemoAskedFor_SeedsButNeverListsAccountsOrPassword()
    {
        using var app = new ExplicitDemoProductionApp();
        var html = await app.CreateClient().GetStringAsync("/account/login");

        Assert.True(app.WithDb(db => db.Employees.Count()) > 0);
        Assert.DoesNotContain("talentchain.demo", html, StringComparison.OrdinalIgnoreCase);
        Assert.Null(HttpTestExtensions.ParseHtml(html).QuerySelector("#no-administrator"));
        TalentChainApp.PrintWelcome(app.Services);
        Assert.DoesNotContain(app.Logs, l => l.Message.Contains("talentchain.demo", StringComparison.Ordinal) || l.Message.Contains(TalentChainFactory.Password, StringComparison.Ordinal));
    }

    public sealed class ExplicitDemoProductionApp : LoggingApp
    {
        public ExplicitDemoProductionApp() : base(DatabaseProvider.Sqlite, demoEmployees: 150) { }
        protected override string EnvironmentName => "Production";
    }

    [Fact]
    public void Start_ProductionWithoutKeyCertificate_RefusesToStartAndNamesTheSetting()
    {
        using var app = new ProductionWithoutKeyApp();
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        var message = error is AggregateException a ? string.Join(" ", a.Flatten().InnerExceptions.Select(e => e.Message)) : error.Message;
        Assert.Contains("DataProtection__CertificatePath", message);
    }

    [Fact]
    public async Task Start_Development_LoadsTheDemoAndListsItsAccountsForDevelopers()
    {
        using var app = new DevelopmentApp();
        var html = await app.CreateClient().GetStringAsync("/account/login");

        Assert.Equal(150, app.WithDb(db => db.Employees.Count()));
        Assert.Contains("admin@talentchain.demo", html);
        TalentChainApp.PrintWelcome(app.Services);
        Assert.Contains(app.Logs, l => l.Message.StartsWith("Demo sign-ins", StringComparison.Ordinal) && l.Message.Contains("admin@talentchain.demo", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs, l => l.Message.Contains(TalentChainFactory.Password, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("TalentChain!2026", "This is the published demo password")]
    [InlineData("P@ssw0rd2026!", "too easy to guess")]
    [InlineData("Welcome#2026", "too easy to guess")]
    [InlineData("Qwerty!23456", "too easy to guess")]
    [InlineData("Woaini1314!", "too easy to guess")]
    [InlineData("Zhang.Wei2026!", "too easy to guess")]
    public async Task CreateUser_DemoOrCommonPassword_RefusedWithTheReason(string password, string reason)
    {
        using var app = new ProductionApp();
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<TalentChain.Platform.Auth.AppUser>>();
        var user = new TalentChain.Platform.Auth.AppUser { UserName = "zhang.wei@example.com", Email = "zhang.wei@example.com", DisplayName = "Zhang Wei" };

        var result = await users.CreateAsync(user, password);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Description.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(0, app.WithDb(db => db.Users.Count()));
    }

    [Fact]
    public async Task CreateUser_CommonPasswordInChinese_Is400WithChineseReason()
    {
        using var app = new LoggingApp(DatabaseProvider.Sqlite, 150);
        var admin = await app.ApiClientAsync("admin");
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email = "li.na@example.com", displayName = "Li Na", password = "Password!2026", roles = new[] { "Mentor" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("过于常见", await response.Content.ReadAsStringAsync());
        Assert.False(app.WithDb(db => db.Users.Any(u => u.Email == "li.na@example.com")));
        var ok = await admin.PostAsJsonAsync("/api/v1/users", new { email = "li.na@example.com", displayName = "Li Na", password = "Ore-Flotation7#Cell", roles = new[] { "Mentor" } });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
    }

    [Fact]
    public async Task DataProtectionKeys_InTheDatabase_AreEncryptedAndUselessWithoutTheCertificate()
    {
        using var app = new LoggingApp(DatabaseProvider.Sqlite, 150);
        var cookie = await AuthCookieAsync(app, "pm@talentchain.demo");
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }), "/", cookie)).StatusCode);

        var rings = app.WithDb(db => db.DataProtectionKeys.Select(k => k.Xml).ToList());
        Assert.NotEmpty(rings);
        Assert.All(rings, xml =>
        {
            Assert.Contains("EncryptedData", xml);
            Assert.DoesNotContain("<value>", xml);
        });
        Assert.DoesNotContain(app.Logs, l => l.Message.Contains("No XML encryptor configured", StringComparison.Ordinal));

        // The same database (a stolen dump) under another key: the session cookie is not accepted.
        using var thief = new OtherKeyNode(app.Database);
        var response = await GetWithCookieAsync(thief.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }), "/", cookie);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    /// <summary>Signs in through the form by hand and returns the Cookie header a browser would send afterwards.</summary>
    private static async Task<string> AuthCookieAsync(TalentChainFactory app, string email)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/account/login");
        var cookies = SetCookies(page);
        var token = HttpTestExtensions.ParseHtml(await page.Content.ReadAsStringAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = TalentChainFactory.Password, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", string.Join("; ", cookies));
        var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return string.Join("; ", cookies.Concat(SetCookies(signedIn)));
    }

    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]).ToList() : [];

    private static Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string path, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Logging_OrdinaryNotFoundsAndFeeds_LogNoWarningOrSecret()
    {
        using var app = new LoggingApp(DatabaseProvider.Sqlite, 150);
        var client = await app.SignInAsync("admin");
        var page = await client.GetStringAsync("/account/calendar");
        var token = Regex.Match(page, "/calendar/([0-9a-f]{16,})\\.ics").Groups[1].Value;
        Assert.NotEmpty(token);
        app.Logs.Clear();

        foreach (var path in new[] { "/nothing-here", "/people/999999", "/api/v1/employees/999999", "/program/participants/999999", "/calendar/0123456789abcdef.ics" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/calendar/{token}.ics")).StatusCode);

        Assert.DoesNotContain(app.Logs, l => l.Level >= LogLevel.Warning);
        Assert.DoesNotContain(app.Logs, l => l.Exception is not null);
        Assert.DoesNotContain(app.Logs, l => l.Message.Contains(token, StringComparison.Ordinal) || l.Message.Contains(TalentChainFactory.Password, StringComparison.Ordinal));
    }

    public sealed class OtherKeyNode(TestDatabase database) : TalentChainFactoryOnDatabase(database)
    {
        protected override bool ConfiguresKeyProtection => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DataProtection:CertificatePath", Path.Combine(Path.GetTempPath(), "talentchain-tests", "other-" + Guid.NewGuid().ToString("N"), "key.pfx"));
        }
    }
}

/// <summary>The app with every log line it writes kept (at the levels its configuration lets through).</summary>
public class LoggingApp(DatabaseProvider provider, int demoEmployees) : TalentChainFactoryWithDemo(provider, demoEmployees)
{
    public sealed record Line(LogLevel Level, string Category, string Message, Exception? Exception);

    public ConcurrentQueue<Line> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(l => l.AddProvider(new CaptureProvider(Logs)));
    }

    private sealed class CaptureProvider(ConcurrentQueue<Line> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capture(lines, categoryName);
        public void Dispose() { }
    }

    private sealed class Capture(ConcurrentQueue<Line> lines, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new Line(logLevel, category, formatter(state, exception), exception));
    }
}
