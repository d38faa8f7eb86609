using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace TalentChain.ClusterTests;

/// <summary>
/// A mentoring solve (a background job) on a cluster: watched and cancelled from the other node, and left Interrupted —
/// never "running" for good — when the node running it is killed. The round is the demo's open round with an imported
/// round file the solver cannot finish quickly: every participant has two candidate mentors, each eligible in all three
/// roles with near-equal scores, every mentor one place per role and two in total — the one-role-per-pair rule leaves
/// a gap that branch-and-bound closes only at the time limit (about 2 minutes).
/// </summary>
public sealed class SolveJobTests
{
    private const string Pm = "pm@talentchain.demo";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static int? _roundId;
    private readonly Cluster _cluster = Cluster.Current;

    [ClusterFact]
    public async Task Solve_StartedOnOneNode_IsWatchedAndCancelledFromTheOther()
    {
        var (a, b) = (_cluster.Nodes[0], _cluster.Nodes[1]);
        using var client = new ClusterClient(_cluster);
        await client.SignInAsync(Pm, Cluster.DemoPassword, a, b);
        var round = await HardRoundAsync(client);

        var job = await StartSolveAsync(client, round, a);
        // Watched through the proxy: both nodes show the running job with the solver's progress.
        var watchedOn = new HashSet<string>(StringComparer.Ordinal);
        var running = await PollAsync(client, job, TimeSpan.FromSeconds(60), (j, node) =>
        {
            if (Status(j) == "Running" && j.GetProperty("phaseText").GetString() is { Length: > 0 }) watchedOn.Add(node);
            return watchedOn.Count == _cluster.Nodes.Count;
        });
        Assert.Equal(_cluster.Nodes.Count, watchedOn.Count);

        // Cancelled from the node that is not running it.
        var runner = RunningOn(running) ?? a;
        using (var cancel = await client.ApiOnAsync(_cluster.Other(runner), HttpMethod.Post, $"/api/v1/jobs/{job}/cancel"))
            Assert.True(cancel.StatusCode == HttpStatusCode.OK, $"cancel on {_cluster.Other(runner)}: {(int)cancel.StatusCode} {await cancel.Content.ReadAsStringAsync()}");
        var done = await PollAsync(client, job, TimeSpan.FromSeconds(30), (j, _) => j.GetProperty("finished").GetBoolean());
        Assert.Equal("Cancelled", Status(done));

        // Nothing of the cancelled run is kept: the round has no proposal.
        var detail = await client.GetJsonAsync($"/api/v1/program/mentoring/rounds/{round}");
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("proposal").ValueKind);
    }

    [ClusterFact]
    public async Task Solve_RunningNodeKilled_IsInterruptedAndRoundSolvableAgain()
    {
        var (a, b) = (_cluster.Nodes[0], _cluster.Nodes[1]);
        using var client = new ClusterClient(_cluster);
        await client.SignInAsync(Pm, Cluster.DemoPassword, b, a);
        var round = await HardRoundAsync(client);
        var job = await StartSolveAsync(client, round, b);
        string? runner = null;
        try
        {
            var running = await PollAsync(client, job, TimeSpan.FromSeconds(60), (j, _) => Status(j) == "Running");
            // Which node runs it: "runningOn" (the node's Jobs__NodeName) in the job's JSON.
            running = await PollAsync(client, job, TimeSpan.FromSeconds(15), (j, _) => RunningOn(j) is not null || Status(j) != "Running", throwOnTimeout: false);
            runner = RunningOn(running);
            Assert.True(runner is not null, "GET /api/v1/jobs/{id} does not say which node runs the job (runningOn, the node's Jobs__NodeName): " + running);
            _cluster.Kill(runner);

            // The job does not stay "running" for good: it ends Interrupted (terminal), and the page says what happened.
            var ended = await PollAsync(client, job, TimeSpan.FromMinutes(4), (j, _) => j.GetProperty("finished").GetBoolean() || Status(j) == "Interrupted");
            Assert.Equal("Interrupted", Status(ended));
            Assert.True(ended.GetProperty("finished").GetBoolean(), "an interrupted job is finished: " + ended);

            // The round can be solved again (no "a run for this round is already under way").
            var again = await StartSolveAsync(client, round, node: null);
            Assert.NotEqual(job, again);
            using (var cancel = await client.ApiOnAsync(_cluster.Nodes.First(n => n != runner), HttpMethod.Post, $"/api/v1/jobs/{again}/cancel"))
                Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
            var cancelled = await PollAsync(client, again, TimeSpan.FromSeconds(60), (j, _) => j.GetProperty("finished").GetBoolean());
            Assert.Equal("Cancelled", Status(cancelled));
        }
        finally
        {
            // A rolling restart: the killed node comes back and serves again.
            foreach (var node in _cluster.Nodes.Where(n => !_cluster.IsRunning(n))) _cluster.Start(node);
            // Leave no solve running for the next test (when an assertion above failed first).
            try
            {
                using var cancel = await client.ApiOnAsync(_cluster.Nodes[0], HttpMethod.Post, $"/api/v1/jobs/{job}/cancel");
            }
            catch (HttpRequestException)
            {
                // Best effort: the assertion that failed above is what the report shows.
            }
        }
        foreach (var node in _cluster.Nodes)
        {
            using var ready = await client.GetOnAsync(node, "/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
    }

    private static string? Status(JsonElement job) => job.GetProperty("status").GetString();

    private static string? RunningOn(JsonElement job) =>
        job.TryGetProperty("runningOn", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;

    /// <summary>Starts a solve (on the given node, or any): 202 with the job id.</summary>
    private static async Task<Guid> StartSolveAsync(ClusterClient client, int round, string? node)
    {
        node ??= client.Cluster.Nodes.First(client.Cluster.IsRunning);
        using var response = await client.ApiOnAsync(node, HttpMethod.Post, $"/api/v1/program/mentoring/rounds/{round}/solve");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"solve on {node}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("jobId").GetGuid();
    }

    /// <summary>Polls GET /api/v1/jobs/{id} through the proxy (whichever node answers) until <paramref name="until"/> holds.</summary>
    private async Task<JsonElement> PollAsync(ClusterClient client, Guid job, TimeSpan limit, Func<JsonElement, string, bool> until, bool throwOnTimeout = true)
    {
        var clock = Stopwatch.StartNew();
        JsonElement last = default;
        var i = 0;
        while (clock.Elapsed < limit)
        {
            var live = _cluster.Nodes.Where(_cluster.IsRunning).ToList();
            var node = live[i++ % live.Count];
            using var response = await client.GetOnAsync(node, $"/api/v1/jobs/{job}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET job on {node}: {(int)response.StatusCode} {body}");
            last = JsonDocument.Parse(body).RootElement.Clone();
            if (until(last, _cluster.NodeOf(response))) return last;
            await Task.Delay(500);
        }
        return throwOnTimeout ? throw new TimeoutException($"job {job} after {limit}: {last}") : last;
    }

    /// <summary>The demo's open round with a hard imported round file (prepared once; volunteers added as needed).</summary>
    private static async Task<int> HardRoundAsync(ClusterClient client)
    {
        await Gate.WaitAsync();
        try
        {
            if (_roundId is { } known) return known;
            var rounds = await client.GetJsonAsync("/api/v1/program/mentoring/rounds?open=true");
            var round = rounds.EnumerateArray().First(r => r.GetProperty("status").GetString() == "Open").GetProperty("id").GetInt32();
            var detail = await client.GetJsonAsync($"/api/v1/program/mentoring/rounds/{round}");
            var participants = detail.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("employeeNumber").GetString()!).ToList();
            var taken = detail.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("employeeId").GetInt32())
                .Concat(detail.GetProperty("volunteers").EnumerateArray().Select(v => v.GetProperty("employeeId").GetInt32())).ToHashSet();
            var mentors = detail.GetProperty("volunteers").EnumerateArray().Select(v => v.GetProperty("employeeNumber").GetString()!).ToList();
            var wanted = Math.Max(30, participants.Count * 2);
            for (var page = 1; mentors.Count < wanted && page < 20; page++)
            {
                var people = await client.GetJsonAsync($"/api/v1/employees?status=Active&pageSize=100&page={page}");
                foreach (var e in people.GetProperty("items").EnumerateArray())
                {
                    if (mentors.Count >= wanted) break;
                    var id = e.GetProperty("id").GetInt32();
                    if (!taken.Add(id)) continue;
                    using var added = await client.ApiOnAsync(client.Cluster.Nodes[mentors.Count % client.Cluster.Nodes.Count], HttpMethod.Post,
                        $"/api/v1/program/mentoring/rounds/{round}/volunteers", Json(new { employeeId = id, technical = 1, career = 1, peer = 1, total = 2 }));
                    Assert.True(added.StatusCode == HttpStatusCode.OK, $"add volunteer {id}: {(int)added.StatusCode} {await added.Content.ReadAsStringAsync()}");
                    mentors.Add(e.GetProperty("employeeNumber").GetString()!);
                }
            }
            using var imported = await client.ApiOnAsync(client.Cluster.Nodes[0], HttpMethod.Put, $"/api/v1/program/mentoring/rounds/{round}/instance", Json(HardInstance(participants, mentors)));
            Assert.True(imported.StatusCode == HttpStatusCode.NoContent, $"import round file: {(int)imported.StatusCode} {await imported.Content.ReadAsStringAsync()}");
            _roundId = round;
            return round;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Two candidate mentors per participant, all three roles, scores 80–83; one place per role, two in total.</summary>
    internal static object HardInstance(IReadOnlyList<string> participants, IReadOnlyList<string> mentors)
    {
        var random = new Random(1);
        string[] roles = ["technical", "career", "peer"];
        var candidates = new List<object>();
        foreach (var p in participants)
        {
            var picked = new HashSet<int>();
            while (picked.Count < 2) picked.Add(random.Next(mentors.Count));
            foreach (var m in picked.Order())
                foreach (var role in roles)
                    candidates.Add(new { participant = p, mentor = mentors[m], role, score = 80 + random.Next(4) });
        }
        return new
        {
            mentors = mentors.Select(m => new { id = m, capacity = new { technical = 1, career = 1, peer = 1 }, totalCapacity = 2 }),
            candidates,
        };
    }

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");
}
