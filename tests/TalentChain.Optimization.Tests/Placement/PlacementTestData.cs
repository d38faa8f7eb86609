using TalentChain.Optimization.Placement;

namespace TalentChain.Optimization.Tests.Placement;

/// <summary>Small seeded placement rounds for property tests, and an exhaustive optimum independent of the solver.</summary>
internal static class PlacementTestData
{
    /// <summary>
    /// ≤ 7 participants, ≤ 5 roles over 1–3 periods, seats 0–2, MaxRoles 1–2 (now and then 0), about half the pairs
    /// eligible (at most 18), values 0–20 with frequent ties, and a few pins that fit.
    /// </summary>
    public static PlacementInstance Random(int seed)
    {
        var random = new Random(seed);
        var periods = random.Next(1, 4);
        var participants = Enumerable.Range(0, random.Next(1, 8))
            .Select(i => new PlacementParticipant($"p{i}", random.Next(20) == 0 ? 0 : random.Next(1, 3)))
            .ToList();
        var roles = Enumerable.Range(0, random.Next(1, 6))
            .Select(i => new PlacementRole($"r{i}", random.Next(0, 3), $"t{random.Next(periods)}"))
            .ToList();
        var density = 0.25 + 0.4 * random.NextDouble();
        var candidates = new List<PlacementCandidate>();
        var pinsOf = new Dictionary<string, int>();
        var pinnedPeriods = new HashSet<(string, string)>();
        var seatsTaken = new Dictionary<string, int>();
        foreach (var p in participants)
            foreach (var r in roles)
            {
                if (candidates.Count == 18 || random.NextDouble() > density) continue;
                var value = random.Next(4) == 0 ? 5 : random.Next(0, 21);
                var pinned = random.Next(10) == 0
                    && pinsOf.GetValueOrDefault(p.Id) < p.MaxRoles
                    && !pinnedPeriods.Contains((p.Id, r.Period))
                    && seatsTaken.GetValueOrDefault(r.Id) < r.Seats;
                if (pinned)
                {
                    pinsOf[p.Id] = pinsOf.GetValueOrDefault(p.Id) + 1;
                    pinnedPeriods.Add((p.Id, r.Period));
                    seatsTaken[r.Id] = seatsTaken.GetValueOrDefault(r.Id) + 1;
                }
                candidates.Add(new PlacementCandidate(p.Id, r.Id, value, pinned));
            }
        // Shuffle so that candidate order carries no structure.
        var shuffled = candidates.OrderBy(_ => random.Next()).ToList();
        return new PlacementInstance(participants, roles, shuffled);
    }

    /// <summary>
    /// Lexicographic optimum (assignments, total value) by enumerating every subset of candidates that contains all pins
    /// and respects seats, one role per participant per period and MaxRoles.
    /// </summary>
    public static Objective BruteForce(PlacementInstance instance)
    {
        var seats = instance.Roles.ToDictionary(r => r.Id, r => r.Seats);
        var period = instance.Roles.ToDictionary(r => r.Id, r => r.Period);
        var left = instance.Participants.ToDictionary(p => p.Id, p => p.MaxRoles);
        var busy = new HashSet<(string, string)>();
        var candidates = instance.Candidates.OrderByDescending(c => c.Pinned).ToArray();
        var best = new Objective(-1, -1);

        void Visit(int i, long count, long value)
        {
            if (i == candidates.Length)
            {
                var objective = new Objective(count, value);
                if (objective > best) best = objective;
                return;
            }
            var c = candidates[i];
            if (!c.Pinned) Visit(i + 1, count, value);
            if (seats[c.Role] == 0 || left[c.Participant] == 0 || busy.Contains((c.Participant, period[c.Role]))) return;
            seats[c.Role]--;
            left[c.Participant]--;
            busy.Add((c.Participant, period[c.Role]));
            Visit(i + 1, count + 1, value + c.Value);
            busy.Remove((c.Participant, period[c.Role]));
            left[c.Participant]++;
            seats[c.Role]++;
        }

        Visit(0, 0, 0);
        return best;
    }
}
