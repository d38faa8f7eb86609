using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.Knowledge.Demo;
using TalentChain.Modules.Knowledge.Features;
using TalentChain.Modules.Knowledge.Features.Access;
using TalentChain.Modules.Knowledge.Features.Coverage;
using TalentChain.Modules.Knowledge.Features.Departures;
using TalentChain.Modules.Knowledge.Features.FlightRisk;
using TalentChain.Modules.Knowledge.Features.Register;
using TalentChain.Modules.Knowledge.Features.Roster;
using TalentChain.Modules.Knowledge.Features.Succession;
using TalentChain.Modules.Knowledge.Features.Turnover;
using TalentChain.Platform.Data;
using TalentChain.Platform.Demo;
using TalentChain.Platform.Jobs;

namespace TalentChain.Modules.Knowledge;

/// <summary>Knowledge continuity module: service registration, endpoints and CLI verbs.</summary>
public static class KnowledgeModule
{
    /// <summary>The module's CLI verbs (registered by the composition root before the app is built).</summary>
    public static IEnumerable<Func<Func<WebApplication>, System.CommandLine.Command>> CliCommands => [KnowledgeCli.Create];

    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddKnowledgePolicies();
        services.AddScoped<ISaveChangesHook, CoverageStaleHook>();
        services.AddScoped<IDemoDataContributor, KnowledgeDemoData>();
        services.AddScoped<KnowledgeText>();
        services.AddScoped<KnowledgeAccess>();
        // The built-in flight-risk factors; other modules add theirs the same way.
        services.AddScoped<IFlightRiskFactor, TenureFactor>();
        services.AddScoped<IFlightRiskFactor, AdvancementFactor>();
        services.AddScoped<IFlightRiskFactor, CompensationFactor>();
        services.AddScoped<IFlightRiskFactor, ManagerChangeFactor>();
        services.AddScoped<IFlightRiskFactor, ReviewFactor>();
        services.AddScoped<IFlightRiskFactor, ManagerViewFactor>();
        services.AddScoped<FlightRiskService>();
        services.AddScoped<CoverageService>();
        services.AddScoped<RegisterHandlers>();
        services.AddScoped<FlightRiskHandlers>();
        services.AddScoped<SuccessionHandlers>();
        services.AddScoped<DepartureHandlers>();
        services.AddScoped<IOpenDepartures, OpenDepartures>();
        services.AddScoped<AccessHandlers>();
        services.AddScoped<ICriticalTechnologyRegister, CriticalTechnologyRegister>();
        services.AddScoped<TurnoverHandler>();
        services.AddScoped<RosterHandler>();
        // People asks through its contract which skills' levels are need-to-know (the register's sensitive entries).
        services.AddScoped<TalentChain.Modules.People.Contracts.ISkillSensitivity, RegisterSkillSensitivity>();
        services.AddPeriodicTask<CoverageRefreshTask>();
        services.AddPeriodicTask<GrantExpiryReminderTask>();
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledge(this IEndpointRouteBuilder app)
    {
        app.MapKnowledgeEndpoints();
        return app;
    }
}
