using System.Diagnostics;

namespace TalentChain.Optimization.Flow;

/// <summary>
/// Minimum-cost maximum flow on a compact residual network (CSR arrays, no per-arc objects) with integer capacities and
/// integer costs, re-optimisable after capacity or cost changes (warm start).
/// </summary>
/// <remarks>
/// The max-flow part is folded into costs: a return arc sink → source with cost −B (B larger than any simple path cost)
/// turns "most flow, then least cost" into one min-cost circulation. The solver keeps a pseudo-flow whose residual arcs
/// all have reduced cost ≥ 0 under node potentials, and removes the excesses with primal–dual phases: a multi-source
/// Dijkstra on reduced costs (stopped when the first deficit node is settled), a potential update, then Dinic blocking
/// flows on the arcs of zero reduced cost. The number of phases is the number of distinct path lengths, not the amount
/// of flow, so it does not collapse when demand exceeds capacity (as plain successive shortest path does).
/// Changing an arc (<see cref="SetCapacity"/>, <see cref="SetCost"/>) keeps that invariant by saturating or emptying
/// the arc if needed, which leaves an excess at one end and a deficit at the other; <see cref="Reoptimize"/> then only
/// repairs locally — branch-and-bound nodes and Lagrangian steps cost a few short searches instead of a full solve.
/// On return, the potentials certify optimality: every residual arc has reduced cost ≥ 0. Not thread-safe.
/// </remarks>
internal sealed class MinCostFlow
{
    private readonly int nodeCount;
    private readonly int source;
    private readonly int sink;
    private readonly long costCeiling;
    private List<(int From, int To, int Cap, long Cost)>? pending = [];

    // CSR residual network: arcs of node v are first[v] .. first[v+1]-1. Arc a and rev[a] are a forward/backward pair.
    private int[] first = [];
    private int[] head = [];
    private int[] rev = [];
    private long[] cost = [];
    private int[] residual = [];
    private int[] forwardOf = [];   // arc id → position of its forward residual arc
    private int[] capacity = [];    // arc id → capacity
    private long[] potential = [];
    private long[] excess = [];
    private int returnArc = -1;

    // Work arrays, reused across phases.
    private long[] dist = [];
    private bool[] done = [];
    private int[] level = [];
    private int[] current = [];
    private int[] queue = [];
    private int[] pathArcs = [];
    private MinHeap heap = new(16);
    private int work;

    /// <param name="nodeCount">Number of nodes.</param>
    /// <param name="source">Source of the maximum flow.</param>
    /// <param name="sink">Sink of the maximum flow.</param>
    /// <param name="costCeiling">Largest |cost| any arc will ever have (also after <see cref="SetCost"/>); sizes B.</param>
    public MinCostFlow(int nodeCount, int source, int sink, long costCeiling)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        ArgumentOutOfRangeException.ThrowIfNegative(costCeiling);
        this.nodeCount = nodeCount;
        this.source = source;
        this.sink = sink;
        this.costCeiling = costCeiling;
    }

    public int NodeCount => nodeCount;

    /// <summary>Adds an arc (before <see cref="Build"/>); returns its id.</summary>
    public int AddArc(int from, int to, int cap, long arcCost)
    {
        if (pending is null) throw new InvalidOperationException("The network is already built.");
        if ((uint)from >= (uint)nodeCount || (uint)to >= (uint)nodeCount) throw new ArgumentOutOfRangeException(nameof(from));
        ArgumentOutOfRangeException.ThrowIfNegative(cap);
        if (Math.Abs(arcCost) > costCeiling) throw new ArgumentOutOfRangeException(nameof(arcCost));
        pending.Add((from, to, cap, arcCost));
        return pending.Count - 1;
    }

    /// <summary>Lays the arcs out in CSR order (stable: arcs of one node keep the order they were added in).</summary>
    public void Build()
    {
        if (pending is null) throw new InvalidOperationException("The network is already built.");
        long sourceCap = 0;
        foreach (var (from, _, cap, _) in pending)
            if (from == source) sourceCap += cap;
        // B exceeds the cost of any simple path, so a unit of flow always pays, however long its path.
        var big = checked((nodeCount + 1L) * (costCeiling + 1) + 1);
        returnArc = pending.Count;
        pending.Add((sink, source, (int)Math.Min(int.MaxValue, sourceCap), -big));
        var m = pending.Count;
        first = new int[nodeCount + 1];
        foreach (var (from, to, _, _) in pending)
        {
            first[from + 1]++;
            first[to + 1]++;
        }
        for (var v = 0; v < nodeCount; v++) first[v + 1] += first[v];
        var fill = new int[nodeCount];
        Array.Copy(first, fill, nodeCount);
        head = new int[2 * m];
        rev = new int[2 * m];
        cost = new long[2 * m];
        residual = new int[2 * m];
        forwardOf = new int[m];
        capacity = new int[m];
        for (var i = 0; i < m; i++)
        {
            var (from, to, cap, c) = pending[i];
            var f = fill[from]++;
            var b = fill[to]++;
            head[f] = to;
            head[b] = from;
            rev[f] = b;
            rev[b] = f;
            cost[f] = c;
            cost[b] = -c;
            residual[f] = cap;
            forwardOf[i] = f;
            capacity[i] = cap;
        }
        pending = null;
        potential = new long[nodeCount];
        excess = new long[nodeCount];
        dist = new long[nodeCount];
        done = new bool[nodeCount];
        level = new int[nodeCount];
        current = new int[nodeCount];
        queue = new int[nodeCount];
        pathArcs = new int[nodeCount + 1];
        heap = new MinHeap(Math.Max(16, nodeCount));
    }

    /// <summary>Changes an arc's capacity now; the flow stays optimal-for-its-excesses until <see cref="Reoptimize"/>.</summary>
    public void SetCapacity(int arc, int cap)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cap);
        var f = forwardOf[arc];
        var b = rev[f];
        // The return arc carries at most what leaves the source.
        if (arc != returnArc && head[b] == source && cap != capacity[arc])
            SetCapacity(returnArc, (int)Math.Min(int.MaxValue, (long)capacity[returnArc] + cap - capacity[arc]));
        capacity[arc] = cap;
        var flow = residual[b];
        if (flow > cap)
        {
            var d = flow - cap;
            excess[head[b]] += d;   // the tail keeps what it no longer sends
            excess[head[f]] -= d;   // the head misses it
            flow = cap;
            residual[b] = cap;
        }
        residual[f] = cap - flow;
        Settle(f);
        Settle(b);
    }

    /// <summary>Changes an arc's cost now (|cost| ≤ the ceiling); call <see cref="Reoptimize"/> afterwards.</summary>
    public void SetCost(int arc, long arcCost)
    {
        if (Math.Abs(arcCost) > costCeiling) throw new ArgumentOutOfRangeException(nameof(arcCost));
        var f = forwardOf[arc];
        cost[f] = arcCost;
        cost[rev[f]] = -arcCost;
        Settle(f);
        Settle(rev[f]);
    }

    public int Capacity(int arc) => capacity[arc];

    public long Cost(int arc) => cost[forwardOf[arc]];

    /// <summary>Flow on an arc.</summary>
    public int Flow(int arc) => residual[rev[forwardOf[arc]]];

    /// <summary>Value of the source–sink flow.</summary>
    public long Value => Flow(returnArc);

    /// <summary>Cost of the flow on the arcs that were added (the return arc excluded).</summary>
    public long TotalCost()
    {
        long total = 0;
        for (var i = 0; i < forwardOf.Length; i++)
            if (i != returnArc) total += Flow(i) * cost[forwardOf[i]];
        return total;
    }

    public long Potential(int node) => potential[node];

    /// <summary>Every residual arc with remaining capacity (return arc included): for optimality certificates in tests.</summary>
    public IEnumerable<(int From, int To, int Residual, long Cost, bool Return)> ResidualArcs()
    {
        var ret = forwardOf[returnArc];
        for (var v = 0; v < nodeCount; v++)
            for (var a = first[v]; a < first[v + 1]; a++)
                if (residual[a] > 0) yield return (v, head[a], residual[a], cost[a], a == ret || a == rev[ret]);
    }

    /// <summary>
    /// Computes a minimum-cost maximum flow from zero. Throws <see cref="OperationCanceledException"/> on cancellation and
    /// <see cref="TimeoutException"/> once <paramref name="deadline"/> (a <see cref="Stopwatch"/> timestamp) has passed.
    /// </summary>
    public (long Flow, long Cost) Solve(long deadline = long.MaxValue, CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < forwardOf.Length; i++)
        {
            var f = forwardOf[i];
            residual[f] = capacity[i];
            residual[rev[f]] = 0;
        }
        Array.Clear(potential);
        Array.Clear(excess);
        for (var a = 0; a < residual.Length; a++) Settle(a);
        Reoptimize(deadline, cancellationToken);
        return (Value, TotalCost());
    }

    /// <summary>Removes the excesses left by arc changes: afterwards the flow is again a min-cost maximum flow.</summary>
    public void Reoptimize(long deadline = long.MaxValue, CancellationToken cancellationToken = default)
    {
        var n = nodeCount;
        while (true)
        {
            // Multi-source Dijkstra from the excess nodes, stopped when the first deficit node is settled.
            Array.Fill(dist, long.MaxValue);
            Array.Clear(done);
            heap.Clear();
            var any = false;
            for (var v = 0; v < n; v++)
                if (excess[v] > 0)
                {
                    dist[v] = 0;
                    heap.Push(0, v);
                    any = true;
                }
            if (!any) return;
            var reach = long.MaxValue;
            while (heap.Count > 0)
            {
                var (d, v) = heap.Pop();
                if (done[v] || d != dist[v]) continue;
                done[v] = true;
                Tick(deadline, cancellationToken);
                if (excess[v] < 0)
                {
                    reach = d;
                    break;
                }
                var pv = potential[v];
                for (var a = first[v]; a < first[v + 1]; a++)
                {
                    if (residual[a] == 0) continue;
                    var w = head[a];
                    if (done[w]) continue;
                    var nd = d + cost[a] + pv - potential[w];
                    if (nd < dist[w])
                    {
                        dist[w] = nd;
                        heap.Push(nd, w);
                    }
                }
            }
            if (reach == long.MaxValue) throw new InvalidOperationException("Unbalanced flow: an excess cannot reach any deficit.");
            for (var v = 0; v < n; v++) potential[v] += Math.Min(dist[v], reach);
            BlockingFlows(deadline, cancellationToken);
        }
    }

    /// <summary>Dinic on the admissible arcs (residual, reduced cost 0) from excess nodes to deficit nodes, until none is left.</summary>
    private void BlockingFlows(long deadline, CancellationToken cancellationToken)
    {
        var n = nodeCount;
        while (true)
        {
            Array.Fill(level, -1);
            int qh = 0, qt = 0;
            for (var v = 0; v < n; v++)
                if (excess[v] > 0)
                {
                    level[v] = 0;
                    queue[qt++] = v;
                }
            var deficitReached = false;
            while (qh < qt)
            {
                var v = queue[qh++];
                Tick(deadline, cancellationToken);
                if (excess[v] < 0)
                {
                    deficitReached = true;
                    continue;   // paths end at the first deficit
                }
                var pv = potential[v];
                for (var a = first[v]; a < first[v + 1]; a++)
                {
                    var w = head[a];
                    if (residual[a] == 0 || level[w] >= 0 || cost[a] + pv - potential[w] != 0) continue;
                    level[w] = level[v] + 1;
                    queue[qt++] = w;
                }
            }
            if (!deficitReached) return;
            Array.Copy(first, current, n);
            for (var s = 0; s < n; s++)
            {
                if (level[s] != 0) continue;
                while (excess[s] > 0)
                {
                    // One path along the level graph, iteratively (paths can be long).
                    var depth = 0;
                    var u = s;
                    while (excess[u] >= 0 || u == s)
                    {
                        Tick(deadline, cancellationToken);
                        var pu = potential[u];
                        var end = first[u + 1];
                        var a = current[u];
                        for (; a < end; a++)
                        {
                            var w = head[a];
                            if (residual[a] > 0 && level[w] == level[u] + 1 && cost[a] + pu - potential[w] == 0) break;
                        }
                        current[u] = a;
                        if (a < end)
                        {
                            pathArcs[depth++] = a;
                            u = head[a];
                            continue;
                        }
                        level[u] = -1;   // dead end
                        if (depth == 0) break;
                        var back = pathArcs[--depth];
                        u = head[rev[back]];
                        current[u]++;
                    }
                    if (depth == 0) break;
                    var push = Math.Min(excess[s], -excess[u]);
                    for (var i = 0; i < depth; i++) push = Math.Min(push, residual[pathArcs[i]]);
                    for (var i = 0; i < depth; i++)
                    {
                        var a = pathArcs[i];
                        residual[a] -= (int)push;
                        residual[rev[a]] += (int)push;
                    }
                    excess[s] -= push;
                    excess[u] += push;
                }
            }
        }
    }

    /// <summary>Restores "reduced cost ≥ 0" on residual arc a by pushing its whole residual (moving the imbalance to its ends).</summary>
    private void Settle(int a)
    {
        var r = residual[a];
        if (r == 0) return;
        var from = head[rev[a]];
        var to = head[a];
        if (cost[a] + potential[from] - potential[to] >= 0) return;
        residual[a] = 0;
        residual[rev[a]] += r;
        excess[from] -= r;
        excess[to] += r;
    }

    private void Tick(long deadline, CancellationToken cancellationToken)
    {
        if ((++work & 1023) != 0) return;
        cancellationToken.ThrowIfCancellationRequested();
        if (deadline != long.MaxValue && Stopwatch.GetTimestamp() > deadline) throw new TimeoutException();
    }

    /// <summary>Binary min-heap of (key, node) with lazy deletion by the caller.</summary>
    private sealed class MinHeap(int capacity)
    {
        private long[] keys = new long[capacity];
        private int[] nodes = new int[capacity];

        public int Count { get; private set; }

        public void Clear() => Count = 0;

        public void Push(long key, int node)
        {
            if (Count == keys.Length)
            {
                Array.Resize(ref keys, keys.Length * 2);
                Array.Resize(ref nodes, nodes.Length * 2);
            }
            var i = Count++;
            while (i > 0)
            {
                var p = (i - 1) >> 1;
                if (keys[p] <= key) break;
                keys[i] = keys[p];
                nodes[i] = nodes[p];
                i = p;
            }
            keys[i] = key;
            nodes[i] = node;
        }

        public (long Key, int Node) Pop()
        {
            var top = (keys[0], nodes[0]);
            var last = --Count;
            if (last > 0)
            {
                var key = keys[last];
                var node = nodes[last];
                var i = 0;
                while (true)
                {
                    var c = 2 * i + 1;
                    if (c >= last) break;
                    if (c + 1 < last && keys[c + 1] < keys[c]) c++;
                    if (keys[c] >= key) break;
                    keys[i] = keys[c];
                    nodes[i] = nodes[c];
                    i = c;
                }
                keys[i] = key;
                nodes[i] = node;
            }
            return top;
        }
    }
}
