using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Careers;
using TalentChain.Modules.Commercialization;
using TalentChain.Modules.Education;
using TalentChain.Modules.Projects;
using TalentChain.Modules.Exports;
using TalentChain.Modules.Labs;
using TalentChain.Modules.Knowledge;
using TalentChain.Modules.Mentoring;
using TalentChain.Modules.People;
using TalentChain.Modules.Rotations;
using TalentChain.Modules.TalentProgram;
using TalentChain.Platform;
using TalentChain.Platform.Calendar;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Audit;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Demo;

namespace TalentChain;

/// <summary>Composition root: the platform and each module's one entry point.</summary>
public static partial class TalentChainApp
{
    /// <summary>The modules' CLI verbs (see <see cref="Platform.Cli.CliVerbs"/>).</summary>
    public static readonly IReadOnlyList<Func<Func<WebApplication>, System.CommandLine.Command>> ModuleCliCommands =
        [.. PeopleModule.CliCommands, .. TalentProgramModule.CliCommands, .. KnowledgeModule.CliCommands, .. ExportsModule.CliCommands];

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The application name is this assembly even when a test process hosts the app (Razor Pages are discovered from it).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(TalentChainApp).Assembly.GetName().Name });
        builder.AddPlatform();
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddAccount();
        builder.Services.AddAuditLog();
        builder.Services.AddNotifications();
        builder.Services.AddCalendarFeeds();
        builder.Services.AddPeople();
        builder.Services.AddTalentProgram();
        builder.Services.AddMentoring();
        builder.Services.AddRotations();
        builder.Services.AddKnowledge();
        builder.Services.AddExports();
        builder.Services.AddCareers();
        builder.Services.AddEducation();
        builder.Services.AddLabs();
        builder.Services.AddProjects();
        builder.Services.AddCommercialization();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UsePlatform();
        // Every module's endpoints, with the checks all of them share (dates a query may name).
        var endpoints = app.MapGroup("").AddEndpointFilterFactory(Platform.Web.DateBounds.Filter);
        endpoints.MapAccount();
        endpoints.MapAuditLog();
        endpoints.MapNotifications();
        endpoints.MapCalendarFeeds();
        endpoints.MapPeople();
        endpoints.MapTalentProgram();
        endpoints.MapMentoring();
        endpoints.MapRotations();
        endpoints.MapKnowledge();
        endpoints.MapExports();
        endpoints.MapCareers();
        endpoints.MapEducation();
        endpoints.MapLabs();
        endpoints.MapProjects();
        endpoints.MapCommercialization();
        return app;
    }

    /// <summary>Applies migrations and, on an empty database with demo data enabled, loads the demo enterprise.</summary>
    public static Task PrepareDatabaseAsync(this WebApplication app, CancellationToken ct = default) => PrepareDatabaseAsync(app.Services, ct);

    /// <summary>Migrates and (where configured) seeds the database, then lets the job scheduler start.</summary>
    public static Task PrepareDatabaseAsync(IServiceProvider services, CancellationToken ct = default) => PrepareDatabaseAsync(services, null, ct);

    /// <summary>
    /// As <see cref="PrepareDatabaseAsync(IServiceProvider, CancellationToken)"/>; <paramref name="prepared"/> runs after
    /// migrating and seeding, before the scheduler starts, while nothing else uses the database (the tests copy it there).
    /// </summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services, Func<Task>? prepared, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
        var demo = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DemoOptions>>().Value;
        using (var scope = services.CreateScope())
        {
            if (db.MigrateOnStartup) await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<TalentChainDbContext>(), ct);
            if (demo.SeedOnStartup) await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(demo.Employees, demo.Seed, ct);
        }
        if (prepared is not null) await prepared();
        // The job scheduler starts only now: its tables come with the migrations (ADR 0034).
        services.GetRequiredService<Platform.Jobs.DatabaseReadiness>().SetReady();
    }

    public static void PrintWelcome(this WebApplication app) => PrintWelcome(app.Services);

    /// <summary>The first lines an operator reads: where the app listens, and either how to create the first administrator or the demo sign-ins.</summary>
    public static void PrintWelcome(IServiceProvider services)
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("TalentChain");
        foreach (var a in addresses) LogListening(log, a);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        if (!Administrators.AnyAsync(db).GetAwaiter().GetResult())
        {
            // Nobody is invented: the operator creates the first administrator.
            LogNoAdministrator(log);
            return;
        }
        if (!services.GetRequiredService<IHostEnvironment>().IsDevelopment()) return;
        var demoUsers = db.Users.AsNoTracking().Where(u => u.Email!.EndsWith(DemoSeeder.EmailDomain)).Select(u => u.Email!).OrderBy(e => e).ToList();
        // The accounts only: the demo password is in the README, never in a log.
        if (demoUsers.Count > 0) LogDemoSignIns(log, string.Join(", ", demoUsers));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "TalentChain is listening on {Address}")]
    private static partial void LogListening(ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo sign-ins (the password is in the README): {Users}")]
    private static partial void LogDemoSignIns(ILogger logger, string users);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No administrator account exists yet. Create one: talentchain users create-admin --email you@example.com --password '…' (or: dotnet run --project src/TalentChain -- users create-admin …)")]
    private static partial void LogNoAdministrator(ILogger logger);
}
