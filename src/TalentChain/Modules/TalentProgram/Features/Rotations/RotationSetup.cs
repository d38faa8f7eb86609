using TalentChain.Modules.TalentProgram.Demo;
using TalentChain.Platform.Demo;
using TalentChain.Platform.Jobs;

namespace TalentChain.Modules.TalentProgram.Features.Rotations;

/// <summary>1+5+N rotation planning: services and endpoints (registered by TalentProgramModule).</summary>
public static class RotationSetup
{
    public static IServiceCollection AddRotations(this IServiceCollection services)
    {
        services.AddScoped<RotationHandlers>();
        services.AddJobWork<RotationSolveWork>(RotationHandlers.JobKind);
        services.AddScoped<RotationAccess>();
        services.AddScoped<IDemoDataContributor, RotationDemoData>();
        return services;
    }

    public static IEndpointRouteBuilder MapRotationEndpoints(this IEndpointRouteBuilder app) => app.MapRotationApi();
}
