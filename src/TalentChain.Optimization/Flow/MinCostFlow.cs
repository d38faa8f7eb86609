using System.Diagnostics;

namespace TalentChain.Optimization.Flow;

/// <summary>
/// Minimum-cost maximum flow on a compact residual network (CSR arrays, no per-arc objects) with integer capacities and
/// non-negative integer costs. Primal–dual: each phase runs Dijkstra with node potentials (stopping once the sink is
/// settled), then saturates every shortest path at once with a Dinic blocking flow on the arcs of zero reduced cost. The
/// number of phases is the number of distinct shortest-path lengths, not the amount of flow, so the method does not
/// collapse when demand exceeds capacity (as plain successive shortest path does).
/// </summary>
/// <remarks>
/// Build once (<see cref="AddArc"/>, then <see cref="Build"/>); arcs can then be switched off and on with
/// <see cref="SetCapacity"/> and the flow solved again from zero. Not thread-safe; every solve owns its instance.
/// On return from <see cref="Solve"/> the potentials certify optimality: every residual arc has reduced cost ≥ 0.
/// </remarks>
internal sealed class MinCostFlow
{
    private readonly int nodeCount;
    private readonly List<(int From, int To, int Cap, long Cost)> pending = [];

    // CSR residual network: arcs of node v are first[v] .. first[v+1]-1. Arc a and rev[a] are a forward/backward pair.
    private int[] first = [];
    private int[] head = [];
    private int[] rev = [];
    private long[] cost = [];
    private int[] residual = [];
    private int[] forwardOf = [];   // original arc id → position of its forward residual arc
    private int[] capacity = [];    // original arc id → capacity
    private long[] potential = [];

    public MinCostFlow(int nodeCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        this.nodeCount = nodeCount;
    }

    public int NodeCount => nodeCount;

    public int ArcCount => capacity.Length;

    /// <summary>Adds an arc (before <see cref="Build"/>); returns its id.</summary>
    public int AddArc(int from, int to, int cap, long arcCost)
    {
        if (head.Length > 0) throw new InvalidOperationException("The network is already built.");
        if ((uint)from >= (uint)nodeCount || (uint)to >= (uint)nodeCount) throw new ArgumentOutOfRangeException(nameof(from));
        ArgumentOutOfRangeException.ThrowIfNegative(cap);
        ArgumentOutOfRangeException.ThrowIfNegative(arcCost);
        pending.Add((from, to, cap, arcCost));
        return pending.Count - 1;
    }

    /// <summary>Lays the arcs out in CSR order (stable: arcs of one node keep the order they were added in).</summary>
    public void Build()
    {
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
        pending.Clear();
        pending.TrimExcess();
        potential = new long[nodeCount];
    }

    /// <summary>Changes an arc's capacity (takes effect at the next <see cref="Solve"/>, which starts from zero flow).</summary>
    public void SetCapacity(int arc, int cap)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cap);
        capacity[arc] = cap;
    }

    public int Capacity(int arc) => capacity[arc];

    /// <summary>Flow on an original arc after <see cref="Solve"/>.</summary>
    public int Flow(int arc) => residual[rev[forwardOf[arc]]];

    public long Potential(int node) => potential[node];

    /// <summary>Every residual arc with remaining capacity: (from, to, residual capacity, cost). For certificates in tests.</summary>
    public IEnumerable<(int From, int To, int Residual, long Cost)> ResidualArcs()
    {
        for (var v = 0; v < nodeCount; v++)
            for (var a = first[v]; a < first[v + 1]; a++)
                if (residual[a] > 0) yield return (v, head[a], residual[a], cost[a]);
    }

    /// <summary>
    /// Computes a minimum-cost maximum flow from <paramref name="source"/> to <paramref name="sink"/>, starting from zero.
    /// Throws <see cref="OperationCanceledException"/> on cancellation and <see cref="TimeoutException"/> once
    /// <paramref name="deadline"/> (a <see cref="Stopwatch"/> timestamp, or <see cref="long.MaxValue"/>) has passed.
    /// </summary>
    public (long Flow, long Cost) Solve(int source, int sink, long deadline = long.MaxValue, CancellationToken cancellationToken = default)
    {
        if (head.Length == 0 && capacity.Length == 0 && pending.Count > 0) throw new InvalidOperationException("Build the network first.");
        for (var i = 0; i < forwardOf.Length; i++)
        {
            var f = forwardOf[i];
            residual[f] = capacity[i];
            residual[rev[f]] = 0;
        }
        Array.Clear(potential);
        var n = nodeCount;
        var dist = new long[n];
        var done = new bool[n];
        var level = new int[n];
        var current = new int[n];
        var queue = new int[n];
        var heap = new MinHeap(Math.Max(16, n));
        var pathArcs = new int[n];
        long totalFlow = 0, totalCost = 0;
        var work = 0;

        void Tick()
        {
            if ((++work & 1023) != 0) return;
            cancellationToken.ThrowIfCancellationRequested();
            if (deadline != long.MaxValue && Stopwatch.GetTimestamp() > deadline) throw new TimeoutException();
        }

        while (true)
        {
            // Dijkstra on reduced costs, stopped when the sink is settled.
            Array.Fill(dist, long.MaxValue);
            Array.Clear(done);
            heap.Clear();
            dist[source] = 0;
            heap.Push(0, source);
            while (heap.Count > 0)
            {
                var (d, v) = heap.Pop();
                if (done[v] || d != dist[v]) continue;
                done[v] = true;
                Tick();
                if (v == sink) break;
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
            if (!done[sink]) break;
            var dt = dist[sink];
            for (var v = 0; v < n; v++) potential[v] += Math.Min(dist[v], dt);

            // Dinic blocking flows on the admissible arcs (residual, reduced cost 0) until the sink is cut off.
            while (true)
            {
                Array.Fill(level, -1);
                level[source] = 0;
                int qh = 0, qt = 0;
                queue[qt++] = source;
                while (qh < qt)
                {
                    var v = queue[qh++];
                    if (level[sink] >= 0 && level[v] >= level[sink]) break;
                    Tick();
                    var pv = potential[v];
                    for (var a = first[v]; a < first[v + 1]; a++)
                    {
                        var w = head[a];
                        if (residual[a] == 0 || level[w] >= 0 || cost[a] + pv - potential[w] != 0) continue;
                        level[w] = level[v] + 1;
                        queue[qt++] = w;
                    }
                }
                if (level[sink] < 0) break;
                Array.Copy(first, current, n);
                while (true)
                {
                    // One augmenting path along the level graph, iteratively (paths can be long).
                    var depth = 0;
                    var u = source;
                    while (u != sink)
                    {
                        Tick();
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
                        // Dead end: retreat.
                        level[u] = -1;
                        if (depth == 0) break;
                        var back = pathArcs[--depth];
                        u = head[rev[back]];
                        current[u]++;
                    }
                    if (u != sink) break;
                    var push = int.MaxValue;
                    for (var i = 0; i < depth; i++) push = Math.Min(push, residual[pathArcs[i]]);
                    for (var i = 0; i < depth; i++)
                    {
                        var a = pathArcs[i];
                        residual[a] -= push;
                        residual[rev[a]] += push;
                        totalCost += push * cost[a];
                    }
                    totalFlow += push;
                }
            }
        }
        return (totalFlow, totalCost);
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
