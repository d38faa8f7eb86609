using System.Globalization;
using TalentChain.Optimization.Flow;

namespace TalentChain.Optimization.Placement;

/// <summary>
/// Exact project placement: a lexicographic maximum (assignments, then total development value) over seats, one role per
/// participant per period and each participant's MaxRoles, honouring pins. It is a b-matching, hence a min-cost flow;
/// the result carries an LP dual certificate.
/// </summary>
/// <remarks>
/// Network (docs/optimization/placement.md): source → participant (cap MaxRoles − pins) → (participant, period)
/// (cap 1, absent for a pinned period; skipped for a participant with MaxRoles − pins ≤ 1, whose own cap implies it) →
/// role (cap 1 per candidate, cost maxValue − value) → sink (cap Seats − pins).
/// Pins are fixed first and enter the objective as constants. Every unit of flow crosses exactly one candidate arc, so
/// a min-cost maximum flow has the most assignments and, among those, the most value: the lexicographic optimum. The
/// certificate is stated for the equivalent weights CountWeight + value (CountWeight larger than any feasible total
/// value), whose LP maximum is the same placement. The time limit of
/// <see cref="SolverOptions"/> does not apply: the flow is polynomial and always runs to the proven optimum (only
/// cancellation stops it).
/// </remarks>
public static class PlacementSolver
{
    private const int Source = 0;
    private const int Sink = 1;

    /// <exception cref="InstanceFormatException">Duplicate or unknown ids, negative values or seats, pins that overbook.</exception>
    public static PlacementResult Solve(PlacementInstance instance, SolverOptions? options = null, IProgress<SolverProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new SolverProgress("validate", 0, null, null));
        PlacementValidation.Validate(instance);
        var network = new Network(instance);
        progress?.Report(new SolverProgress("validate", 1, null, null));
        cancellationToken.ThrowIfCancellationRequested();

        progress?.Report(new SolverProgress("flow", 0, null, null));
        network.Flow.Solve(long.MaxValue, cancellationToken);
        var (assignments, value) = network.Assignments();
        progress?.Report(new SolverProgress("flow", 1, value, null));
        cancellationToken.ThrowIfCancellationRequested();

        progress?.Report(new SolverProgress("certificate", 0, value, null));
        var certificate = network.Certificate(cancellationToken);
        progress?.Report(new SolverProgress("certificate", 1, value, value));

        var result = new PlacementResult(assignments, Unplaced(instance, assignments), value, value, true, certificate);
        progress?.Report(new SolverProgress("done", 1, value, value));
        return result;
    }

    /// <summary>
    /// Checks, without the solver, that <paramref name="result"/> is feasible for <paramref name="instance"/> (candidates
    /// only, seats, one role per period, MaxRoles, every pin) and that its certificate proves it lexicographically
    /// optimal: CountWeight exceeds any feasible total value, every dual is ≥ 0, every non-pinned candidate satisfies
    /// participant + (participant, period) + role ≥ CountWeight + value, and the dual objective (duals weighted by the
    /// capacities the pins leave, plus the pins' weights) equals the result's weight. <paramref name="problem"/> says
    /// what failed first.
    /// </summary>
    public static bool VerifyCertificate(PlacementInstance instance, PlacementResult result, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(result);
        problem = Verify(instance, result);
        return problem is null;
    }

    private static string? Verify(PlacementInstance instance, PlacementResult result)
    {
        try
        {
            PlacementValidation.Validate(instance);
        }
        catch (InstanceFormatException e)
        {
            return $"the instance is invalid: {e.Message}";
        }
        var violations = PlacementValidation.CheckResult(instance, result);
        if (violations.Count > 0) return $"the result is infeasible: {violations[0]}";
        if (result.Certificate is not { } certificate) return "the result has no certificate";
        if (certificate.ParticipantDuals is null || certificate.PeriodDuals is null || certificate.RoleDuals is null) return "the certificate lacks duals";

        var participants = new Dictionary<string, PlacementParticipant>(StringComparer.Ordinal);
        foreach (var p in instance.Participants) participants.TryAdd(p.Id, p);
        var roles = new Dictionary<string, PlacementRole>(StringComparer.Ordinal);
        foreach (var r in instance.Roles) roles.TryAdd(r.Id, r);

        // CountWeight must exceed the total value of any feasible placement: at most one role per (participant, period).
        var bestInPeriod = new Dictionary<(string, string), long>();
        foreach (var c in instance.Candidates)
        {
            var key = (c.Participant, roles[c.Role].Period);
            bestInPeriod[key] = Math.Max(bestInPeriod.GetValueOrDefault(key), c.Value);
        }
        try
        {
            checked
            {
                long valueCeiling = 0;
                foreach (var v in bestInPeriod.Values) valueCeiling += v;
                if (certificate.CountWeight <= valueCeiling)
                    return Inv($"CountWeight {certificate.CountWeight} does not exceed the largest possible total value {valueCeiling}: the weights are not lexicographic");

                foreach (var (id, u) in certificate.ParticipantDuals)
                {
                    if (!participants.ContainsKey(id)) return $"participant dual of unknown participant \"{id}\"";
                    if (u < 0) return Inv($"participant dual of \"{id}\" is negative ({u})");
                }
                foreach (var ((id, period), w) in certificate.PeriodDuals)
                {
                    if (!participants.ContainsKey(id)) return $"period dual of unknown participant \"{id}\"";
                    if (w < 0) return Inv($"period dual of (\"{id}\", \"{period}\") is negative ({w})");
                }
                foreach (var (id, v) in certificate.RoleDuals)
                {
                    if (!roles.ContainsKey(id)) return $"role dual of unknown role \"{id}\"";
                    if (v < 0) return Inv($"role dual of \"{id}\" is negative ({v})");
                }

                // Capacities left by the pins, and the pins' weights (constants of the objective).
                var pinsOfParticipant = new Dictionary<string, int>(StringComparer.Ordinal);
                var pinsOfPeriod = new Dictionary<(string, string), int>();
                var pinsOfRole = new Dictionary<string, int>(StringComparer.Ordinal);
                long dual = 0;
                for (var i = 0; i < instance.Candidates.Count; i++)
                {
                    var c = instance.Candidates[i];
                    var weight = certificate.CountWeight + c.Value;
                    if (c.Pinned)
                    {
                        pinsOfParticipant[c.Participant] = pinsOfParticipant.GetValueOrDefault(c.Participant) + 1;
                        pinsOfPeriod[(c.Participant, roles[c.Role].Period)] = pinsOfPeriod.GetValueOrDefault((c.Participant, roles[c.Role].Period)) + 1;
                        pinsOfRole[c.Role] = pinsOfRole.GetValueOrDefault(c.Role) + 1;
                        dual += weight;
                        continue;
                    }
                    var sum = certificate.ParticipantDuals.GetValueOrDefault(c.Participant)
                        + certificate.PeriodDuals.GetValueOrDefault((c.Participant, roles[c.Role].Period))
                        + certificate.RoleDuals.GetValueOrDefault(c.Role);
                    if (sum < weight)
                        return Inv($"dual constraint of {PlacementValidation.At("candidates", i)} (\"{c.Participant}\", \"{c.Role}\") is violated: duals sum to {sum} < weight {weight}");
                }
                foreach (var (id, u) in certificate.ParticipantDuals)
                    dual += (participants[id].MaxRoles - pinsOfParticipant.GetValueOrDefault(id)) * u;
                foreach (var (key, w) in certificate.PeriodDuals)
                    dual += (1 - pinsOfPeriod.GetValueOrDefault(key)) * w;
                foreach (var (id, v) in certificate.RoleDuals)
                    dual += (roles[id].Seats - pinsOfRole.GetValueOrDefault(id)) * v;

                long primal = 0;
                var values = new Dictionary<(string, string), int>();
                foreach (var c in instance.Candidates) values[(c.Participant, c.Role)] = c.Value;
                foreach (var a in result.Assignments) primal += certificate.CountWeight + values[(a.Participant, a.Role)];
                if (dual != primal)
                    return Inv($"the dual objective {dual} differs from the result's weight {primal}: the certificate does not prove optimality");
            }
        }
        catch (OverflowException)
        {
            return "the certificate's numbers overflow 64-bit integers";
        }
        return null;
    }

    private static List<UnplacedParticipant> Unplaced(PlacementInstance instance, IReadOnlyList<PlacementAssignment> assignments)
    {
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in assignments) placed.Add(a.Participant);
        var candidateRoles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var c in instance.Candidates)
        {
            if (placed.Contains(c.Participant)) continue;
            if (!candidateRoles.TryGetValue(c.Participant, out var list)) candidateRoles.Add(c.Participant, list = []);
            list.Add(c.Role);
        }
        var unplaced = new List<UnplacedParticipant>();
        foreach (var p in instance.Participants)
        {
            if (placed.Contains(p.Id)) continue;
            if (candidateRoles.TryGetValue(p.Id, out var list) && p.MaxRoles > 0)
                unplaced.Add(new UnplacedParticipant(p.Id, UnplacedReason.SeatsTaken, list));
            else
                unplaced.Add(new UnplacedParticipant(p.Id, UnplacedReason.NoCandidates, (IReadOnlyList<string>?)list ?? Array.Empty<string>()));
        }
        return unplaced;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>The flow network of one round (nothing static: solves may run concurrently).</summary>
    private sealed class Network
    {
        private readonly PlacementInstance instance;
        private readonly long countWeight;
        private readonly long maxValue;
        private readonly int participantBase;
        private readonly int roleBase;
        private readonly int[] candidateParticipant;
        private readonly int[] candidateRole;
        private readonly int[] candidateTail;         // tail of the candidate arc: its (participant, period) node, or the participant's own node
                                                       // when MaxRoles − pins ≤ 1 (the period rule is then implied); −1 for a pin or a pinned period
        private readonly int[] candidateArc;           // flow arc id, −1 when none
        private readonly string[] periodOfNode;        // period of each (participant, period) node, by node − periodBase
        private readonly int periodBase;
        private readonly List<(int From, int To, int Cap, long Cost)> arcs = [];
        private readonly int[] participantCap;
        private readonly int[] roleCap;

        public Network(PlacementInstance instance)
        {
            this.instance = instance;
            var participantIndex = new Dictionary<string, int>(instance.Participants.Count, StringComparer.Ordinal);
            for (var i = 0; i < instance.Participants.Count; i++) participantIndex.Add(instance.Participants[i].Id, i);
            var roleIndex = new Dictionary<string, int>(instance.Roles.Count, StringComparer.Ordinal);
            for (var i = 0; i < instance.Roles.Count; i++) roleIndex.Add(instance.Roles[i].Id, i);
            var periodIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var rolePeriod = new int[instance.Roles.Count];
            for (var i = 0; i < instance.Roles.Count; i++)
            {
                var period = instance.Roles[i].Period;
                if (!periodIndex.TryGetValue(period, out var t)) periodIndex.Add(period, t = periodIndex.Count);
                rolePeriod[i] = t;
            }

            var n = instance.Candidates.Count;
            candidateParticipant = new int[n];
            candidateRole = new int[n];
            candidateTail = new int[n];
            candidateArc = new int[n];
            participantCap = new int[instance.Participants.Count];
            roleCap = new int[instance.Roles.Count];
            for (var i = 0; i < participantCap.Length; i++) participantCap[i] = instance.Participants[i].MaxRoles;
            for (var i = 0; i < roleCap.Length; i++) roleCap[i] = instance.Roles[i].Seats;

            // Pins first: they take capacity and block their period; CountWeight bounds any feasible total value.
            var pinnedPeriods = new HashSet<long>();
            var bestInPeriod = new Dictionary<long, long>();
            long maxValue = 0;
            for (var i = 0; i < n; i++)
            {
                var c = instance.Candidates[i];
                var p = candidateParticipant[i] = participantIndex[c.Participant];
                var r = candidateRole[i] = roleIndex[c.Role];
                var key = Key(p, rolePeriod[r]);
                bestInPeriod[key] = Math.Max(bestInPeriod.GetValueOrDefault(key), c.Value);
                maxValue = Math.Max(maxValue, c.Value);
                if (!c.Pinned) continue;
                participantCap[p]--;
                roleCap[r]--;
                pinnedPeriods.Add(key);
            }
            var periodNodes = new Dictionary<long, int>();
            var periods = new List<string>();
            participantBase = 2;
            roleBase = participantBase + participantCap.Length;
            periodBase = roleBase + roleCap.Length;
            for (var i = 0; i < n; i++)
            {
                candidateTail[i] = -1;
                candidateArc[i] = -1;
                var key = Key(candidateParticipant[i], rolePeriod[candidateRole[i]]);
                if (instance.Candidates[i].Pinned || pinnedPeriods.Contains(key)) continue;
                if (participantCap[candidateParticipant[i]] <= 1)
                {
                    candidateTail[i] = participantBase + candidateParticipant[i];
                    continue;
                }
                if (!periodNodes.TryGetValue(key, out var node))
                {
                    periodNodes.Add(key, node = periodBase + periods.Count);
                    periods.Add(instance.Roles[candidateRole[i]].Period);
                }
                candidateTail[i] = node;
            }
            periodOfNode = [.. periods];
            NodeCount = periodBase + periods.Count;

            try
            {
                checked
                {
                    long ceiling = 0;
                    foreach (var v in bestInPeriod.Values) ceiling += v;
                    countWeight = ceiling + 1;
                    // Path costs, the flow's return-arc cost and dual sums all stay far below this.
                    _ = 8 * (NodeCount + 2L) * (countWeight + maxValue + 1);
                }
            }
            catch (OverflowException)
            {
                throw new InstanceFormatException("candidates", "values are too large: the lexicographic weights would overflow 64-bit integers");
            }

            // The flow's own candidate costs are maxValue − value ≥ 0: its maximum flow is the most assignments, and the
            // least cost among those the most value. Costs ≥ 0 leave nothing to undo at the start (−(CountWeight + value)
            // would saturate every candidate arc first): about twice as fast. The weights stay in `arcs` for the certificate.
            this.maxValue = maxValue;
            Flow = new MinCostFlow(NodeCount, Source, Sink, maxValue);
            for (var p = 0; p < participantCap.Length; p++) Add(Source, participantBase + p, participantCap[p], 0, 0);
            for (var r = 0; r < roleCap.Length; r++) Add(roleBase + r, Sink, roleCap[r], 0, 0);
            foreach (var (key, node) in periodNodes) Add(participantBase + (int)(key >> 32), node, 1, 0, 0);
            for (var i = 0; i < n; i++)
                if (candidateTail[i] >= 0)
                {
                    var value = instance.Candidates[i].Value;
                    candidateArc[i] = Add(candidateTail[i], roleBase + candidateRole[i], 1, -(countWeight + value), maxValue - value);
                }
            Flow.Build();
        }

        public MinCostFlow Flow { get; }

        public int NodeCount { get; }

        public (IReadOnlyList<PlacementAssignment> Assignments, Objective Value) Assignments()
        {
            var assignments = new List<PlacementAssignment>();
            long value = 0;
            for (var i = 0; i < candidateArc.Length; i++)
            {
                var c = instance.Candidates[i];
                if (!c.Pinned && (candidateArc[i] < 0 || Flow.Flow(candidateArc[i]) == 0)) continue;
                assignments.Add(new PlacementAssignment(c.Participant, c.Role));
                value += c.Value;
            }
            return (assignments, new Objective(assignments.Count, value));
        }

        /// <summary>
        /// LP duals of the round from the flow's potentials. The flow's potentials prove a min-cost <em>maximum</em>
        /// flow (its return arc sink → source costs −B); the LP "maximise the weight" needs potentials with
        /// π(source) = π(sink). One Dijkstra on reduced costs moves them there (it cannot fail on an optimal flow: a
        /// path that removes flow always loses at least CountWeight). Then each arc's dual is max(0, −reduced cost);
        /// a saturated candidate arc's dual moves onto its (participant, period) — the period is full, so the dual
        /// objective does not change and the certificate needs no per-pair duals.
        /// </summary>
        public PlacementCertificate Certificate(CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            // The flow's candidate costs are the weights' −(CountWeight + value) shifted by CountWeight + maxValue; lowering
            // the potentials of the roles and the sink by that shift gives the same reduced costs for the weights.
            var pi = new long[NodeCount];
            for (var v = 0; v < NodeCount; v++)
                pi[v] = Flow.Potential(v) - (v == Sink || (v >= roleBase && v < periodBase) ? countWeight + maxValue : 0);

            // Residual network of our own arcs (the flow's return arc left out), CSR.
            var m = arcs.Count;
            var flows = new int[m];
            var degree = new int[NodeCount + 1];
            for (var a = 0; a < m; a++)
            {
                var (from, to, cap, _) = arcs[a];
                var f = flows[a] = Flow.Flow(a);
                if (f < cap) degree[from + 1]++;
                if (f > 0) degree[to + 1]++;
            }
            for (var v = 0; v < NodeCount; v++) degree[v + 1] += degree[v];
            var head = new int[degree[NodeCount]];
            var reduced = new long[degree[NodeCount]];
            var fill = degree[..NodeCount];
            for (var a = 0; a < m; a++)
            {
                var (from, to, cap, cost) = arcs[a];
                if (flows[a] < cap)
                {
                    head[fill[from]] = to;
                    reduced[fill[from]++] = cost + pi[from] - pi[to];
                }
                if (flows[a] > 0)
                {
                    head[fill[to]] = from;
                    reduced[fill[to]++] = -cost + pi[to] - pi[from];
                }
            }
            foreach (var r in reduced)
                if (r < 0) throw new InvalidOperationException("The flow's potentials do not certify it (a residual arc has negative reduced cost).");

            var gap = pi[Sink] - pi[Source];
            if (gap != 0)
            {
                // gap > 0: the merged arc source → sink (remove a unit path) is violated — search from the sink;
                // gap < 0: the merged arc sink → source (add a unit path) is violated — search from the source.
                var start = gap > 0 ? Sink : Source;
                var limit = Math.Abs(gap);
                var dist = new long[NodeCount];
                Array.Fill(dist, long.MaxValue);
                dist[start] = 0;
                var heap = new PriorityQueue<int, long>();
                heap.Enqueue(start, 0);
                var settled = 0;
                while (heap.TryDequeue(out var v, out var d))
                {
                    if (d != dist[v] || d >= limit) continue;
                    if ((++settled & 4095) == 0) ct.ThrowIfCancellationRequested();
                    for (var a = degree[v]; a < degree[v + 1]; a++)
                    {
                        var nd = d + reduced[a];
                        var w = head[a];
                        if (nd < dist[w])
                        {
                            dist[w] = nd;
                            heap.Enqueue(w, nd);
                        }
                    }
                }
                for (var v = 0; v < NodeCount; v++) pi[v] += Math.Min(dist[v], limit);
                if (pi[Source] != pi[Sink]) throw new InvalidOperationException("The flow is not a maximum-weight placement (a unit path can be added or removed at a gain).");
            }

            var participantDual = new long[participantCap.Length];
            var roleDual = new long[roleCap.Length];
            var periodDual = new long[periodOfNode.Length];
            var directPeriodDual = new Dictionary<(string, string), long>();
            for (var p = 0; p < participantDual.Length; p++) participantDual[p] = Math.Max(0, pi[participantBase + p] - pi[Source]);
            for (var r = 0; r < roleDual.Length; r++) roleDual[r] = Math.Max(0, pi[Sink] - pi[roleBase + r]);
            for (var a = 0; a < m; a++)
            {
                var (from, to, _, _) = arcs[a];
                if (to >= periodBase) periodDual[to - periodBase] = Math.Max(0, pi[to] - pi[from]);
            }
            for (var i = 0; i < candidateArc.Length; i++)
            {
                if (candidateArc[i] < 0) continue;
                var (from, to, _, cost) = arcs[candidateArc[i]];
                var z = -(cost + pi[from] - pi[to]);
                if (z <= 0) continue;   // z > 0 only on a saturated arc: at most one per period (node)
                if (from >= periodBase) periodDual[from - periodBase] += z;
                else directPeriodDual[(instance.Candidates[i].Participant, instance.Roles[candidateRole[i]].Period)] = z;
            }

            var participants = new Dictionary<string, long>(participantDual.Length, StringComparer.Ordinal);
            for (var p = 0; p < participantDual.Length; p++) participants.Add(instance.Participants[p].Id, participantDual[p]);
            var roles = new Dictionary<string, long>(roleDual.Length, StringComparer.Ordinal);
            for (var r = 0; r < roleDual.Length; r++) roles.Add(instance.Roles[r].Id, roleDual[r]);
            var periods = new Dictionary<(string, string), long>(periodDual.Length);
            for (var i = 0; i < candidateArc.Length; i++)
            {
                var c = instance.Candidates[i];
                var tail = candidateTail[i];
                if (tail >= periodBase) periods[(c.Participant, periodOfNode[tail - periodBase])] = periodDual[tail - periodBase];
                else if (tail >= 0)
                {
                    var key = (c.Participant, instance.Roles[candidateRole[i]].Period);
                    periods[key] = directPeriodDual.GetValueOrDefault(key);
                }
            }
            // A period blocked by a pin has no capacity left (its dual costs nothing): make it cover its other candidates.
            for (var i = 0; i < candidateArc.Length; i++)
            {
                var c = instance.Candidates[i];
                if (c.Pinned || candidateTail[i] >= 0) continue;
                var key = (c.Participant, instance.Roles[candidateRole[i]].Period);
                var need = countWeight + c.Value - participantDual[candidateParticipant[i]] - roleDual[candidateRole[i]];
                periods[key] = Math.Max(periods.GetValueOrDefault(key), Math.Max(0, need));
            }
            return new PlacementCertificate(countWeight, participants, periods, roles);
        }

        private int Add(int from, int to, int cap, long weightCost, long flowCost)
        {
            arcs.Add((from, to, cap, weightCost));
            return Flow.AddArc(from, to, cap, flowCost);
        }

        private static long Key(int participant, int period) => ((long)participant << 32) | (uint)period;
    }
}
