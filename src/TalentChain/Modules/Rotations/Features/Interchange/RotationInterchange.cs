using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Modules.Rotations.Features.PlanDetail;
using TalentChain.Modules.Rotations.Features.Solve;
using TalentChain.Optimization;
using TalentChain.Optimization.Rotations;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Rotations.Features.Interchange;

/// <summary>
/// The interchange files (docs/optimization/rotations.md): the plan as a rotations.json instance and its proposal as a
/// result.json, both ways. A bad file is refused naming the entry, and nothing changes. Exports are for those who may
/// read the plan, imports for its managers; an import reads the file only once the caller may import it.
/// </summary>
public sealed class RotationInterchange(
    TalentChainDbContext db, RotationPlans plans, SolveRotationPlan solve, GetRotationPlan detail, RotationAccess access, IStringLocalizer<RotationsResource> t)
{
    /// <summary>The plan as a rotations.json instance (ids: org-unit codes and employee numbers).</summary>
    public async Task<string> ExportInstanceAsync(ClaimsPrincipal user, int planId, CancellationToken ct = default)
    {
        await access.RequireReadAsync(user, planId, ct);
        return RotationJson.WriteInstance((await plans.InstanceAsync(planId, ct)).Instance);
    }

    /// <summary>The current proposal as a result.json.</summary>
    public async Task<string> ExportResultAsync(ClaimsPrincipal user, int planId, CancellationToken ct = default)
    {
        await access.RequireReadAsync(user, planId, ct);
        var plan = await plans.LoadAsync(planId, tracking: false, ct);
        if (!plan.HasProposal) throw new NotFoundException(t["Export.NoProposal"]);
        var units = await plans.UnitsAsync(plan, ct);
        var numbers = plan.Members.ToDictionary(m => m.ParticipantId, m => m.Participant!.Employee!.EmployeeNumber);
        var schedules = plan.ProposalItems.GroupBy(i => i.ParticipantId).Where(g => numbers.ContainsKey(g.Key)).OrderBy(g => numbers[g.Key], StringComparer.Ordinal)
            .Select(g => new RotationPlan(numbers[g.Key], [.. g.OrderBy(i => i.Sequence).Select(i => new Rotation(i.Period, units[i.OrgUnitId].Code))])).ToList();
        var unplaced = plan.Unplaced.Where(u => numbers.ContainsKey(u.ParticipantId)).Select(u => new UnplacedParticipant(numbers[u.ParticipantId], u.Code, u.Reason)).ToList();
        var (_, instance) = await plans.InstanceAsync(planId, ct);
        var value = new Objective(schedules.Count, plan.ProposalScore ?? 0);
        var bound = plan.BoundPlaced is { } bc && plan.BoundScore is { } bs ? new Objective(bc, bs) : SimpleBound(instance);
        if (bound < value) bound = SimpleBound(instance);
        var result = new RotationResult(schedules, unplaced, schedules.Count, value.Score, bound, plan.ProposalOptimal);
        return RotationJson.WriteResult(result);
    }

    /// <summary>
    /// Imports a rotations.json: settings, offers, start periods and preferences are replaced (participants missing from the
    /// file keep their start period and lose their preferences); the proposal is cleared.
    /// </summary>
    public async Task<RotationPlanDetail> ImportInstanceAsync(ClaimsPrincipal user, int planId, Func<Task<string>> readFile, CancellationToken ct = default)
    {
        await access.RequireManageAsync(user, planId, ct);
        var json = await readFile();
        var instance = Parse(() => RotationJson.ReadInstance(json));
        var plan = await plans.LoadAsync(planId, tracking: true, ct);
        var errors = new FieldErrors();
        var codes = instance.HostUnits.Select(u => u.Id).ToList();
        var orgUnits = await db.OrgUnitRefs.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        for (var i = 0; i < instance.HostUnits.Count; i++)
        {
            var u = instance.HostUnits[i];
            if (!orgUnits.TryGetValue(u.Id, out var unit)) errors.Add("file", t["Import.UnitUnknown", $"hostUnits[{i}].id", u.Id]);
            else if (!RotationNames.SameSegment(u.Segment, unit.Segment)) errors.Add("file", t["Import.SegmentMismatch", $"hostUnits[{i}].segment", u.Id, u.Segment, RotationNames.SegmentKey(unit.Segment)]);
        }
        var byNumber = plan.Members.ToDictionary(m => m.Participant!.Employee!.EmployeeNumber, StringComparer.Ordinal);
        for (var i = 0; i < instance.Participants.Count; i++)
        {
            var p = instance.Participants[i];
            if (!byNumber.TryGetValue(p.Id, out var m)) { errors.Add("file", t["Import.ParticipantUnknown", $"participants[{i}].id", p.Id]); continue; }
            var home = m.Participant!.Employee!.OrgUnit!.Code;
            if (!string.Equals(p.HomeUnit, home, StringComparison.Ordinal)) errors.Add("file", t["Import.HomeUnitMismatch", $"participants[{i}].homeUnit", p.Id, p.HomeUnit, home]);
        }
        errors.ThrowIfAny(t["Import.Invalid"]);
        if (instance.RotationsPerParticipant > instance.Periods)
            throw ValidationFailedException.For(t["Import.Invalid"], "file", t["Settings.RotationsRange", instance.Periods]);
        plan.Periods = instance.Periods;
        plan.RotationsPerParticipant = instance.RotationsPerParticipant;
        plan.MinSegments = instance.MinSegments;
        plans.ValidateSettings(plan.FirstPeriodStart, plan.PeriodMonths, plan.Periods, plan.RotationsPerParticipant, plan.MinSegments);
        plan.Offers.Clear();
        foreach (var u in instance.HostUnits) plan.Offers.Add(new RotationOffer { OrgUnitId = orgUnits[u.Id].Id, Places = [.. u.Capacity] });
        var inFile = instance.Participants.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var m in plan.Members)
        {
            m.Preferences.Clear();
            if (!inFile.TryGetValue(m.Participant!.Employee!.EmployeeNumber, out var p))
            {
                m.StartPeriod = Math.Clamp(m.StartPeriod, 1, plan.Periods);
                continue;
            }
            m.StartPeriod = p.StartPeriod;
            // A preference for a unit the file does not offer is valid and unused (docs/optimization/rotations.md); it is not kept.
            foreach (var (code, score) in p.Preferences.Where(x => x.Value > 0 && orgUnits.ContainsKey(x.Key)))
                m.Preferences.Add(new RotationPreference { OrgUnitId = orgUnits[code].Id, Score = score });
        }
        await plans.ClearProposalAsync(plan, ct);
        plans.Touch(plan);
        await db.SaveChangesAsync(ct);
        return await detail.HandleUncheckedAsync(planId, ct);
    }

    /// <summary>Imports a result.json as the proposal after checking it is a feasible schedule of this plan.</summary>
    public async Task<RotationPlanDetail> ImportResultAsync(ClaimsPrincipal user, int planId, Func<Task<string>> readFile, CancellationToken ct = default)
    {
        await access.RequireManageAsync(user, planId, ct);
        var json = await readFile();
        var result = Parse(() => RotationJson.ReadResult(json));
        var (_, instance) = await plans.InstanceAsync(planId, ct);
        var problems = RotationFeasibility.CheckResult(instance, result, t);
        if (problems.Count > 0) throw new ValidationFailedException(t["Import.Invalid"], new Dictionary<string, string[]> { ["file"] = [.. problems] });
        await solve.StoreProposalAsync(planId, result with { Placed = result.Plans.Count, TotalScore = RotationFeasibility.Score(instance, result) }, RotationProposalSource.Import, ct);
        return await detail.HandleUncheckedAsync(planId, ct);
    }

    /// <summary>
    /// A bound that needs no solve: every participant placed, each with the sum of its R best preferences (a plan has R
    /// different units). Used in an exported result when the solver's bound no longer applies to the plan as it stands.
    /// </summary>
    private static Objective SimpleBound(RotationInstance instance) =>
        new(instance.Participants.Count, instance.Participants.Sum(p => p.Preferences.Values.OrderDescending().Take(instance.RotationsPerParticipant).Sum(v => (long)v)));

    private T Parse<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InstanceFormatException ex)
        {
            // The codec names the entry (or the line and position of broken JSON) and what is wrong with it.
            throw ValidationFailedException.For(t["Import.Invalid"], "file", ex.Message);
        }
    }
}
