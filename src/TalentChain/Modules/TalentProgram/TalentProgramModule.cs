namespace TalentChain.Modules.TalentProgram;

/// <summary>Talent program module: service registration, endpoints and CLI verbs.</summary>
public static class TalentProgramModule
{
    /// <summary>The module's CLI verbs (registered by the composition root before the app is built).</summary>
    public static IEnumerable<Func<Func<WebApplication>, System.CommandLine.Command>> CliCommands => [];

    public static IServiceCollection AddTalentProgram(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapTalentProgram(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
