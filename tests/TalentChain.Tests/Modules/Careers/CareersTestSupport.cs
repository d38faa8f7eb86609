using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TalentChain.Modules.Careers.Data;
using TalentChain.Modules.Careers.Features.Ladders;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Demo;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Careers;

/// <summary>The app on a fixed day (Mon 1 Jun 2026) that tests move forward; the demo's careers story is loaded.</summary>
public sealed class CareersSqliteFactory : TalentChainFactory
{
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
    public CareersSqliteFactory() : base(DatabaseProvider.Sqlite, 150, new FakeTimeProvider(Start)) { }
}

public sealed class CareersPostgresFactory : TalentChainFactory
{
    public CareersPostgresFactory() : base(DatabaseProvider.Postgres, 150, new FakeTimeProvider(CareersSqliteFactory.Start)) { }
}

/// <summary>Tuesday 29 Sep 2026: a five-working-day notice from here crosses the National Day holiday of the demo calendar.</summary>
public sealed class CareersCalendarFactory : TalentChainFactory
{
    public static readonly DateTimeOffset Start = new(2026, 9, 29, 8, 0, 0, TimeSpan.Zero);
    public CareersCalendarFactory() : base(DatabaseProvider.Sqlite, 150, new FakeTimeProvider(Start)) { }
}

internal static class CareersApi
{
    public const string Root = "/api/v1/careers";
    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray();
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    public static DateOnly Today(this TalentChainFactory app) => DateOnly.FromDateTime(app.Clock!.GetUtcNow().UtcDateTime);

    public static void AdvanceDays(this TalentChainFactory app, int days) => app.Clock!.Advance(TimeSpan.FromDays(days));

    /// <summary>Asserts the status and returns every message of a ProblemDetails (field errors, else its title).</summary>
    public static async Task<string[]> ErrorsAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        var problem = JsonSerializer.Deserialize<HttpValidationProblemDetails>(body, ApiJson.Options)!;
        return problem.Errors.Count == 0 ? [problem.Title ?? "", problem.Detail ?? ""] : [.. problem.Errors.SelectMany(p => p.Value)];
    }

    public static async Task<int> AccountEmployeeAsync(this TalentChainFactory app, string login) =>
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == login + DemoSeeder.EmailDomain).Select(u => u.EmployeeId!.Value).SingleAsync());

    public static async Task<string> NumberOfAsync(this TalentChainFactory app, int employeeId) =>
        await app.WithDbAsync(db => db.EmployeeRefs.Where(e => e.Id == employeeId).Select(e => e.EmployeeNumber).SingleAsync());

    public static async Task<int> LevelIdAsync(this TalentChainFactory app, string ladderCode, int rank) =>
        await app.WithDbAsync(db => db.LadderLevels.Where(l => l.Ladder!.Code == ladderCode && l.Rank == rank).Select(l => l.Id).SingleAsync());

    public static Task<int> TechLevelAsync(this TalentChainFactory app, int rank) => app.LevelIdAsync(BundledLadders.Technical, rank);

    public static HttpRequestMessage Chinese(HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));
        return request;
    }

    public static MultipartFormDataContent Evidence(string type, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(type), "type" },
            { new StringContent("Evidence " + fileName), "description" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return form;
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
