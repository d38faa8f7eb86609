namespace TalentChain.Optimization.Mentoring;

/// <summary>
/// Exact 1+1+1 mentor matching (docs/optimization/mentoring.md).
/// PLACEHOLDER (scaffold): a greedy assignment so callers can integrate; the real solver replaces this file.
/// </summary>
public static class MentoringSolver
{
    public static MentoringResult Solve(
        MentoringInstance instance,
        SolverOptions? options = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        MentoringValidation.Validate(instance);
        var roleLeft = instance.Mentors.ToDictionary(m => m.Id, m => new[] { m.Capacity.Technical, m.Capacity.Career, m.Capacity.Peer });
        var totalLeft = instance.Mentors.ToDictionary(m => m.Id, m => m.TotalCapacity);
        var slots = new HashSet<(string, MentoringRole)>();
        var pairs = new HashSet<(string, string)>();
        var chosen = new List<MentoringAssignment>();
        long score = 0;
        foreach (var c in instance.Candidates.OrderByDescending(c => c.Score))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (slots.Contains((c.Participant, c.Role)) || pairs.Contains((c.Participant, c.Mentor))) continue;
            if (roleLeft[c.Mentor][(int)c.Role] <= 0 || totalLeft[c.Mentor] <= 0) continue;
            roleLeft[c.Mentor][(int)c.Role]--;
            totalLeft[c.Mentor]--;
            slots.Add((c.Participant, c.Role));
            pairs.Add((c.Participant, c.Mentor));
            chosen.Add(new MentoringAssignment(c.Participant, c.Mentor, c.Role));
            score += c.Score;
        }
        var bound = new Objective(instance.Candidates.Select(c => (c.Participant, c.Role)).Distinct().Count(), instance.Candidates.Sum(c => (long)c.Score));
        progress?.Report(new SolverProgress("done", 1, new Objective(chosen.Count, score), bound));
        return new MentoringResult(chosen, chosen.Count, score, bound, false);
    }
}
