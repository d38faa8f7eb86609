using TalentChain.Modules.People.Demo;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Features.Directory;
using TalentChain.Platform.Data;
using TalentChain.Platform.Demo;

namespace TalentChain.Modules.People;

/// <summary>People &amp; skills: employees, org units, the expertise taxonomy, skill records, directory, imports.</summary>
public static class PeopleModule
{
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddScoped<ISaveChangesHook, EmploymentTimelineHook>();
        services.AddScoped<IDemoDataContributor, PeopleDemoData>();
        services.AddDirectory();
        return services;
    }

    public static IEndpointRouteBuilder MapPeople(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("People");
        _ = api;
        app.MapEmployees();
        return app;
    }
}
