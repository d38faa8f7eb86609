using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People.Demo;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Features.Taxonomy;
using TalentChain.Modules.People.Features.Import;
using TalentChain.Modules.People.Features.Directory;
using TalentChain.Platform.Data;
using TalentChain.Platform.Demo;

namespace TalentChain.Modules.People;

/// <summary>People &amp; skills: employees, org units, the expertise taxonomy, skill records, directory, imports.</summary>
public static class PeopleModule
{
    /// <summary>The module's CLI verbs (registered by the composition root before the app is built).</summary>
    public static IEnumerable<Func<Func<WebApplication>, System.CommandLine.Command>> CliCommands => [ImportCli.Create];

    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddScoped<ISaveChangesHook, EmploymentTimelineHook>();
        services.AddScoped<IDemoDataContributor, PeopleDemoData>();
        services.AddScoped<PeopleLabels>();
        services.AddScoped<IPeopleLabels>(sp => sp.GetRequiredService<PeopleLabels>());
        // The home page's enterprise-wide figures (route "/"): People's counts, computed at most once a minute per node.
        services.AddSingleton<Features.Overview.HomeFigures>();
        // Contract for other modules; ISkillSensitivity (Knowledge) and ISkillLevelAudience (others) come the other way.
        services.AddScoped<ManagementChain>();
        services.AddScoped<IManagementChain>(sp => sp.GetRequiredService<ManagementChain>());
        services.AddScoped<IPeopleDirectory, PeopleDirectory>();
        // What the platform asks about employees (account links, notification addresses, "is the database empty?").
        services.AddScoped<IEmployeeRegistry, EmployeeRegistry>();
        services.AddOrgTaxonomySkills();
        services.AddImports();
        services.AddDirectory();
        return services;
    }

    public static IEndpointRouteBuilder MapPeople(this IEndpointRouteBuilder app)
    {
        app.MapOrgTaxonomySkills();
        app.MapImports();
        app.MapEmployees();
        return app;
    }
}
