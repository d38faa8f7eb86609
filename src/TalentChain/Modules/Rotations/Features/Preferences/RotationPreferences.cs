using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Rotations.Features.Preferences;

/// <summary>
/// One participant's side of a plan: their scored host units and their published rotations. The participant and the
/// program's managers edit; their line manager, executives and administrators look (<see cref="RotationAccess.RequireMemberAsync"/>).
/// </summary>
public sealed class RotationPreferences(TalentChainDbContext db, RotationPlans plans, RotationNames names, RotationAccess access, IStringLocalizer<RotationsResource> t)
{
    /// <summary>One participant's preferences (every offered unit, scored or not) and published rotations; whether the caller may edit them.</summary>
    public async Task<MyRotationsView> GetAsync(ClaimsPrincipal user, int planId, int participantId, CancellationToken ct = default)
    {
        var canEdit = await access.RequireMemberAsync(user, planId, participantId, ct);
        return await ViewAsync(planId, participantId, canEdit, ct);
    }

    private async Task<MyRotationsView> ViewAsync(int planId, int participantId, bool canEdit, CancellationToken ct)
    {
        var plan = await plans.LoadAsync(planId, tracking: false, ct);
        var m = plan.Members.FirstOrDefault(x => x.ParticipantId == participantId) ?? throw new NotFoundException(t["Member.NotFound", participantId]);
        var units = await plans.UnitsAsync(plan, ct);
        var home = m.Participant!.Employee!.OrgUnitId;
        var scores = m.Preferences.ToDictionary(p => p.OrgUnitId, p => p.Score);
        var prefs = plan.Offers.Select(o => o.OrgUnit!).OrderBy(u => u.Segment).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => new PreferenceRow(u.Code, u.DisplayName(UiCulture.IsChinese), names.SegmentName(u.Segment), scores.GetValueOrDefault(u.Id), u.Id == home)).ToList();
        var published = plans.Schedule(plan, plan.Placements.Where(p => p.ParticipantId == participantId).Select(p => (p.ParticipantId, p.Sequence, plan.PeriodOf(p.PlannedStart), p.OrgUnitId)), units)
            .SelectMany(r => r.Rotations).ToList();
        var start = m.StartPeriod >= 1 && m.StartPeriod <= plan.Periods ? new PeriodView(m.StartPeriod, plan.PeriodStart(m.StartPeriod), plan.PeriodEnd(m.StartPeriod)) : null;
        return new MyRotationsView(plan.Id, participantId, RotationNames.Person(m), plan.Cohort!.Name, m.StartPeriod, start, prefs, published, canEdit,
            plan.Status == RotationPlanStatus.Published ? plan.PublishedAt : null);
    }

    /// <summary>Replaces the participant's preferences (units by code; only offered units, never the home unit; 0–100).</summary>
    public Task<MyRotationsView> SetAsync(ClaimsPrincipal user, int planId, int participantId, PreferencesInput input, CancellationToken ct = default) =>
        SetAsync(user, planId, participantId, () => input, ct);

    /// <summary>
    /// As above, with the input read only once the caller may edit: a form's unreadable fields
    /// (<see cref="ValidationFailedException"/> from <paramref name="readInput"/>) are reported after the refusal, never instead of it.
    /// </summary>
    public async Task<MyRotationsView> SetAsync(ClaimsPrincipal user, int planId, int participantId, Func<PreferencesInput> readInput, CancellationToken ct = default)
    {
        if (!await access.RequireMemberAsync(user, planId, participantId, ct)) throw new AccessDeniedException(access.OwnOnlyMessage);
        var input = readInput();
        var plan = await db.RotationPlans.Include(p => p.Offers).ThenInclude(o => o.OrgUnit)
            .Include(p => p.Members).ThenInclude(m => m.Preferences)
            .Include(p => p.Members).ThenInclude(m => m.Participant!).ThenInclude(p => p.Employee)
            .Include(p => p.ProposalItems)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException(t["Plan.NotFound", planId]);
        var m = plan.Members.FirstOrDefault(x => x.ParticipantId == participantId) ?? throw new NotFoundException(t["Member.NotFound", participantId]);
        var errors = new FieldErrors();
        var wanted = new Dictionary<int, int>();
        foreach (var (code, score) in input.Scores ?? [])
        {
            var offer = plan.Offers.FirstOrDefault(o => string.Equals(o.OrgUnit!.Code, code, StringComparison.Ordinal));
            if (offer is null) { errors.Add($"scores.{code}", t["Preference.NotOffered", code]); continue; }
            if (offer.OrgUnitId == m.Participant!.Employee!.OrgUnitId && score != 0) { errors.Add($"scores.{code}", t["Preference.HomeUnit", code]); continue; }
            if (score < 0 || score > RotationPreference.MaxScore) { errors.Add($"scores.{code}", t["Preference.Range", code, RotationPreference.MaxScore]); continue; }
            if (score > 0) wanted[offer.OrgUnitId] = score;
        }
        errors.ThrowIfAny(t["Preference.Invalid"]);
        m.Preferences.RemoveAll(p => !wanted.ContainsKey(p.OrgUnitId));
        foreach (var (unitId, score) in wanted)
        {
            var existing = m.Preferences.FirstOrDefault(p => p.OrgUnitId == unitId);
            if (existing is null) m.Preferences.Add(new RotationPreference { OrgUnitId = unitId, Score = score });
            else existing.Score = score;
        }
        if (plan.HasProposal)
        {
            plan.BoundNoLongerHolds();
            plan.RecountProposal();
        }
        plans.Touch(plan);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(planId, participantId, canEdit: true, ct);
    }
}
