using System.Diagnostics;
using System.Text.Json;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

/// <summary>What an operator reads on the console of a first start: the real executable, Production, an empty database.</summary>
public sealed class FirstStartConsoleTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tc-first-start-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string ContentRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TalentChain.slnx"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "src", "TalentChain");
    }

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "TalentChain.dll");

    private ProcessStartInfo Start(TestDatabase database, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _dir };
        start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        // As deployed: the app's own folder (appsettings.json, wwwroot) is the content root.
        start.Environment["ASPNETCORE_CONTENTROOT"] = ContentRoot();
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["Database__ConnectionString"] = database.ConnectionString;
        start.Environment["DataProtection__CertificatePath"] = Path.Combine(_dir, "keys", "dp.pfx");
        start.Environment["Audit__AnchorKey"] = database.AuditAnchorKey;
        start.Environment["Audit__CheckpointPath"] = Path.Combine(_dir, "audit-checkpoints.jsonl");
        return start;
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migrate_EmptyDatabase_PrintsOneLineAndNoWarning(DatabaseProvider provider)
    {
        using var database = new TestDatabase(provider);
        using var process = Process.Start(Start(database, "migrate"))!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("Database is up to date.", output.Trim());
        Assert.Equal("", error.Trim());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task WebApp_FirstStartAndA404_LogsOnlyWhereItListensAndHowToCreateTheAdministrator(DatabaseProvider provider)
    {
        using var database = new TestDatabase(provider);
        using var process = Process.Start(Start(database, "--urls", "http://127.0.0.1:0"))!;
        var lines = new List<string>();
        string? address = null;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (address is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
                var message = JsonDocument.Parse(line).RootElement.GetProperty("Message").GetString() ?? "";
                if (message.StartsWith("TalentChain is listening on ", StringComparison.Ordinal)) address = message["TalentChain is listening on ".Length..];
            }
            Assert.NotNull(address);
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync("/no-such-page")).StatusCode);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/account/login")).StatusCode);
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/me")).StatusCode);
            await Task.Delay(TimeSpan.FromSeconds(1)); // what those requests log reaches the console
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        lines.AddRange((await process.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        var entries = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var noisy = entries.Where(e => e.GetProperty("LogLevel").GetString() is "Warning" or "Error" or "Critical"
                                       && e.GetProperty("Category").GetString() != "TalentChain").ToList();
        Assert.True(noisy.Count == 0, string.Join("\n", noisy.Select(e => e.GetRawText())));
        Assert.Contains(entries, e => e.GetProperty("Message").GetString()!.Contains("users create-admin", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("   at ", StringComparison.Ordinal) || l.Contains("\\n   at ", StringComparison.Ordinal));
        Assert.Equal("", (await process.StandardError.ReadToEndAsync()).Trim());
    }
}
