using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Modules.Rotations.Features.PlanDetail;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Optimization;
using TalentChain.Optimization.Rotations;
using TalentChain.Platform.Data;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.Publish;

/// <summary>
/// Publishes the proposal: it becomes the participants' rotation stages. An open rotation stage gets its host unit and
/// planned end now (through the program's stage engine, in the same transaction); later ones get theirs when the
/// participant advances into them. Participants and their line managers are notified.
/// </summary>
public sealed class PublishRotationPlan(
    TalentChainDbContext db, TimeProvider clock, INotifier notifier, IStageSchedule stages, RotationPlans plans, GetRotationPlan detail,
    RotationAccess access, IStringLocalizer<RotationsResource> t)
{
    public async Task<RotationPlanDetail> HandleAsync(ClaimsPrincipal user, int planId, PublishInput input, string by, CancellationToken ct = default)
    {
        await access.RequireManageAsync(user, planId, ct);
        var plan = await plans.LoadAsync(planId, tracking: true, ct);
        plans.CheckVersion(plan, input.Version);
        if (!plan.HasProposal || plan.ProposalItems.Count == 0) throw ValidationFailedException.For(t["Publish.Refused"], "plan", t["Publish.NoProposal"]);
        // Offers and start periods may have changed since the proposal was made: never publish a schedule that no longer fits.
        var problems = await ProposalProblemsAsync(plan, ct);
        if (problems.Count > 0)
            throw new ValidationFailedException(t["Publish.Refused"], new Dictionary<string, string[]> { ["plan"] = [t["Publish.NoLongerFits"], .. problems] });
        var placed = plan.Publish(by, clock.GetUtcNow());
        await stages.ApplyRotationsAsync([.. plan.Placements.Select(p => new StageRotationPlacement(p.ParticipantId, p.Sequence, p.OrgUnitId, p.PlannedEnd))], openStagesOnly: true, ct);
        plans.Touch(plan);
        var codes = plan.Offers.ToDictionary(o => o.OrgUnitId, o => o.OrgUnit!.Code);
        var link = $"/program/rotations/{plan.Id}/participants/";
        foreach (var pid in placed)
        {
            var member = plan.Members.First(m => m.ParticipantId == pid);
            var e = member.Participant!.Employee!;
            var list = string.Join("; ", plan.Placements.Where(p => p.ParticipantId == pid).OrderBy(p => p.Sequence)
                .Select(p => $"{RotationNames.Date(p.PlannedStart)} {codes.GetValueOrDefault(p.OrgUnitId)}"));
            var name = $"{e.GivenName} {e.FamilyName}";
            var dedup = string.Create(CultureInfo.InvariantCulture, $"rotation-plan:{plan.Id}:{plan.PublishedAt:O}:{pid}");
            await notifier.NotifyEmployeeAsync<RotationsResource>(e.Id, "Notify.Published.Subject", "Notify.Published.Body", [plan.Cohort!.Name, list], link + pid, dedup, ct);
            if (e.ManagerId is { } manager)
                await notifier.NotifyEmployeeAsync<RotationsResource>(manager, "Notify.PublishedManager.Subject", "Notify.PublishedManager.Body", [name, plan.Cohort.Name, list], link + pid, dedup + ":manager", ct);
        }
        await db.SaveChangesAsync(ct);
        return await detail.HandleUncheckedAsync(planId, ct);
    }

    /// <summary>
    /// Why the stored proposal is not (any more) a feasible schedule of the plan as it stands — offers, start periods, rules —
    /// in the import check's words; empty when it fits. Members the proposal does not place are not a problem.
    /// </summary>
    private async Task<List<string>> ProposalProblemsAsync(CohortRotationPlan plan, CancellationToken ct)
    {
        var (_, instance) = await plans.InstanceAsync(plan.Id, ct);
        var unitIds = plan.ProposalItems.Select(i => i.OrgUnitId).Distinct().ToList();
        var codes = await db.OrgUnitRefs.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var numbers = plan.Members.ToDictionary(m => m.ParticipantId, m => m.Participant!.Employee!.EmployeeNumber);
        var current = instance.Participants.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var schedules = plan.ProposalItems.GroupBy(i => i.ParticipantId)
            .Where(g => numbers.TryGetValue(g.Key, out var n) && current.Contains(n)).OrderBy(g => numbers[g.Key], StringComparer.Ordinal)
            .Select(g => new RotationPlan(numbers[g.Key], [.. g.OrderBy(i => i.Sequence).Select(i => new Rotation(i.Period, codes[i.OrgUnitId]))])).ToList();
        var placed = schedules.Select(p => p.Participant).ToHashSet(StringComparer.Ordinal);
        var unplaced = instance.Participants.Where(p => !placed.Contains(p.Id)).Select(p => new UnplacedParticipant(p.Id, UnplacedReason.NoCapacity, "-")).ToList();
        var result = new RotationResult(schedules, unplaced, schedules.Count, 0, new Objective(long.MaxValue, long.MaxValue), false);
        return RotationFeasibility.CheckResult(instance, result, t);
    }
}
