using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Features.OrgUnits;
using System.Net;
using System.Text.Json;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.People.OrgTaxonomy;

public abstract class OrgUnitApiTests(TalentChainFactory app)
{
    private static async Task<OrgUnitView> UnitAsync(HttpClient api, string code)
    {
        var list = await api.GetJsonAsync<List<OrgUnitView>>("/api/v1/org-units");
        return list.Single(u => u.Code == code);
    }

    [Fact]
    public async Task Create_UnderAParent_AppearsInTheTreeBelowIt()
    {
        var api = await app.ApiClientAsync("admin");
        var parent = await UnitAsync(api, "SEP1");

        var response = await api.PostAsJsonAsync("/api/v1/org-units", new
        {
            code = "SEP1-PILOT", name = "Pilot extraction line", nameZh = "中试萃取线", segment = "Separation", site = "Baotou",
            parentId = parent.Id,
        });
        var created = await ApiAssert.JsonAsync<OrgUnitView>(response, HttpStatusCode.Created);

        var list = await api.GetJsonAsync<List<OrgUnitView>>("/api/v1/org-units");
        var index = list.FindIndex(u => u.Code == "SEP1-PILOT");
        var parentIndex = list.FindIndex(u => u.Code == "SEP1");
        Assert.True(index > parentIndex, "a sub-unit is listed after its parent");
        Assert.Equal("SEP1", list[index].ParentCode);
        Assert.Equal(parent.Depth + 1, list[index].Depth);
        Assert.Equal(0, list[index].ActiveEmployees);
        Assert.Equal(created.Id, list[index].Id);
    }

    [Fact]
    public async Task List_HeadCounts_MatchActiveEmployeesOfTheUnitAndItsSubUnits()
    {
        var api = await app.ApiClientAsync("exec");
        var sx = await UnitAsync(api, "SEP1-SX");
        var plant = await UnitAsync(api, "SEP1");
        var (direct, subtree) = await app.WithDbAsync(async db =>
        {
            var units = await db.OrgUnits.Where(u => u.Code.StartsWith("SEP1")).Select(u => u.Id).ToListAsync();
            var sxId = await db.OrgUnits.Where(u => u.Code == "SEP1-SX").Select(u => u.Id).SingleAsync();
            return (await db.Employees.CountAsync(e => e.OrgUnitId == sxId && e.Status == TalentChain.Modules.People.Contracts.EmployeeStatus.Active),
                await db.Employees.CountAsync(e => units.Contains(e.OrgUnitId) && e.Status == TalentChain.Modules.People.Contracts.EmployeeStatus.Active));
        });
        Assert.True(direct > 0);
        Assert.Equal(direct, sx.ActiveEmployees);
        Assert.Equal(subtree, plant.ActiveEmployeesWithSubUnits);
    }

    [Fact]
    public async Task Create_DuplicateCode_Returns400WithMessageAndWritesNothing()
    {
        var api = await app.ApiClientAsync("admin");
        var before = await app.WithDbAsync(db => db.OrgUnits.CountAsync());

        var response = await api.PostAsJsonAsync("/api/v1/org-units", new { code = "SEP1-SX", name = "Second SX workshop", segment = "Separation" });

        var messages = await ApiAssert.FieldErrorsAsync(response, "Code");
        Assert.Contains("Another unit already has the code SEP1-SX.", messages);
        Assert.Equal(before, await app.WithDbAsync(db => db.OrgUnits.CountAsync()));
    }

    [Fact]
    public async Task Create_BadCodeMissingNameAndUnknownParent_ReportsEachField()
    {
        var api = await app.ApiClientAsync("admin");
        var response = await api.PostAsJsonAsync("/api/v1/org-units", new { code = "bad code!", name = " ", segment = "Moon", parentId = 999999 });
        Assert.Contains("Use 2–40 characters: capital letters A–Z, digits and \"-\".", await ApiAssert.FieldErrorsAsync(response, "Code"));
        Assert.Contains("Enter a name.", await ApiAssert.FieldErrorsAsync(response, "Name"));
        Assert.Contains("\"Moon\" is not an industrial-chain segment.", await ApiAssert.FieldErrorsAsync(response, "Segment"));
        Assert.Contains("Parent unit 999999 does not exist.", await ApiAssert.FieldErrorsAsync(response, "ParentId"));
    }

    [Fact]
    public async Task Update_MoveUnderItsOwnSubUnit_Returns400AndKeepsTheTree()
    {
        var api = await app.ApiClientAsync("admin");
        var plant = await UnitAsync(api, "SEP1");
        var workshop = await UnitAsync(api, "SEP1-SX");

        var response = await api.PutAsJsonAsync($"/api/v1/org-units/{plant.Id}", new
        {
            code = "SEP1", name = plant.Name, segment = "Separation",
            parentId = workshop.Id, version = plant.Version,
        });

        Assert.Contains("A unit cannot be placed under itself or under one of its own sub-units.", await ApiAssert.FieldErrorsAsync(response, "ParentId"));
        Assert.Equal(plant.ParentId!.Value, (await UnitAsync(api, "SEP1")).ParentId!.Value);
    }

    [Fact]
    public async Task Update_WithStaleVersion_Returns409AndLeavesTheUnitUnchanged()
    {
        var api = await app.ApiClientAsync("admin");
        var unit = await UnitAsync(api, "SEP1-OX");
        var id = unit.Id;
        var read = unit.Version;
        object Edit(string site, long version) => new
        {
            code = "SEP1-OX", name = unit.Name, nameZh = unit.NameZh,
            segment = "Separation", site, parentId = unit.ParentId!.Value, version,
        };

        var first = await ApiAssert.JsonAsync<OrgUnitView>(await api.PutAsJsonAsync($"/api/v1/org-units/{id}", Edit("Baotou East", read)), HttpStatusCode.OK);
        Assert.Equal(read + 1, first.Version);

        var stale = await api.PutAsJsonAsync($"/api/v1/org-units/{id}", Edit("Somewhere else", read));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("application/problem+json", stale.Content.Headers.ContentType!.ToString());
        Assert.Equal("Baotou East", (await UnitAsync(api, "SEP1-OX")).Site);
    }

    [Fact]
    public async Task Delete_UnitWithEmployees_Returns400WithReason()
    {
        var api = await app.ApiClientAsync("admin");
        var workshop = await UnitAsync(api, "SEP1-SX");
        var refused = await api.DeleteAsync($"/api/v1/org-units/{workshop.Id}");
        var messages = await ApiAssert.FieldErrorsAsync(refused, "Id");
        Assert.Contains(messages, m => m.StartsWith("SEP1-SX still has ", StringComparison.Ordinal) && m.Contains("employee(s)", StringComparison.Ordinal));
        Assert.True(await app.WithDbAsync(db => db.OrgUnits.AnyAsync(u => u.Code == "SEP1-SX")));

        var created = await ApiAssert.JsonAsync<OrgUnitView>(await api.PostAsJsonAsync("/api/v1/org-units", new { code = "TMP-EMPTY", name = "Empty unit", segment = "Corporate" }), HttpStatusCode.Created);
        var deleted = await api.DeleteAsync($"/api/v1/org-units/{created.Id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.OrgUnits.AnyAsync(u => u.Code == "TMP-EMPTY")));
    }

    [Fact]
    public async Task Create_AsExecutiveThenAdministrator_Returns403Then201()
    {
        var exec = await app.ApiClientAsync("exec");
        var refused = await exec.PostAsJsonAsync("/api/v1/org-units", new { code = "EXEC-UNIT", name = "Exec's unit", segment = "Corporate" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.OrgUnits.AnyAsync(u => u.Code == "EXEC-UNIT")));

        var admin = await app.ApiClientAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/v1/org-units", new { code = "ADMIN-UNIT", name = "Admin's unit", segment = "Corporate" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }
}

public sealed class OrgUnitApiTestsSqlite(TalentChainFactory app) : OrgUnitApiTests(app), IClassFixture<TalentChainFactory>;

public sealed class OrgUnitApiTestsPostgres(PostgresFactory app) : OrgUnitApiTests(app), IClassFixture<PostgresFactory>;
