using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace TalentChain.Tests.Infrastructure;

/// <summary>JSON API assertions shared by every module's tests.</summary>
internal static class ApiAssert
{
    /// <summary>Asserts a 400 ProblemDetails and returns the messages of one field.</summary>
    public static async Task<string[]> FieldErrorsAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        var problem = JsonSerializer.Deserialize<HttpValidationProblemDetails>(body, ApiJson.Options);
        Assert.True(problem is not null, body);
        var match = problem.Errors.FirstOrDefault(p => string.Equals(p.Key, field, StringComparison.OrdinalIgnoreCase));
        Assert.True(match.Value is not null, $"no errors for {field}: {body}");
        return match.Value;
    }

    /// <summary>The body as raw JSON, for the tests that check the wire format itself (property names, absent fields).</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts the status and reads the body as <typeparamref name="T"/> with the API's JSON conventions.</summary>
    public static async Task<T> JsonAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        var value = JsonSerializer.Deserialize<T>(body, ApiJson.Options);
        Assert.True(value is not null, $"expected a {typeof(T).Name}, got: {body}");
        return value;
    }

    /// <summary>GET that must answer 200, read as <typeparamref name="T"/>.</summary>
    public static async Task<T> GetJsonAsync<T>(this HttpClient client, string url) => await JsonAsync<T>(await client.GetAsync(url), HttpStatusCode.OK);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) => client.PutAsJsonAsync(url, body);
}
