using TalentChain.Platform.Auth;

namespace TalentChain.Modules.Careers;

/// <summary>
/// The module's authorization policies. Use: anyone signed in — what they see is narrowed per record (own, reports',
/// their committee's). Manage: program managers and administrators (ladders, headcount, decisions, grants).
/// Summary: aggregates per unit for executives.
/// </summary>
public static class CareersPolicies
{
    public const string Use = "Careers.Use";
    public const string Manage = "Careers.Manage";
    public const string Summary = "Careers.Summary";

    public static IServiceCollection AddCareersPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Use, p => p.RequireAuthenticatedUser())
            .AddPolicy(Manage, p => p.RequireRole(Roles.Administrator, Roles.ProgramManager))
            .AddPolicy(Summary, p => p.RequireRole(Roles.Administrator, Roles.ProgramManager, Roles.Executive));
        return services;
    }
}
