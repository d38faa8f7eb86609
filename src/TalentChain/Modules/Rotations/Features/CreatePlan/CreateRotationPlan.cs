using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Modules.Rotations.Features.Participants;
using TalentChain.Modules.Rotations.Features.PlanDetail;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.CreatePlan;

/// <summary>
/// A cohort's rotation plan, with defaults from the program's template (first period when the first rotation stage
/// starts; as many rotations as rotation stages). The cohort's active participants join with their default start period.
/// Refuses (403) a program manager acting on a program someone else runs.
/// </summary>
public sealed class CreateRotationPlan(
    TalentChainDbContext db, IProgramAccess access, IStageSchedule stages, RotationPlans plans, RotationMembers members, GetRotationPlan detail,
    IStringLocalizer<RotationsResource> t)
{
    public async Task<RotationPlanDetail> HandleAsync(System.Security.Claims.ClaimsPrincipal user, CreatePlanInput input, CancellationToken ct = default)
    {
        if (input.CohortId is { } requested) await access.RequireManagesAsync(user, ProgramScope.Cohort, requested, ct);
        var cohort = input.CohortId is { } cid ? await db.CohortRefs.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cid, ct) : null;
        if (cohort is null) throw ValidationFailedException.For(t["Plan.Invalid"], "cohortId", t["Plan.CohortUnknown", input.CohortId ?? 0]);
        if (await db.RotationPlans.AnyAsync(p => p.CohortId == cohort.Id, ct))
            throw ValidationFailedException.For(t["Plan.Invalid"], "cohortId", t["Plan.Exists", cohort.Name]);
        var template = await stages.RotationTemplateAsync(cohort.Id, ct) ?? new StageRotationTemplate(0, 0, null);
        var plan = new CohortRotationPlan
        {
            CohortId = cohort.Id,
            FirstPeriodStart = input.FirstPeriodStart ?? FirstOfMonth(cohort.StartDate.AddMonths(template.MonthsBeforeFirstRotation)),
            PeriodMonths = input.PeriodMonths ?? CohortRotationPlan.DefaultPeriodMonths,
            Periods = input.Periods ?? CohortRotationPlan.DefaultPeriods,
            RotationsPerParticipant = input.RotationsPerParticipant ?? (template.RotationStages > 0 ? template.RotationStages : 5),
            MinSegments = input.MinSegments ?? CohortRotationPlan.DefaultMinSegments,
        };
        plans.ValidateSettings(plan.FirstPeriodStart, plan.PeriodMonths, plan.Periods, plan.RotationsPerParticipant, plan.MinSegments);
        db.RotationPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        await members.SyncUncheckedAsync(plan.Id, ct);
        return await detail.HandleUncheckedAsync(plan.Id, ct);
    }

    private static DateOnly FirstOfMonth(DateOnly d) => new(d.Year, d.Month, 1);
}
