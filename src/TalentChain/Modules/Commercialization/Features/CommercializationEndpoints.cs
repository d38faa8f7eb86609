namespace TalentChain.Modules.Commercialization.Features;

/// <summary>The module's JSON API under /api/v1/commercialization; every route calls the same handler as its page.</summary>
public static class CommercializationEndpoints
{
    public const string Prefix = "/api/v1/commercialization";

    public static IEndpointRouteBuilder MapCommercializationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("Commercialization: disclosures, evaluation, IP protection, legal advisory, sharing sessions");
        _ = api;
        return app;
    }
}
