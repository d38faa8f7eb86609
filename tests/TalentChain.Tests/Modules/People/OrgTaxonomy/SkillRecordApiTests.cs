using System.Net.Http.Json;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Features.SkillRecords;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.People.OrgTaxonomy;

public abstract class SkillRecordApiTests(TalentChainFactory app)
{
    /// <summary>An active employee without a record for the skill, so each test starts from a known state.</summary>
    private Task<int> EmployeeWithoutAsync(string code, int skip = 0) => app.WithDbAsync(db => db.Employees
        .Where(e => e.Status == TalentChain.Modules.People.Contracts.EmployeeStatus.Active && !e.Skills.Any(s => s.TaxonomyNode!.Code == code))
        .OrderBy(e => e.Id).Skip(skip).Select(e => e.Id).FirstAsync());

    [Fact]
    public async Task Put_ByTaxonomyCode_CreatesThenUpdatesTheOneRecord()
    {
        var api = await app.ApiClientAsync("pm");
        var id = await EmployeeWithoutAsync("SEP.SX.P507");

        var created = await ApiAssert.JsonAsync<SkillRecordView>(await api.PutAsJsonAsync($"/api/v1/employees/{id}/skills",
            new { taxonomyCode = "SEP.SX.P507", level = 2, evidence = "Ran line 3 alone for a year", assessedBy = "Chief engineer", assessedOn = "2026-05-01", version = (long?)null }),
            HttpStatusCode.Created);
        Assert.Equal("Practitioner", created.LevelName);

        var updated = await ApiAssert.JsonAsync<SkillRecordView>(await api.PutAsJsonAsync($"/api/v1/employees/{id}/skills",
            new { taxonomyCode = "sep.sx.p507", level = 3, evidence = "Re-balanced the cascade after the feed change", assessedBy = "Chief engineer", assessedOn = "2026-06-01", version = created.Version }),
            HttpStatusCode.OK);
        Assert.Equal(3, updated.Level);

        var list = await api.GetJsonAsync<PersonSkills>($"/api/v1/employees/{id}/skills");
        var records = list.Skills.Where(s => s.TaxonomyCode == "SEP.SX.P507").ToList();
        var only = Assert.Single(records);
        Assert.Equal(3, only.Level);
        Assert.Equal(new DateOnly(2026, 6, 1), only.AssessedOn);
    }

    [Fact]
    public async Task Put_LevelFive_Returns400AndWritesNothing()
    {
        var api = await app.ApiClientAsync("pm");
        var id = await EmployeeWithoutAsync("MET.ELEC.NDPR");
        var response = await api.PutAsJsonAsync($"/api/v1/employees/{id}/skills", new { taxonomyCode = "MET.ELEC.NDPR", level = 5 });
        Assert.Contains("The level must be between 0 and 4.", await ApiAssert.FieldErrorsAsync(response, "Level"));
        Assert.False(await app.WithDbAsync(db => db.SkillRecords.AnyAsync(s => s.EmployeeId == id && s.TaxonomyNode!.Code == "MET.ELEC.NDPR")));
    }

    [Fact]
    public async Task Put_TechnologyNodeUnknownCodeOrFutureDate_Returns400()
    {
        var api = await app.ApiClientAsync("pm");
        var id = await EmployeeWithoutAsync("SEP.SX");
        var technology = await api.PutAsJsonAsync($"/api/v1/employees/{id}/skills", new { taxonomyCode = "SEP.SX", level = 2 });
        Assert.Contains("SEP.SX is a Technology, not a skill; choose a skill below it.", await ApiAssert.FieldErrorsAsync(technology, "TaxonomyCode"));

        var unknown = await api.PutAsJsonAsync($"/api/v1/employees/{id}/skills", new { taxonomyCode = "NO.SUCH.SKILL", level = 2 });
        Assert.Contains("There is no taxonomy node with the code NO.SUCH.SKILL.", await ApiAssert.FieldErrorsAsync(unknown, "TaxonomyCode"));

        var future = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var later = await api.PutAsJsonAsync($"/api/v1/employees/{id}/skills", new { taxonomyCode = "SEP.SX.CASCADE", level = 2, assessedOn = future });
        Assert.Contains("The assessment date cannot be in the future.", await ApiAssert.FieldErrorsAsync(later, "AssessedOn"));
    }

    [Fact]
    public async Task Put_UnknownEmployee_Returns404()
    {
        var api = await app.ApiClientAsync("pm");
        var response = await api.PutAsJsonAsync("/api/v1/employees/999999/skills", new { taxonomyCode = "SEP.SX.CASCADE", level = 2 });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Put_Edit_WritesAnAuditRowForTheSkillRecord()
    {
        var api = await app.ApiClientAsync("pm");
        var id = await EmployeeWithoutAsync("ANA.CHEM.ICPMS");
        var created = await ApiAssert.JsonAsync<SkillRecordView>(await api.PutAsJsonAsync($"/api/v1/employees/{id}/skills", new { taxonomyCode = "ANA.CHEM.ICPMS", level = 1 }), HttpStatusCode.Created);
        var recordId = created.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await ApiAssert.JsonAsync<SkillRecordView>(await api.PutAsJsonAsync($"/api/v1/employees/{id}/skills", new { taxonomyCode = "ANA.CHEM.ICPMS", level = 2 }), HttpStatusCode.OK);

        var row = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "SkillRecord" && a.EntityKey == recordId).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(TalentChain.Platform.Audit.AuditAction.Update, row.Action);
        Assert.Contains("\"Level\":[\"1\",\"2\"]", row.Changes);
        Assert.Equal("pm@talentchain.demo", row.UserName);
    }

    [Fact]
    public async Task Put_StaleVersion_Returns409AndKeepsLevel()
    {
        var api = await app.ApiClientAsync("admin");
        var id = await EmployeeWithoutAsync("MAG.NDFEB.SC");
        var created = await ApiAssert.JsonAsync<SkillRecordView>(await api.PutAsJsonAsync($"/api/v1/employees/{id}/skills", new { taxonomyCode = "MAG.NDFEB.SC", level = 1 }), HttpStatusCode.Created);
        var read = created.Version;
        await ApiAssert.JsonAsync<SkillRecordView>(await api.PutAsJsonAsync($"/api/v1/employees/{id}/skills", new { taxonomyCode = "MAG.NDFEB.SC", level = 2, version = read }), HttpStatusCode.OK);

        var stale = await api.PutAsJsonAsync($"/api/v1/employees/{id}/skills", new { taxonomyCode = "MAG.NDFEB.SC", level = 4, version = read });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.SkillRecords.Where(s => s.EmployeeId == id && s.TaxonomyNode!.Code == "MAG.NDFEB.SC").Select(s => s.Level).SingleAsync()));

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/employees/{id}/skills/MAG.NDFEB.SC")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.SkillRecords.AnyAsync(s => s.EmployeeId == id && s.TaxonomyNode!.Code == "MAG.NDFEB.SC")));
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/api/v1/employees/{id}/skills/MAG.NDFEB.SC")).StatusCode);
    }

    [Fact]
    public async Task Put_AsParticipant_Returns403ButMayRead()
    {
        var api = await app.ApiClientAsync("participant");
        var id = await EmployeeWithoutAsync("SEP.OX.5N");
        var response = await api.PutAsJsonAsync($"/api/v1/employees/{id}/skills", new { taxonomyCode = "SEP.OX.5N", level = 4 });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/employees/{id}/skills")).StatusCode);
    }
}

public sealed class SkillRecordApiTestsSqlite(TalentChainFactory app) : SkillRecordApiTests(app), IClassFixture<TalentChainFactory>;

public sealed class SkillRecordApiTestsPostgres(PostgresFactory app) : SkillRecordApiTests(app), IClassFixture<PostgresFactory>;
