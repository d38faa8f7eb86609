using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Jobs;

namespace TalentChain.Platform.Audit;

public static class AuditEndpoints
{
    public static IServiceCollection AddAuditLog(this IServiceCollection services)
    {
        services.AddScoped<SearchAuditLogHandler>();
        services.AddScoped<VerifyAuditLogHandler>();
        services.AddScoped<AuditCheckpointWriter>();
        services.AddOptions<AuditAnchorOptions>().BindConfiguration(AuditAnchorOptions.Section);
        // Loaded once; in Development a missing key is generated into a file under data/, outside the database.
        services.AddSingleton(sp => AuditAnchorKeys.Load(sp.GetRequiredService<IOptions<AuditAnchorOptions>>().Value, sp.GetRequiredService<IHostEnvironment>(), generateDevelopmentKey: true));
        services.AddSingleton<AuditCheckpointFile>();
        services.AddHostedService<AuditAnchorStartup>();
        services.AddPeriodicTask<AuditCheckpointTask>();
        return services;
    }

    public static IEndpointRouteBuilder MapAuditLog(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization(Policies.AuditRead);
        api.MapGet("/", async Task<Ok<AuditPage>> ([AsParameters] AuditQuery query, SearchAuditLogHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .WithName("SearchAuditLog").WithSummary("Search the audit log, newest first (filters: entity, key, user, action, from, to).");
        api.MapPost("/verify", async Task<Ok<AuditVerification>> (VerifyAuditLogHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(ct)))
            .WithName("VerifyAuditLog")
            .WithSummary("Recompute the hash chain and check it against every signed checkpoint: reports a broken link, truncation, a rewrite or a forged checkpoint; messages in the request's language.");
        api.MapPost("/checkpoint", async Task<Ok<AuditCheckpointResult>> (AuditCheckpointWriter writer, CancellationToken ct) =>
            TypedResults.Ok(await writer.WriteAsync(ct)))
            .WithName("WriteAuditCheckpoint")
            .WithSummary("Sign the chain's head and append it to the checkpoint file now (nothing is written when the head did not move).");
        return app;
    }
}
