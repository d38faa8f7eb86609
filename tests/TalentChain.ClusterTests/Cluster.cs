using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace TalentChain.ClusterTests;

/// <summary>
/// A test that needs the cluster eng/cluster.sh starts (two Production nodes behind nginx). Without
/// TALENTCHAIN_CLUSTER_URL it is reported as skipped with the reason — never silently passed. eng/cluster-test.sh
/// (called by eng/test.sh) starts the cluster, sets the variables and runs these tests.
/// </summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Cluster.UrlVariable)))
            Skip = $"Needs the cluster: run eng/cluster-test.sh ({Cluster.UrlVariable} is not set).";
    }
}

/// <summary>The running cluster, as eng/cluster.sh recorded it in its state directory (cluster.env).</summary>
public sealed class Cluster
{
    public const string UrlVariable = "TALENTCHAIN_CLUSTER_URL";
    public const string DirVariable = "TALENTCHAIN_CLUSTER_DIR";
    /// <summary>The demo accounts' password (README; the cluster loads the demo enterprise with the seed verb).</summary>
    public const string DemoPassword = "TalentChain!2026";

    private static readonly Lazy<Cluster> Instance = new(() => new Cluster());
    public static Cluster Current => Instance.Value;

    private readonly Dictionary<string, string> _env;

    private Cluster()
    {
        Url = new Uri(Environment.GetEnvironmentVariable(UrlVariable) ?? throw new InvalidOperationException(UrlVariable + " is not set"));
        Dir = Environment.GetEnvironmentVariable(DirVariable) is { Length: > 0 } d ? d : "/tmp/talentchain-cluster";
        _env = File.ReadAllLines(Path.Combine(Dir, "cluster.env"))
            .Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        Nodes = [.. _env["nodes"].Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    public Uri Url { get; }
    public string Dir { get; }
    public IReadOnlyList<string> Nodes { get; }
    public string ConnectionString => _env["connection_string"];
    public string MailDir => _env["mail_dir"];
    public string Root => _env["root"];

    public int Port(string node) => int.Parse(_env[$"node_{node}_port"], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The node that answered, from the X-Upstream-Addr header nginx adds (127.0.0.1:5301 → node1).</summary>
    public string NodeOf(HttpResponseMessage response)
    {
        var addr = response.Headers.TryGetValues("X-Upstream-Addr", out var v) ? v.Last() : throw new InvalidOperationException("nginx sent no X-Upstream-Addr header");
        // After a failed attempt nginx lists every upstream it tried: "127.0.0.1:5301, 127.0.0.1:5302"; the last answered.
        var port = int.Parse(addr.Split(',').Last().Trim().Split(':').Last(), System.Globalization.CultureInfo.InvariantCulture);
        return Nodes.Single(n => Port(n) == port);
    }

    public string Other(string node) => Nodes.First(n => n != node);

    public string NodeLog(string node) => Path.Combine(Dir, node, "node.log");

    /// <summary>kill -9 of a node's process (a crash, a pulled plug).</summary>
    public void Kill(string node) => Script("kill-node", node);

    /// <summary>Starts a node again with its recorded settings and waits until it is ready.</summary>
    public void Start(string node) => Script("start-node", node);

    public bool IsRunning(string node)
    {
        var pidFile = Path.Combine(Dir, node, "pid");
        if (!File.Exists(pidFile)) return false;
        try
        {
            using var p = Process.GetProcessById(int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture));
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private void Script(string verb, string node)
    {
        var psi = new ProcessStartInfo("bash", [Path.Combine(Root, "eng", "cluster.sh"), verb, node]) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment[DirVariable] = Dir;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(180_000)) throw new TimeoutException($"cluster.sh {verb} {node} took more than 3 minutes");
        if (p.ExitCode != 0) throw new InvalidOperationException($"cluster.sh {verb} {node} failed ({p.ExitCode}): {stdout.Result} {stderr.Result}");
    }

    /// <summary>Runs SQL on the cluster's database with psql (tab-separated rows, no header).</summary>
    public IReadOnlyList<string[]> Query(string sql)
    {
        var csb = _env["connection_string"].Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var psql = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "psql")).Where(File.Exists).OrderBy(p => p, StringComparer.Ordinal).LastOrDefault() ?? "psql"
            : "psql";
        var psi = new ProcessStartInfo(psql, ["-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-h", csb["Host"], "-p", csb["Port"], "-U", csb["Username"], "-d", csb["Database"], "-c", sql])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit(60_000);
        if (p.ExitCode != 0) throw new InvalidOperationException($"psql failed: {stderr.Result.Trim()} ({sql})");
        return [.. stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t'))];
    }
}

/// <summary>
/// A browser-like client of the proxy: one cookie jar, no automatic redirects. nginx's round robin is steered with
/// cheap probes (<see cref="OnAsync"/>) so a test can say which node must answer a request, and every answer says which
/// node gave it.
/// </summary>
public sealed partial class ClusterClient : IDisposable
{
    private readonly HttpClient _http;
    public Cluster Cluster { get; }
    public CookieContainer Cookies { get; } = new();
    private string? _apiToken;

    public ClusterClient(Cluster cluster)
    {
        Cluster = cluster;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = cluster.Url,
            Timeout = TimeSpan.FromSeconds(60),
        };
        _http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
    }

    /// <summary>
    /// Sends the request so that <paramref name="node"/> answers it: probes /health/live until the node before it in
    /// nginx's round robin answered, then sends; asserts that the intended node answered.
    /// </summary>
    public async Task<HttpResponseMessage> OnAsync(string node, Func<HttpRequestMessage> request)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            // Only the nodes that run take part in the round robin (a killed node is skipped by nginx).
            var live = Cluster.Nodes.Where(Cluster.IsRunning).ToList();
            if (live.Count > 1 && live.Contains(node))
            {
                var before = live[(live.IndexOf(node) + live.Count - 1) % live.Count];
                using var probe = await _http.GetAsync(new Uri("/health/live", UriKind.Relative));
                if (Cluster.NodeOf(probe) != before)
                {
                    // A node just started again is skipped by nginx until its fail_timeout (5 s) has passed: without
                    // a pause, the 40 probes were spent in under a second and the steer gave up before nginx came back.
                    await Task.Delay(250);
                    continue;
                }
            }
            using var message = request();
            var (method, uri) = (message.Method, message.RequestUri);
            var response = await _http.SendAsync(message);
            var answered = Cluster.NodeOf(response);
            if (answered == node) return response;
            // A node that has just come back may still be skipped by nginx for a few seconds: reads are simply sent again.
            Assert.True(method == HttpMethod.Get, $"expected {node} to answer {method} {uri}, but {answered} did");
            response.Dispose();
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"could not steer a request to {node}");
    }

    public Task<HttpResponseMessage> GetOnAsync(string node, string path) => OnAsync(node, () => new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>Posts a form the way a browser does: the antiforgery token comes from <paramref name="tokenFrom"/>'s page.</summary>
    public Task<HttpResponseMessage> PostFormOnAsync(string node, string path, string token, IEnumerable<KeyValuePair<string, string>> fields) =>
        OnAsync(node, () => new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))),
        });

    /// <summary>An API call with the session cookie and the page's antiforgery token in the RequestVerificationToken header.</summary>
    public async Task<HttpResponseMessage> ApiOnAsync(string node, HttpMethod method, string path, HttpContent? content = null)
    {
        _apiToken ??= await PageTokenAsync("/");
        return await OnAsync(node, () =>
        {
            var r = new HttpRequestMessage(method, path) { Content = content is null ? null : Clone(content) };
            r.Headers.Add("RequestVerificationToken", _apiToken);
            return r;
        });
    }

    public async Task<JsonElement> GetJsonAsync(string path, string? node = null)
    {
        using var response = node is null ? await _http.GetAsync(new Uri(path, UriKind.Relative)) : await GetOnAsync(node, path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The antiforgery token of a page (GET through the proxy; any node).</summary>
    public async Task<string> PageTokenAsync(string path, string? node = null)
    {
        using var page = node is null ? await _http.GetAsync(new Uri(path, UriKind.Relative)) : await GetOnAsync(node, path);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)page.StatusCode}");
        return TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"no antiforgery token on {path}");
    }

    /// <summary>Signs in through the sign-in form: the form from one node, the post to the other.</summary>
    public async Task SignInAsync(string email, string password, string formNode, string postNode)
    {
        var token = await PageTokenAsync("/account/login", formNode);
        using var response = await PostFormOnAsync(postNode, "/account/login", token, [new("Email", email), new("Password", password)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("/account/login", StringComparison.Ordinal) == false,
            $"sign-in of {email} on {postNode}: {(int)response.StatusCode} {response.Headers.Location}");
    }

    private static ByteArrayContent Clone(HttpContent content)
    {
        var bytes = content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        var copy = new ByteArrayContent(bytes);
        foreach (var h in content.Headers) copy.Headers.TryAddWithoutValidation(h.Key, h.Value);
        return copy;
    }

    [GeneratedRegex("<input(?=[^>]*name=\"__RequestVerificationToken\")[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public void Dispose() => _http.Dispose();
}
