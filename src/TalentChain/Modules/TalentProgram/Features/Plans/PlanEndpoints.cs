using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Features.Plans.AcceptProposal;
using TalentChain.Modules.TalentProgram.Features.Plans.CompareVersions;
using TalentChain.Modules.TalentProgram.Features.Plans.EditActivities;
using TalentChain.Modules.TalentProgram.Features.Plans.EditGoals;
using TalentChain.Modules.TalentProgram.Features.Plans.RemoveItem;
using TalentChain.Modules.TalentProgram.Features.Plans.ViewPlan;

namespace TalentChain.Modules.TalentProgram.Features.Plans;

/// <summary>The development-plan API: one group, each use case maps its own endpoints (in its folder, next to its handler).</summary>
public static class PlanEndpoints
{
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        app.ProgramGroup("/api/v1/program/participants/{id:int}/plan", "Talent program: development plans")
            .MapGetPlan()
            .MapComparePlanVersions()
            .MapEditPlanGoals()
            .MapEditPlanActivities()
            .MapRemovePlanItem()
            .MapAcceptProposedItem();
        return app;
    }
}
