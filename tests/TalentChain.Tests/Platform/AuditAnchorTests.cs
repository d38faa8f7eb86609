using Microsoft.Extensions.Time.Testing;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using TalentChain.Platform.Audit;
using TalentChain.Platform.Cli;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

/// <summary>An empty, migrated database of its own (no demo data) and a fixed clock: each anchor test tampers with its log.</summary>
public sealed class AnchorFactory(DatabaseProvider provider)
    : TalentChainFactory(provider, demoEmployees: 0, new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 3, 0, 0, TimeSpan.Zero)));

/// <summary>
/// The audit chain against its signed checkpoints (issue 11 §6): what an attacker with database access alone can do —
/// delete the newest entries, rewrite an entry and recompute every later hash, edit the checkpoint file — is reported.
/// </summary>
public abstract class AuditAnchorTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Verify_NoCheckpointYet_SaysChainOnlyWithNoAnchor()
    {
        using var app = await StartAsync(entries: 5);

        var result = await VerifyAsync(app);

        Assert.True(result.Intact);
        Assert.Equal(AuditAnchorState.Unanchored, result.Anchor);
        Assert.Null(result.Checkpoint);
        Assert.Contains(result.Messages, m => m.Contains("chain only, with no anchor", StringComparison.Ordinal));
        var (exit, output, _) = await CliAsync(app, "audit", "verify");
        Assert.Equal(0, exit);
        Assert.Contains("chain only, with no anchor", output, StringComparison.Ordinal);
        Assert.Equal(4, (await CliAsync(app, "audit", "verify", "--require-anchor")).Exit);
    }

    [Fact]
    public async Task CheckpointTask_WritesOneSignedLine_AndNoneWhileTheHeadDoesNotMove()
    {
        using var app = await StartAsync(entries: 5);
        var tasks = app.Services.GetRequiredService<PeriodicTasks>();
        Assert.Contains(tasks.List(), t => t.Name == AuditCheckpointTask.TaskName);

        Assert.True(await tasks.RunAsync(AuditCheckpointTask.TaskName));
        Assert.True(await tasks.RunAsync(AuditCheckpointTask.TaskName));

        var line = Assert.Single(CheckpointLines(app));
        var checkpoint = AuditCheckpointFile.Parse(line)!;
        var (headId, headHash, count) = await HeadAsync(app);
        Assert.Equal((headId, headHash, count), (checkpoint.HeadId, checkpoint.Hash, checkpoint.Count));
        Assert.DoesNotContain(app.Database.AuditAnchorKey, line, StringComparison.Ordinal);
        Assert.Contains("\"at\":\"2026-12-07T03:00:00+00:00\"", line, StringComparison.Ordinal);

        await AppendAsync(app, 3);
        Assert.True(await tasks.RunAsync(AuditCheckpointTask.TaskName));
        Assert.Equal(2, CheckpointLines(app).Length);
        Assert.Equal(AuditCheckpointOutcome.Unchanged, (await CheckpointAsync(app)).Outcome);

        var result = await VerifyAsync(app);
        Assert.True(result.Intact);
        Assert.Equal(AuditAnchorState.Anchored, result.Anchor);
        Assert.Equal(0, result.NewerEntries);
        Assert.Contains(result.Messages, m => m.StartsWith($"The chain matches the signed checkpoint of 2026-12-07 03:00 UTC at entry {headId + 3:N0}", StringComparison.Ordinal));

        // Where the checkpoints cannot be checked (no key), verify does not pass.
        var (exit, _, error) = await CliAsync(
            ["--environment", "Testing", "--Database:Provider", provider.ToString(), "--Database:ConnectionString", app.Database.ConnectionString,
             "--Audit:CheckpointPath", app.Database.AuditCheckpointPath], "audit", "verify");
        Assert.Equal(1, exit);
        Assert.Contains("2 checkpoints exist, but no anchor key is configured", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NewestEntriesDeletedInSql_ReportsTruncation()
    {
        using var app = await StartAsync(entries: 10);
        var checkpoint = (await CheckpointAsync(app)).Checkpoint!;
        await AppendAsync(app, 3);

        // The attacker deletes the newest five entries: the rest of the chain still links up.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "DELETE FROM \"AuditEntries\" WHERE \"Id\" IN (SELECT \"Id\" FROM \"AuditEntries\" ORDER BY \"Id\" DESC LIMIT 5)"));
        Assert.True((await app.WithDbAsync(db => AuditVerifier.VerifyAsync(db))).Intact);

        var result = await VerifyAsync(app);
        Assert.False(result.Intact);
        Assert.Equal(AuditAnchorState.Truncated, result.Anchor);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((AuditAnchorProblemKind.Truncated, checkpoint.HeadId), (problem.Kind, problem.HeadId));
        Assert.Contains(result.Messages, m => m.StartsWith($"Truncated: entry {checkpoint.HeadId:N0}, the head of the signed checkpoint of 2026-12-07 03:00 UTC", StringComparison.Ordinal));
        var (exit, _, error) = await CliAsync(app, "audit", "verify");
        Assert.Equal(1, exit);
        Assert.Contains("NOT intact", error, StringComparison.Ordinal);
        Assert.Contains("Truncated: entry", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RowRewrittenAndLaterHashesRecomputed_ReportsARewriteAtTheCheckpoint()
    {
        using var app = await StartAsync(entries: 10);
        var checkpoint = (await CheckpointAsync(app)).Checkpoint!;
        await AppendAsync(app, 2);

        // The attacker's script: change one entry, then recompute its hash and every later link and hash.
        await app.WithDbAsync(async db =>
        {
            var entries = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
            entries[3].UserName = "someone-else";
            var previous = entries[3].PreviousHash;
            foreach (var e in entries.Skip(3))
            {
                e.PreviousHash = previous;
                e.Hash = AuditChain.ComputeHash(e);
                previous = e.Hash;
                await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = {0}, \"PreviousHash\" = {1}, \"Hash\" = {2} WHERE \"Id\" = {3}",
                    e.UserName, e.PreviousHash, e.Hash, e.Id);
            }
            return 0;
        });
        Assert.True((await app.WithDbAsync(db => AuditVerifier.VerifyAsync(db))).Intact);

        var result = await VerifyAsync(app);
        Assert.False(result.Intact);
        Assert.Equal(AuditAnchorState.Rewritten, result.Anchor);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((AuditAnchorProblemKind.Rewritten, checkpoint.HeadId, checkpoint.Hash), (problem.Kind, problem.HeadId, problem.CheckpointHash));
        Assert.Contains(result.Messages, m => m.StartsWith($"Rewritten: entry {checkpoint.HeadId:N0} now has hash", StringComparison.Ordinal));
        // Nor is the rewritten log blessed by the next checkpoint.
        Assert.Equal(AuditCheckpointOutcome.Refused, (await CheckpointAsync(app)).Outcome);
        Assert.Single(CheckpointLines(app));
    }

    [Theory]
    [InlineData("hash")]
    [InlineData("sig")]
    public async Task Verify_CheckpointLineEdited_ReportsAForgedCheckpoint(string field)
    {
        using var app = await StartAsync(entries: 5);
        await CheckpointAsync(app);
        var line = JsonNode.Parse(Assert.Single(CheckpointLines(app)))!;
        line[field] = field == "hash"
            ? Convert.ToHexStringLower(SHA256.HashData("forged"u8))
            : Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await File.WriteAllTextAsync(app.Database.AuditCheckpointPath, line.ToJsonString() + "\n");

        var result = await VerifyAsync(app);

        Assert.False(result.Intact);
        Assert.Equal(AuditAnchorState.Forged, result.Anchor);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((AuditAnchorProblemKind.Forged, 1), (problem.Kind, problem.Line));
        Assert.Contains(result.Messages, m => m.StartsWith("Forged checkpoint: line 1 of the checkpoint file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CliAuditVerify_EmptyDatabaseWithoutSchema_SaysRunMigrateFirst()
    {
        using var empty = new TestDatabase(provider);
        if (provider == DatabaseProvider.Sqlite) await File.WriteAllBytesAsync(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(empty.ConnectionString).DataSource, []);
        string[] host = ["--environment", "Testing", "--Database:Provider", provider.ToString(), "--Database:ConnectionString", empty.ConnectionString];

        foreach (var verb in new[] { "verify", "checkpoint" })
        {
            var (exit, _, error) = await CliAsync(host, "audit", verb);
            Assert.Equal(CliVerbs.NotMigrated, exit);
            Assert.Contains("run `migrate` first", error, StringComparison.Ordinal);
            Assert.DoesNotContain("exception", error, StringComparison.OrdinalIgnoreCase);
        }
    }

    private async Task<AnchorFactory> StartAsync(int entries)
    {
        var app = new AnchorFactory(provider);
        await AppendAsync(app, entries);
        return app;
    }

    private static async Task AppendAsync(AnchorFactory app, int entries)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        for (var i = 0; i < entries; i++)
        {
            db.RecordAuditEvent("AnchorTest", Guid.NewGuid().ToString("N"), new Dictionary<string, string?> { ["n"] = i.ToString(CultureInfo.InvariantCulture) });
            await db.SaveChangesAsync();
        }
    }

    private static Task<(long Id, string Hash, long Count)> HeadAsync(AnchorFactory app) => app.WithDbAsync(async db =>
    {
        var head = await db.AuditEntries.OrderByDescending(a => a.Id).FirstAsync();
        return (head.Id, head.Hash, await db.AuditEntries.LongCountAsync());
    });

    private static string[] CheckpointLines(AnchorFactory app) =>
        File.Exists(app.Database.AuditCheckpointPath) ? File.ReadAllLines(app.Database.AuditCheckpointPath).Where(l => l.Length > 0).ToArray() : [];

    private static async Task<AuditVerification> VerifyAsync(AnchorFactory app)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<VerifyAuditLogHandler>().HandleAsync();
    }

    private static async Task<AuditCheckpointResult> CheckpointAsync(AnchorFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AuditCheckpointWriter>().WriteAsync();
    }

    /// <summary>The CLI on the app's database, key and checkpoint file, as an operator would run it.</summary>
    private static Task<(int Exit, string Output, string Error)> CliAsync(AnchorFactory app, params string[] args) => CliAsync(
        ["--environment", "Testing", "--Database:Provider", app.Database.Provider.ToString(), "--Database:ConnectionString", app.Database.ConnectionString,
         "--Audit:AnchorKey", app.Database.AuditAnchorKey, "--Audit:CheckpointPath", app.Database.AuditCheckpointPath], args);

    private static async Task<(int Exit, string Output, string Error)> CliAsync(string[] host, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = await CliVerbs.RunAsync(args, output, error, host);
        return (exit, output.ToString(), error.ToString());
    }
}

public sealed class AuditAnchorTestsSqlite() : AuditAnchorTests(DatabaseProvider.Sqlite);

public sealed class AuditAnchorTestsPostgres() : AuditAnchorTests(DatabaseProvider.Postgres);

/// <summary>The anchor key: where it comes from, what it refuses, and rotation by key id. No database needed.</summary>
public sealed class AuditAnchorKeyTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "talentchain-tests", "anchor-" + Guid.NewGuid().ToString("N"));

    private HostingEnvironment Env(string name) => new() { EnvironmentName = name, ContentRootPath = _root, ApplicationName = "TalentChain" };

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Keys_InDevelopmentWithoutAKey_AreGeneratedIntoAFileUnderTheDataFolder()
    {
        var first = AuditAnchorKeys.Load(new AuditAnchorOptions(), Env("Development"), generateDevelopmentKey: true);
        var again = AuditAnchorKeys.Load(new AuditAnchorOptions(), Env("Development"), generateDevelopmentKey: true);

        Assert.Equal(AuditAnchorKeyState.DevelopmentKeyFile, first.State);
        Assert.True(File.Exists(Path.Combine(_root, "data", "audit-anchor.key")));
        Assert.Equal(first.KeyId, again.KeyId);
        Assert.Equal(AuditAnchorKeyState.Missing, AuditAnchorKeys.Load(new AuditAnchorOptions(), Env("Production"), generateDevelopmentKey: true).State);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void Keys_MalformedOrShort_AreInvalidWithoutEchoingTheKey(string key)
    {
        var keys = AuditAnchorKeys.Load(new AuditAnchorOptions { AnchorKey = key }, Env("Production"), generateDevelopmentKey: false);
        Assert.Equal(AuditAnchorKeyState.Invalid, keys.State);
        Assert.DoesNotContain(key, keys.Problem!, StringComparison.Ordinal);
    }

    [Fact]
    public void Checkpoint_SignedWithARetiredKey_IsGenuineOnlyWhileThatKeyIsKept()
    {
        var (oldKey, newKey) = (NewKey(), NewKey());
        var before = AuditAnchorKeys.Load(new AuditAnchorOptions { AnchorKey = oldKey }, Env("Production"), false);
        var checkpoint = AuditCheckpoint.Create(before, DateTimeOffset.UnixEpoch, "node-a", 42, 40, new string('a', 64));

        var rotated = AuditAnchorKeys.Load(new AuditAnchorOptions { AnchorKey = newKey, RetiredAnchorKeys = [oldKey] }, Env("Production"), false);
        var forgotten = AuditAnchorKeys.Load(new AuditAnchorOptions { AnchorKey = newKey }, Env("Production"), false);

        Assert.NotEqual(before.KeyId, rotated.KeyId);
        Assert.True(rotated.Verify(checkpoint.KeyId, checkpoint.Payload, checkpoint.Signature));
        Assert.False(rotated.Verify(checkpoint.KeyId, (checkpoint with { Count = 41 }).Payload, checkpoint.Signature));
        Assert.Null(forgotten.Verify(checkpoint.KeyId, checkpoint.Payload, checkpoint.Signature));
    }

    [Fact]
    public async Task Start_OutsideDevelopmentWithoutAKey_IsRefused()
    {
        Directory.CreateDirectory(_root);
        await using var app = TalentChainApp.Build(
            ["--environment", "Production", "--contentRoot", _root, "--urls", "http://127.0.0.1:0", "--Database:ConnectionString", Path.Combine(_root, "x.db")],
            b => b.Logging.ClearProviders());

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());
        Assert.Contains("Audit__AllowUnanchored=true", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CliMissingSchema_SqliteNoSuchTable_IsRecognised() =>
        Assert.True(CliVerbs.IsMissingSchema(new Microsoft.EntityFrameworkCore.DbUpdateException("x", new Microsoft.Data.Sqlite.SqliteException("SQLite Error 1: 'no such table: Employees'.", 1))));

    public void Dispose()
    {
        try { if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Started with Audit:AllowUnanchored and no key: the audit page says the chain only checks itself.</summary>
public sealed class UnanchoredFactory : TalentChainFactory
{
    public UnanchoredFactory() : base(DatabaseProvider.Sqlite) { }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Audit:AnchorKey", "");
        builder.UseSetting("Audit:AllowUnanchored", "true");
    }
}

public sealed class UnanchoredAuditPageTests(UnanchoredFactory app) : IClassFixture<UnanchoredFactory>
{
    [Fact]
    public async Task AuditPage_NoAnchorKey_WarnsAndVerifiesByTheChainOnly()
    {
        var admin = await app.SignInAsync("admin");
        var page = await admin.GetHtmlAsync("/audit");
        Assert.Contains("No audit anchor key is configured", page.QuerySelector("#anchor-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#write-checkpoint"));

        var verified = await admin.PostFormAsync("/audit?handler=Verify", [], tokenFrom: "/audit");
        var result = HttpTestExtensions.ParseHtml(await verified.Content.ReadAsStringAsync()).QuerySelector("#verify-result")!;
        Assert.Equal("Unanchored", result.GetAttribute("data-anchor"));
        Assert.Contains("No anchor key is configured", result.TextContent, StringComparison.Ordinal);
    }
}
