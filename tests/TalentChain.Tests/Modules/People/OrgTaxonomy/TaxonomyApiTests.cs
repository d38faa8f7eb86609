using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Features.Taxonomy;
using System.Net;
using System.Text.Json;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.People.OrgTaxonomy;

public abstract class TaxonomyApiTests(TalentChainFactory app)
{
    private static async Task<TaxonomyNodeView> NodeAsync(HttpClient api, string code)
    {
        var list = await api.GetJsonAsync<List<TaxonomyNodeView>>("/api/v1/taxonomy");
        return list.Single(n => n.Code == code);
    }

    [Fact]
    public async Task List_Skill_HasHoldersPerLevelMatchingActiveRecords()
    {
        var api = await app.ApiClientAsync("participant");
        // A skill outside the critical-technology register (need-to-know skills hide their counts, ADR 0030).
        var skill = await NodeAsync(api, "SEP.SX.P507");
        Assert.Equal("Skill", skill.Kind);
        Assert.Equal("SEP.SX", skill.ParentCode);
        var holders = skill.HoldersByLevel!;
        Assert.Equal(5, holders.Length);

        var expected = await app.WithDbAsync(db => db.SkillRecords
            .Where(s => s.TaxonomyNode!.Code == "SEP.SX.P507" && s.Employee!.Status == TalentChain.Modules.People.Contracts.EmployeeStatus.Active)
            .GroupBy(s => s.Level).Select(g => new { g.Key, N = g.Count() }).ToListAsync());
        for (var level = 0; level <= 4; level++)
            Assert.Equal(expected.SingleOrDefault(e => e.Key == level)?.N ?? 0, holders[level]);
        Assert.Null((await NodeAsync(api, "SEP.SX")).HoldersByLevel);
    }

    [Fact]
    public async Task Levels_InEachLanguage_HaveNamesAndWrittenDefinitions()
    {
        var api = await app.ApiClientAsync("participant");
        var en = await api.GetJsonAsync<List<ProficiencyLevelView>>("/api/v1/taxonomy/levels");
        Assert.Equal([0, 1, 2, 3, 4], en.Select(l => l.Level));
        Assert.Equal("Expert", en[4].Name);
        Assert.Contains("develops new methods", en[4].Definition);

        using var zhRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/taxonomy/levels");
        zhRequest.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var zh = await ApiAssert.JsonAsync<List<ProficiencyLevelView>>(await api.SendAsync(zhRequest), HttpStatusCode.OK);
        Assert.Equal("专家", zh[4].Name);
        Assert.Contains("制定标准", zh[4].Definition);
    }

    [Fact]
    public async Task Create_SkillDirectlyUnderSegment_Returns400()
    {
        var api = await app.ApiClientAsync("admin");
        var refused = await api.PostAsJsonAsync("/api/v1/taxonomy", new { code = "SEP.BADSKILL", kind = "Skill", name = "Misplaced skill", parentCode = "SEP" });
        Assert.Contains("A Skill must sit under a Technology; SEP is a Segment.", await ApiAssert.FieldErrorsAsync(refused, "ParentCode"));
        Assert.False(await app.WithDbAsync(db => db.TaxonomyNodes.AnyAsync(n => n.Code == "SEP.BADSKILL")));

        var segmentWithParent = await api.PostAsJsonAsync("/api/v1/taxonomy", new { code = "SEG2", kind = "Segment", name = "Nested segment", segment = "Separation", parentCode = "SEP" });
        Assert.Contains("A segment is a top-level node and has no parent.", await ApiAssert.FieldErrorsAsync(segmentWithParent, "ParentCode"));

        var created = await ApiAssert.JsonAsync<TaxonomyNodeView>(
            await api.PostAsJsonAsync("/api/v1/taxonomy", new { code = "sep.sx.mixer", name = "Mixer-settler hydraulics", nameZh = "混合澄清槽水力学", parentCode = "SEP.SX" }),
            HttpStatusCode.Created);
        Assert.Equal("SEP.SX.MIXER", created.Code);
        Assert.Equal("Skill", created.Kind);
        Assert.Equal("Separation", created.Segment);
        Assert.Equal([0, 0, 0, 0, 0], created.HoldersByLevel!);
    }

    [Fact]
    public async Task Create_DuplicateOrMalformedCode_Returns400()
    {
        var api = await app.ApiClientAsync("admin");
        var duplicate = await api.PostAsJsonAsync("/api/v1/taxonomy", new { code = "SEP.SX.CASCADE", name = "Again", parentCode = "SEP.SX" });
        Assert.Contains("Another node already has the code SEP.SX.CASCADE.", await ApiAssert.FieldErrorsAsync(duplicate, "Code"));
        var malformed = await api.PostAsJsonAsync("/api/v1/taxonomy", new { code = "SEP SX/1", name = "Bad", parentCode = "SEP.SX" });
        Assert.NotEmpty(await ApiAssert.FieldErrorsAsync(malformed, "Code"));
    }

    [Fact]
    public async Task Update_StaleVersionOrMoveUnderOwnChild_IsRefused()
    {
        var api = await app.ApiClientAsync("admin");
        var node = await NodeAsync(api, "MIN.BEN.GRAV");
        var id = node.Id;
        var version = node.Version;
        var ok = await api.PutAsJsonAsync($"/api/v1/taxonomy/{id}", new { code = "MIN.BEN.GRAV", name = "Gravity concentration (spirals, tables)", parentCode = "MIN.BEN", version });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        var stale = await api.PutAsJsonAsync($"/api/v1/taxonomy/{id}", new { code = "MIN.BEN.GRAV", name = "Lost update", parentCode = "MIN.BEN", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Gravity concentration (spirals, tables)", (await NodeAsync(api, "MIN.BEN.GRAV")).Name);

        var technology = await NodeAsync(api, "MIN.BEN");
        var cycle = await api.PutAsJsonAsync($"/api/v1/taxonomy/{technology.Id}",
            new { code = "MIN.BEN", kind = "Technology", name = "Beneficiation", parentCode = "MIN.BEN.GRAV" });
        Assert.NotEmpty(await ApiAssert.FieldErrorsAsync(cycle, "ParentCode"));
        Assert.Equal("MIN", (await NodeAsync(api, "MIN.BEN")).ParentCode);
    }

    [Fact]
    public async Task Delete_NodeWithChildrenOrRecords_Returns400()
    {
        var api = await app.ApiClientAsync("admin");
        var withChildren = await api.DeleteAsync($"/api/v1/taxonomy/{(await NodeAsync(api, "SEP.SX")).Id}");
        Assert.Contains(await ApiAssert.FieldErrorsAsync(withChildren, "Id"), m => m.StartsWith("SEP.SX still has ", StringComparison.Ordinal));

        var withRecords = await api.DeleteAsync($"/api/v1/taxonomy/{(await NodeAsync(api, "SEP.SX.CASCADE")).Id}");
        Assert.Contains(await ApiAssert.FieldErrorsAsync(withRecords, "Id"), m => m.EndsWith("refer to SEP.SX.CASCADE; remove them first.", StringComparison.Ordinal));

        var leaf = await ApiAssert.JsonAsync<TaxonomyNodeView>(await api.PostAsJsonAsync("/api/v1/taxonomy", new { code = "REC.WASTE.TMP", name = "Temporary", parentCode = "REC.WASTE" }), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/taxonomy/{leaf.Id}")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.TaxonomyNodes.AnyAsync(n => n.Code == "REC.WASTE.TMP")));
    }

    [Fact]
    public async Task Create_AsProgramManager_Returns403()
    {
        var api = await app.ApiClientAsync("pm");
        var response = await api.PostAsJsonAsync("/api/v1/taxonomy", new { code = "SEP.SX.PM", name = "PM's skill", parentCode = "SEP.SX" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class TaxonomyApiTestsSqlite(TalentChainFactory app) : TaxonomyApiTests(app), IClassFixture<TalentChainFactory>;

public sealed class TaxonomyApiTestsPostgres(PostgresFactory app) : TaxonomyApiTests(app), IClassFixture<PostgresFactory>;
