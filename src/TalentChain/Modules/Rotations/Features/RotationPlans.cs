using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Optimization.Rotations;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Rotations.Features;

/// <summary>
/// What the rotation use cases share: loading a plan with what its views need, the plan as a solver instance, schedules
/// as views, the settings rules, and the concurrency check. Not a use case itself.
/// </summary>
public sealed class RotationPlans(TalentChainDbContext db, IStageSchedule stages, RotationNames names, IStringLocalizer<RotationsResource> t)
{
    public const int MaxPlaces = 999;

    public async Task<int?> CohortOfPlanAsync(int planId, CancellationToken ct = default) =>
        await db.RotationPlans.Where(p => p.Id == planId).Select(p => (int?)p.CohortId).FirstOrDefaultAsync(ct);

    public async Task<CohortRotationPlan> LoadAsync(int planId, bool tracking, CancellationToken ct)
    {
        var q = db.RotationPlans
            .Include(p => p.Cohort!).ThenInclude(c => c.Program!)
            .Include(p => p.Offers).ThenInclude(o => o.OrgUnit)
            .Include(p => p.Members).ThenInclude(m => m.Preferences)
            .Include(p => p.Members).ThenInclude(m => m.Participant!).ThenInclude(p => p.Employee!).ThenInclude(e => e.OrgUnit)
            .Include(p => p.ProposalItems).Include(p => p.Unplaced).Include(p => p.Placements)
            .AsSplitQuery();
        return await (tracking ? q : q.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException(t["Plan.NotFound", planId]);
    }

    /// <summary>The plan as a solver instance: offered units (code, segment, places), active members (employee number, home unit code, start, scores).</summary>
    public async Task<(CohortRotationPlan Plan, RotationInstance Instance)> InstanceAsync(int planId, CancellationToken ct)
    {
        var plan = await LoadAsync(planId, tracking: false, ct);
        var units = plan.Offers.OrderBy(o => o.OrgUnit!.Code, StringComparer.Ordinal)
            .Select(o => new HostUnit(o.OrgUnit!.Code, RotationNames.SegmentKey(o.OrgUnit.Segment), [.. o.Places])).ToList();
        var offered = plan.Offers.ToDictionary(o => o.OrgUnitId, o => o.OrgUnit!.Code);
        var participants = plan.Members.Where(m => m.Participant!.Status == ParticipantStatus.Selected)
            .OrderBy(m => m.Participant!.Employee!.EmployeeNumber, StringComparer.Ordinal)
            .Select(m => new RotationParticipant(m.Participant!.Employee!.EmployeeNumber, m.Participant.Employee.OrgUnit!.Code, m.StartPeriod,
                m.Preferences.Where(p => offered.ContainsKey(p.OrgUnitId) && p.Score > 0).ToDictionary(p => offered[p.OrgUnitId], p => p.Score, StringComparer.Ordinal)))
            .ToList();
        return (plan, new RotationInstance(plan.Periods, plan.RotationsPerParticipant, plan.MinSegments, units, participants));
    }

    public async Task<Dictionary<int, OrgUnitRef>> UnitsAsync(CohortRotationPlan plan, CancellationToken ct)
    {
        var ids = plan.Offers.Select(o => o.OrgUnitId).Concat(plan.ProposalItems.Select(i => i.OrgUnitId)).Concat(plan.Placements.Select(p => p.OrgUnitId))
            .Concat(plan.Members.SelectMany(m => m.Preferences.Select(p => p.OrgUnitId))).Distinct().ToList();
        return await db.OrgUnitRefs.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
    }

    public List<ScheduleRow> Schedule(CohortRotationPlan plan, IEnumerable<(int ParticipantId, int Sequence, int Period, int OrgUnitId)> items, Dictionary<int, OrgUnitRef> units)
    {
        var members = plan.Members.ToDictionary(m => m.ParticipantId);
        return [.. items.GroupBy(i => i.ParticipantId).Where(g => members.ContainsKey(g.Key))
            .Select(g =>
            {
                var m = members[g.Key];
                var scores = m.Preferences.ToDictionary(p => p.OrgUnitId, p => p.Score);
                var rotations = g.OrderBy(i => i.Sequence).Select(i =>
                {
                    var u = units[i.OrgUnitId];
                    return new RotationView(i.Sequence, i.Period, plan.PeriodStart(i.Period), plan.PeriodEnd(i.Period), u.Code, u.DisplayName(UiCulture.IsChinese), u.Segment, names.SegmentName(u.Segment), scores.GetValueOrDefault(u.Id));
                }).ToList();
                var e = m.Participant!.Employee!;
                return new ScheduleRow(g.Key, RotationNames.Person(m), e.EmployeeNumber, e.OrgUnit!.Code, rotations, rotations.Sum(r => r.Score));
            })
            .OrderBy(r => r.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>The period in which each participant enters (or entered) their first rotation stage, by participant id.</summary>
    public async Task<Dictionary<int, int>> DefaultStartPeriodsAsync(CohortRotationPlan plan, IReadOnlyCollection<int> participantIds, CancellationToken ct)
    {
        var dates = await stages.FirstRotationStartsAsync(participantIds, plan.FirstPeriodStart, ct);
        return participantIds.Distinct().ToDictionary(id => id, id => plan.PeriodOf(dates.GetValueOrDefault(id, plan.FirstPeriodStart)));
    }

    /// <summary>Drops the proposal (loading its items first, so they are deleted).</summary>
    public async Task ClearProposalAsync(CohortRotationPlan plan, CancellationToken ct)
    {
        if (!db.Entry(plan).Collection(p => p.ProposalItems).IsLoaded) await db.Entry(plan).Collection(p => p.ProposalItems).LoadAsync(ct);
        if (!db.Entry(plan).Collection(p => p.Unplaced).IsLoaded) await db.Entry(plan).Collection(p => p.Unplaced).LoadAsync(ct);
        plan.ClearProposal();
    }

    /// <summary>Every change to a plan or its parts bumps the plan's version (one concurrency token for the whole plan).</summary>
    public void Touch(CohortRotationPlan plan) => db.Entry(plan).Property(p => p.Version).IsModified = true;

    /// <summary>A stale version read by the caller is a 409.</summary>
    public void CheckVersion(CohortRotationPlan plan, long? readVersion)
    {
        if (readVersion is not { } v) return;
        if (v != plan.Version) throw new DbUpdateConcurrencyException(t["Concurrency.Stale"]);
        db.Entry(plan).Property(e => e.Version).OriginalValue = v;
    }

    public void ValidateSettings(DateOnly first, int months, int periods, int rotations, int minSegments)
    {
        var errors = new FieldErrors();
        if (first == default) errors.Add("firstPeriodStart", t["Settings.FirstStartRequired"]);
        if (months is < 1 or > 12) errors.Add("periodMonths", t["Settings.PeriodMonthsRange"]);
        if (periods < 1 || periods > CohortRotationPlan.MaxPeriods) errors.Add("periods", t["Settings.PeriodsRange", CohortRotationPlan.MaxPeriods]);
        // The upper limits come from the other settings; an invalid one is reported on its own field, not used as a limit.
        var periodsValid = periods is >= 1 and <= CohortRotationPlan.MaxPeriods;
        var maxRotations = periodsValid ? periods : CohortRotationPlan.MaxPeriods;
        if (rotations < 1 || rotations > maxRotations) errors.Add("rotationsPerParticipant", t["Settings.RotationsRange", maxRotations]);
        if (minSegments < 0 || (rotations >= 1 && rotations <= maxRotations && minSegments > rotations))
            errors.Add("minSegments", t["Settings.MinSegmentsRange", Math.Clamp(rotations, 0, maxRotations)]);
        errors.ThrowIfAny(t["Settings.Invalid"]);
    }
}
