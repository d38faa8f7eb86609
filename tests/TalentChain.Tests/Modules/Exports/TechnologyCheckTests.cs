using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.Exports;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Modules.Exports.Features.TechnologyChecks;
using TalentChain.Modules.People;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Demo;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;
using TalentChain.Tests.Infrastructure;
using static TalentChain.Tests.Modules.Exports.ExportsApi;

namespace TalentChain.Tests.Modules.Exports;

/// <summary>Technology-export checks (技术出口审查): the contract other modules call, the officer's decisions, who sees what, uploads.</summary>
public abstract class TechnologyCheckTests(TalentChainFactory app)
{
    private const string Base = "/api/v1/exports/technology-checks";

    private Task<int> AccountEmployeeAsync(string login) => app.WithDbAsync(db =>
        db.Users.Where(u => u.Email == login + "@talentchain.demo").Select(u => u.EmployeeId!.Value).FirstAsync());

    private Task<int> NodeAsync(string code) => app.WithDbAsync(db => db.TaxonomyNodes.Where(n => n.Code == code).Select(n => n.Id).FirstAsync());

    private async Task<T> WithChecksAsync<T>(Func<ITechnologyExportChecks, Task<T>> call)
    {
        using var scope = app.Services.CreateScope();
        return await call(scope.ServiceProvider.GetRequiredService<ITechnologyExportChecks>());
    }

    private async Task<TechnologyExportRequest> RequestFor(string key, string node = "MAG.NDFEB.GBD", string country = "JP") => new(key,
        "Licence of grain-boundary diffusion know-how", "Recipes and furnace profiles.", [await NodeAsync(node)], "Kansai Precision Motors K.K.", country,
        TechnologyTransferKind.Licence, await AccountEmployeeAsync("participant"));

    private static async Task<TechnologyCheckView> PostAsync(HttpClient api, string url, object? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await api.PostAsJsonAsync(url, body ?? new { });
        return await ApiAssert.JsonAsync<TechnologyCheckView>(response, expected);
    }

    private static async Task<HttpResponseMessage> AttachAsync(HttpClient api, int id, string kind, string? reference, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent { { new StringContent(kind), "kind" }, { new ByteArrayContent(content), "file", fileName } };
        if (reference is not null) form.Add(new StringContent(reference), "reference");
        return await api.PostAsync($"{Base}/{id}/documents", form);
    }

    private static async Task<int> ItemAsync(HttpClient officer, TechnologyExportCategory category) =>
        (await officer.GetJsonAsync<List<CatalogueItemView>>("/api/v1/exports/technology-catalogue")).First(i => i.Category == category).Id;

    [Fact]
    public async Task Request_ThroughTheContract_IsOnePerKeyAndRefusesChinaAndUnknownCountries()
    {
        var first = await WithChecksAsync(async c => await c.RequestAsync(await RequestFor("deal:idem")));
        var again = await WithChecksAsync(async c => await c.RequestAsync(await RequestFor("deal:idem")));
        Assert.Equal(first.Id, again.Id);
        Assert.Matches(@"^TX-2026-\d{4}$", first.Number);
        Assert.Equal(TechnologyExportCheckStatus.Requested, first.Status);
        Assert.Equal($"/exports/technology-checks/{first.Id}", first.Link);
        Assert.Equal(1, await app.WithDbAsync(db => db.TechnologyExportChecks.CountAsync(c => c.SourceKey == "deal:idem")));

        using (UiCulture.Use(new CultureInfo("zh-CN")))
        {
            var zh = await WithChecksAsync(c => c.GetAsync([first.Id, 999_999]));
            Assert.Equal("已提出", Assert.Single(zh).Value.StatusLabel);
            var cn = await Assert.ThrowsAsync<ValidationFailedException>(async () => await WithChecksAsync(async c => await c.RequestAsync(await RequestFor("deal:cn", country: "CN"))));
            Assert.StartsWith("向境内当事人许可或转让不属于技术出口", Assert.Single(cn.Errors["CountryCode"]), StringComparison.Ordinal);
        }
        var domestic = await Assert.ThrowsAsync<ValidationFailedException>(async () => await WithChecksAsync(async c => await c.RequestAsync(await RequestFor("deal:cn", country: "cn"))));
        Assert.StartsWith("A licence or transfer to a party in China is not a technology export", Assert.Single(domestic.Errors["CountryCode"]), StringComparison.Ordinal);
        var unknown = await Assert.ThrowsAsync<ValidationFailedException>(async () => await WithChecksAsync(async c => await c.RequestAsync(await RequestFor("deal:xx", country: "XX"))));
        Assert.Equal("XX is not an ISO 3166-1 country code.", Assert.Single(unknown.Errors["CountryCode"]));
        var missing = await Assert.ThrowsAsync<ValidationFailedException>(async () => await WithChecksAsync(async c => await c.RequestAsync(await RequestFor("deal:none", country: " "))));
        Assert.Contains("CountryCode", missing.Errors.Keys);
        Assert.False(await app.WithDbAsync(db => db.TechnologyExportChecks.AnyAsync(c => c.SourceKey == "deal:cn" || c.SourceKey == "deal:xx" || c.SourceKey == "deal:none")));
        // The officers hear of the new check.
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.DedupKey == $"techcheck-requested:{first.Id}")));
    }

    [Fact]
    public async Task Clear_IsRefusedWhenProhibitedAndWithoutTheLicenceDocuments_AndSucceedsWithThem()
    {
        var officer = await app.ApiClientAsync("trade");
        var info = await WithChecksAsync(async c => await c.RequestAsync(await RequestFor("deal:clear")));
        var id = info.Id;
        var view = await officer.GetJsonAsync<TechnologyCheckView>($"{Base}/{id}");
        // The magnet technology suggests the prohibited magnet item; the register names the controlled technology.
        Assert.Contains(view.SuggestedItems, i => i.Category == TechnologyExportCategory.Prohibited && i.Name.Contains("magnet", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(view.RegisterTechnologies, r => r.Code == "MAG.NDFEB.GBD" && r.Controlled);

        Assert.Contains("Start the review before clearing", (await ErrorsAsync(await officer.PostAsJsonAsync($"{Base}/{id}/clear", new { })))[0], StringComparison.Ordinal);
        await PostAsync(officer, $"{Base}/{id}/start-review", null);
        Assert.Contains("Classify the technology", (await ErrorsAsync(await officer.PostAsJsonAsync($"{Base}/{id}/clear", new { })))[0], StringComparison.Ordinal);

        var prohibited = view.SuggestedItems.First(i => i.Category == TechnologyExportCategory.Prohibited).Id;
        var restricted = await ItemAsync(officer, TechnologyExportCategory.Restricted);
        Assert.Contains("is \"Prohibited\", not \"Restricted\"", (await ErrorsAsync(await officer.PostAsJsonAsync($"{Base}/{id}/classify", new { category = "Restricted", catalogueItemId = prohibited })))[0], StringComparison.Ordinal);
        await PostAsync(officer, $"{Base}/{id}/classify", new { category = "Prohibited", catalogueItemId = prohibited });
        Assert.StartsWith("The technology is prohibited from export", (await ErrorsAsync(await officer.PostAsJsonAsync($"{Base}/{id}/clear", new { })))[0], StringComparison.Ordinal);

        view = await PostAsync(officer, $"{Base}/{id}/classify", new { category = "Restricted", catalogueItemId = restricted });
        Assert.Equal([TechnologyDocumentKind.LicenceIntent, TechnologyDocumentKind.ExportLicence], view.RequiredDocuments.Select(r => r.Kind).ToArray());
        Assert.Equal(["The check cannot clear without: Technology export licence intent, Technology export licence."], await ErrorsAsync(await officer.PostAsJsonAsync($"{Base}/{id}/clear", new { })));

        Assert.Equal(HttpStatusCode.OK, (await AttachAsync(officer, id, "LicenceIntent", null, "intent.pdf", Pdf)).StatusCode);
        Assert.Equal(["The check cannot clear without: Technology export licence."], await ErrorsAsync(await officer.PostAsJsonAsync($"{Base}/{id}/clear", new { })));
        Assert.Equal(["Enter the number of the Technology export licence."], await ErrorsAsync(await AttachAsync(officer, id, "ExportLicence", null, "licence.pdf", Pdf)));
        Assert.Equal(HttpStatusCode.OK, (await AttachAsync(officer, id, "ExportLicence", "TEL-2026-0042", "licence.pdf", Pdf)).StatusCode);

        view = await PostAsync(officer, $"{Base}/{id}/clear", new { });
        Assert.Equal(TechnologyExportCheckStatus.Cleared, view.Status);
        Assert.Equal(DateOnly.FromDateTime(ExportsSqliteFactory.Today.UtcDateTime), view.DecidedOn);
        Assert.Contains(view.Events, e => e.Note.Contains("TEL-2026-0042", StringComparison.Ordinal));
        Assert.Equal(TechnologyExportCheckStatus.Cleared, (await WithChecksAsync(c => c.GetAsync([id])))[id].Status);
        // A cleared check is still the key's check: asking again returns it.
        Assert.Equal(id, (await WithChecksAsync(async c => await c.RequestAsync(await RequestFor("deal:clear")))).Id);

        var requester = await AccountEmployeeAsync("participant");
        var note = await app.WithDbAsync(db => db.Notifications.FirstAsync(n => n.DedupKey == $"techcheck-cleared:{id}" && n.EmployeeId == requester));
        Assert.Contains(info.Number, note.Subject, StringComparison.Ordinal);
        var events = await app.WithDbAsync(db => db.TechnologyCheckEvents.Where(e => e.CheckId == id).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal("审查通过（限制出口 · TEL-2026-0042）。", events[^1].NoteZh);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "TechnologyExportCheck" && a.EntityKey == id.ToString(CultureInfo.InvariantCulture) && a.Changes.Contains("Cleared"))));
    }

    [Fact]
    public async Task Refuse_WithAReason_NotifiesTheRequesterAndTheKeyMayAskAgain()
    {
        var officer = await app.ApiClientAsync("trade");
        var first = await WithChecksAsync(async c => await c.RequestAsync(await RequestFor("deal:refuse")));
        Assert.Equal(["Give the reason for refusing."], await ErrorsAsync(await officer.PostAsJsonAsync($"{Base}/{first.Id}/refuse", new { reason = " " })));
        var view = await PostAsync(officer, $"{Base}/{first.Id}/refuse", new { reason = "Prohibited magnet technology (catalogue)." });
        Assert.Equal(TechnologyExportCheckStatus.Refused, view.Status);
        Assert.Equal("Prohibited magnet technology (catalogue).", view.Reason);
        var info = (await WithChecksAsync(c => c.GetAsync([first.Id])))[first.Id];
        Assert.Equal("Prohibited magnet technology (catalogue).", info.Reason);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.DedupKey == $"techcheck-refused:{first.Id}")));
        Assert.Contains("can no longer change", (await ErrorsAsync(await officer.PostAsJsonAsync($"{Base}/{first.Id}/refuse", new { reason = "again" })))[0], StringComparison.Ordinal);
        var second = await WithChecksAsync(async c => await c.RequestAsync(await RequestFor("deal:refuse")));
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task Visibility_OfficerManagesRequesterAndTransferOfficeSee_OthersGet404()
    {
        var officer = await app.ApiClientAsync("trade");
        var check = await WithChecksAsync(async c => await c.RequestAsync(await RequestFor("deal:seen")));
        var id = check.Id;
        var requester = await app.ApiClientAsync("participant");
        var other = await app.ApiClientAsync("mentor");
        var executive = await app.ApiClientAsync("exec");
        var tto = await TransferOfficeClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await requester.GetAsync($"{Base}/{id}")).StatusCode);
        Assert.Contains(await requester.GetJsonAsync<List<TechnologyCheckRow>>(Base), r => r.Id == id);
        Assert.Equal(HttpStatusCode.OK, (await tto.GetAsync($"{Base}/{id}")).StatusCode);
        Assert.Contains(await tto.GetJsonAsync<List<TechnologyCheckRow>>(Base), r => r.Id == id);
        foreach (var stranger in new[] { other, executive })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{Base}/{id}")).StatusCode);
            Assert.DoesNotContain(await stranger.GetJsonAsync<List<TechnologyCheckRow>>(Base), r => r.Id == id);
            Assert.DoesNotContain(check.Number, await (await stranger.GetAsync($"{Base}/export?format=csv")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"{Base}/{id}/withdraw", new { })).StatusCode);
        }
        // Deciding is the officer's: everyone else is refused by the policy; the catalogue is the officer's too.
        foreach (var client in new[] { requester, tto, other })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"{Base}/{id}/start-review", new { })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"{Base}/{id}/clear", new { })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/exports/technology-catalogue")).StatusCode);
        }
        // The transfer office sees but does not withdraw someone else's check; the requester may.
        Assert.Equal(HttpStatusCode.Forbidden, (await tto.PostAsJsonAsync($"{Base}/{id}/withdraw", new { })).StatusCode);
        var withdrawn = await PostAsync(requester, $"{Base}/{id}/withdraw", new { reason = "Deal dropped." });
        Assert.Equal(TechnologyExportCheckStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"{Base}/{id}")).StatusCode);

        // The pages follow the same rules.
        var page = await app.SignInAsync("mentor");
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/exports/technology-checks/{id}")).StatusCode);
        var own = await app.SignInAsync("participant");
        Assert.Contains(check.Number, await (await own.GetAsync($"/exports/technology-checks/{id}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileUploads_AreRefused_AndNothingIsWritten()
    {
        var officer = await app.ApiClientAsync("trade");
        var id = (await WithChecksAsync(async c => await c.RequestAsync(await RequestFor("deal:upload")))).Id;
        var events = await app.WithDbAsync(db => db.TechnologyCheckEvents.CountAsync(e => e.CheckId == id));
        Assert.Equal(["certificate.pdf: the content is not a .pdf file (its first bytes do not match the type its name claims)."],
            await ErrorsAsync(await AttachAsync(officer, id, "ContractRegistrationCertificate", null, "certificate.pdf", "MZ\u0090 not a pdf"u8.ToArray())));
        Assert.StartsWith("certificate.exe: only these file types are accepted: .pdf, .jpg, .jpeg, .png",
            (await ErrorsAsync(await AttachAsync(officer, id, "ContractRegistrationCertificate", null, "certificate.exe", Pdf)))[0], StringComparison.Ordinal);
        Assert.StartsWith("certificate.docx: only these file types are accepted",
            (await ErrorsAsync(await AttachAsync(officer, id, "ContractRegistrationCertificate", null, "certificate.docx", TalentChain.Tests.Platform.HostileWorkbooks.Bomb(3L * 1024 * 1024))))[0], StringComparison.Ordinal);
        Assert.Equal(["The file is empty."], await ErrorsAsync(await AttachAsync(officer, id, "ContractRegistrationCertificate", null, "certificate.pdf", [])));
        Assert.Equal(["\"Passport\" is not a document kind."], await ErrorsAsync(await AttachAsync(officer, id, "Passport", null, "certificate.pdf", Pdf)));
        var requester = await app.ApiClientAsync("participant");
        Assert.Equal(HttpStatusCode.Forbidden, (await AttachAsync(requester, id, "ContractRegistrationCertificate", null, "certificate.pdf", Pdf)).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.TechnologyCheckDocuments.CountAsync(d => d.CheckId == id)));
        Assert.Equal(events, await app.WithDbAsync(db => db.TechnologyCheckEvents.CountAsync(e => e.CheckId == id)));
    }

    [Fact]
    public async Task ByHand_TheOfficerOpensACheck_AndTheListExportsInBothLanguages()
    {
        var officer = await app.ApiClientAsync("trade");
        var bad = await ErrorsAsync(await officer.PostAsJsonAsync(Base, new { title = "Polishing powder", description = "Process", taxonomyCodes = "MAG.FUNC.POLISH NOPE", counterpartyName = "Rheinmotor", countryCode = "CN", kind = "Licence" }));
        Assert.Contains("There is no technology or skill NOPE in the taxonomy.", bad);
        Assert.Contains(bad, e => e.StartsWith("A licence or transfer to a party in China", StringComparison.Ordinal));
        var created = await ApiAssert.JsonAsync<TechnologyCheckView>(await officer.PostAsJsonAsync(Base, new
        {
            title = "Polishing-powder process", description = "Calcination and classification", taxonomyCodes = "MAG.FUNC.POLISH", counterpartyName = "Rheinmotor Antriebstechnik GmbH",
            countryCode = "de", kind = "Licence",
        }), HttpStatusCode.Created);
        Assert.Equal("DE", created.CountryCode);
        Assert.Empty(created.SuggestedItems);
        var csv = await (await officer.GetAsync($"{Base}/export?format=csv&country=DE")).Content.ReadAsStringAsync();
        Assert.Contains(created.Number, csv, StringComparison.Ordinal);
        Assert.StartsWith("\uFEFFNumber,Status,Class", csv.StartsWith('\uFEFF') ? csv : "\uFEFF" + csv, StringComparison.Ordinal);
        var zh = await (await officer.GetAsync($"{Base}/export?format=csv&culture=zh-CN")).Content.ReadAsStringAsync();
        Assert.Contains("编号", zh, StringComparison.Ordinal);
        var xlsx = await officer.GetAsync($"{Base}/export?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync($"{Base}/export?format=pdf")).StatusCode);
        var page = await app.SignInAsync("trade");
        Assert.Contains(created.Number, await (await page.GetAsync("/exports/technology-checks?Country=DE")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalogue_TheOfficerKeepsIt_NumbersAreUniqueAndAnItemInUseStays()
    {
        var officer = await app.ApiClientAsync("trade");
        var demo = await officer.GetJsonAsync<List<CatalogueItemView>>("/api/v1/exports/technology-catalogue");
        Assert.Contains(demo, i => i.Category == TechnologyExportCategory.Prohibited && i.ToVerify && i.Nodes.Any(n => n.Code == "MAG.NDFEB"));
        var item = await ApiAssert.JsonAsync<CatalogueItemView>(await officer.PostAsJsonAsync("/api/v1/exports/technology-catalogue", new
        {
            number = "TEST-R-9", name = "Cerium polishing-powder preparation", nameZh = "铈基抛光粉制备技术", category = "Restricted", taxonomyCodes = "MAG.FUNC.POLISH",
            sourceDocument = "Test source", toVerify = false, verifiedOn = "2026-11-19",
        }), HttpStatusCode.Created);
        Assert.Equal(["MAG.FUNC.POLISH"], item.Nodes.Select(n => n.Code).ToArray());
        Assert.Equal(["An item with the number TEST-R-9 already exists."], await ErrorsAsync(await officer.PostAsJsonAsync("/api/v1/exports/technology-catalogue", new
        {
            number = "TEST-R-9", name = "Again", category = "Restricted", sourceDocument = "Test source",
        })));
        Assert.Equal(["Choose prohibited or restricted (the catalogue lists nothing else)."], await ErrorsAsync(await officer.PutAsJsonAsync($"/api/v1/exports/technology-catalogue/{item.Id}", new
        {
            number = "TEST-R-9", name = "Cerium polishing-powder preparation", category = "Free", sourceDocument = "Test source",
        })));

        // A check on the polishing technology now suggests the item; classified under it, the item cannot be deleted.
        var check = await WithChecksAsync(async c => await c.RequestAsync(await RequestFor("deal:catalogue", node: "MAG.FUNC.POLISH", country: "DE")));
        var view = await officer.GetJsonAsync<TechnologyCheckView>($"{Base}/{check.Id}");
        Assert.Equal(["TEST-R-9"], view.SuggestedItems.Select(i => i.Number).ToArray());
        await PostAsync(officer, $"{Base}/{check.Id}/classify", new { category = "Restricted", catalogueItemId = item.Id });
        Assert.Equal([$"Item TEST-R-9 cannot be deleted: check {check.Number} is classified under it."],
            await ErrorsAsync(await officer.DeleteAsync($"/api/v1/exports/technology-catalogue/{item.Id}")));
        await PostAsync(officer, $"{Base}/{check.Id}/classify", new { category = "Free" });
        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync($"/api/v1/exports/technology-catalogue/{item.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/v1/exports/technology-catalogue/{item.Id}")).StatusCode);
    }

    /// <summary>A signed-in account in the technology-transfer office (the role the commercialization branch adds to the demo).</summary>
    private async Task<HttpClient> TransferOfficeClientAsync()
    {
        const string email = "tto-test@talentchain.demo";
        using (var scope = app.Services.CreateScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(TalentChain.Platform.Auth.Roles.TechTransferOfficer)) await roles.CreateAsync(new IdentityRole(TalentChain.Platform.Auth.Roles.TechTransferOfficer));
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByEmailAsync(email) is null)
            {
                var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "TTO test" };
                // Like the demo accounts: the published demo password by hash, past the password validators.
                user.PasswordHash = users.PasswordHasher.HashPassword(user, TalentChainFactory.Password);
                Assert.True((await users.CreateAsync(user)).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, TalentChain.Platform.Auth.Roles.TechTransferOfficer)).Succeeded);
            }
        }
        return await app.ApiClientAsync(email);
    }
}

public sealed class TechnologyCheckTestsSqlite(ExportsSqliteFactory app) : TechnologyCheckTests(app), IClassFixture<ExportsSqliteFactory>;

public sealed class TechnologyCheckTestsPostgres(ExportsPostgresFactory app) : TechnologyCheckTests(app), IClassFixture<ExportsPostgresFactory>;
