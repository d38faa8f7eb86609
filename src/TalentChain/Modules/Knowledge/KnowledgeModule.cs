namespace TalentChain.Modules.Knowledge;

/// <summary>Knowledge continuity module: service registration, endpoints and CLI verbs.</summary>
public static class KnowledgeModule
{
    /// <summary>The module's CLI verbs (registered by the composition root before the app is built).</summary>
    public static IEnumerable<Func<Func<WebApplication>, System.CommandLine.Command>> CliCommands => [];

    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledge(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
