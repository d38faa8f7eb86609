using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentChain.Platform.Data;
using TalentChain.Platform.Demo;

namespace TalentChain.Tests.Infrastructure;

/// <summary>
/// The real app (all middleware, auth, EF, migrations) in-process on its own fresh database, with a small demo
/// enterprise loaded. One per test class; pass the provider to run the same tests on SQLite and PostgreSQL.
/// </summary>
public class TalentChainFactory : WebApplicationFactory<Program>
{
    public const string Password = DemoSeeder.DemoPassword;
    public TestDatabase Database { get; }
    public int DemoEmployees { get; }
    public FakeTimeProvider? Clock { get; }

    public TalentChainFactory() : this(DatabaseProvider.Sqlite) { }

    private readonly bool _ownsDatabase = true;

    protected TalentChainFactory(DatabaseProvider provider, int demoEmployees = 150, FakeTimeProvider? clock = null)
    {
        Database = new TestDatabase(provider);
        DemoEmployees = demoEmployees;
        Clock = clock;
    }

    protected TalentChainFactory(TestDatabase sharedDatabase)
    {
        Database = sharedDatabase;
        DemoEmployees = 0;
        _ownsDatabase = false;
    }

    /// <summary>The host environment; tests of environment-dependent defaults change it.</summary>
    protected virtual string EnvironmentName => "Testing";

    /// <summary>False: leave Demo:SeedOnStartup to the app's own configuration (what an operator gets).</summary>
    protected virtual bool SetsSeedOnStartup => true;

    /// <summary>False: configure no data-protection certificate (what an operator who skipped the README gets).</summary>
    protected virtual bool ConfiguresKeyProtection => true;

    /// <summary>
    /// Fixtures of one type, provider, demo size, clock and day start from one prepared database: the first prepares it
    /// and leaves a template, the others copy it (seconds each, instead of migrating and seeding again). False: always
    /// prepare afresh (a fixture whose database or start-up is itself under test).
    /// </summary>
    protected virtual bool StartsFromTemplate => _ownsDatabase && (FixtureUses.Value.TryGetValue(GetType(), out var uses) ? uses > 1 : true);

    /// <summary>
    /// How many test classes use each factory type as their fixture: a kind used once never needs a template, so its
    /// first (and only) fixture is not snapshotted — making the template clears the database's idle pooled connections,
    /// which one job-durability test turned out to notice (see ADR 0052).
    /// </summary>
    private static readonly Lazy<Dictionary<Type, int>> FixtureUses = new(() => typeof(TalentChainFactory).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false })
        .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IClassFixture<>)).Select(i => i.GetGenericArguments()[0]))
        .GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count()));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, DatabaseTemplate?> Templates = new();
    private string? _templateKey;
    private bool _copied;

    private string TemplateKey() => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('|',
        GetType().FullName, Database.Provider, DemoEmployees, Clock?.GetUtcNow().ToString("O") ?? DateTime.UtcNow.ToString("yyyy-MM-dd"), EnvironmentName,
        SetsSeedOnStartup, ConfiguresKeyProtection))))[..24];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Copy a template before the settings below read the database's audit key (the template's comes with it).
        if (StartsFromTemplate && !_copied)
        {
            _templateKey = TemplateKey();
            if (Templates.TryGetValue(_templateKey, out var template) && template is not null && Database.IsEmpty())
            {
                Database.CopyFrom(template);
                _copied = true;
            }
        }
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        if (SetsSeedOnStartup) builder.UseSetting("Demo:SeedOnStartup", DemoEmployees > 0 ? "true" : "false");
        builder.UseSetting("Demo:Employees", DemoEmployees.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Demo:Seed", "42");
        if (ConfiguresKeyProtection) builder.UseSetting("DataProtection:CertificatePath", TestKeys.DataProtectionCertificate);
        builder.UseSetting("Audit:AnchorKey", Database.AuditAnchorKey);
        builder.UseSetting("Audit:CheckpointPath", Database.AuditCheckpointPath);
        // Every test client is one client address (none, in-process): the per-client sign-in limit would trip
        // across a test class. Tests of the limit set their own (SignInThrottlingTests).
        builder.UseSetting("SignIn:PerClientPermitLimit", "100000");
        if (Clock is not null) builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Clock));
        builder.ConfigureServices(TestJobs.Register);
        // Every app in the test process is its own node (the default, {machine}-{pid}, would be the same for all):
        // two nodes on one PostgreSQL database are two Quartz cluster members.
        builder.UseSetting("Jobs:NodeName", "test-" + Guid.NewGuid().ToString("N")[..8]);
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        // Program.cs prepares the database before starting; the test host stops Program at Build(), so do it here.
        TalentChainApp.PrepareDatabaseAsync(host.Services, SnapshotOnce).GetAwaiter().GetResult();
        return host;
    }

    /// <summary>The first fixture of its kind leaves its freshly prepared database as the template (once; a failed try is not repeated).</summary>
    private Task SnapshotOnce()
    {
        if (_copied || _templateKey is not { } key || !Templates.TryAdd(key, null)) return Task.CompletedTask;
        Templates[key] = Database.Snapshot(key);
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase) Database.Dispose();
    }

    public T WithDb<T>(Func<TalentChainDbContext, T> query)
    {
        using var scope = Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<TalentChainDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<TalentChainDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<TalentChainDbContext>());
    }

    /// <summary>
    /// A browser-like client (cookies, no auto-redirect) signed in through the real login form. Like the UI's htmx,
    /// it sends the page's antiforgery token in the RequestVerificationToken header on state-changing API calls;
    /// <paramref name="antiforgeryHeader"/> false leaves it out (a forged cross-site request carries the cookie only).
    /// Pass a cookie jar to read its cookies, or to use the same browser on another node (<see cref="Browser"/>).
    /// </summary>
    public async Task<HttpClient> SignInAsync(string login, string? password = null, bool antiforgeryHeader = true, CookieContainer? cookies = null)
    {
        var antiforgery = new ApiAntiforgeryHeaderHandler();
        var client = cookies is null ? NewBrowserClient(antiforgery) : Browser(cookies, antiforgery);
        var email = login.Contains('@') ? login : login + DemoSeeder.EmailDomain;
        var response = await client.PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = password ?? Password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
        antiforgery.Enabled = antiforgeryHeader;
        return client;
    }

    /// <summary>A client (no auto-redirect) whose cookies live in the given jar, shared with whatever else uses the jar.</summary>
    public HttpClient Browser(CookieContainer cookies, ApiAntiforgeryHeaderHandler? antiforgery = null) =>
        CreateDefaultClient(new Uri("http://localhost"), antiforgery ?? new ApiAntiforgeryHeaderHandler { Enabled = true }, new CookieContainerHandler(cookies));

    /// <summary>The sign-in cookie in a jar, as a Cookie header value.</summary>
    public static string AuthCookie(CookieContainer cookies) =>
        cookies.GetCookies(new Uri("http://localhost/"))[".TalentChain.Auth"] is { } c ? $"{c.Name}={c.Value}" : throw new InvalidOperationException("Not signed in.");

    /// <summary>An API client authenticated with a fresh personal access token of the given demo user.</summary>
    public async Task<HttpClient> ApiClientAsync(string login)
    {
        var browser = await SignInAsync(login);
        var created = await browser.PostAsJsonAsync("/api/v1/me/tokens", new { name = "tests", expiresInDays = 30 });
        created.EnsureSuccessStatusCode();
        var token = (await created.Content.ReadFromJsonAsync<TokenResponse>())!.Token;
        var api = NewClient(cookies: false);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return api;
    }

    /// <summary>A browser-like client (cookies, no redirects) whose unsafe API calls go through <paramref name="antiforgery"/>.</summary>
    protected virtual HttpClient NewBrowserClient(ApiAntiforgeryHeaderHandler antiforgery) =>
        CreateDefaultClient(new Uri("http://localhost"), antiforgery, new CookieContainerHandler());

    /// <summary>A client that does not follow redirects; with <paramref name="cookies"/> it keeps them like a browser.</summary>
    public virtual HttpClient NewClient(bool cookies) =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = cookies });

    private sealed record TokenResponse(string Token);
}

/// <summary>Key files the test process shares (outside every test database, as in production).</summary>
public static class TestKeys
{
    private static readonly string Directory = Path.Combine(Path.GetTempPath(), "talentchain-tests", "keys-" + Environment.ProcessId);

    /// <summary>One data-protection certificate for the whole test run (created by the app on first use).</summary>
    public static string DataProtectionCertificate { get; } = Path.Combine(Directory, "data-protection.pfx");
}

/// <summary>For tests that subclass the app: a fresh database of the given provider with a demo of the given size.</summary>
public class TalentChainFactoryWithDemo(DatabaseProvider provider, int demoEmployees) : TalentChainFactory(provider, demoEmployees);

/// <summary>For tests that subclass a further node on an existing database.</summary>
public class TalentChainFactoryOnDatabase(TestDatabase sharedDatabase) : TalentChainFactory(sharedDatabase);

/// <summary>
/// Adds the RequestVerificationToken header to POST/PUT/PATCH/DELETE under /api, as the UI's htmx does. The token
/// is bound to the signed-in user, so it is read (once, when first needed) from a page rendered after sign-in.
/// </summary>
public sealed class ApiAntiforgeryHeaderHandler : DelegatingHandler
{
    public const string Header = "RequestVerificationToken";
    public bool Enabled { get; set; }
    private string? _token;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Enabled && request.Method != HttpMethod.Get && request.Method != HttpMethod.Head
            && request.RequestUri?.AbsolutePath.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) == true
            && !request.Headers.Contains(Header))
            request.Headers.Add(Header, _token ??= await PageTokenAsync(request.RequestUri, cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<string> PageTokenAsync(Uri anyUri, CancellationToken ct)
    {
        using var page = await base.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(anyUri, "/")), ct);
        var doc = HttpTestExtensions.ParseHtml(await page.Content.ReadAsStringAsync(ct));
        return doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on the home page ({(int)page.StatusCode})");
    }
}

/// <summary>Another app node on an existing database (as several nodes share one PostgreSQL); does not seed or drop it.</summary>
public sealed class SecondNodeFactory(TestDatabase sharedDatabase) : TalentChainFactory(sharedDatabase);

/// <summary>
/// The app on real Kestrel at 127.0.0.1 (a free port): for what the in-memory test server does not do, such as
/// Kestrel's own request-body limit.
/// </summary>
public sealed class KestrelFactory : TalentChainFactory
{
    private readonly int _port = FreePort();

    public KestrelFactory()
    {
        UseKestrel(_port);
        StartServer();
    }

    public Uri ServerAddress => new($"http://127.0.0.1:{_port}");

    /// <summary>A real HTTP client (the factory's own clients follow redirects when the server is Kestrel).</summary>
    public override HttpClient NewClient(bool cookies) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = cookies }) { BaseAddress = ServerAddress };

    protected override HttpClient NewBrowserClient(ApiAntiforgeryHeaderHandler antiforgery)
    {
        antiforgery.InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true };
        return new HttpClient(antiforgery) { BaseAddress = ServerAddress };
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The same app on a fresh PostgreSQL database.</summary>
public sealed class PostgresFactory : TalentChainFactory
{
    public PostgresFactory() : base(DatabaseProvider.Postgres) { }
}

public static class HttpTestExtensions
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetHtmlAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"GET {url} → {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        return Parser.ParseDocument(body);
    }

    public static IHtmlDocument ParseHtml(string html) => Parser.ParseDocument(html);

    /// <summary>Fetches the page's antiforgery token first, as a browser form would carry it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        var page = await client.GetAsync(tokenFrom ?? url);
        var doc = Parser.ParseDocument(await page.Content.ReadAsStringAsync());
        var token = doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {tokenFrom ?? url} ({(int)page.StatusCode})");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }
}
