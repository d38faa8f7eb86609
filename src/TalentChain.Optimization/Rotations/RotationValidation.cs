using System.Globalization;

namespace TalentChain.Optimization.Rotations;

/// <summary>Consistency checks of a rotation instance, and feasibility checks of a result against its instance.</summary>
public static class RotationValidation
{
    /// <summary>
    /// Throws <see cref="InstanceFormatException"/> naming the first inconsistent entry. A participant whose rotations do
    /// not fit before the horizon, or whose home unit is not a host unit, is valid (the solver reports the former as
    /// unplaced).
    /// </summary>
    public static void Validate(RotationInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Periods < 1) throw new InstanceFormatException("periods", $"must be at least 1, found {instance.Periods}");
        if (instance.RotationsPerParticipant < 1)
            throw new InstanceFormatException("rotationsPerParticipant", $"must be at least 1, found {instance.RotationsPerParticipant}");
        if (instance.MinSegments < 0 || instance.MinSegments > instance.RotationsPerParticipant)
            throw new InstanceFormatException("minSegments",
                $"must be between 0 and rotationsPerParticipant ({instance.RotationsPerParticipant}), found {instance.MinSegments}");
        if (instance.HostUnits is null) throw new InstanceFormatException("hostUnits", "missing");
        if (instance.Participants is null) throw new InstanceFormatException("participants", "missing");

        var units = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < instance.HostUnits.Count; i++)
        {
            var u = instance.HostUnits[i];
            var at = $"hostUnits[{i}]";
            if (u is null) throw new InstanceFormatException(at, "is null");
            if (string.IsNullOrWhiteSpace(u.Id)) throw new InstanceFormatException($"{at}.id", "must not be empty");
            if (!units.TryAdd(u.Id, i))
                throw new InstanceFormatException($"{at}.id", $"duplicate host unit id \"{u.Id}\" (also hostUnits[{units[u.Id]}])");
            if (string.IsNullOrWhiteSpace(u.Segment)) throw new InstanceFormatException($"{at}.segment", $"host unit {u.Id}: segment must not be empty");
            if (u.Capacity is null) throw new InstanceFormatException($"{at}.capacity", "missing");
            if (u.Capacity.Count != instance.Periods)
                throw new InstanceFormatException($"{at}.capacity",
                    $"host unit {u.Id} has {u.Capacity.Count} entries, expected {instance.Periods} (one per period)");
            for (var t = 0; t < u.Capacity.Count; t++)
                if (u.Capacity[t] < 0)
                    throw new InstanceFormatException($"{at}.capacity[{t}]", $"host unit {u.Id}, period {t + 1}: capacity must be ≥ 0, found {u.Capacity[t]}");
        }

        var participants = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < instance.Participants.Count; i++)
        {
            var p = instance.Participants[i];
            var at = $"participants[{i}]";
            if (p is null) throw new InstanceFormatException(at, "is null");
            if (string.IsNullOrWhiteSpace(p.Id)) throw new InstanceFormatException($"{at}.id", "must not be empty");
            if (!participants.TryAdd(p.Id, i))
                throw new InstanceFormatException($"{at}.id", $"duplicate participant id \"{p.Id}\" (also participants[{participants[p.Id]}])");
            if (string.IsNullOrWhiteSpace(p.HomeUnit)) throw new InstanceFormatException($"{at}.homeUnit", $"participant {p.Id}: home unit must not be empty");
            if (p.StartPeriod < 1 || p.StartPeriod > instance.Periods)
                throw new InstanceFormatException($"{at}.startPeriod", $"participant {p.Id}: must be between 1 and {instance.Periods}, found {p.StartPeriod}");
            if (p.Preferences is null) throw new InstanceFormatException($"{at}.preferences", "missing");
            foreach (var (unit, score) in p.Preferences)
            {
                // A preference for a unit that offers no places in this instance (as in the issue's own example) is
                // standing data, not an error: it simply can never be used.
                if (score < 0)
                    throw new InstanceFormatException($"{at}.preferences.{unit}", $"participant {p.Id}: preference must be ≥ 0, found {score}");
            }
        }
    }

    /// <summary>
    /// Every feasibility violation of <paramref name="result"/> for <paramref name="instance"/>, in plain English (empty
    /// when the result is a feasible schedule whose totals and bound are consistent): unknown or repeated participants,
    /// rotations not in consecutive periods from the start, repeated or unknown units, home unit used, too few segments,
    /// capacity exceeded, wrong totals, bound below the value.
    /// </summary>
    public static IReadOnlyList<string> CheckResult(RotationInstance instance, RotationResult result)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(result);
        var errors = new List<string>();
        var units = instance.HostUnits.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var participants = instance.Participants.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var used = new Dictionary<(string Unit, int Period), int>();
        long score = 0;
        var r = instance.RotationsPerParticipant;
        foreach (var plan in result.Plans)
        {
            if (!participants.TryGetValue(plan.Participant, out var p))
            {
                errors.Add($"plan for unknown participant {plan.Participant}");
                continue;
            }
            if (!seen.Add(p.Id)) errors.Add($"participant {p.Id} has more than one plan");
            if (plan.Rotations.Count != r)
                errors.Add($"participant {p.Id} has {plan.Rotations.Count} rotations, expected {r}");
            var planUnits = new HashSet<string>(StringComparer.Ordinal);
            var segments = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < plan.Rotations.Count; k++)
            {
                var rot = plan.Rotations[k];
                if (rot.Period != p.StartPeriod + k)
                    errors.Add($"participant {p.Id}: rotation {k + 1} is in period {rot.Period}, expected period {p.StartPeriod + k} (consecutive from the start period {p.StartPeriod})");
                if (rot.Period < 1 || rot.Period > instance.Periods)
                    errors.Add($"participant {p.Id}: period {rot.Period} is outside 1..{instance.Periods}");
                if (!units.TryGetValue(rot.HostUnit, out var unit))
                {
                    errors.Add($"participant {p.Id}: rotation in unknown host unit {rot.HostUnit}");
                    continue;
                }
                if (rot.HostUnit == p.HomeUnit) errors.Add($"participant {p.Id}: rotation in the home unit {p.HomeUnit}");
                if (!planUnits.Add(rot.HostUnit)) errors.Add($"participant {p.Id}: host unit {rot.HostUnit} is used twice");
                segments.Add(unit.Segment);
                score += p.Preferences.GetValueOrDefault(rot.HostUnit);
                if (rot.Period >= 1 && rot.Period <= instance.Periods)
                    used[(rot.HostUnit, rot.Period)] = used.GetValueOrDefault((rot.HostUnit, rot.Period)) + 1;
            }
            if (segments.Count < instance.MinSegments)
                errors.Add($"participant {p.Id}: covers {segments.Count} segment(s) ({string.Join(", ", segments.Order(StringComparer.Ordinal))}), at least {instance.MinSegments} required");
        }
        foreach (var ((unit, period), count) in used.OrderBy(x => x.Key.Unit, StringComparer.Ordinal).ThenBy(x => x.Key.Period))
        {
            var cap = units[unit].Capacity[period - 1];
            if (count > cap) errors.Add($"host unit {unit}, period {period}: {count} participants placed, capacity {cap}");
        }
        foreach (var u in result.Unplaced)
        {
            if (!participants.ContainsKey(u.Participant)) errors.Add($"unplaced entry for unknown participant {u.Participant}");
            else if (!seen.Add(u.Participant)) errors.Add($"participant {u.Participant} is listed as unplaced and elsewhere");
            if (string.IsNullOrWhiteSpace(u.Reason)) errors.Add($"participant {u.Participant}: unplaced without a reason");
        }
        foreach (var p in instance.Participants)
            if (!seen.Contains(p.Id)) errors.Add($"participant {p.Id} is neither placed nor listed as unplaced");
        if (result.Placed != result.Plans.Count) errors.Add($"placed is {result.Placed} but there are {result.Plans.Count} plans");
        if (result.TotalScore != score)
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"totalScore is {result.TotalScore} but the plans score {score}"));
        if (result.Bound < result.Value)
            errors.Add($"bound ({result.Bound.Count}, {result.Bound.Score}) is below the result ({result.Placed}, {result.TotalScore})");
        return errors;
    }
}
