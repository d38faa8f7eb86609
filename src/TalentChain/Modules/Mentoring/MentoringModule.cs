using TalentChain.Modules.Mentoring.Demo;
using TalentChain.Modules.Mentoring.Features.Eligibility;
using TalentChain.Modules.Mentoring.Features.EndRelationship;
using TalentChain.Modules.Mentoring.Features.Interchange;
using TalentChain.Modules.Mentoring.Features.ListRounds;
using TalentChain.Modules.Mentoring.Features.Meetings;
using TalentChain.Modules.Mentoring.Features.MyMentoring;
using TalentChain.Modules.Mentoring.Features.OpenRound;
using TalentChain.Modules.Mentoring.Features.PairRules;
using TalentChain.Modules.Mentoring.Features.PublishRound;
using TalentChain.Modules.Mentoring.Features.Relationships;
using TalentChain.Modules.Mentoring.Features.RoundDetail;
using TalentChain.Modules.Mentoring.Features.RoundParticipants;
using TalentChain.Modules.Mentoring.Features.Rules;
using TalentChain.Modules.Mentoring.Features.SolveRound;
using TalentChain.Modules.Mentoring.Features.Volunteers;
using TalentChain.Modules.Mentoring.Features.Waitlist;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Platform.Demo;
using TalentChain.Platform.Jobs;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;
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
        services.AddScoped<RoundLoader>();
        services.AddScoped<MentoringLabels>();
        services.AddScoped<MentoringAccess>();
        services.AddScoped<RulesHandler>();
        services.AddScoped<ListRoundsHandler>();
        services.AddScoped<OpenRoundHandler>();
        services.AddScoped<RoundDetailHandler>();
        services.AddScoped<EligibilityHandler>();
        services.AddScoped<RoundParticipantsHandler>();
        services.AddScoped<VolunteersHandler>();
        services.AddScoped<PairRulesHandler>();
        services.AddScoped<SolveRoundHandler>();
        services.AddJobWork<MentoringSolveWork>(SolveRoundHandler.JobKind);
        services.AddScoped<InterchangeHandler>();
        services.AddScoped<PublishRoundHandler>();
        services.AddScoped<WaitlistHandler>();
        services.AddScoped<RelationshipsHandler>();
        services.AddScoped<MeetingsHandler>();
        services.AddScoped<EndRelationshipHandler>();
        services.AddPeriodicTask<MentorDepartureTask>();
        services.AddScoped<MyMentoringHandler>();
        services.AddScoped<IDemoDataContributor, MentoringDemoData>();
        return services;
    }

    /// <summary>The module's API under /api/v1/program/mentoring (the program's policies), one mapping per use case.</summary>
    public static IEndpointRouteBuilder MapMentoring(this IEndpointRouteBuilder app)
    {
        var api = app.MentoringGroup();
        api.MapMyMentoring();
        api.MapListRounds();
        api.MapOpenRound();
        api.MapRoundDetail();
        api.MapEligibility();
        api.MapRoundParticipants();
        api.MapVolunteers();
        api.MapPairRules();
        api.MapSolveRound();
        api.MapInterchange();
        api.MapPublishRound();
        api.MapWaitlist();
        api.MapRules();
        api.MapRelationships();
        api.MapMeetings();
        api.MapEndRelationship();
        return app;
    }
}
