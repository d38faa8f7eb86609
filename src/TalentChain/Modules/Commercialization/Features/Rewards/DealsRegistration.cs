using TalentChain.Modules.Commercialization.Demo;
using TalentChain.Modules.Commercialization.Features.GoToMarket;
using TalentChain.Modules.Commercialization.Features.Revenue;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Platform.Demo;

namespace TalentChain.Modules.Commercialization.Features.Rewards;

/// <summary>The deals part of the module (go-to-market, revenue, rewards); <see cref="CommercializationModule"/> calls these.</summary>
public static class DealsRegistration
{
    public static IServiceCollection AddDeals(this IServiceCollection services)
    {
        services.AddScoped<DealsText>();
        services.AddScoped<ProjectAccess>();
        services.AddScoped<ConversionProjects>();
        services.AddScoped<DealHandlers>();
        services.AddScoped<RevenueHandlers>();
        services.AddScoped<RewardPolicies>();
        services.AddScoped<RewardPools>();
        services.AddScoped<RewardHandlers>();
        services.AddScoped<DealsExports>();
        services.AddScoped<Contracts.IConversionRewards, ConversionRewards>();
        services.AddScoped<People.Contracts.IProfileSection, ConversionRewardsProfileSection>();
        services.AddScoped<IDemoDataContributor, DealsDemoData>();
        return services;
    }
}
