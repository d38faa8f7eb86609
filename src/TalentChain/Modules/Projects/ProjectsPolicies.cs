using TalentChain.Platform.Auth;

namespace TalentChain.Modules.Projects;

/// <summary>
/// The module's authorization policies. Use: anyone signed in — what they see is narrowed per record (classified
/// projects are need-to-know, rounds belong to the programs a manager runs, a network to the person and those above
/// them). Manage: program managers and administrators (projects, placement rounds).
/// </summary>
public static class ProjectsPolicies
{
    public const string Use = "Projects.Use";
    public const string Manage = "Projects.Manage";

    public static IServiceCollection AddProjectsPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Use, p => p.RequireAuthenticatedUser())
            .AddPolicy(Manage, p => p.RequireRole(Roles.Administrator, Roles.ProgramManager));
        return services;
    }
}
