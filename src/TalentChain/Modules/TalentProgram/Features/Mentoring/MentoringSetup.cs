namespace TalentChain.Modules.TalentProgram.Features.Mentoring;

/// <summary>1+1+1 mentor matching rounds: services and endpoints (registered by TalentProgramModule).</summary>
public static class MentoringSetup
{
    public static IServiceCollection AddMentoring(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapMentoringEndpoints(this IEndpointRouteBuilder app) => app;
}
