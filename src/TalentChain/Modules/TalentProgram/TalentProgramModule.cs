using TalentChain.Modules.TalentProgram.Demo;
using TalentChain.Modules.TalentProgram.Features.Calendar;
using TalentChain.Modules.TalentProgram.Features.Cohorts;
using TalentChain.Modules.TalentProgram.Features.Dashboard;
using TalentChain.Modules.TalentProgram.Features.Participants;
using TalentChain.Modules.TalentProgram.Features.Plans;
using TalentChain.Modules.TalentProgram.Features.Programs;
using TalentChain.Modules.TalentProgram.Features.Reviews;
using TalentChain.Modules.TalentProgram.Features.Training;
using TalentChain.Platform.Demo;

using TalentChain.Modules.TalentProgram.Contracts;

using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram;

/// <summary>
/// Talent program: programs and cohorts, the 1+5+N stage engine with gates, versioned development plans with
/// six-monthly reviews, mentor assignments, the multilayer training stack, the cohort dashboard and calendar feeds.
/// </summary>
public static class TalentProgramModule
{
    /// <summary>The module's CLI verbs (registered by the composition root before the app is built).</summary>
    public static IEnumerable<Func<Func<WebApplication>, System.CommandLine.Command>> CliCommands => [ProgramCli.Create, SolveCli.Create];

    public static IServiceCollection AddTalentProgram(this IServiceCollection services)
    {
        services.AddProgramPolicies();
        services.AddScoped<ProgramAccess>();
        services.AddScoped<IProgramAccess>(sp => sp.GetRequiredService<ProgramAccess>());
        services.AddScoped<TalentChain.Modules.People.Contracts.ISkillLevelAudience, ProgramSkillAudience>();
        services.AddScoped<ProgramHandlers>();
        services.AddScoped<CohortHandlers>();
        services.AddScoped<ParticipantHandlers>();
        services.AddScoped<PlanEditing>();
        services.AddScoped<Features.Plans.ViewPlan.GetPlan>();
        services.AddScoped<Features.Plans.CompareVersions.ComparePlanVersions>();
        services.AddScoped<Features.Plans.EditGoals.EditPlanGoals>();
        services.AddScoped<Features.Plans.EditActivities.EditPlanActivities>();
        services.AddScoped<Features.Plans.RemoveItem.RemovePlanItem>();
        services.AddScoped<Features.Plans.AcceptProposal.AcceptProposedItem>();
        services.AddScoped<PlanChoices>();
        services.AddScoped<ReviewHandlers>();
        // Knowledge's flight-risk score counts the program's reviews; its coverage goes stale when they or participants change.
        services.AddScoped<TalentChain.Modules.Knowledge.Contracts.IFlightRiskFactor, ProgramReviewFactor>();
        services.AddScoped<TalentChain.Modules.Knowledge.Contracts.IProgramParticipations, ProgramParticipations>();
        services.AddSingleton(new TalentChain.Modules.Knowledge.Contracts.FlightRiskInputs(typeof(Domain.Review), typeof(Domain.Participant)));
        services.AddScoped<SessionViews>();
        services.AddScoped<Features.Training.Catalog.TrainingCatalog>();
        services.AddScoped<Features.Training.Sessions.TrainingSessions>();
        services.AddScoped<Features.Training.Calendar.TrainingCalendar>();
        services.AddScoped<Features.Training.Enrol.Enrolments>();
        services.AddScoped<Features.Training.RecordResults.RecordTrainingResult>();
        services.AddScoped<DashboardHandler>();
        services.AddScoped<TalentChain.Platform.Calendar.ICalendarSource, ProgramCalendarSource>();
        services.AddReviewReminders();
        services.AddScoped<IDemoDataContributor, ProgramDemoData>();
        services.AddScoped<IMentorAssignments, MentorAssignments>();
        services.AddScoped<IOpenPlanGoals, OpenPlanGoals>();
        services.AddScoped<IPlanActivities, PlanActivities>();
        services.AddScoped<ICourseCompletions, CourseCompletions>();
        services.AddScoped<IStageSchedule, StageSchedule>();
        return services;
    }

    public static IEndpointRouteBuilder MapTalentProgram(this IEndpointRouteBuilder app)
    {
        app.MapProgramEndpoints();
        app.MapCohortEndpoints();
        app.MapParticipantEndpoints();
        app.MapPlanEndpoints();
        app.MapReviewEndpoints();
        app.MapTrainingEndpoints();
        app.MapDashboardEndpoints();
        return app;
    }
}
