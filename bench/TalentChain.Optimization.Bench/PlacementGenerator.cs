using TalentChain.Optimization.Placement;

namespace TalentChain.Optimization.Bench;

/// <summary>
/// Seeded placement rounds shaped like the Projects module's: participants/10 projects × 3 roles, each project in one of
/// <c>periods</c> periods, seats 1–<c>maxSeats</c> per role. A role exercises 3–5 of 60 skills at level 1–3; a
/// participant has plan-target gaps on 4–8 skills (size 1–3) and has worked in 1–3 of 40 units (7 segments). A pair is
/// worth 10 × Σ min(gap, level) over shared skills + 15 for a new segment + 10 for a new unit + noise 0–5, capped at
/// 100. Each participant's 10 candidate roles are the best of ~40 roles drawn by a skewed project popularity (a few
/// projects are wanted by many: over-subscribed roles next to slack ones). 20 % may take two roles (one per period);
/// 0.5 % have a pin on their best candidate when it fits.
/// </summary>
internal static class PlacementGenerator
{
    private const int Skills = 60;
    private const int Units = 40;
    private const int Segments = 7;

    public static PlacementInstance Create(int participants, int seed, int candidatesPerParticipant = 10, int periods = 2, int maxSeats = 4)
    {
        var random = new Random(seed);
        var projects = Math.Max(1, participants / 10);
        var roleCount = 3 * projects;
        var popularity = new double[projects];
        for (var j = 0; j < projects; j++) popularity[j] = 1.0 / Math.Pow(1 + random.Next(projects), 0.8);
        var cumulative = new double[projects];
        var sum = 0.0;
        for (var j = 0; j < projects; j++) cumulative[j] = sum += popularity[j];

        var roles = new List<PlacementRole>(roleCount);
        var roleSkills = new (int Skill, int Level)[roleCount][];
        var roleUnit = new int[roleCount];
        for (var j = 0; j < projects; j++)
        {
            var period = $"T{random.Next(periods) + 1}";
            var unit = random.Next(Units);
            for (var k = 0; k < 3; k++)
            {
                var r = 3 * j + k;
                roles.Add(new PlacementRole($"PRJ{j + 1:D5}-R{k + 1}", random.Next(1, maxSeats + 1), period));
                roleSkills[r] = Enumerable.Range(0, random.Next(3, 6)).Select(_ => (random.Next(Skills), random.Next(1, 4))).DistinctBy(s => s.Item1).ToArray();
                roleUnit[r] = unit;
            }
        }

        var people = new List<PlacementParticipant>(participants);
        var candidates = new List<PlacementCandidate>(participants * candidatesPerParticipant);
        var seatsPinned = new int[roleCount];
        var gaps = new int[Skills];
        var drawn = new HashSet<int>();
        var scored = new List<(int Role, int Value)>();
        for (var p = 0; p < participants; p++)
        {
            var id = $"P{p + 1:D6}";
            var maxRoles = random.NextDouble() < 0.2 ? 2 : 1;
            people.Add(new PlacementParticipant(id, maxRoles));
            Array.Clear(gaps);
            for (var g = random.Next(4, 9); g > 0; g--) gaps[random.Next(Skills)] = random.Next(1, 4);
            var pastUnits = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(Units)).ToHashSet();
            var pastSegments = pastUnits.Select(u => u % Segments).ToHashSet();
            drawn.Clear();
            for (var attempts = 0; drawn.Count < 4 * candidatesPerParticipant && attempts < 400; attempts++)
            {
                var x = random.NextDouble() * sum;
                var j = Array.BinarySearch(cumulative, x);
                j = j < 0 ? Math.Min(~j, projects - 1) : j;
                drawn.Add(3 * j + random.Next(3));
            }
            scored.Clear();
            foreach (var r in drawn)
            {
                var overlap = 0;
                foreach (var (skill, level) in roleSkills[r]) overlap += Math.Min(gaps[skill], level);
                var value = 10 * overlap + (pastSegments.Contains(roleUnit[r] % Segments) ? 0 : 15) + (pastUnits.Contains(roleUnit[r]) ? 0 : 10) + random.Next(6);
                scored.Add((r, Math.Min(100, value)));
            }
            var best = scored.OrderByDescending(s => s.Value).ThenBy(s => s.Role).Take(candidatesPerParticipant).ToList();
            var pin = random.NextDouble() < 0.005 && best.Count > 0 && seatsPinned[best[0].Role] < roles[best[0].Role].Seats;
            for (var i = 0; i < best.Count; i++)
            {
                var pinned = pin && i == 0;
                if (pinned) seatsPinned[best[i].Role]++;
                candidates.Add(new PlacementCandidate(id, roles[best[i].Role].Id, best[i].Value, pinned));
            }
        }
        return new PlacementInstance(people, roles, candidates);
    }
}
