using TalentChain.Optimization.Mentoring;

namespace TalentChain.Optimization.Tests.Mentoring;

/// <summary>
/// Small random rounds from a seed: ≤ 6 participants, ≤ 4 mentors, all three roles, capacities 0–2 (total 0–4),
/// scores 0–20, and most (participant, mentor) pairs eligible in several roles so the one-role rule binds.
/// </summary>
internal static class RandomRounds
{
    public static MentoringInstance Create(int seed)
    {
        var random = new Random(seed);
        var participants = random.Next(1, 7);
        var mentors = random.Next(1, 5);
        var list = new List<MentoringMentor>();
        for (var m = 0; m < mentors; m++)
            list.Add(new MentoringMentor($"M{m + 1}", new RoleCapacity(random.Next(0, 3), random.Next(0, 3), random.Next(0, 3)), random.Next(0, 5)));
        var candidates = new List<MentoringCandidate>();
        var density = 0.3 + 0.5 * random.NextDouble();
        for (var p = 0; p < participants; p++)
            for (var m = 0; m < mentors; m++)
            {
                // Pairs are eligible in several roles at once, often with a similar score, so the pair rule matters.
                if (random.NextDouble() > density) continue;
                var affinity = random.Next(0, 21);
                foreach (var role in new[] { MentoringRole.Technical, MentoringRole.Career, MentoringRole.Peer })
                    if (random.NextDouble() < 0.7)
                        candidates.Add(new MentoringCandidate($"P{p + 1}", $"M{m + 1}", role, Math.Clamp(affinity + random.Next(-3, 4), 0, 20)));
            }
        // Input order is not grouped by participant.
        return new MentoringInstance(list, candidates.OrderBy(_ => random.Next()).ToList());
    }
}
