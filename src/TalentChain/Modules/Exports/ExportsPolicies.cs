using TalentChain.Platform.Auth;

namespace TalentChain.Modules.Exports;

/// <summary>The module's authorization policies: trade compliance manages, executives read analytics and risk, nobody else sees it.</summary>
public static class ExportsPolicies
{
    /// <summary>Control list, parties, applications, licences, shipments, calendars.</summary>
    public const string Manage = "Exports.Manage";
    /// <summary>Analytics and the shortage-risk board.</summary>
    public const string ReadInsights = "Exports.ReadInsights";
    /// <summary>Technology-export checks: anyone signed in; narrowed per record (officer and administrators manage, the technology-transfer office and the requester see, others 404).</summary>
    public const string TechnologyChecks = "Exports.TechnologyChecks";

    public static IServiceCollection AddExportsPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Manage, p => p.RequireRole(Roles.TradeComplianceOfficer, Roles.Administrator))
            .AddPolicy(TechnologyChecks, p => p.RequireAuthenticatedUser())
            .AddPolicy(ReadInsights, p => p.RequireRole(Roles.TradeComplianceOfficer, Roles.Administrator, Roles.Executive));
        return services;
    }
}
