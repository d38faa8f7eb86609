using TalentChain.Modules.Education.Demo;
using TalentChain.Modules.Education.Features;
using TalentChain.Modules.Education.Features.Claims;
using TalentChain.Modules.Education.Features.Clawbacks;
using TalentChain.Modules.Education.Features.Degrees;
using TalentChain.Modules.Education.Features.Milestones;
using TalentChain.Modules.Education.Features.Policy;
using TalentChain.Modules.Education.Features.Reminders;
using TalentChain.Modules.Education.Features.Summary;
using TalentChain.Modules.Education.Features.Universities;
using TalentChain.Platform.Demo;
using TalentChain.Platform.Jobs;

namespace TalentChain.Modules.Education;

/// <summary>
/// On-the-job degrees (在职学历教育): applications, training agreements with a service commitment (服务期), milestones,
/// tuition claims (学费报销) against caps, and repayments (违约金) when someone leaves before the commitment ends.
/// </summary>
public static class EducationModule
{
    public static IServiceCollection AddEducation(this IServiceCollection services)
    {
        services.AddEducationPolicies();
        services.AddScoped<EducationAccess>();
        services.AddScoped<EducationText>();
        services.AddScoped<EducationPolicyReader>();
        services.AddScoped<UpdatePolicy>();
        services.AddScoped<DegreeReader>();
        services.AddScoped<ApplyForDegree>();
        services.AddScoped<DecideDegree>();
        services.AddScoped<CreateAgreement>();
        services.AddScoped<MilestoneHandlers>();
        services.AddScoped<ClaimHandlers>();
        services.AddScoped<ClawbackHandlers>();
        services.AddScoped<UniversityHandlers>();
        services.AddScoped<EducationSummary>();
        services.AddScoped<EducationExports>();
        services.AddScoped<TalentChain.Modules.Knowledge.Contracts.IDepartureObligations, EducationDepartureObligations>();
        services.AddScoped<TalentChain.Modules.People.Contracts.IProfileSection, EducationProfileSection>();
        services.AddScoped<TalentChain.Platform.Calendar.ICalendarSource, EducationCalendarSource>();
        services.AddPeriodicTask<MilestoneReminderTask>();
        services.AddPeriodicTask<ClawbackCasesTask>();
        services.AddScoped<IDemoDataContributor, EducationDemoData>();
        return services;
    }

    public static IEndpointRouteBuilder MapEducation(this IEndpointRouteBuilder app)
    {
        app.MapEducationEndpoints();
        return app;
    }
}
