using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Audit;

public static class AuditEndpoints
{
    public static IServiceCollection AddAuditLog(this IServiceCollection services) => services.AddScoped<SearchAuditLogHandler>();

    public static IEndpointRouteBuilder MapAuditLog(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization(Policies.AuditRead);
        api.MapGet("/", async Task<Ok<AuditPage>> ([AsParameters] AuditQuery query, SearchAuditLogHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .WithName("SearchAuditLog").WithSummary("Search the audit log, newest first (filters: entity, key, user, action, from, to).");
        api.MapPost("/verify", async Task<Ok<AuditVerification>> (TalentChainDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await AuditVerifier.VerifyAsync(db, ct)))
            .WithName("VerifyAuditLog").WithSummary("Recompute the hash chain; reports the first broken link.");
        return app;
    }
}
