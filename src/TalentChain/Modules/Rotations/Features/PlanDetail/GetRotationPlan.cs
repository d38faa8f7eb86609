using System.Security.Claims;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Modules.Rotations.Features.Solve;
using TalentChain.Optimization;
using TalentChain.Platform.Jobs;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Rotations.Features.PlanDetail;

/// <summary>
/// A plan as its page and API show it: settings, periods with dates, offers with capacity use, participants with start
/// periods and preferences, the proposal (schedule, unplaced with localised reasons, placed, score, bound, gap) and what
/// was published. Read by the program's managers, administrators and executives (<see cref="RotationAccess.RequireReadAsync"/>):
/// 404 for an unknown plan, 403 for anyone else.
/// </summary>
public sealed class GetRotationPlan(RotationPlans plans, RotationNames names, RotationAccess access, JobStatusHandlers jobs)
{
    public async Task<RotationPlanDetail> HandleAsync(ClaimsPrincipal user, int planId, CancellationToken ct = default)
    {
        await access.RequireReadAsync(user, planId, ct);
        return await HandleUncheckedAsync(planId, ct);
    }

    /// <summary>The plan's latest solve job (phase, best, bound, gap), if any; read access as for the plan.</summary>
    public async Task<JobView?> LatestJobAsync(ClaimsPrincipal user, int planId, CancellationToken ct = default)
    {
        await access.RequireReadAsync(user, planId, ct);
        return await jobs.LatestAsync(SolveRotationPlan.Subject(planId), ct);
    }

    /// <summary>The plan without an access check: for the handlers that checked already and answer with the plan after a change.</summary>
    internal async Task<RotationPlanDetail> HandleUncheckedAsync(int planId, CancellationToken ct = default)
    {
        var plan = await plans.LoadAsync(planId, tracking: false, ct);
        var periods = Enumerable.Range(1, plan.Periods).Select(n => new PeriodView(n, plan.PeriodStart(n), plan.PeriodEnd(n))).ToList();
        var units = await plans.UnitsAsync(plan, ct);
        var defaults = await plans.DefaultStartPeriodsAsync(plan, [.. plan.Members.Select(m => m.ParticipantId)], ct);
        var used = plan.ProposalItems.GroupBy(i => (i.OrgUnitId, i.Period)).ToDictionary(g => g.Key, g => g.Count());
        var offers = plan.Offers.OrderBy(o => o.OrgUnit!.Segment).ThenBy(o => o.OrgUnit!.Code, StringComparer.Ordinal)
            .Select(o => new OfferView(o.OrgUnitId, o.OrgUnit!.Code, o.OrgUnit.DisplayName(UiCulture.IsChinese), o.OrgUnit.Segment, names.SegmentName(o.OrgUnit.Segment),
                [.. o.Places], [.. Enumerable.Range(1, plan.Periods).Select(n => used.GetValueOrDefault((o.OrgUnitId, n)))]))
            .ToList();
        var members = plan.Members.OrderBy(m => m.Participant!.Employee!.FamilyName).ThenBy(m => m.Participant!.Employee!.GivenName)
            .Select(m =>
            {
                var e = m.Participant!.Employee!;
                return new MemberView(m.ParticipantId, e.Id, RotationNames.Person(e), e.EmployeeNumber, e.OrgUnit!.Code,
                    e.OrgUnit.DisplayName(UiCulture.IsChinese), m.StartPeriod, defaults[m.ParticipantId],
                    m.Preferences.Where(p => units.ContainsKey(p.OrgUnitId)).ToDictionary(p => units[p.OrgUnitId].Code, p => p.Score, StringComparer.Ordinal));
            }).ToList();
        ProposalView? proposal = null;
        if (plan.HasProposal)
        {
            var schedule = plans.Schedule(plan, plan.ProposalItems.Select(i => (i.ParticipantId, i.Sequence, i.Period, i.OrgUnitId)), units);
            var unplaced = plan.Unplaced.Select(u => (u, m: plan.Members.FirstOrDefault(m => m.ParticipantId == u.ParticipantId)))
                .Where(x => x.m is not null)
                .Select(x => new UnplacedView(x.u.ParticipantId, RotationNames.Person(x.m!), x.m!.Participant!.Employee!.EmployeeNumber, x.u.Code, names.ReasonText(x.u.Code), x.u.Reason))
                .OrderBy(u => u.Name, StringComparer.CurrentCulture).ToList();
            var value = new Objective(plan.ProposalPlaced ?? 0, plan.ProposalScore ?? 0);
            // No bound (null) once offers, start periods, preferences or members changed after it was computed: it may no longer hold.
            Objective? bound = plan.BoundPlaced is { } bc && plan.BoundScore is { } bs ? new Objective(bc, bs) : null;
            proposal = new ProposalView(plan.ProposedAt!.Value, plan.ProposalSource ?? RotationProposalSource.Solver, names.SourceName(plan.ProposalSource ?? RotationProposalSource.Solver),
                value.Count > int.MaxValue ? int.MaxValue : (int)value.Count, plan.Members.Count, value.Score, bound?.Count, bound?.Score, bound is { } b ? Objective.Gap(value, b) : null,
                plan.ProposalOptimal, plan.ProposalEdited, schedule, unplaced);
        }
        var published = plans.Schedule(plan, plan.Placements.Select(p => (p.ParticipantId, p.Sequence, plan.PeriodOf(p.PlannedStart), p.OrgUnitId)), units);
        return new RotationPlanDetail(plan.Id, plan.CohortId, plan.Cohort!.Name, plan.Cohort.ProgramId, plan.Cohort.Program!.DisplayName(UiCulture.IsChinese), plan.Status, names.StatusName(plan.Status),
            plan.FirstPeriodStart, plan.PeriodMonths, plan.Periods, plan.RotationsPerParticipant, plan.MinSegments, plan.Version,
            periods, offers, members, proposal, published, plan.PublishedAt, plan.PublishedBy);
    }
}
