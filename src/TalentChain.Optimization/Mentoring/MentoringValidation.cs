using System.Globalization;

namespace TalentChain.Optimization.Mentoring;

/// <summary>A feasibility problem of a result against its instance: where (JSON path in the result file) and what.</summary>
public sealed record MentoringViolation(string Location, string Problem)
{
    public override string ToString() => $"{Location}: {Problem}";
}

/// <summary>Consistency rules of a mentoring instance and feasibility checks of a result (docs/optimization/mentoring.md).</summary>
public static class MentoringValidation
{
    /// <summary>
    /// Throws <see cref="InstanceFormatException"/> for the first broken rule: empty ids, duplicate mentor id, negative
    /// capacity or total capacity, unknown mentor in a candidate, unknown role, negative score, duplicate
    /// (participant, mentor, role) triple. Locations are JSON paths of the interchange format.
    /// </summary>
    public static void Validate(MentoringInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(instance.Mentors);
        ArgumentNullException.ThrowIfNull(instance.Candidates);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < instance.Mentors.Count; i++)
        {
            var m = instance.Mentors[i] ?? throw new InstanceFormatException(At("mentors", i), "must not be null");
            var path = At("mentors", i);
            if (string.IsNullOrWhiteSpace(m.Id)) throw new InstanceFormatException($"{path}.id", "must not be empty");
            if (ids.TryGetValue(m.Id, out var earlier))
                throw new InstanceFormatException($"{path}.id", $"duplicate mentor id \"{m.Id}\" (also {At("mentors", earlier)})");
            ids.Add(m.Id, i);
            if (m.Capacity is null) throw new InstanceFormatException($"{path}.capacity", "missing");
            foreach (var role in Roles)
                if (m.Capacity[role] < 0)
                    throw new InstanceFormatException($"{path}.capacity.{MentoringJson.RoleName(role)}", $"must be ≥ 0 (is {m.Capacity[role]})");
            if (m.TotalCapacity < 0) throw new InstanceFormatException($"{path}.totalCapacity", $"must be ≥ 0 (is {m.TotalCapacity})");
        }
        var triples = new Dictionary<(string, string, MentoringRole), int>();
        for (var i = 0; i < instance.Candidates.Count; i++)
        {
            var c = instance.Candidates[i] ?? throw new InstanceFormatException(At("candidates", i), "must not be null");
            var path = At("candidates", i);
            if (string.IsNullOrWhiteSpace(c.Participant)) throw new InstanceFormatException($"{path}.participant", "must not be empty");
            if (string.IsNullOrWhiteSpace(c.Mentor)) throw new InstanceFormatException($"{path}.mentor", "must not be empty");
            if (!ids.ContainsKey(c.Mentor)) throw new InstanceFormatException($"{path}.mentor", $"unknown mentor \"{c.Mentor}\" (not in mentors)");
            if (!Enum.IsDefined(c.Role)) throw new InstanceFormatException($"{path}.role", $"unknown role {(int)c.Role}");
            if (c.Score < 0) throw new InstanceFormatException($"{path}.score", $"must be ≥ 0 (is {c.Score})");
            if (!triples.TryAdd((c.Participant, c.Mentor, c.Role), i))
                throw new InstanceFormatException(path,
                    $"duplicate triple (\"{c.Participant}\", \"{c.Mentor}\", {MentoringJson.RoleName(c.Role)}); first given as {At("candidates", triples[(c.Participant, c.Mentor, c.Role)])}");
        }
    }

    /// <summary>
    /// Every feasibility problem of <paramref name="result"/> for <paramref name="instance"/> (empty when feasible and
    /// consistent): assignment not a candidate triple, slot filled twice, one mentor in two roles for a participant,
    /// per-role or total capacity exceeded, totals that do not match the assignments, a bound below the value.
    /// </summary>
    public static IReadOnlyList<MentoringViolation> CheckResult(MentoringInstance instance, MentoringResult result)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(result);
        var problems = new List<MentoringViolation>();
        var scores = new Dictionary<(string, string, MentoringRole), int>();
        foreach (var c in instance.Candidates) scores.TryAdd((c.Participant, c.Mentor, c.Role), c.Score);
        var mentors = new Dictionary<string, MentoringMentor>(StringComparer.Ordinal);
        foreach (var m in instance.Mentors) mentors.TryAdd(m.Id, m);
        var slots = new Dictionary<(string, MentoringRole), int>();
        var pairs = new Dictionary<(string, string), int>();
        var roleUse = new Dictionary<(string, MentoringRole), int>();
        var totalUse = new Dictionary<string, int>(StringComparer.Ordinal);
        long score = 0;
        var unknown = false;
        for (var i = 0; i < result.Assignments.Count; i++)
        {
            var a = result.Assignments[i];
            var path = At("assignments", i);
            var role = MentoringJson.RoleName(a.Role);
            if (!scores.TryGetValue((a.Participant, a.Mentor, a.Role), out var s))
            {
                problems.Add(new(path, $"(\"{a.Participant}\", \"{a.Mentor}\", {role}) is not a candidate triple of the instance"));
                unknown = true;
                continue;
            }
            score += s;
            if (slots.TryGetValue((a.Participant, a.Role), out var j))
                problems.Add(new(path, $"the {role} slot of \"{a.Participant}\" is already filled by {At("assignments", j)}"));
            else slots.Add((a.Participant, a.Role), i);
            if (pairs.TryGetValue((a.Participant, a.Mentor), out var k))
                problems.Add(new(path, $"mentor \"{a.Mentor}\" already serves \"{a.Participant}\" in another role ({At("assignments", k)})"));
            else pairs.Add((a.Participant, a.Mentor), i);
            var m = mentors[a.Mentor];
            var used = roleUse[(a.Mentor, a.Role)] = roleUse.GetValueOrDefault((a.Mentor, a.Role)) + 1;
            if (used == m.Capacity[a.Role] + 1)
                problems.Add(new(path, $"mentor \"{a.Mentor}\" exceeds its {role} capacity {m.Capacity[a.Role]}"));
            var total = totalUse[a.Mentor] = totalUse.GetValueOrDefault(a.Mentor) + 1;
            if (total == m.TotalCapacity + 1)
                problems.Add(new(path, $"mentor \"{a.Mentor}\" exceeds its total capacity {m.TotalCapacity}"));
        }
        if (result.FilledSlots != result.Assignments.Count)
            problems.Add(new("filledSlots", string.Create(CultureInfo.InvariantCulture, $"is {result.FilledSlots} but there are {result.Assignments.Count} assignments")));
        if (!unknown && result.TotalScore != score)
            problems.Add(new("totalScore", string.Create(CultureInfo.InvariantCulture, $"is {result.TotalScore} but the assignments score {score}")));
        if (result.Bound < result.Value)
            problems.Add(new("bound", string.Create(CultureInfo.InvariantCulture,
                $"({result.Bound.Count}, {result.Bound.Score}) is below the result's own value ({result.FilledSlots}, {result.TotalScore})")));
        return problems;
    }

    internal static readonly MentoringRole[] Roles = [MentoringRole.Technical, MentoringRole.Career, MentoringRole.Peer];

    private static string At(string array, int i) => string.Create(CultureInfo.InvariantCulture, $"{array}[{i}]");
}
