using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TalentChain.Platform.Audit;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Web;

namespace TalentChain.Platform;

/// <summary>Cross-cutting services: database, identity and tokens, localisation, problem details, jobs, OpenAPI, health.</summary>
public static class PlatformSetup
{
    public static readonly CultureInfo[] SupportedCultures = [new("en"), new("zh-CN")];
    public const string CultureCookie = ".TalentChain.Culture";

    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        // The key ring lives in the shared database (every node accepts every node's cookies), encrypted with the
        // certificate kept outside it (ADR 0033, 0035).
        services.AddDataProtection().SetApplicationName("TalentChain")
            .PersistKeysToDbContext<TalentChainDbContext>()
            .ProtectKeyRing(builder.Configuration, builder.Environment);
        // What happens around every save, in this order: module hooks, version bumps, the audit rows (same transaction).
        // Scoped: the hooks are scoped services, and the audit interceptor carries one save from before to after.
        services.AddScoped<SaveChangesHooksInterceptor>();
        services.AddSingleton<VersionInterceptor>();
        services.AddScoped<AuditInterceptor>();
        services.AddDbContext<TalentChainDbContext>((sp, o) =>
        {
            ConfigureDatabase(o, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, builder.Environment.ContentRootPath);
            o.AddInterceptors(sp.GetRequiredService<SaveChangesHooksInterceptor>(), sp.GetRequiredService<VersionInterceptor>(), sp.GetRequiredService<AuditInterceptor>());
        });

        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                // Failed sign-ins never lock an account (a stranger could lock anyone out): SignInThrottle slows
                // them down instead (ADR 0029). Lock-out stays enabled for an account an operator locks on purpose.
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<TalentChainDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = ".TalentChain.Auth";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? PersonalAccessTokenSecrets.Scheme
                    : null;
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
        });
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenHandler>(PersonalAccessTokenSecrets.Scheme, null);
        services.AddAuthorization(Policies.Add);
        services.AddSignInThrottling();

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider { CookieName = CultureCookie },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        // The API speaks enum names ("Separation", "SeniorEngineer"), not numbers; OpenAPI documents them so.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddRazorPages(o => o.RootDirectory = "/")
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, f) => f.Create(typeof(SharedResource)));
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "RequestVerificationToken";
            // Secure whenever the request is HTTPS (also behind a TLS proxy); antiforgery's default never marks it.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // X-Frame-Options comes from SecurityHeaders (DENY), not antiforgery's SAMEORIGIN.
            o.SuppressXFrameOptionsHeader = true;
        });
        services.AddTlsProxy(builder.Configuration, builder.Environment.IsDevelopment());
        services.AddDateBounds();

        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "TalentChain API";
            doc.Info.Description = "Everything the TalentChain UI does. Authenticate with a personal access token: Authorization: Bearer tc_…";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddDbContextCheck<TalentChainDbContext>("database", tags: ["ready"]);

        builder.AddJobs();

        // SQL text is for debugging on request, never the default: EF's command log stays at Warning everywhere.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }
        return builder;
    }

    public static void ConfigureDatabase(DbContextOptionsBuilder o, DatabaseOptions db, string contentRoot)
    {
        MigrationAssemblies.RegisterResolver();
        if (db.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(db.ConnectionString))
                throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is empty.");
            o.UseNpgsql(db.ConnectionString, x => x.MigrationsAssembly(MigrationAssemblies.Postgres));
        }
        else
        {
            o.UseSqlite(SqliteConnectionString(db.ConnectionString, contentRoot), x => x.MigrationsAssembly(MigrationAssemblies.Sqlite));
        }
    }

    /// <summary>Accepts a full connection string or a bare file path; relative paths are under the content root.</summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var value = string.IsNullOrWhiteSpace(configured) ? "data/talentchain.db" : configured;
        var csb = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(value.Contains('=', StringComparison.Ordinal) ? value : $"Data Source={value}");
        if (csb.DataSource != ":memory:" && !Path.IsPathRooted(csb.DataSource))
            csb.DataSource = Path.Combine(contentRoot, csb.DataSource);
        if (csb.DataSource != ":memory:") Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
        csb.DefaultTimeout = 30;
        return csb.ToString();
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.IsHtmx())
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseTlsProxy(app.Environment.IsDevelopment());
        app.UseSecurityHeaders();
        // API errors become ProblemDetails (ProblemExceptionHandler); browsers get the localised error page.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            // A record that does not exist or input that is refused is an answer, not a fault: no error log, no stack trace.
            SuppressDiagnosticsCallback = c => c.Exception is NotFoundException or ValidationFailedException or AccessDeniedException,
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRequestLocalization();
        app.UseStaticFiles();
        // Middleware, not an endpoint: must run before authorization (whose fallback policy refuses unmatched requests).
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api/docs";
            o.SwaggerEndpoint("/openapi/v1.json", "TalentChain API v1");
            o.DocumentTitle = "TalentChain API";
        });
        app.UseRouting();
        // No endpoint matched: a plain 404 (the deny-by-default fallback policy is for endpoints without a policy).
        app.Use((ctx, next) =>
        {
            if (ctx.GetEndpoint() is not null) return next(ctx);
            ctx.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        app.UseUploadLimits();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseApiAntiforgery();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapRazorPages();
        return app;
    }
}
