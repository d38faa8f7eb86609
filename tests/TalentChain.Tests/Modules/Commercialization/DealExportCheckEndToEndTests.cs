using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Commercialization;
using TalentChain.Modules.Commercialization.Features.GoToMarket;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Modules.Exports.Features.TechnologyChecks;
using TalentChain.Tests.Infrastructure;
using TalentChain.Tests.Modules.Exports;
using static TalentChain.Tests.Modules.Exports.ExportsApi;

namespace TalentChain.Tests.Modules.Commercialization;

/// <summary>
/// The demo's licence to a German magnet maker through Exports' real technology-export check (no stand-in): the transfer
/// office cannot sign it while the trade-compliance officer is reviewing, and can once the officer has classified the
/// technology as restricted, filed the licence intent and the export licence, and cleared the check.
/// </summary>
public abstract class DealExportCheckEndToEndTests(TalentChainFactory app)
{
    private const string Deals = "/api/v1/commercialization/deals";
    private const string Checks = "/api/v1/exports/technology-checks";

    [Fact]
    public async Task ForeignLicence_RealExportCheckClearedByTheOfficer_SignsOnlyThen()
    {
        var tto = await app.ApiClientAsync("tto");
        var officer = await app.ApiClientAsync("trade");
        var dealId = await app.WithDbAsync(db => db.Deals.Where(d => d.CountryCode == "DE").Select(d => d.Id).FirstAsync());
        var deal = await tto.GetJsonAsync<DealView>($"{Deals}/{dealId}");
        Assert.True(deal.NeedsExportCheck);
        var check = Assert.IsType<TechnologyExportCheckInfo>(deal.ExportCheck);
        Assert.NotEqual(TechnologyExportCheckStatus.Cleared, check.Status);

        var refused = await tto.PostAsJsonAsync($"{Deals}/{dealId}/sign", new SignInput(null), ApiJson.Options);
        Assert.Contains(await ApiAssert.FieldErrorsAsync(refused, "ExportCheck"), m => m.Contains(check.Number, StringComparison.Ordinal));

        // The officer works the check in Exports.
        var view = await officer.GetJsonAsync<TechnologyCheckView>($"{Checks}/{check.Id}");
        if (view.Status == TechnologyExportCheckStatus.Requested)
            Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"{Checks}/{check.Id}/start-review", new { })).StatusCode);
        var restricted = (await officer.GetJsonAsync<List<CatalogueItemView>>("/api/v1/exports/technology-catalogue")).First(i => i.Category == TechnologyExportCategory.Restricted).Id;
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"{Checks}/{check.Id}/classify", new { category = "Restricted", catalogueItemId = restricted })).StatusCode);
        foreach (var (kind, number) in new[] { ("LicenceIntent", (string?)null), ("ExportLicence", "TEL-2026-0777") })
        {
            using var form = new MultipartFormDataContent { { new StringContent(kind), "kind" }, { new ByteArrayContent(Pdf), "file", kind + ".pdf" } };
            if (number is not null) form.Add(new StringContent(number), "reference");
            Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"{Checks}/{check.Id}/documents", form)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"{Checks}/{check.Id}/clear", new { })).StatusCode);

        // The deal shows the cleared check and signs.
        Assert.Equal(TechnologyExportCheckStatus.Cleared, (await tto.GetJsonAsync<DealView>($"{Deals}/{dealId}")).ExportCheck!.Status);
        var signed = await ApiAssert.JsonAsync<DealView>(await tto.PostAsJsonAsync($"{Deals}/{dealId}/sign", new SignInput(null), ApiJson.Options), HttpStatusCode.OK);
        Assert.NotNull(signed.SignedOn);
    }
}

public sealed class DealExportCheckEndToEndTestsSqlite(ExportsSqliteFactory app) : DealExportCheckEndToEndTests(app), IClassFixture<ExportsSqliteFactory>;

public sealed class DealExportCheckEndToEndTestsPostgres(ExportsPostgresFactory app) : DealExportCheckEndToEndTests(app), IClassFixture<ExportsPostgresFactory>;
