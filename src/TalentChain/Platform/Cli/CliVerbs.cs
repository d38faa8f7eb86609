using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Audit;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Demo;
using TalentChain.Platform.Jobs;

namespace TalentChain.Platform.Cli;

/// <summary>
/// CLI verbs on the same executable (<c>dotnet run --project src/TalentChain -- &lt;verb&gt;</c>). They build the same
/// services as the web app, so a verb and a page run the same handlers. Configuration comes from appsettings and
/// environment variables (e.g. Database__Provider=Postgres, Database__ConnectionString=…).
/// </summary>
public static class CliVerbs
{
    private static readonly string[] Verbs = ["migrate", "seed", "audit", "users", "jobs"];

    /// <summary>Extra verbs contributed by modules (e.g. import kinds); each receives the app's services.</summary>
    /// <remarks>
    /// Read-only and composed once by <see cref="TalentChainApp.ModuleCliCommands"/>: a test process runs Program's
    /// entry point once per hosted app, concurrently, so nothing here may be mutated at start-up.
    /// </remarks>
    public static IReadOnlyList<Func<Func<WebApplication>, Command>> ModuleCommands => TalentChainApp.ModuleCliCommands;

    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (Verbs.Contains(args[0]) || args[0] is "--help" or "-h" or "help" || ModuleVerbs().Contains(args[0]));

    /// <summary>The names of the module verbs (building a command does not build the app).</summary>
    private static IEnumerable<string> ModuleVerbs() => ModuleCommands.Select(f => f(() => throw new InvalidOperationException("not running")).Name);

    /// <summary>Exit code of a verb that needs the database's schema when it has none (or an older one).</summary>
    public const int NotMigrated = 3;

    /// <param name="args">The verb and its options.</param>
    /// <param name="output">Where the verbs write results (default: standard output).</param>
    /// <param name="error">Where the verbs write errors (default: standard error).</param>
    /// <param name="appArgs">Host arguments of the app the verbs build (tests: configuration such as --Database:ConnectionString).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, string[]? appArgs = null)
    {
        var stdout = output ?? Console.Out;
        var stderr = error ?? Console.Error;
        WebApplication? built = null;
        WebApplication App() => built ??= TalentChainApp.Build(appArgs ?? [], b => b.Logging.SetMinimumLevel(LogLevel.Warning));
        var root = new RootCommand("TalentChain — talent chain aligned with the industrial chain. Without a verb, starts the web app.");

        var migrate = new Command("migrate", "Apply pending database migrations.");
        migrate.SetAction(async (_, ct) =>
        {
            using var scope = App().Services.CreateScope();
            await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<TalentChainDbContext>(), ct);
            await stdout.WriteLineAsync("Database is up to date.");
            return 0;
        });
        root.Subcommands.Add(migrate);

        var employees = new Option<int>("--employees") { Description = "Number of employees (1 … 100000).", DefaultValueFactory = _ => 2000 };
        var seedValue = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same enterprise.", DefaultValueFactory = _ => 20260401 };
        var force = new Option<bool>("--reset") { Description = "Delete the database first (SQLite file or PostgreSQL schema)." };
        var seed = new Command("seed", "Load the deterministic demo enterprise into an empty database.") { employees, seedValue, force };
        seed.SetAction(async (r, ct) =>
        {
            var n = r.GetValue(employees);
            if (n is < 1 or > 100_000)
            {
                await stderr.WriteLineAsync($"--employees must be between 1 and 100000 (got {n}).");
                return 2;
            }
            using var scope = App().Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
            if (r.GetValue(force)) await db.Database.EnsureDeletedAsync(ct);
            await DatabaseMigrator.MigrateAsync(db, ct);
            if (await scope.ServiceProvider.GetRequiredService<IEmployeeRegistry>().AnyAsync(ct))
            {
                await stderr.WriteLineAsync("The database already holds employees; use --reset to start from an empty database.");
                return 1;
            }
            var sw = System.Diagnostics.Stopwatch.StartNew();
            using (HttpCurrentUser.ActAs("cli:seed"))
                await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(n, r.GetValue(seedValue), ct);
            await stdout.WriteLineAsync($"Seeded {n} employees in {sw.Elapsed.TotalSeconds:F1} s. Demo sign-ins: *{DemoSeeder.EmailDomain} (the password is in the README).");
            return 0;
        });
        root.Subcommands.Add(seed);

        var audit = new Command("audit", "Audit log tools.");
        var requireAnchor = new Option<bool>("--require-anchor") { Description = "Also fail (exit 4) when no signed checkpoint anchors the chain yet." };
        var verify = new Command("verify", "Recompute the hash chain and check it against the signed checkpoints; report what was verified against what.") { requireAnchor };
        verify.SetAction(async (r, ct) =>
        {
            using var scope = App().Services.CreateScope();
            if (await RequireSchemaAsync(scope.ServiceProvider, stderr, ct) is { } notMigrated) return notMigrated;
            // The web app refuses to start with a malformed key; here say why the checkpoints cannot be checked.
            if (scope.ServiceProvider.GetRequiredService<AuditAnchorKeys>() is { State: AuditAnchorKeyState.Invalid } keys)
                await stderr.WriteLineAsync("The audit anchor key is unusable: " + keys.Problem);
            UseEnglish();
            var result = await scope.ServiceProvider.GetRequiredService<VerifyAuditLogHandler>().HandleAsync(ct);
            foreach (var line in result.Messages) await (result.Intact ? stdout : stderr).WriteLineAsync(line);
            if (!result.Intact) return 1;
            return r.GetValue(requireAnchor) && result.Anchor != AuditAnchorState.Anchored ? 4 : 0;
        });
        var checkpoint = new Command("checkpoint", "Sign the chain's head and append it to the checkpoint file now (nothing when the head did not move).");
        checkpoint.SetAction(async (_, ct) =>
        {
            using var scope = App().Services.CreateScope();
            if (await RequireSchemaAsync(scope.ServiceProvider, stderr, ct) is { } notMigrated) return notMigrated;
            UseEnglish();
            var result = await scope.ServiceProvider.GetRequiredService<AuditCheckpointWriter>().WriteAsync(ct);
            var ok = result.Outcome is AuditCheckpointOutcome.Written or AuditCheckpointOutcome.Unchanged or AuditCheckpointOutcome.EmptyLog;
            await (ok ? stdout : stderr).WriteLineAsync(result.Message);
            return ok ? 0 : 1;
        });
        audit.Subcommands.Add(verify);
        audit.Subcommands.Add(checkpoint);
        root.Subcommands.Add(audit);

        var users = new Command("users", "User accounts.");
        var email = new Option<string>("--email") { Description = "E-mail (also the user name).", Required = true };
        var password = new Option<string>("--password") { Description = "Password (at least 10 characters with upper, lower, digit and symbol).", Required = true };
        var createAdmin = new Command("create-admin", "Create an administrator account.") { email, password };
        createAdmin.SetAction(async (r, ct) =>
        {
            using var scope = App().Services.CreateScope();
            await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<TalentChainDbContext>(), ct);
            var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await DemoSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
            var address = r.GetValue(email)!;
            var user = new AppUser { UserName = address, Email = address, EmailConfirmed = true, DisplayName = address };
            using var actor = HttpCurrentUser.ActAs("cli:users");
            var created = await userManager.CreateAsync(user, r.GetValue(password)!);
            if (!created.Succeeded)
            {
                foreach (var e in created.Errors) await stderr.WriteLineAsync(e.Description);
                return 1;
            }
            await userManager.AddToRoleAsync(user, Roles.Administrator);
            await stdout.WriteLineAsync($"Administrator {address} created.");
            return 0;
        });
        users.Subcommands.Add(createAdmin);
        root.Subcommands.Add(users);

        var jobs = new Command("jobs", "Recurring tasks (reminders, alerts, the mail outbox).");
        var taskName = new Argument<string>("name") { Description = "The task's name; 'jobs list' shows them." };
        var list = new Command("list", "List the recurring tasks.");
        list.SetAction(async (_, ct) =>
        {
            foreach (var (name, interval) in App().Services.GetRequiredService<PeriodicTasks>().List())
                await stdout.WriteLineAsync($"{name}\tevery {interval}");
            return 0;
        });
        var run = new Command("run", "Run one recurring task now.") { taskName };
        run.SetAction(async (r, ct) =>
        {
            var services = App().Services;
            using (var scope = services.CreateScope()) await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<TalentChainDbContext>(), ct);
            var name = r.GetValue(taskName)!;
            if (await services.GetRequiredService<PeriodicTasks>().RunAsync(name, ct))
            {
                await stdout.WriteLineAsync($"{name}: done.");
                return 0;
            }
            await stderr.WriteLineAsync($"No recurring task is called '{name}'. Run 'jobs list' to see them.");
            return 2;
        });
        jobs.Subcommands.Add(list);
        jobs.Subcommands.Add(run);
        root.Subcommands.Add(jobs);

        foreach (var factory in ModuleCommands) root.Subcommands.Add(factory(App));

        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (IsMissingSchema(e))
        {
            // Any verb that reaches a table of an empty or older database: an instruction, not a stack trace.
            await stderr.WriteLineAsync("The database has no schema yet (or an older one): run `migrate` first.");
            return NotMigrated;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await stderr.WriteLineAsync("Unhandled exception: " + e);
            return 1;
        }
        finally
        {
            if (built is not null) await built.DisposeAsync();
        }
    }

    /// <summary>For verbs that read without migrating: null when the schema is current, else says so and gives the exit code.</summary>
    private static async Task<int?> RequireSchemaAsync(IServiceProvider services, TextWriter error, CancellationToken ct)
    {
        var db = services.GetRequiredService<TalentChainDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
        if (pending == 0) return null;
        await error.WriteLineAsync((await db.Database.GetAppliedMigrationsAsync(ct)).Any()
            ? $"The database schema is older than this version ({pending} migrations pending): run `migrate` first."
            : "The database has no schema yet: run `migrate` first.");
        return NotMigrated;
    }

    /// <summary>A table that is not there: SQLite "no such table", PostgreSQL undefined table or database.</summary>
    internal static bool IsMissingSchema(Exception e) => e switch
    {
        Microsoft.Data.Sqlite.SqliteException s when s.SqliteErrorCode == 1 && s.Message.Contains("no such table", StringComparison.Ordinal) => true,
        Npgsql.PostgresException p when p.SqlState is Npgsql.PostgresErrorCodes.UndefinedTable or Npgsql.PostgresErrorCodes.InvalidCatalogName => true,
        _ => e.InnerException is { } inner && IsMissingSchema(inner),
    };

    /// <summary>The audit verbs speak English (the page and API speak the user's language), with English number formats.</summary>
    private static void UseEnglish()
    {
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("en");
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");
    }
}
