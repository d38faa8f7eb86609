using TalentChain.Modules.Careers.Demo;
using TalentChain.Modules.Careers.Features;
using TalentChain.Modules.Careers.Features.Appointments;
using TalentChain.Modules.Careers.Features.Headcount;
using TalentChain.Modules.Careers.Features.Ladders;
using TalentChain.Modules.Careers.Features.Overview;
using TalentChain.Modules.Careers.Features.Profile;
using TalentChain.Modules.Careers.Features.Titles;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Demo;

namespace TalentChain.Modules.Careers;

/// <summary>
/// Career pathways: tracks and title series as data, reserved headcount, appointments (聘任) with committee votes and
/// public notice (公示), and professional-title applications (职称评审) granted onto People's timeline.
/// </summary>
public static class CareersModule
{
    public static IServiceCollection AddCareers(this IServiceCollection services)
    {
        services.AddCareersPolicies();
        services.AddScoped<CareersText>();
        services.AddScoped<CareersAccess>();
        services.AddScoped<Eligibility>();
        services.AddScoped<LaddersHandler>();
        services.AddScoped<HeadcountHandler>();
        services.AddScoped<AppointmentsHandler>();
        services.AddScoped<TitleCalls>();
        services.AddScoped<TitleApplications>();
        services.AddScoped<CareersOverview>();
        services.AddScoped<CareersExport>();
        services.AddScoped<IProfileSection, CareersProfileSection>();
        services.AddScoped<IDemoDataContributor, CareersDemoData>();
        return services;
    }

    /// <summary>/api/v1/careers: everything the careers pages do.</summary>
    public static IEndpointRouteBuilder MapCareers(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/careers").WithTags("Careers").RequireAuthorization(CareersPolicies.Use)
            .MapLadders(app)
            .MapHeadcount(app)
            .MapAppointments(app)
            .MapTitles(app)
            .MapCareersOverview(app);
        return app;
    }
}
