using TalentChain.Optimization.Mentoring;

namespace TalentChain.Optimization.Bench;

/// <summary>
/// Seeded, realistic mentoring rounds: each participant has 10–30 eligible mentors per role, drawn by a skewed
/// popularity (a few mentors are wanted by many, the tail by few: over-subscribed and slack mentors in one round);
/// scores 0–100 from mentor quality + a pair affinity shared by the pair's roles (so the same mentor is often best in
/// two roles and the one-role-per-pair rule binds) + noise. Per-role capacities 0–4, total 2–8 (≤ the sum of roles).
/// By default a quarter of the mentors are niche (popularity × 0.002): few participants can have them, so they keep spare places
/// while the popular ones are over-subscribed many times; with nicheShare 0 every mentor ends up full.
/// </summary>
internal static class MentoringGenerator
{
    public static MentoringInstance Create(int participants, int mentors, int seed, double nicheShare = 0.25)
    {
        var random = new Random(seed);
        var weight = new double[mentors];
        var quality = new int[mentors];
        var list = new List<MentoringMentor>(mentors);
        for (var m = 0; m < mentors; m++)
        {
            // A quarter are niche mentors (eligible for few participants, usually left with spare places).
            weight[m] = 1.0 / Math.Pow(1 + random.Next(mentors), 0.9) * (random.NextDouble() < nicheShare ? 0.002 : 1);
            quality[m] = random.Next(0, 41);
            var caps = new[] { random.Next(0, 5), random.Next(0, 5), random.Next(0, 5) };
            var total = Math.Min(caps.Sum(), random.Next(2, 9));
            list.Add(new MentoringMentor($"M{m + 1:D5}", new RoleCapacity(caps[0], caps[1], caps[2]), total));
        }
        // Cumulative weights for sampling by popularity.
        var cumulative = new double[mentors];
        var sum = 0.0;
        for (var m = 0; m < mentors; m++) cumulative[m] = sum += weight[m];

        var candidates = new List<MentoringCandidate>(participants * 3 * 20);
        var chosen = new HashSet<int>();
        var affinity = new Dictionary<int, int>();
        for (var p = 0; p < participants; p++)
        {
            var id = $"P{p + 1:D6}";
            affinity.Clear();
            foreach (var role in new[] { MentoringRole.Technical, MentoringRole.Career, MentoringRole.Peer })
            {
                var k = Math.Min(mentors, random.Next(10, 31));
                chosen.Clear();
                for (var attempts = 0; chosen.Count < k && attempts < 20 * k; attempts++)
                {
                    var x = random.NextDouble() * sum;
                    var m = Array.BinarySearch(cumulative, x);
                    chosen.Add(m < 0 ? Math.Min(~m, mentors - 1) : m);
                }
                foreach (var m in chosen.Order())
                {
                    if (!affinity.TryGetValue(m, out var a)) affinity[m] = a = random.Next(0, 51);
                    var score = Math.Clamp(quality[m] + a + random.Next(-10, 11), 0, 100);
                    candidates.Add(new MentoringCandidate(id, list[m].Id, role, score));
                }
            }
        }
        return new MentoringInstance(list, candidates);
    }
}
