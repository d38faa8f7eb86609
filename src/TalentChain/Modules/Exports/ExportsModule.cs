namespace TalentChain.Modules.Exports;

/// <summary>Export licensing module: service registration, endpoints and CLI verbs.</summary>
public static class ExportsModule
{
    /// <summary>The module's CLI verbs (registered by the composition root before the app is built).</summary>
    public static IEnumerable<Func<Func<WebApplication>, System.CommandLine.Command>> CliCommands => [];

    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
