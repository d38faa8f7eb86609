using System.Net.Http.Json;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Features.OrgUnits;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Tests.Infrastructure;
using static TalentChain.Modules.Knowledge.Features.KnowledgeEndpoints;

namespace TalentChain.Tests.Platform;

/// <summary>
/// A failed save that is not the race a handler expects (the unique key another request or node took a moment ago)
/// surfaces as a 500 with the log, instead of being answered with wrong data or a misleading message (issue 12 §2,
/// ADR 0035). The failure is a trigger that aborts the write: a constraint error, but not a unique one, as a real fault
/// (a value too long, a full disk, a lost connection) would be.
/// </summary>
public sealed class SwallowedErrorTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    /// <summary>Makes every <paramref name="operation"/> (INSERT or UPDATE) on the table fail until disposed.</summary>
    private async Task<IAsyncDisposable> FailingAsync(string table, string operation)
    {
        // Fixed names from the tests themselves, not input.
        var name = $"test_fail_{table}_{operation}".ToLowerInvariant();
        string create = $"CREATE TRIGGER {name} BEFORE {operation} ON \"{table}\" BEGIN SELECT RAISE(ABORT, 'simulated storage fault'); END", drop = $"DROP TRIGGER {name}";
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(create));
        return new Dropped(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(drop)));
    }

    private sealed class Dropped(Func<Task> drop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await drop();
    }

    private static async Task AssertServerErrorAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.InternalServerError, $"expected 500, got {(int)response.StatusCode}: {body[..Math.Min(body.Length, 400)]}");
    }

    [Fact]
    public async Task CoverageIndex_WhenTheSnapshotCannotBeStored_Returns500InsteadOfZeroHolders()
    {
        var officer = await app.ApiClientAsync("knowledge");
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "CoverageStates" SET "Stale" = 1, "Generation" = "Generation" + 1"""));
        await using (await FailingAsync("CoverageSnapshots", "INSERT"))
        {
            // Before: the failure was taken for the multi-node race and every technology showed 0 holders, all flagged.
            await AssertServerErrorAsync(await officer.GetAsync("/api/v1/knowledge/coverage"));
        }
        var coverage = await officer.GetJsonAsync<CoverageApi>("/api/v1/knowledge/coverage");
        Assert.Contains(coverage.Technologies, t => t.Holders > 1);
    }

    [Fact]
    public async Task NewSkillRecord_WhenTheSaveFails_Returns500NotSomeoneElseChangedIt()
    {
        var api = await app.ApiClientAsync("pm");
        var id = await app.WithDbAsync(db => db.Employees
            .Where(e => e.Status == TalentChain.Modules.People.Contracts.EmployeeStatus.Active && !e.Skills.Any(s => s.TaxonomyNode!.Code == "SEP.SX.P507"))
            .OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        await using (await FailingAsync("SkillRecords", "INSERT"))
        {
            // Before: 409 "changed by someone else", as if another request had added the same record.
            await AssertServerErrorAsync(await api.PutAsJsonAsync($"/api/v1/employees/{id}/skills", new { taxonomyCode = "SEP.SX.P507", level = 2 }));
        }
        Assert.False(await app.WithDbAsync(db => db.SkillRecords.AnyAsync(s => s.EmployeeId == id && s.TaxonomyNode!.Code == "SEP.SX.P507")));
    }

    [Fact]
    public async Task OrgUnitEdit_WhenTheSaveFails_Returns500NotCodeTaken()
    {
        var api = await app.ApiClientAsync("admin");
        var unit = (await api.GetJsonAsync<List<OrgUnitView>>("/api/v1/org-units")).Single(u => u.Code == "SEP1-OX");
        await using (await FailingAsync("OrgUnits", "UPDATE"))
        {
            // Before: 400 "the code SEP1-OX is already taken" — by the unit being edited.
            await AssertServerErrorAsync(await api.PutAsJsonAsync($"/api/v1/org-units/{unit.Id}", new
            {
                code = "SEP1-OX", name = unit.Name, nameZh = unit.NameZh, segment = "Separation",
                site = "Baotou East", parentId = unit.ParentId!.Value, version = unit.Version,
            }));
        }
    }

    [Fact]
    public async Task SignIn_WhenTheAttemptCannotBeCounted_Returns500NotTooManyAttempts()
    {
        var client = app.NewClient(cookies: true);
        var page = HttpTestExtensions.ParseHtml(await (await client.GetAsync("/account/login")).Content.ReadAsStringAsync());
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await using (await FailingAsync("SignInThrottles", "INSERT"))
        {
            // Before: the failure was taken for another node's first attempt ten times over, then "too many attempts, wait".
            var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "nobody-yet@talentchain.demo", ["Password"] = "wrong password", ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        }
    }
}
