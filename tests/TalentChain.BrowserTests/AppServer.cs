using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;

namespace TalentChain.BrowserTests;

/// <summary>
/// The real app on Kestrel at http://127.0.0.1:&lt;free port&gt; with its own SQLite file and demo data, and one
/// headless Debian Chromium driven by Playwright. Shared by the browser tests of a class.
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    public const string Password = "TalentChain!2026";
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "talentchain-browser", Guid.NewGuid().ToString("N"));

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public IServiceProvider Services => _app!.Services;
    public string ScreenshotDir { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        Directory.CreateDirectory(ScreenshotDir);
        _app = TalentChainApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--contentRoot", ContentRoot(),
            "--environment", "Testing",
            "--Database:Provider", "Sqlite",
            "--Database:ConnectionString", $"Data Source={Path.Combine(_dir, "browser.db")}",
            "--Demo:Employees", "300",
            "--Demo:Seed", "7",
            "--Demo:SeedOnStartup", "true",
            "--DataProtection:CertificatePath", Path.Combine(_dir, "data-protection.pfx"),
            "--Audit:AnchorKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            "--Audit:CheckpointPath", Path.Combine(_dir, "audit-checkpoints.jsonl"),
            // All test browsers sign in from 127.0.0.1; the per-client sign-in limit is tested in TalentChain.Tests.
            "--SignIn:PerClientPermitLimit", "100000",
        ]);
        await _app.PrepareDatabaseAsync();
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    private static string ContentRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TalentChain.slnx"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "src", "TalentChain");
    }

    /// <summary>A fresh browser context (own cookies) signed in as a demo user.</summary>
    public async Task<IPage> SignedInPageAsync(string login, string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, Locale = locale });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Email", login + "@talentchain.demo");
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("#sign-in");
        // Signed in = sent away from the login page. Poll the URL rather than WaitForURLAsync: when the redirect has already
        // committed by the time it is called, WaitForURLAsync waits for the given load state, and "commit" never fires
        // again on a committed page (it timed out at 15 s with "NetworkIdle event fired" in its log); waiting for the
        // landing page to finish loading instead would tie every test to the home page's speed under parallel load.
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"), new() { Timeout = 15_000 });
        return page;
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
