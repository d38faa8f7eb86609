using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Audit;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

public class AuditTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    [Fact]
    public async Task Update_IsRecordedWithBeforeAndAfter_AndTheChainVerifies()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var employee = await db.Employees.OrderBy(e => e.Id).FirstAsync(e => e.Grade < 20);
        var before = employee.Grade;
        employee.Grade = before + 1;
        await db.SaveChangesAsync();

        var row = await db.AuditEntries.OrderByDescending(a => a.Id).FirstAsync(a => a.Entity == "Employee" && a.EntityKey == employee.Id.ToString());
        Assert.Equal(AuditAction.Update, row.Action);
        Assert.Contains($"\"Grade\":[\"{before}\",\"{before + 1}\"]", row.Changes);
        Assert.True((await AuditVerifier.VerifyAsync(db)).Intact);
    }

    [Fact]
    public async Task Verify_AfterARowIsAlteredInTheDatabase_ReportsThatRow()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var unit = await db.OrgUnits.OrderBy(u => u.Id).FirstAsync();
        unit.Site = "Tampering test " + Guid.NewGuid();
        await db.SaveChangesAsync();
        var victim = await db.AuditEntries.OrderByDescending(a => a.Id).FirstAsync(a => a.Entity == "OrgUnit");

        await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = 'someone-else' WHERE \"Id\" = {0}", victim.Id);
        var result = await AuditVerifier.VerifyAsync(db);
        Assert.False(result.Intact);
        Assert.Equal(victim.Id, result.BrokenAtId);

        // Put it back so the other tests in this class see an intact chain.
        await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = {0} WHERE \"Id\" = {1}", victim.UserName, victim.Id);
        Assert.True((await AuditVerifier.VerifyAsync(db)).Intact);
    }
}

public class AuditLogPageTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    [Fact]
    public async Task AuditPage_Admin_FiltersByRecordTypeAndShowsBeforeAndAfter()
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
            var unit = await db.OrgUnits.OrderBy(u => u.Id).FirstAsync();
            unit.Site = "Hohhot";
            await db.SaveChangesAsync();
        }
        var admin = await app.SignInAsync("admin");
        var doc = await admin.GetHtmlAsync("/audit?Entity=OrgUnit&Action=Update");
        var rows = doc.QuerySelectorAll("#audit-table tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("OrgUnit", r.Children[4].TextContent.Trim()));
        Assert.Contains("Hohhot", rows[0].TextContent);
    }

    [Fact]
    public async Task AuditPage_Executive_IsDenied()
    {
        var exec = await app.SignInAsync("exec");
        var response = await exec.GetAsync("/audit");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery);
        var api = await app.ApiClientAsync("exec");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/audit")).StatusCode);
    }

    [Fact]
    public async Task AuditApi_VerifyAndSearch_ReportIntactChainAndTokenCreation()
    {
        var api = await app.ApiClientAsync("admin");
        var verify = await api.PostAsync("/api/v1/audit/verify", null);
        var result = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<AuditVerification>(verify.Content, ApiJson.Options);
        Assert.True(result!.Intact);
        Assert.True(result.Checked > 10);

        // Creating the API token above was itself audited, attributed to the admin, with the secret masked. (Other tests
        // of this class create the admin's tokens too, in whatever order xUnit runs them: every such row must be masked.)
        var page = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<AuditPage>(api, "/api/v1/audit?Entity=PersonalAccessToken&Action=Insert", ApiJson.Options);
        var rows = page!.Items.Where(i => i.User == "admin@talentchain.demo").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal("***", row.Changes.Single(c => c.Field == "SecretHash").After));
    }

    [Fact]
    public async Task AuditApi_CheckpointThenVerify_ReportsWhatWasVerified()
    {
        var api = await app.ApiClientAsync("admin");
        var written = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<AuditCheckpointResult>(
            (await api.PostAsync("/api/v1/audit/checkpoint", null)).Content, ApiJson.Options);
        Assert.Contains(written!.Outcome, new[] { AuditCheckpointOutcome.Written, AuditCheckpointOutcome.Unchanged });

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/audit/verify");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var result = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<AuditVerification>((await api.SendAsync(request)).Content, ApiJson.Options);

        Assert.True(result!.Intact);
        Assert.Equal(AuditAnchorState.Anchored, result.Anchor);
        Assert.StartsWith("完整", result.Messages[0], StringComparison.Ordinal);
        Assert.Contains(result.Messages, m => m.Contains("的签名检查点一致", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditPage_WriteCheckpointThenVerify_ShowsTheSignedCheckpointTheChainMatches()
    {
        var admin = await app.SignInAsync("admin");
        var page = await admin.GetHtmlAsync("/audit");
        Assert.NotNull(page.QuerySelector("#write-checkpoint"));
        Assert.Null(page.QuerySelector("#anchor-warning"));

        var written = await admin.PostFormAsync("/audit?handler=Checkpoint", [], tokenFrom: "/audit");
        var outcome = HttpTestExtensions.ParseHtml(await written.Content.ReadAsStringAsync()).QuerySelector("#checkpoint-result")!.GetAttribute("data-outcome");
        Assert.Contains(outcome, new[] { "Written", "Unchanged" });
        var verified = await admin.PostFormAsync("/audit?handler=Verify", [], tokenFrom: "/audit");
        var result = HttpTestExtensions.ParseHtml(await verified.Content.ReadAsStringAsync()).QuerySelector("#verify-result")!;

        Assert.Equal("Anchored", result.GetAttribute("data-anchor"));
        Assert.Contains("The chain matches the signed checkpoint of", result.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_DataProtection_StoresKeyRingInDatabase()
    {
        await app.SignInAsync("mentor");
        Assert.True(await app.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }

    [Fact]
    public async Task DataProtectionKeyRing_StoredByThePackage_StaysOutOfTheAuditChain()
    {
        await app.SignInAsync("mentor");
        Assert.True(await app.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
        // The key entity is the package's own type (no INotAudited): the audit log still holds none of the key ring.
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "DataProtectionKey" || a.Changes.Contains("EncryptedData"))));
    }
}
