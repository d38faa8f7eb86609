using TalentChain.Modules.TalentProgram.Demo;
using TalentChain.Platform.Demo;
using TalentChain.Platform.Jobs;

namespace TalentChain.Modules.TalentProgram.Features.Mentoring;

/// <summary>1+1+1 mentor matching rounds: services and endpoints (registered by TalentProgramModule).</summary>
public static class MentoringSetup
{
    public static IServiceCollection AddMentoring(this IServiceCollection services)
    {
        services.AddScoped<MentoringRoundHandlers>();
        services.AddJobWork<MentoringSolveWork>(MentoringRoundHandlers.JobKind);
        services.AddScoped<RelationshipHandlers>();
        services.AddScoped<MentoringAccess>();
        services.AddScoped<MentoringMe>();
        services.AddPeriodicTask<MentorDepartureTask>();
        services.AddScoped<IDemoDataContributor, MentoringDemoData>();
        return services;
    }

    public static IEndpointRouteBuilder MapMentoringEndpoints(this IEndpointRouteBuilder app) => app.MapMentoringApi();
}
