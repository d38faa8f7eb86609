using System.Globalization;

namespace TalentChain.Optimization.Placement;

/// <summary>A feasibility problem of a placement result against its instance: where (path in the result) and what.</summary>
public sealed record PlacementViolation(string Location, string Problem)
{
    public override string ToString() => $"{Location}: {Problem}";
}

/// <summary>Consistency rules of a placement round and feasibility checks of a result (docs/optimization/placement.md).</summary>
public static class PlacementValidation
{
    /// <summary>
    /// Throws <see cref="InstanceFormatException"/> for the first broken rule: null entries, empty ids or periods,
    /// duplicate participant or role ids, MaxRoles &lt; 0, seats &lt; 0, a candidate naming an unknown participant or
    /// role, a negative value, a duplicate (participant, role) pair, and pins that overbook a participant's MaxRoles, a
    /// participant's period or a role's seats (the location names the first pin that does not fit). Locations are JSON
    /// paths (<c>candidates[3].role</c>).
    /// </summary>
    public static void Validate(PlacementInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Participants is null) throw new InstanceFormatException("participants", "missing");
        if (instance.Roles is null) throw new InstanceFormatException("roles", "missing");
        if (instance.Candidates is null) throw new InstanceFormatException("candidates", "missing");

        var participants = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < instance.Participants.Count; i++)
        {
            var path = At("participants", i);
            var p = instance.Participants[i] ?? throw new InstanceFormatException(path, "must not be null");
            if (string.IsNullOrWhiteSpace(p.Id)) throw new InstanceFormatException($"{path}.id", "must not be empty");
            if (participants.TryGetValue(p.Id, out var earlier))
                throw new InstanceFormatException($"{path}.id", $"duplicate participant id \"{p.Id}\" (also {At("participants", earlier)})");
            participants.Add(p.Id, i);
            if (p.MaxRoles < 0) throw new InstanceFormatException($"{path}.maxRoles", Inv($"must be ≥ 0 (is {p.MaxRoles})"));
        }

        var roles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < instance.Roles.Count; i++)
        {
            var path = At("roles", i);
            var r = instance.Roles[i] ?? throw new InstanceFormatException(path, "must not be null");
            if (string.IsNullOrWhiteSpace(r.Id)) throw new InstanceFormatException($"{path}.id", "must not be empty");
            if (roles.TryGetValue(r.Id, out var earlier))
                throw new InstanceFormatException($"{path}.id", $"duplicate role id \"{r.Id}\" (also {At("roles", earlier)})");
            roles.Add(r.Id, i);
            if (r.Seats < 0) throw new InstanceFormatException($"{path}.seats", Inv($"must be ≥ 0 (is {r.Seats})"));
            if (string.IsNullOrWhiteSpace(r.Period)) throw new InstanceFormatException($"{path}.period", "must not be empty");
        }

        var pairs = new Dictionary<(string, string), int>();
        var pinsOfParticipant = new Dictionary<string, int>(StringComparer.Ordinal);
        var pinOfPeriod = new Dictionary<(string, string), int>();
        var pinsOfRole = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < instance.Candidates.Count; i++)
        {
            var path = At("candidates", i);
            var c = instance.Candidates[i] ?? throw new InstanceFormatException(path, "must not be null");
            if (string.IsNullOrWhiteSpace(c.Participant)) throw new InstanceFormatException($"{path}.participant", "must not be empty");
            if (string.IsNullOrWhiteSpace(c.Role)) throw new InstanceFormatException($"{path}.role", "must not be empty");
            if (!participants.TryGetValue(c.Participant, out var pi))
                throw new InstanceFormatException($"{path}.participant", $"unknown participant \"{c.Participant}\" (not in participants)");
            if (!roles.TryGetValue(c.Role, out var ri))
                throw new InstanceFormatException($"{path}.role", $"unknown role \"{c.Role}\" (not in roles)");
            if (c.Value < 0) throw new InstanceFormatException($"{path}.value", Inv($"must be ≥ 0 (is {c.Value})"));
            if (!pairs.TryAdd((c.Participant, c.Role), i))
                throw new InstanceFormatException(path, $"duplicate pair (\"{c.Participant}\", \"{c.Role}\"); first given as {At("candidates", pairs[(c.Participant, c.Role)])}");
            if (!c.Pinned) continue;

            var participant = instance.Participants[pi];
            var role = instance.Roles[ri];
            var taken = pinsOfParticipant[c.Participant] = pinsOfParticipant.GetValueOrDefault(c.Participant) + 1;
            if (taken > participant.MaxRoles)
                throw new InstanceFormatException($"{path}.pinned",
                    Inv($"pin (\"{c.Participant}\", \"{c.Role}\") overbooks participant \"{c.Participant}\": {taken} pinned roles, MaxRoles {participant.MaxRoles}"));
            if (pinOfPeriod.TryGetValue((c.Participant, role.Period), out var other))
                throw new InstanceFormatException($"{path}.pinned",
                    $"pin (\"{c.Participant}\", \"{c.Role}\") overbooks period \"{role.Period}\": \"{c.Participant}\" is already pinned to \"{instance.Candidates[other].Role}\" in it ({At("candidates", other)})");
            pinOfPeriod.Add((c.Participant, role.Period), i);
            var seats = pinsOfRole[c.Role] = pinsOfRole.GetValueOrDefault(c.Role) + 1;
            if (seats > role.Seats)
                throw new InstanceFormatException($"{path}.pinned",
                    Inv($"pin (\"{c.Participant}\", \"{c.Role}\") overbooks role \"{c.Role}\": {seats} pinned participants, {role.Seats} seats"));
        }
    }

    /// <summary>
    /// Every feasibility problem of <paramref name="result"/> for <paramref name="instance"/> (empty when feasible and
    /// consistent): an assignment that is not a candidate pair, the same pair twice, a participant in two roles of one
    /// period or over MaxRoles, a role over its seats, a pin missing, a value that does not match the assignments, a
    /// bound below the value. Does not check optimality (see <see cref="PlacementSolver.VerifyCertificate"/>).
    /// </summary>
    public static IReadOnlyList<PlacementViolation> CheckResult(PlacementInstance instance, PlacementResult result)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(result);
        var problems = new List<PlacementViolation>();
        var candidates = new Dictionary<(string, string), PlacementCandidate>();
        foreach (var c in instance.Candidates) candidates.TryAdd((c.Participant, c.Role), c);
        var participants = new Dictionary<string, PlacementParticipant>(StringComparer.Ordinal);
        foreach (var p in instance.Participants) participants.TryAdd(p.Id, p);
        var roles = new Dictionary<string, PlacementRole>(StringComparer.Ordinal);
        foreach (var r in instance.Roles) roles.TryAdd(r.Id, r);

        var seen = new Dictionary<(string, string), int>();
        var periods = new Dictionary<(string, string), int>();
        var roleCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var seatCount = new Dictionary<string, int>(StringComparer.Ordinal);
        long value = 0;
        var assignments = result.Assignments ?? [];
        for (var i = 0; i < assignments.Count; i++)
        {
            var a = assignments[i];
            var path = At("assignments", i);
            if (a is null || !candidates.TryGetValue((a.Participant, a.Role), out var c))
            {
                problems.Add(new(path, $"(\"{a?.Participant}\", \"{a?.Role}\") is not a candidate pair of the instance"));
                continue;
            }
            if (seen.TryGetValue((a.Participant, a.Role), out var j))
            {
                problems.Add(new(path, $"the pair (\"{a.Participant}\", \"{a.Role}\") is already assigned by {At("assignments", j)}"));
                continue;
            }
            seen.Add((a.Participant, a.Role), i);
            value += c.Value;
            var role = roles[a.Role];
            if (periods.TryGetValue((a.Participant, role.Period), out var k))
                problems.Add(new(path, $"\"{a.Participant}\" already has a role in period \"{role.Period}\" ({At("assignments", k)})"));
            else periods.Add((a.Participant, role.Period), i);
            var max = participants[a.Participant].MaxRoles;
            var count = roleCount[a.Participant] = roleCount.GetValueOrDefault(a.Participant) + 1;
            if (count == max + 1) problems.Add(new(path, Inv($"\"{a.Participant}\" exceeds MaxRoles {max}")));
            var seats = seatCount[a.Role] = seatCount.GetValueOrDefault(a.Role) + 1;
            if (seats == role.Seats + 1) problems.Add(new(path, Inv($"role \"{a.Role}\" exceeds its {role.Seats} seats")));
        }
        for (var i = 0; i < instance.Candidates.Count; i++)
        {
            var c = instance.Candidates[i];
            if (c.Pinned && !seen.ContainsKey((c.Participant, c.Role)))
                problems.Add(new("assignments", $"the pinned pair (\"{c.Participant}\", \"{c.Role}\") ({At("candidates", i)}) is missing"));
        }
        if (result.Value.Count != assignments.Count || result.Value.Score != value)
            problems.Add(new("value", Inv($"is ({result.Value.Count}, {result.Value.Score}) but the assignments make ({assignments.Count}, {value})")));
        if (result.Bound < result.Value)
            problems.Add(new("bound", Inv($"({result.Bound.Count}, {result.Bound.Score}) is below the result's own value ({result.Value.Count}, {result.Value.Score})")));
        return problems;
    }

    internal static string At(string array, int i) => string.Create(CultureInfo.InvariantCulture, $"{array}[{i}]");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
