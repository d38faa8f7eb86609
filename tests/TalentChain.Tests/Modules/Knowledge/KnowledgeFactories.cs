using System.Net;
using System.Text.Json;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Knowledge;

/// <summary>The app with the demo enterprise and a settable clock (grant expiry, last days), on SQLite.</summary>
public class KnowledgeFactory : TalentChainFactory
{
    public static readonly DateTimeOffset Start = new(2026, 6, 15, 8, 0, 0, TimeSpan.Zero);

    public KnowledgeFactory() : this(DatabaseProvider.Sqlite) { }

    protected KnowledgeFactory(DatabaseProvider provider) : base(provider, 150, new TestClock(Start)) { }

    public TestClock TestClock => Clock!;

    public DateOnly Today => DateOnly.FromDateTime(TestClock.GetUtcNow().UtcDateTime);
}

/// <summary>The same on PostgreSQL.</summary>
public sealed class KnowledgePostgresFactory : KnowledgeFactory
{
    public KnowledgePostgresFactory() : base(DatabaseProvider.Postgres) { }
}

internal static class Api
{
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts a 400 ProblemDetails and returns the messages of one field.</summary>
    public static async Task<string[]> FieldErrorsAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        using var doc = JsonDocument.Parse(body);
        var match = doc.RootElement.GetProperty("errors").EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase));
        Assert.True(match.Value.ValueKind == JsonValueKind.Array, $"no errors for {field}: {body}");
        return [.. match.Value.EnumerateArray().Select(e => e.GetString()!)];
    }
}
