using TalentChain.Modules.Labs.Demo;
using TalentChain.Modules.Labs.Features;
using TalentChain.Modules.Labs.Features.BadgeLog;
using TalentChain.Modules.Labs.Features.Daily;
using TalentChain.Modules.Labs.Features.Grants;
using TalentChain.Modules.Labs.Features.Qualifications;
using TalentChain.Modules.Labs.Features.Units;
using TalentChain.Platform.Demo;
using TalentChain.Platform.Jobs;

namespace TalentChain.Modules.Labs;

/// <summary>
/// Labs and R&amp;D centres (研发中心/实验室): restricted areas, qualifications with validity (上岗资质), access grants
/// (准入授权) suspended the day a required qualification lapses and reinstated when it is renewed, and door-access logs
/// (门禁记录) checked against the grants.
/// </summary>
public static class LabsModule
{
    public static IServiceCollection AddLabs(this IServiceCollection services)
    {
        services.AddLabsPolicies();
        services.AddScoped<LabsAccess>();
        services.AddScoped<LabsText>();
        services.AddScoped<LabUnits>();
        services.AddScoped<QualificationTypes>();
        services.AddScoped<QualificationRecords>();
        services.AddScoped<GrantStates>();
        services.AddScoped<GrantHandlers>();
        services.AddScoped<BadgeFlags>();
        services.AddScoped<BadgeLogImport>();
        services.AddScoped<BadgeReport>();
        services.AddScoped<LabsExports>();
        services.AddScoped<TalentChain.Modules.TalentProgram.Contracts.ICourseCompletionListener, LabsCourseCompletionListener>();
        services.AddScoped<TalentChain.Modules.People.Contracts.IProfileSection, LabsProfileSection>();
        services.AddScoped<TalentChain.Platform.Calendar.ICalendarSource, LabsCalendarSource>();
        services.AddPeriodicTask<LabsDailyTask>();
        services.AddScoped<IDemoDataContributor, LabsDemoData>();
        return services;
    }

    public static IEndpointRouteBuilder MapLabs(this IEndpointRouteBuilder app)
    {
        app.MapLabsEndpoints();
        return app;
    }
}
