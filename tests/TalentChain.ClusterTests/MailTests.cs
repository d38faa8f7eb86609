using System.Diagnostics;
using System.Net;
using System.Text;

namespace TalentChain.ClusterTests;

/// <summary>
/// E-mails leave once although every node runs the mail outbox: recording a departure of someone holding a critical
/// technology (a Razor form) notifies every knowledge officer, and the SMTP sink the nodes send to (eng/smtp-sink.py)
/// receives exactly one message per recipient.
/// </summary>
public sealed class MailTests
{
    private readonly Cluster _cluster = Cluster.Current;

    [ClusterFact]
    public async Task DepartureNotice_BothNodesRunOutbox_IsMailedOncePerRecipient()
    {
        var (a, b) = (_cluster.Nodes[0], _cluster.Nodes[1]);
        using var client = new ClusterClient(_cluster);
        await client.SignInAsync("knowledge@talentchain.demo", Cluster.DemoPassword, a, b);

        // Someone who holds a critical technology and is not leaving yet.
        var coverage = await client.GetJsonAsync("/api/v1/knowledge/coverage");
        var holder = coverage.GetProperty("technologies").EnumerateArray()
            .SelectMany(t => t.GetProperty("holderList").EnumerateArray())
            .First(h => !h.GetProperty("leaving").GetBoolean()).GetProperty("employeeNumber").GetString()!;

        var today = DateTime.UtcNow.Date;
        var token = await client.PageTokenAsync("/knowledge/departures", a);
        using var recorded = await client.PostFormOnAsync(b, "/knowledge/departures", token,
        [
            new("Input.EmployeeNumber", holder), new("Input.NoticeDate", today.ToString("yyyy-MM-dd")), new("Input.LastDay", today.AddDays(30).ToString("yyyy-MM-dd")),
            new("Input.Reason", "Resignation"), new("Input.Destination", "DomesticCompetitor"), new("Input.Level", "Staff"), new("Input.RoleTitle", ""), new("Input.Notes", "cluster test"),
        ]);
        Assert.True(recorded.StatusCode == HttpStatusCode.Redirect, $"record departure of {holder} on {b}: {(int)recorded.StatusCode} {await Snippet(recorded)}");
        var link = recorded.Headers.Location!.ToString();
        Assert.Contains("/knowledge/departures/", link, StringComparison.Ordinal);
        var departureId = link.Split('/').Last();

        // Whom the app meant to mail: the notification rows of this departure with an address.
        var expected = _cluster.Query($"SELECT \"Id\", \"EmailTo\" FROM \"Notifications\" WHERE \"DedupKey\" = 'knowledge-departure:{departureId}' AND \"EmailTo\" IS NOT NULL")
            .ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        Assert.NotEmpty(expected);

        // Wait until each is marked sent, then three more outbox intervals on both nodes for any duplicate to arrive.
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            var unsent = _cluster.Query($"SELECT count(*) FROM \"Notifications\" WHERE \"DedupKey\" = 'knowledge-departure:{departureId}' AND \"EmailTo\" IS NOT NULL AND \"EmailSentAt\" IS NULL");
            if (unsent[0][0] == "0") break;
            await Task.Delay(1000);
        }
        await Task.Delay(TimeSpan.FromSeconds(30));

        var received = Directory.GetFiles(_cluster.MailDir, "*.eml").Select(f => File.ReadAllText(f, Encoding.UTF8))
            .Select(m => (Notification: Header(m, "X-TalentChain-Notification"), To: Header(m, "X-Sink-Rcpt-To")))
            .Where(m => m.Notification is not null && expected.ContainsKey(m.Notification)).ToList();
        foreach (var (id, to) in expected)
        {
            var copies = received.Count(m => m.Notification == id);
            Assert.True(copies == 1, $"notification {id} to {to}: {copies} messages received (expected exactly one)");
            Assert.Equal(to, received.First(m => m.Notification == id).To, StringComparer.OrdinalIgnoreCase);
        }
        Assert.Equal(expected.Values.Order(StringComparer.OrdinalIgnoreCase), received.Select(m => m.To!).Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
    }

    private static string? Header(string message, string name)
    {
        foreach (var line in message.Split("\r\n"))
        {
            if (line.Length == 0) break;
            if (line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase)) return line[(name.Length + 1)..].Trim();
        }
        return null;
    }

    private static async Task<string> Snippet(HttpResponseMessage r)
    {
        var body = await r.Content.ReadAsStringAsync();
        var i = body.IndexOf("alert", StringComparison.Ordinal);
        return i < 0 ? body[..Math.Min(300, body.Length)] : body.Substring(i, Math.Min(600, body.Length - i));
    }
}
