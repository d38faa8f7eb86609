using TalentChain.Modules.Mentoring.Demo;
using TalentChain.Modules.Mentoring.Features.Mentoring;
using TalentChain.Platform.Demo;
using TalentChain.Platform.Jobs;

namespace TalentChain.Modules.Mentoring;

/// <summary>
/// Mentoring: 1+1+1 mentor matching rounds of a cohort (rules, volunteers, pins and forbids, eligibility explained,
/// the solver as a background job, interchange files, publish with a waitlist) and the relationships that follow
/// (meeting logs, completion, re-match, a departing mentor). Built on the talent program through its contracts:
/// the program keeps the mentor assignments; this module starts and ends them through <c>IMentorAssignments</c>.
/// </summary>
public static class MentoringModule
{
    public static IServiceCollection AddMentoring(this IServiceCollection services)
    {
        services.AddScoped<MentoringRoundHandlers>();
        services.AddJobWork<MentoringSolveWork>(MentoringRoundHandlers.JobKind);
        services.AddScoped<RelationshipHandlers>();
        services.AddScoped<MentoringAccess>();
        services.AddScoped<MentoringMe>();
        services.AddPeriodicTask<MentorDepartureTask>();
        services.AddScoped<IDemoDataContributor, MentoringDemoData>();
        return services;
    }

    public static IEndpointRouteBuilder MapMentoring(this IEndpointRouteBuilder app) => app.MapMentoringApi();
}
