namespace TalentChain.Optimization.Rotations;

/// <summary>
/// 1+5+N rotation scheduling with a certified upper bound (docs/optimization/rotations.md).
/// PLACEHOLDER (scaffold): greedy placement so callers can integrate; the real solver replaces this file.
/// </summary>
public static class RotationSolver
{
    public static RotationResult Solve(
        RotationInstance instance,
        SolverOptions? options = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        RotationValidation.Validate(instance);
        var left = instance.HostUnits.ToDictionary(u => u.Id, u => u.Capacity.ToArray());
        var plans = new List<RotationPlan>();
        var unplaced = new List<UnplacedParticipant>();
        long score = 0;
        foreach (var p in instance.Participants)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var used = new HashSet<string>(StringComparer.Ordinal) { p.HomeUnit };
            var rotations = new List<Rotation>();
            for (var k = 0; k < instance.RotationsPerParticipant; k++)
            {
                var t = p.StartPeriod - 1 + k;
                if (t >= instance.Periods) break;
                var unit = instance.HostUnits.Where(u => !used.Contains(u.Id) && left[u.Id][t] > 0)
                    .OrderByDescending(u => p.Preferences.GetValueOrDefault(u.Id)).FirstOrDefault();
                if (unit is null) break;
                used.Add(unit.Id);
                rotations.Add(new Rotation(t + 1, unit.Id));
            }
            var segments = rotations.Select(r => instance.HostUnits.First(u => u.Id == r.HostUnit).Segment).Distinct().Count();
            if (rotations.Count == instance.RotationsPerParticipant && segments >= instance.MinSegments)
            {
                foreach (var r in rotations) left[r.HostUnit][r.Period - 1]--;
                plans.Add(new RotationPlan(p.Id, rotations));
                score += rotations.Sum(r => (long)p.Preferences.GetValueOrDefault(r.HostUnit));
            }
            else
            {
                unplaced.Add(new UnplacedParticipant(p.Id, UnplacedReason.NoCapacity, "no plan found (placeholder solver)"));
            }
        }
        var bound = new Objective(instance.Participants.Count, instance.Participants.Sum(p => (long)p.Preferences.Values.DefaultIfEmpty(0).Max() * instance.RotationsPerParticipant));
        progress?.Report(new SolverProgress("done", 1, new Objective(plans.Count, score), bound));
        return new RotationResult(plans, unplaced, plans.Count, score, bound, false);
    }
}
