using TalentChain.Optimization.Mentoring;

namespace TalentChain.Optimization.Tests.Mentoring;

/// <summary>
/// Exhaustive enumeration of every feasible matching of a small round: each (participant, role) slot gets one of its
/// candidates or stays empty, subject to all capacities and the one-role-per-pair rule. Independent of the solver.
/// </summary>
internal static class BruteForce
{
    public static Objective Optimum(MentoringInstance instance)
    {
        var slots = instance.Candidates
            .Select((c, i) => (c, i))
            .GroupBy(x => (x.c.Participant, x.c.Role))
            .Select(g => g.Select(x => x.c).ToArray())
            .ToArray();
        var roleLeft = instance.Mentors.ToDictionary(m => m.Id, m => new[] { m.Capacity.Technical, m.Capacity.Career, m.Capacity.Peer });
        var totalLeft = instance.Mentors.ToDictionary(m => m.Id, m => m.TotalCapacity);
        var pairs = new HashSet<(string, string)>();
        var best = new Objective(0, 0);

        void Visit(int s, long count, long score)
        {
            if (s == slots.Length)
            {
                var value = new Objective(count, score);
                if (value > best) best = value;
                return;
            }
            Visit(s + 1, count, score);
            foreach (var c in slots[s])
            {
                var role = (int)c.Role;
                if (roleLeft[c.Mentor][role] == 0 || totalLeft[c.Mentor] == 0 || pairs.Contains((c.Participant, c.Mentor))) continue;
                roleLeft[c.Mentor][role]--;
                totalLeft[c.Mentor]--;
                pairs.Add((c.Participant, c.Mentor));
                Visit(s + 1, count + 1, score + c.Score);
                pairs.Remove((c.Participant, c.Mentor));
                totalLeft[c.Mentor]++;
                roleLeft[c.Mentor][role]++;
            }
        }

        Visit(0, 0, 0);
        return best;
    }
}
