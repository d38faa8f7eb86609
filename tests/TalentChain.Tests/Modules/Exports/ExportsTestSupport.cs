using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using TalentChain.Modules.Exports.Features.Applications;
using TalentChain.Modules.Exports.Features.ControlList;
using TalentChain.Modules.Exports.Features.Licences;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Exports;

/// <summary>The app on a fixed day (Fri 20 Nov 2026), so demo history, deadlines and expiry are reproducible.</summary>
public sealed class ExportsSqliteFactory : TalentChainFactory
{
    public static readonly DateTimeOffset Today = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
    public ExportsSqliteFactory() : base(DatabaseProvider.Sqlite, 150, new FakeTimeProvider(Today)) { }
}

public sealed class ExportsPostgresFactory : TalentChainFactory
{
    public ExportsPostgresFactory() : base(DatabaseProvider.Postgres, 150, new FakeTimeProvider(ExportsSqliteFactory.Today)) { }
}

internal static class ExportsApi
{
    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray();

    /// <summary>A calendar date as the API writes it (yyyy-MM-dd).</summary>
    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Asserts a ProblemDetails with field errors and returns all messages (any field); without field errors, its title.</summary>
    public static async Task<string[]> ErrorsAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.BadRequest)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        var problem = JsonSerializer.Deserialize<HttpValidationProblemDetails>(body, ApiJson.Options)!;
        if (problem.Errors.Count == 0)
        {
            Assert.True(problem.Title is not null, body);
            return [problem.Title];
        }
        return [.. problem.Errors.SelectMany(p => p.Value)];
    }

    public static async Task<int> PartyAsync(HttpClient api, string nameStart)
    {
        var parties = await api.GetJsonAsync<List<PartyView>>("/api/v1/exports/parties");
        return parties.First(p => p.Name.StartsWith(nameStart, StringComparison.Ordinal)).Id;
    }

    public static async Task<int> MaterialAsync(HttpClient api, string code)
    {
        var list = await api.GetJsonAsync<List<MaterialView>>("/api/v1/exports/materials");
        return list.First(p => p.Code == code).Id;
    }

    public static async Task<object> DraftInputAsync(HttpClient api, decimal quantity = 1000m, decimal value = 95000m, string currency = "EUR")
    {
        var exporter = await PartyAsync(api, "Rare Earth Trading");
        var customer = await PartyAsync(api, "Rheinmotor");
        var material = await MaterialAsync(api, "NDFEB-DY");
        return new
        {
            kind = "New", applicantPartyId = exporter, contractNumber = "TRD-TEST-1", consigneePartyId = customer, endUserPartyId = customer,
            endUse = "Traction motors", endUseCategory = "Automotive", currency,
            lines = new[] { new { materialId = material, controlCode = "1C905.a", quantity, unit = "kg", value, currency } },
            route = new[] { new { from = "CN", to = "DE", mode = "Sea" } },
        };
    }

    public static async Task AttachAsync(HttpClient api, int id, string kind, string fileName, byte[] content, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var form = new MultipartFormDataContent { { new StringContent(kind), "kind" }, { new ByteArrayContent(content), "file", fileName } };
        var response = await api.PostAsync($"/api/v1/exports/applications/{id}/documents", form);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<ApplicationView> MoveAsync(HttpClient api, int id, string to, string? onDate = null, object? extra = null)
    {
        var payload = new Dictionary<string, object?> { ["to"] = to, ["onDate"] = onDate };
        if (extra is not null) foreach (var p in extra.GetType().GetProperties()) payload[p.Name] = p.GetValue(extra);
        return await ApiAssert.JsonAsync<ApplicationView>(await api.PostAsJsonAsync($"/api/v1/exports/applications/{id}/transitions", payload), HttpStatusCode.OK);
    }

    /// <summary>A new application taken through to approval and a recorded licence (1000 kg / 95,000 EUR, 5 % tolerance).</summary>
    public static async Task<(int ApplicationId, LicenceView Licence)> ApprovedLicenceAsync(HttpClient api, string number, decimal tolerance = 5m, string? expiresOn = null)
    {
        var created = await ApiAssert.JsonAsync<ApplicationView>(await api.PostAsJsonAsync("/api/v1/exports/applications", await DraftInputAsync(api)), HttpStatusCode.Created);
        var id = created.Summary.Id;
        await AttachAsync(api, id, "Contract", "contract.pdf", Pdf);
        await AttachAsync(api, id, "EndUserCertificate", "euc.pdf", Pdf);
        await AttachAsync(api, id, "TestReport", "report.pdf", Pdf);
        await MoveAsync(api, id, "Ready");
        await MoveAsync(api, id, "Submitted", "2026-09-21");
        await MoveAsync(api, id, "Accepted", "2026-09-25");
        await MoveAsync(api, id, "UnderReview", "2026-09-28");
        await MoveAsync(api, id, "Approved", "2026-11-02");
        var licence = await ApiAssert.JsonAsync<LicenceView>(await api.PostAsJsonAsync("/api/v1/exports/licences", new
        {
            applicationId = id, number, kind = "Individual", issuedOn = "2026-11-02", expiresOn, tolerancePercent = tolerance, noReexportTo = "US", noDefenceUse = true,
        }), HttpStatusCode.Created);
        return (id, licence);
    }
}
