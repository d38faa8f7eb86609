using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.Knowledge;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.Knowledge.Features.Access;
using TalentChain.Modules.Knowledge.Features.Coverage;
using TalentChain.Modules.Knowledge.Features.Departures;
using TalentChain.Modules.Knowledge.Features.Roster;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Web;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Knowledge;

/// <summary>The register contract other modules use: which registered technologies work touches, and trade secrets.</summary>
public abstract class CriticalTechnologyRegisterTests(KnowledgeFactory app)
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<T> WithRegisterAsync<T>(Func<ICriticalTechnologyRegister, Task<T>> call)
    {
        using var scope = app.Services.CreateScope();
        return await call(scope.ServiceProvider.GetRequiredService<ICriticalTechnologyRegister>());
    }

    /// <summary>Active employees without a recorded departure and without a demo account, by id.</summary>
    private Task<List<(int Id, string Number)>> PeopleAsync(int count) => app.WithDbAsync(async db =>
    {
        var accounts = await db.Users.Where(u => u.EmployeeId != null).Select(u => u.EmployeeId!.Value).ToListAsync();
        var leaving = await db.Departures.Select(d => d.EmployeeId).ToListAsync();
        var rows = await db.Employees.Where(e => e.Status == EmployeeStatus.Active && !accounts.Contains(e.Id) && !leaving.Contains(e.Id))
            .OrderBy(e => e.Id).Take(count).Select(e => new { e.Id, e.EmployeeNumber }).ToListAsync();
        return rows.Select(r => (r.Id, r.EmployeeNumber)).ToList();
    });

    private TradeSecretInput Secret(string code, IReadOnlyCollection<int> holders) => new(code, "Reflux ratio schedule", "回流比控制方案", null,
        "Kept as a trade secret instead of a patent filing.", holders, "Confidentiality agreement and project assignment letter", app.Today, app.Today.AddYears(3));

    [Fact]
    public async Task Covering_ASkillUnderAControlledTechnology_IsCoveredAndANodeOutsideEveryTechnologyIsNot()
    {
        // The register's technology on a parent node (sintered Nd-Fe-B), export-controlled; strip casting is a skill under it.
        var (tech, child, outside) = await app.WithDbAsync(async db =>
        {
            var parent = await db.TaxonomyRefs.Where(n => n.Code == "MAG.NDFEB").Select(n => new { n.Id, n.Segment }).FirstAsync();
            var registered = await db.CriticalTechnologies.FirstOrDefaultAsync(t => t.TaxonomyNodeId == parent.Id);
            if (registered is null)
            {
                registered = new CriticalTechnology { TaxonomyNodeId = parent.Id, Segment = parent.Segment, RequiredLevel = 3, TargetHolders = 3 };
                db.CriticalTechnologies.Add(registered);
            }
            registered.Sensitivity = SensitivityClass.Controlled;
            await db.SaveChangesAsync();
            var c = await db.TaxonomyRefs.Where(n => n.Code == "MAG.NDFEB.SC").Select(n => n.Id).FirstAsync();
            var roots = await db.CriticalTechnologies.Select(x => x.TaxonomyNodeId).ToListAsync();
            var covered = (await CoverageService.SubtreesAsync(db, roots, default)).Values.SelectMany(v => v).ToHashSet();
            var o = (await db.TaxonomyRefs.Select(n => n.Id).ToListAsync()).First(id => !covered.Contains(id));
            return (new { registered.Id, registered.TaxonomyNodeId }, c, o);
        });

        var hit = await WithRegisterAsync(r => r.CoveringAsync([child, outside]));
        var found = Assert.Single(hit, h => h.CriticalTechnologyId == tech.Id);
        Assert.True(found.Controlled);
        Assert.Equal(tech.TaxonomyNodeId, found.TaxonomyNodeId);
        Assert.Empty(await WithRegisterAsync(r => r.CoveringAsync([outside])));

        // The name follows the viewer's language.
        var names = await app.WithDbAsync(db => db.TaxonomyRefs.Where(n => n.Id == tech.TaxonomyNodeId).Select(n => new { n.Name, n.NameZh }).FirstAsync());
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var zh = Assert.Single(await WithRegisterAsync(r => r.CoveringAsync([tech.TaxonomyNodeId])), h => h.CriticalTechnologyId == tech.Id);
            Assert.Equal(names.NameZh ?? names.Name, zh.Name);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
        Assert.Equal(names.Name, found.Name);
    }

    [Fact]
    public async Task RegisterTradeSecret_CreatesAControlledSetWithAGrantPerHolder_AndTheHoldersAppearOnTheRoster()
    {
        var people = await PeopleAsync(2);
        var techId = await app.WithDbAsync(db => db.CriticalTechnologies.Where(x => x.Sensitivity == SensitivityClass.Controlled).OrderBy(x => x.Id).Select(x => x.Id).FirstAsync());
        var registered = await WithRegisterAsync(r => r.RegisterTradeSecretAsync(Secret("ts-reflux-1", [.. people.Select(p => p.Id)]) with { CriticalTechnologyId = techId }));
        Assert.Equal("TS-REFLUX-1", registered.Code);
        Assert.Equal($"/knowledge/access/{registered.DataSetId}", registered.Link);

        var officer = await app.ApiClientAsync("knowledge");
        var set = (await officer.GetJsonAsync<List<DataSetView>>("/api/v1/knowledge/datasets")).Single(s => s.Id == registered.DataSetId);
        Assert.Equal(SensitivityClass.Controlled, set.Sensitivity);
        Assert.Equal("回流比控制方案", set.NameZh);
        Assert.Equal(techId, set.CriticalTechnologyId);
        Assert.Equal(2, set.ActiveGrants);
        var grants = await officer.GetJsonAsync<List<GrantView>>($"/api/v1/knowledge/datasets/{registered.DataSetId}/grants");
        Assert.Equal(people.Select(p => p.Number).Order(StringComparer.Ordinal), grants.Select(g => g.Person.EmployeeNumber).Order(StringComparer.Ordinal));
        Assert.All(grants, g => Assert.Equal("Confidentiality agreement and project assignment letter", g.LegalBasis));
        Assert.All(grants, g => Assert.Equal(app.Today.AddYears(3), g.ExpiresOn));

        var roster = await officer.GetJsonAsync<List<RosterRow>>("/api/v1/knowledge/roster");
        foreach (var p in people)
            Assert.Contains(roster.Single(r => r.EmployeeNumber == p.Number).AccessGrants, a => a.StartsWith("TS-REFLUX-1", StringComparison.Ordinal));
        Assert.Equal("/knowledge/access/" + registered.DataSetId, registered.Link);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync("knowledge")).GetAsync(registered.Link)).StatusCode);
    }

    [Fact]
    public async Task RegisterTradeSecret_ALeavingHolder_IsRefusedByNumberInBothLanguagesAndNothingIsWritten()
    {
        var people = await PeopleAsync(2);
        var (stays, leaver) = (people[0], people[1]);
        var officer = await app.ApiClientAsync("knowledge");
        await ApiAssert.JsonAsync<DepartureView>(await officer.PostAsJsonAsync("/api/v1/knowledge/departures", new
        {
            employeeNumber = leaver.Number, noticeDate = Iso(app.Today), lastDay = Iso(app.Today.AddDays(30)), reason = "Resignation", destination = "Academia",
        }), HttpStatusCode.Created);

        var grantsBefore = await app.WithDbAsync(db => db.AccessGrants.CountAsync());
        var en = await Assert.ThrowsAsync<ValidationFailedException>(() => WithRegisterAsync(r => r.RegisterTradeSecretAsync(Secret("TS-LEAVER", [stays.Id, leaver.Id]))));
        var message = Assert.Single(en.Errors["HolderEmployeeIds"]);
        Assert.Contains(leaver.Number, message, StringComparison.Ordinal);
        Assert.Contains("departure", message, StringComparison.Ordinal);

        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var zh = await Assert.ThrowsAsync<ValidationFailedException>(() => WithRegisterAsync(r => r.RegisterTradeSecretAsync(Secret("TS-LEAVER", [stays.Id, leaver.Id]))));
            Assert.Contains($"{leaver.Number} 已登记离职", Assert.Single(zh.Errors["HolderEmployeeIds"]), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        Assert.False(await app.WithDbAsync(db => db.ControlledDataSets.AnyAsync(s => s.Code == "TS-LEAVER")));
        Assert.Equal(grantsBefore, await app.WithDbAsync(db => db.AccessGrants.CountAsync()));
    }

    [Fact]
    public async Task RegisterTradeSecret_ADuplicateCode_IsRefusedOnTheCode()
    {
        var people = await PeopleAsync(1);
        await WithRegisterAsync(r => r.RegisterTradeSecretAsync(Secret("TS-TWICE", [people[0].Id])));
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => WithRegisterAsync(r => r.RegisterTradeSecretAsync(Secret("ts-twice", [people[0].Id]))));
        Assert.Contains("TS-TWICE", Assert.Single(ex.Errors["Code"]), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.ControlledDataSets.CountAsync(s => s.Code == "TS-TWICE")));
        Assert.Equal(1, await app.WithDbAsync(async db =>
        {
            var id = await db.ControlledDataSets.Where(s => s.Code == "TS-TWICE").Select(s => s.Id).FirstAsync();
            return await db.AccessGrants.CountAsync(g => g.DataSetId == id);
        }));
    }
}

public sealed class CriticalTechnologyRegisterTestsSqlite(KnowledgeFactory app) : CriticalTechnologyRegisterTests(app), IClassFixture<KnowledgeFactory>;

public sealed class CriticalTechnologyRegisterTestsPostgres(KnowledgePostgresFactory app) : CriticalTechnologyRegisterTests(app), IClassFixture<KnowledgePostgresFactory>;
