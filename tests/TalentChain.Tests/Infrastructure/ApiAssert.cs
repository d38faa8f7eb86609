using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TalentChain.Tests.Infrastructure;

/// <summary>JSON API assertions shared by every module's tests.</summary>
internal static class ApiAssert
{
    /// <summary>Asserts a 400 ProblemDetails and returns the messages of one field.</summary>
    public static async Task<string[]> FieldErrorsAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        using var doc = JsonDocument.Parse(body);
        Assert.True(doc.RootElement.TryGetProperty("errors", out var errors), body);
        var match = errors.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase));
        Assert.True(match.Value.ValueKind == JsonValueKind.Array, $"no errors for {field}: {body}");
        return [.. match.Value.EnumerateArray().Select(e => e.GetString()!)];
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) => client.PutAsJsonAsync(url, body);
}
