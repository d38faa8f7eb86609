using TalentChain.Modules.Rotations.Demo;
using TalentChain.Modules.Rotations.Features;
using TalentChain.Modules.Rotations.Features.CreatePlan;
using TalentChain.Modules.Rotations.Features.Interchange;
using TalentChain.Modules.Rotations.Features.ListPlans;
using TalentChain.Modules.Rotations.Features.Offers;
using TalentChain.Modules.Rotations.Features.Participants;
using TalentChain.Modules.Rotations.Features.PlanDetail;
using TalentChain.Modules.Rotations.Features.Preferences;
using TalentChain.Modules.Rotations.Features.Publish;
using TalentChain.Modules.Rotations.Features.ReviewProposal;
using TalentChain.Modules.Rotations.Features.Settings;
using TalentChain.Modules.Rotations.Features.Solve;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Demo;
using TalentChain.Platform.Jobs;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations;

/// <summary>
/// 1+5+N rotation planning of a cohort: settings, host-unit offers, start periods and preferences, solving as a background
/// job, review by hand, publishing into the program's stage engine (through its contract), and the interchange files.
/// </summary>
public static class RotationsModule
{
    public static IServiceCollection AddRotations(this IServiceCollection services)
    {
        services.AddScoped<RotationNames>();
        services.AddScoped<RotationPlans>();
        services.AddScoped<RotationAccess>();
        services.AddScoped<ListRotationPlans>();
        services.AddScoped<CreateRotationPlan>();
        services.AddScoped<GetRotationPlan>();
        services.AddScoped<UpdatePlanSettings>();
        services.AddScoped<RotationOffers>();
        services.AddScoped<RotationMembers>();
        services.AddScoped<RotationPreferences>();
        services.AddScoped<SolveRotationPlan>();
        services.AddScoped<AdjustRotationProposal>();
        services.AddScoped<PublishRotationPlan>();
        services.AddScoped<RotationInterchange>();
        services.AddJobWork<RotationSolveWork>(SolveRotationPlan.JobKind);
        services.AddScoped<IStagePublishedRotations, PublishedRotations>();
        services.AddScoped<IDemoDataContributor, RotationDemoData>();
        return services;
    }

    /// <summary>/api/v1/program/rotations: everything the rotation-planning pages do.</summary>
    public static IEndpointRouteBuilder MapRotations(this IEndpointRouteBuilder app)
    {
        app.ProgramGroup("/api/v1/program/rotations", "Talent program: rotation planning")
            .MapListRotationPlans()
            .MapCreateRotationPlan()
            .MapGetRotationPlan()
            .MapUpdatePlanSettings()
            .MapRotationOffers()
            .MapSyncRotationParticipants()
            .MapSetRotationStartPeriod()
            .MapGetRotationParticipant()
            .MapSetRotationPreferences()
            .MapSolveRotationPlan()
            .MapGetRotationPlanJob()
            .MapAdjustRotationProposal()
            .MapPublishRotationPlan()
            .MapRotationInterchange();
        return app;
    }
}
