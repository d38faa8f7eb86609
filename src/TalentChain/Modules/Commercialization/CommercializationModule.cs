using TalentChain.Modules.Commercialization.Features;
using TalentChain.Modules.Commercialization.Features.Rewards;

namespace TalentChain.Modules.Commercialization;

/// <summary>
/// Commercialization (成果转化): invention disclosures (发明披露), their evaluation and decision, IP protection (patent
/// families, filings, computed deadlines with reminders), legal advisory and knowledge-sharing sessions. Go-to-market
/// deals and rewards live in the same module (the deals part).
/// </summary>
public static class CommercializationModule
{
    public static IServiceCollection AddCommercialization(this IServiceCollection services)
    {
        services.AddCommercializationPolicies();
        services.AddScoped<CommercializationAccess>();
        services.AddScoped<CommercializationText>();
        services.AddDeals();
        return services;
    }

    public static IEndpointRouteBuilder MapCommercialization(this IEndpointRouteBuilder app)
    {
        app.MapCommercializationEndpoints();
        app.MapDealsEndpoints();
        return app;
    }
}
