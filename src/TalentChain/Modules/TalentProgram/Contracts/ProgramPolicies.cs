using System.Security.Claims;
using TalentChain.Platform.Auth;

using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram.Contracts;

/// <summary>Module authorization policies (role level; record-level checks are <see cref="ProgramAccess"/>).</summary>
public static class ProgramPolicies
{
    /// <summary>Run programs, cohorts, gates, mentors, the training catalog: Administrator, ProgramManager.</summary>
    public const string Manage = "TalentProgram.Manage";
    /// <summary>Anyone signed in; what they see is narrowed per record (own plan, mentees', reports').</summary>
    public const string Use = "TalentProgram.Use";
    /// <summary>Dashboards and exports: program managers, administrators, executives.</summary>
    public const string Dashboard = "TalentProgram.Dashboard";

    public static readonly string[] ManagerRoles = [Roles.Administrator, Roles.ProgramManager];

    public static IServiceCollection AddProgramPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Manage, p => p.RequireRole(ManagerRoles))
            .AddPolicy(Use, p => p.RequireAuthenticatedUser())
            .AddPolicy(Dashboard, p => p.RequireRole(Roles.Administrator, Roles.ProgramManager, Roles.Executive));
        return services;
    }

    public static bool IsManager(ClaimsPrincipal user) => ManagerRoles.Any(user.IsInRole);
}
