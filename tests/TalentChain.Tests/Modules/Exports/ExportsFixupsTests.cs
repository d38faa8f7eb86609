using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Exports.Features.Licences;
using TalentChain.Modules.Exports.Features.Risk;
using TalentChain.Tests.Infrastructure;
using static TalentChain.Tests.Modules.Exports.ExportsApi;
using TalentChain.Modules.Exports;

namespace TalentChain.Tests.Modules.Exports;

/// <summary>
/// Production lines (create / edit / delete with consumption rows), control-list entries edited on the page, and
/// licence revocation — through the API and the pages, on SQLite and on PostgreSQL.
/// </summary>
public abstract class ExportsFixupsTests(TalentChainFactory app)
{
    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task ProductionLineApi_CreateEditDelete_IsReflectedOnRiskBoard()
    {
        var api = await app.ApiClientAsync("trade");
        var customer = await PartyAsync(api, "Rheinmotor");
        var dy = await MaterialAsync(api, "NDFEB-DY");
        var tb = await MaterialAsync(api, "NDFEB-TB");
        var created = await ApiAssert.JsonAsync<ProductionLineView>(await api.PostAsJsonAsync("/api/v1/exports/production-lines", new
        {
            customerPartyId = customer, name = "Test e-axle line", location = "Leipzig", country = "de", notes = "Pilot", dailyOutputValue = 50000m, currency = "EUR",
            consumption = new[] { new { materialId = dy, dailyConsumption = 10m, stockOnHand = 100m, inTransit = 0m } },
        }), HttpStatusCode.Created);
        var id = created.Id;
        Assert.Equal("DE", created.Country);
        Assert.Equal("Leipzig", created.Location);

        var board = await api.GetJsonAsync<RiskBoard>("/api/v1/exports/risk");
        var row = board.Rows.Single(r => r.ProductionLineId == id);
        Assert.Equal(10d, row.DaysOfCover);

        var updated = await ApiAssert.JsonAsync<ProductionLineView>(await api.PutAsJsonAsync($"/api/v1/exports/production-lines/{id}", new
        {
            customerPartyId = customer, name = "Test e-axle line 2", location = "Leipzig", country = "DE", dailyOutputValue = 60000m, currency = "EUR",
            version = created.Version,
            consumption = new[]
            {
                new { materialId = dy, dailyConsumption = 20m, stockOnHand = 100m, inTransit = 0m },
                new { materialId = tb, dailyConsumption = 1m, stockOnHand = 5m, inTransit = 5m },
            },
        }), HttpStatusCode.OK);
        Assert.Equal("Test e-axle line 2", updated.Name);
        Assert.Equal(2, updated.Consumption.Count);

        // A stale version is a conflict, and nothing changes.
        var stale = await api.PutAsJsonAsync($"/api/v1/exports/production-lines/{id}", new { customerPartyId = customer, name = "Lost update", version = created.Version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/exports/production-lines/{id}/consumption/{tb}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/exports/production-lines/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/exports/production-lines/{id}")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.LineConsumptions.CountAsync(c => c.ProductionLineId == id)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "ProductionLine" && a.EntityKey == Key(id) && a.Action == TalentChain.Platform.Audit.AuditAction.Delete)));
        var after = await api.GetJsonAsync<RiskBoard>("/api/v1/exports/risk");
        Assert.DoesNotContain(after.Rows, r => r.ProductionLineId == id);
    }

    [Fact]
    public async Task ProductionLineApi_BadInput_IsRefusedFieldByFieldWritingNothing()
    {
        var api = await app.ApiClientAsync("trade");
        var customer = await PartyAsync(api, "Rheinmotor");
        var dy = await MaterialAsync(api, "NDFEB-DY");
        var before = await app.WithDbAsync(db => db.ProductionLines.CountAsync());
        object Bad(int party) => new
        {
            customerPartyId = party, name = "", country = "Germany",
            consumption = new object[]
            {
                new { materialId = dy, dailyConsumption = 0m, stockOnHand = -1m, inTransit = 0m },
                new { materialId = dy, dailyConsumption = 5m, stockOnHand = 1m, inTransit = -2m },
                new { materialId = 987654, dailyConsumption = 5m, stockOnHand = 1m, inTransit = 0m },
            },
        };
        var errors = await ErrorsAsync(await api.PostAsJsonAsync("/api/v1/exports/production-lines", Bad(987654)));
        Assert.Contains("Party 987654 does not exist.", errors);
        Assert.Contains("Enter the line's name (up to 200 characters).", errors);
        Assert.Contains("\"Germany\" is not a two-letter country code.", errors);
        Assert.Contains("The daily consumption must be greater than zero.", errors);
        Assert.Contains("Stock cannot be negative.", errors);
        Assert.Contains("The line already has a consumption row for NDFEB-DY; change that row instead.", errors);
        Assert.Contains("Material 987654 does not exist.", errors);

        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var zh = await ErrorsAsync(await api.PostAsJsonAsync("/api/v1/exports/production-lines", Bad(customer)));
        Assert.Contains("请填写生产线名称（最多 200 个字符）。", zh);
        Assert.Contains("该生产线已有 NDFEB-DY 的消耗记录；请修改该记录。", zh);
        Assert.Equal(before, await app.WithDbAsync(db => db.ProductionLines.CountAsync()));
    }

    [Fact]
    public async Task ProductionLinePages_CreateAddMaterialAndDelete_RefuseDuplicate()
    {
        var client = await app.SignInAsync("trade");
        var api = await app.ApiClientAsync("trade");
        var customer = await PartyAsync(api, "Kansai");
        var tb = await MaterialAsync(api, "NDFEB-TB");
        var created = await client.PostFormAsync("/exports/risk/lines/new?handler=Save", new()
        {
            ["CustomerPartyId"] = Key(customer), ["Name"] = "Page-made servo line", ["Location"] = "Kobe", ["Country"] = "JP", ["DailyOutputValue"] = "1000", ["Currency"] = "JPY",
        }, "/exports/risk/lines/new");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString.Split('?')[0];
        var id = int.Parse(url.Split('/').Last(), CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{url}?handler=AddMaterial", new()
        {
            ["MaterialId"] = Key(tb), ["DailyConsumption"] = "2", ["StockOnHand"] = "40", ["InTransit"] = "0",
        }, url)).StatusCode);
        var page = await client.GetHtmlAsync(url);
        Assert.NotNull(page.QuerySelector("#consumption tr[data-material='NDFEB-TB']"));
        Assert.NotNull((await client.GetHtmlAsync("/exports/risk")).QuerySelector($"#production-lines tr[data-line='{id}']"));

        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var duplicate = await client.PostFormAsync($"{url}?handler=AddMaterial", new()
        {
            ["MaterialId"] = Key(tb), ["DailyConsumption"] = "3", ["StockOnHand"] = "40", ["InTransit"] = "0",
        }, url);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        var errors = HttpTestExtensions.ParseHtml(await duplicate.Content.ReadAsStringAsync()).QuerySelector("#form-errors")!.TextContent;
        Assert.Contains("该生产线已有 NDFEB-TB 的消耗记录；请修改该记录。", errors);
        Assert.Equal(2m, await app.WithDbAsync(db => db.LineConsumptions.Where(c => c.ProductionLineId == id).Select(c => c.DailyConsumption).SingleAsync()));

        var deleted = await client.PostFormAsync($"{url}?handler=Delete", new(), url);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ProductionLines.AnyAsync(p => p.Id == id)));
    }

    [Fact]
    public async Task ControlListPage_EditsAnExistingEntry_AndRefusesABadHsCodeWithoutChangingIt()
    {
        var client = await app.SignInAsync("trade");
        var entry = await app.WithDbAsync(db => db.ControlListEntries.OrderBy(e => e.Id).FirstAsync(e => e.ControlCode == "1C902.b"));
        var url = $"/exports/control-list?editEntry={entry.Id}";
        var form = (await client.GetHtmlAsync(url)).QuerySelector("#entry-form")!;
        Assert.Equal(Key(entry.Id), form.QuerySelector("input[name=EntryId]")!.GetAttribute("value"));
        Assert.Equal(entry.Description, form.QuerySelector("input[name=Description]")!.GetAttribute("value"));

        Dictionary<string, string> Fields(string hs, string description) => new()
        {
            ["EntryId"] = Key(entry.Id), ["EntryVersion"] = entry.Version.ToString(CultureInfo.InvariantCulture), ["EntryAnnouncementId"] = Key(entry.AnnouncementId),
            ["ControlCode"] = entry.ControlCode, ["Element"] = entry.Element, ["Forms"] = "Oxide", ["Description"] = description, ["DescriptionZh"] = "氧化钐（已核对）",
            ["HsCodes"] = hs, ["EntryToVerify"] = "false",
        };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var bad = await client.PostFormAsync("/exports/control-list?handler=Entry", Fields("28-46", "Samarium oxide (checked)"), url);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("28-46", HttpTestExtensions.ParseHtml(await bad.Content.ReadAsStringAsync()).QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(entry.Description, await app.WithDbAsync(db => db.ControlListEntries.Where(e => e.Id == entry.Id).Select(e => e.Description).SingleAsync()));

        var ok = await client.PostFormAsync("/exports/control-list?handler=Entry", Fields("2846901100", "Samarium oxide (checked)"), url);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var saved = await app.WithDbAsync(db => db.ControlListEntries.SingleAsync(e => e.Id == entry.Id));
        Assert.Equal("Samarium oxide (checked)", saved.Description);
        Assert.Equal("氧化钐（已核对）", saved.DescriptionZh);
        Assert.Equal("2846901100", saved.HsCodes);
        Assert.False(saved.ToVerify);
        Assert.Equal(1, await app.WithDbAsync(db => db.ControlListEntries.CountAsync(e => e.ControlCode == entry.ControlCode && e.AnnouncementId == entry.AnnouncementId)));
    }

    [Fact]
    public async Task RevokedLicence_ReservationOrShipmentAfterRevocation_IsRefusedWithReason()
    {
        var api = await app.ApiClientAsync("trade");
        var number = "T-REVOKE-" + Guid.NewGuid().ToString("N")[..6];
        var (_, licence) = await ApprovedLicenceAsync(api, number);
        var licenceId = licence.Id;
        var lineId = licence.Lines[0].Id;
        var customer = await PartyAsync(api, "Rheinmotor");
        object Order(string planned) => new
        {
            licenceId, consigneePartyId = customer, endUserPartyId = customer, destinationCountry = "DE", endUseCategory = "Automotive", plannedOn = planned,
            lines = new[] { new { licenceLineId = lineId, quantity = 10m, value = 950m } },
        };
        var early = await ApiAssert.JsonAsync<ShipmentView>(await api.PostAsJsonAsync("/api/v1/exports/shipments", Order("2026-11-25")), HttpStatusCode.Created);
        var late = await ApiAssert.JsonAsync<ShipmentView>(await api.PostAsJsonAsync("/api/v1/exports/shipments", Order("2026-12-02")), HttpStatusCode.Created);

        // Date and reason are required; nothing is recorded without them.
        var missing = await ErrorsAsync(await api.PostAsJsonAsync($"/api/v1/exports/licences/{licenceId}/revoke", new { reason = " " }));
        Assert.Contains("Enter the date from which the licence is revoked.", missing);
        Assert.Contains("Enter the reason for the revocation (up to 1000 characters).", missing);
        Assert.False(await app.WithDbAsync(db => db.Licences.Where(l => l.Id == licenceId).Select(l => l.Revoked).SingleAsync()));

        const string Reason = "MOFCOM revoked the licence: end-use statement inconsistent";
        var revoked = await ApiAssert.JsonAsync<LicenceView>(await api.PostAsJsonAsync($"/api/v1/exports/licences/{licenceId}/revoke", new { revokedOn = "2026-12-01", reason = Reason }), HttpStatusCode.OK);
        Assert.True(revoked.Revoked);
        Assert.Equal(Day("2026-12-01"), revoked.RevokedOn);
        Assert.False(revoked.RevokedNow); // today is 2026-11-20

        // The day before the revocation still works; the revocation date itself is refused with the reason.
        await ApiAssert.JsonAsync<ShipmentView>(await api.PostAsJsonAsync("/api/v1/exports/shipments", Order("2026-11-30")), HttpStatusCode.Created);
        var refused = await ErrorsAsync(await api.PostAsJsonAsync("/api/v1/exports/shipments", Order("2026-12-01")));
        Assert.Contains($"Refused: licence {number} was revoked with effect from 2026-12-01: {Reason}", refused);
        await ApiAssert.JsonAsync<ShipmentView>(await api.PostAsJsonAsync($"/api/v1/exports/shipments/{early.Id}/ship", new { shippedOn = "2026-11-30" }), HttpStatusCode.OK);
        var shipLate = await ErrorsAsync(await api.PostAsJsonAsync($"/api/v1/exports/shipments/{late.Id}/ship", new { shippedOn = "2026-12-01" }));
        Assert.Contains($"Refused: licence {number} was revoked with effect from 2026-12-01: {Reason}", shipLate);

        // Existing reservations stay visible (and still reserved).
        var view = await api.GetJsonAsync<LicenceView>($"/api/v1/exports/licences/{licenceId}");
        var lateView = view.Shipments.Single(s => s.Id == late.Id);
        Assert.Equal("Reserved", lateView.Status);
        Assert.Equal(3, view.Shipments.Count);

        // Audited automatically; a second revocation is refused (in Chinese too).
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "Licence" && a.EntityKey == Key(licenceId)).Select(a => a.Changes).ToListAsync());
        Assert.Contains(audit, c => c.Contains(Reason, StringComparison.Ordinal));
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var again = await ErrorsAsync(await api.PostAsJsonAsync($"/api/v1/exports/licences/{licenceId}/revoke", new { revokedOn = "2026-12-05", reason = "again" }));
        Assert.Contains($"许可证 {number} 已被撤销（自 2026-12-01 起）。", again);
        var zhRefusal = await ErrorsAsync(await api.PostAsJsonAsync("/api/v1/exports/shipments", Order("2026-12-03")));
        Assert.Contains($"拒绝：许可证 {number} 已自 2026-12-01 起被撤销：{Reason}", zhRefusal);
    }

    [Fact]
    public async Task LicencePage_Revocation_IsRecordedOnlyWithReason()
    {
        var api = await app.ApiClientAsync("trade");
        var number = "T-REVPAGE-" + Guid.NewGuid().ToString("N")[..6];
        var (_, licence) = await ApprovedLicenceAsync(api, number);
        var id = licence.Id;
        var client = await app.SignInAsync("trade");
        var url = $"/exports/licences/{id}";
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var bad = await client.PostFormAsync($"{url}?handler=Revoke", new() { ["RevokedOn"] = "2026-11-18", ["RevocationReason"] = "" }, url);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("请填写撤销原因（最多 1000 个字符）。", HttpTestExtensions.ParseHtml(await bad.Content.ReadAsStringAsync()).QuerySelector("#form-errors")!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.Licences.Where(l => l.Id == id).Select(l => l.Revoked).SingleAsync()));

        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        var ok = await client.PostFormAsync($"{url}?handler=Revoke", new() { ["RevokedOn"] = "2026-11-18", ["RevocationReason"] = "Revoked by MOFCOM notice" }, url);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var page = await client.GetHtmlAsync(url);
        Assert.Contains("Revoked with effect from 2026-11-18: Revoked by MOFCOM notice", page.QuerySelector("#revoked-banner")!.TextContent);
        Assert.Null(page.QuerySelector("#revoke-form"));
        var row = (await client.GetHtmlAsync("/exports/licences")).QuerySelector($"#licences tr[data-number='{number}']")!;
        Assert.Equal("true", row.GetAttribute("data-revoked"));
        Assert.Contains("table-danger", row.ClassName, StringComparison.Ordinal);
    }
}

public sealed class ExportsFixupsTestsSqlite(ExportsSqliteFactory app) : ExportsFixupsTests(app), IClassFixture<ExportsSqliteFactory>;

public sealed class ExportsFixupsTestsPostgres(ExportsPostgresFactory app) : ExportsFixupsTests(app), IClassFixture<ExportsPostgresFactory>;
