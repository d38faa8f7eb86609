using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Optimization.Rotations;


using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Rotations.Features;

/// <summary>
/// Feasibility of hand-made or imported schedules, with localised messages that name the rotation, unit and period.
/// Kept here until the optimization library's <c>RotationValidation.CheckResult</c> lands on this branch (its messages
/// are English only; these speak the user's language).
/// </summary>
public static class RotationFeasibility
{
    /// <summary>Field errors (<c>units[k]</c>) for giving <paramref name="member"/> these host units in order; empty when fine.</summary>
    public static Dictionary<string, string[]> Check(CohortRotationPlan plan, RotationMember member, IReadOnlyList<string> codes, IReadOnlyCollection<RotationProposalItem> others,
        IStringLocalizer<RotationsResource> t, Func<ChainSegment, string> segmentName)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(segmentName);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }
        if (codes.Count != plan.RotationsPerParticipant) Add("units", t["Adjust.Count", codes.Count, plan.RotationsPerParticipant]);
        var last = member.StartPeriod + codes.Count - 1;
        if (last > plan.Periods) Add("units", t["Adjust.Horizon", member.StartPeriod, codes.Count, plan.Periods]);
        var offers = plan.Offers.ToDictionary(o => o.OrgUnit!.Code, StringComparer.Ordinal);
        var home = member.Participant!.Employee!.OrgUnitId;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var segments = new HashSet<ChainSegment>();
        for (var k = 0; k < codes.Count; k++)
        {
            var field = $"units[{k}]";
            var code = codes[k];
            var period = member.StartPeriod + k;
            if (!offers.TryGetValue(code, out var offer)) { Add(field, string.IsNullOrEmpty(code) ? t["Adjust.UnitMissing", k + 1] : t["Adjust.NotOffered", k + 1, code]); continue; }
            if (offer.OrgUnitId == home) Add(field, t["Adjust.HomeUnit", k + 1, code]);
            if (seen.TryGetValue(code, out var earlier)) Add(field, t["Adjust.Duplicate", k + 1, code, earlier + 1]);
            else seen[code] = k;
            segments.Add(offer.OrgUnit!.Segment);
            if (period >= 1 && period <= plan.Periods)
            {
                var places = period - 1 < offer.Places.Count ? offer.Places[period - 1] : 0;
                var taken = others.Count(i => i.OrgUnitId == offer.OrgUnitId && i.Period == period);
                if (taken + 1 > places) Add(field, t["Adjust.Full", k + 1, code, period, places, taken]);
            }
        }
        if (codes.Count > 0 && segments.Count < plan.MinSegments)
            Add("units", t["Adjust.Segments", segments.Count, plan.MinSegments, string.Join(", ", segments.Order().Select(segmentName))]);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Every reason an imported result is not a feasible schedule of <paramref name="instance"/> (localised; empty when fine).</summary>
    public static List<string> CheckResult(RotationInstance instance, RotationResult result, IStringLocalizer<RotationsResource> t)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(t);
        var errors = new List<string>();
        var units = instance.HostUnits.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var participants = instance.Participants.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var used = new Dictionary<(string Unit, int Period), int>();
        for (var i = 0; i < result.Plans.Count; i++)
        {
            var plan = result.Plans[i];
            var at = $"plans[{i}]";
            if (!participants.TryGetValue(plan.Participant, out var p)) { errors.Add(t["ImportResult.UnknownParticipant", at, plan.Participant]); continue; }
            if (!seen.Add(p.Id)) errors.Add(t["ImportResult.Twice", at, p.Id]);
            if (plan.Rotations.Count != instance.RotationsPerParticipant) errors.Add(t["ImportResult.Count", at, p.Id, plan.Rotations.Count, instance.RotationsPerParticipant]);
            var mine = new HashSet<string>(StringComparer.Ordinal);
            var segments = new HashSet<string>(StringComparer.Ordinal);
            var ordered = plan.Rotations.OrderBy(r => r.Period).ToList();
            for (var k = 0; k < ordered.Count; k++)
            {
                var r = ordered[k];
                var rat = $"{at}.rotations[{k}]";
                if (r.Period != p.StartPeriod + k) errors.Add(t["ImportResult.Period", rat, p.Id, r.Period, p.StartPeriod + k]);
                if (!units.TryGetValue(r.HostUnit, out var u)) { errors.Add(t["ImportResult.UnknownUnit", rat, p.Id, r.HostUnit]); continue; }
                if (r.HostUnit == p.HomeUnit) errors.Add(t["ImportResult.Home", rat, p.Id, r.HostUnit]);
                if (!mine.Add(r.HostUnit)) errors.Add(t["ImportResult.Duplicate", rat, p.Id, r.HostUnit]);
                segments.Add(u.Segment);
                if (r.Period >= 1 && r.Period <= instance.Periods) used[(r.HostUnit, r.Period)] = used.GetValueOrDefault((r.HostUnit, r.Period)) + 1;
            }
            if (segments.Count < instance.MinSegments) errors.Add(t["ImportResult.Segments", at, p.Id, segments.Count, instance.MinSegments]);
        }
        foreach (var ((unit, period), count) in used.OrderBy(x => x.Key.Unit, StringComparer.Ordinal).ThenBy(x => x.Key.Period))
            if (count > units[unit].Capacity[period - 1]) errors.Add(t["ImportResult.Capacity", unit, period, count, units[unit].Capacity[period - 1]]);
        for (var i = 0; i < result.Unplaced.Count; i++)
        {
            var u = result.Unplaced[i];
            if (!participants.ContainsKey(u.Participant)) errors.Add(t["ImportResult.UnknownParticipant", $"unplaced[{i}]", u.Participant]);
            else if (!seen.Add(u.Participant)) errors.Add(t["ImportResult.Twice", $"unplaced[{i}]", u.Participant]);
        }
        foreach (var p in instance.Participants.Where(p => !seen.Contains(p.Id))) errors.Add(t["ImportResult.Missing", p.Id]);
        var value = new Optimization.Objective(result.Plans.Count, Score(instance, result));
        if (result.Bound < value) errors.Add(t["ImportResult.Bound", result.Bound.Count, result.Bound.Score, value.Count, value.Score]);
        return errors;
    }

    /// <summary>The total preference score of a result's plans (recomputed: the file's total is not trusted).</summary>
    public static long Score(RotationInstance instance, RotationResult result)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(result);
        var prefs = instance.Participants.ToDictionary(p => p.Id, p => p.Preferences, StringComparer.Ordinal);
        return result.Plans.Sum(p => prefs.TryGetValue(p.Participant, out var s) ? p.Rotations.Sum(r => (long)s.GetValueOrDefault(r.HostUnit)) : 0);
    }
}
