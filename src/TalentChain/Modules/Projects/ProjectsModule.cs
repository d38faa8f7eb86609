using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Projects.Contracts;
using TalentChain.Modules.Projects.Demo;
using TalentChain.Modules.Projects.Features;
using TalentChain.Modules.Projects.Features.Catalog;
using TalentChain.Modules.Projects.Features.Exports;
using TalentChain.Modules.Projects.Features.Network;
using TalentChain.Modules.Projects.Features.Rounds;
using TalentChain.Platform.Demo;
using TalentChain.Platform.Jobs;

namespace TalentChain.Modules.Projects;

/// <summary>
/// Strategic and advanced-technology projects (重大战略项目 / 前沿技术项目): projects with classified need-to-know, roles that
/// need skills, members; placement rounds that put a cohort's participants on open roles for the most development
/// value (an exact solve as a background job), published into memberships and development plans; and each person's
/// network and perspective through rotations and projects.
/// </summary>
public static class ProjectsModule
{
    public static IServiceCollection AddProjects(this IServiceCollection services)
    {
        services.AddProjectsPolicies();
        services.AddScoped<ProjectsText>();
        services.AddScoped<ProjectsAccess>();
        services.AddScoped<ProjectsHandler>();
        services.AddScoped<RoundModels>();
        services.AddScoped<RoundsHandler>();
        services.AddScoped<SolveRound>();
        services.AddScoped<PublishRound>();
        services.AddScoped<ProjectsExport>();
        services.AddScoped<Perspective>();
        services.AddScoped<IPerspective>(sp => sp.GetRequiredService<Perspective>());
        services.AddScoped<IProfileSection, NetworkProfileSection>();
        services.AddJobWork<PlacementSolveWork>(SolveRound.JobKind);
        services.AddScoped<IDemoDataContributor, ProjectsDemoData>();
        return services;
    }

    /// <summary>/api/v1/projects: everything the projects pages do.</summary>
    public static IEndpointRouteBuilder MapProjects(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/projects").WithTags("Projects").RequireAuthorization(ProjectsPolicies.Use)
            .MapPlacementRounds(app)
            .MapNetwork()
            .MapProjectCatalog(app);
        return app;
    }
}
