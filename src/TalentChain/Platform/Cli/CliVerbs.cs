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

    public static async Task<int> RunAsync(string[] args)
    {
        WebApplication? built = null;
        WebApplication App() => built ??= TalentChainApp.Build([], b => b.Logging.SetMinimumLevel(LogLevel.Warning));
        var root = new RootCommand("TalentChain — talent chain aligned with the industrial chain. Without a verb, starts the web app.");

        var migrate = new Command("migrate", "Apply pending database migrations.");
        migrate.SetAction(async (_, ct) =>
        {
            using var scope = App().Services.CreateScope();
            await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<TalentChainDbContext>(), ct);
            await Console.Out.WriteLineAsync("Database is up to date.");
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
                await Console.Error.WriteLineAsync($"--employees must be between 1 and 100000 (got {n}).");
                return 2;
            }
            using var scope = App().Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
            if (r.GetValue(force)) await db.Database.EnsureDeletedAsync(ct);
            await DatabaseMigrator.MigrateAsync(db, ct);
            if (await db.Employees.AnyAsync(ct))
            {
                await Console.Error.WriteLineAsync("The database already holds employees; use --reset to start from an empty database.");
                return 1;
            }
            var sw = System.Diagnostics.Stopwatch.StartNew();
            using (HttpCurrentUser.ActAs("cli:seed"))
                await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(n, r.GetValue(seedValue), ct);
            await Console.Out.WriteLineAsync($"Seeded {n} employees in {sw.Elapsed.TotalSeconds:F1} s. Demo sign-ins: *{DemoSeeder.EmailDomain} (the password is in the README).");
            return 0;
        });
        root.Subcommands.Add(seed);

        var audit = new Command("audit", "Audit log tools.");
        var verify = new Command("verify", "Recompute the hash chain; report the first broken link.");
        verify.SetAction(async (_, ct) =>
        {
            using var scope = App().Services.CreateScope();
            var result = await AuditVerifier.VerifyAsync(scope.ServiceProvider.GetRequiredService<TalentChainDbContext>(), ct);
            if (result.Intact)
            {
                await Console.Out.WriteLineAsync($"Audit log intact: {result.Checked} entries verified.");
                return 0;
            }
            await Console.Error.WriteLineAsync($"Audit log BROKEN at entry {result.BrokenAtId}: {result.Reason} ({result.Checked} entries checked before it).");
            return 1;
        });
        audit.Subcommands.Add(verify);
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
                foreach (var e in created.Errors) await Console.Error.WriteLineAsync(e.Description);
                return 1;
            }
            await userManager.AddToRoleAsync(user, Roles.Administrator);
            await Console.Out.WriteLineAsync($"Administrator {address} created.");
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
                await Console.Out.WriteLineAsync($"{name}\tevery {interval}");
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
                await Console.Out.WriteLineAsync($"{name}: done.");
                return 0;
            }
            await Console.Error.WriteLineAsync($"No recurring task is called '{name}'. Run 'jobs list' to see them.");
            return 2;
        });
        jobs.Subcommands.Add(list);
        jobs.Subcommands.Add(run);
        root.Subcommands.Add(jobs);

        foreach (var factory in ModuleCommands) root.Subcommands.Add(factory(App));

        try
        {
            return await root.Parse(args).InvokeAsync();
        }
        finally
        {
            if (built is not null) await built.DisposeAsync();
        }
    }
}
