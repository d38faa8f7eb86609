using System.Net;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Projects.Data;
using TalentChain.Modules.Projects.Domain;
using TalentChain.Modules.TalentProgram;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Projects;

/// <summary>The projects pages on the demo story: the open placement round solved and published through its page, who sees what, stable element ids.</summary>
public sealed class ProjectsPageTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    private Task<int> DemoRoundAsync() => app.WithDbAsync(db => db.PlacementRounds.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());

    [Fact]
    public async Task Pages_DemoRound_SolvedAndPublishedThroughThePage()
    {
        var pm = await app.SignInAsync("pm");
        var index = await pm.GetHtmlAsync("/projects");
        Assert.NotNull(index.QuerySelector("#nav-projects"));
        Assert.True(index.QuerySelectorAll("#projects-table tbody tr[data-id]").Length >= 12);
        Assert.NotNull(index.QuerySelector("#projects-table tr[data-code='SP-TH']"));
        Assert.NotNull(index.QuerySelector("#create-project-form"));

        var id = await DemoRoundAsync();
        var rounds = await pm.GetHtmlAsync("/projects/rounds");
        Assert.NotNull(rounds.QuerySelector($"#rounds-table tr[data-id='{id}'][data-status='Open']"));
        var page = await pm.GetHtmlAsync($"/projects/rounds/{id}");
        Assert.NotNull(page.QuerySelector("#solve"));
        Assert.NotNull(page.QuerySelector("#rules li[data-kind='Pin']"));
        Assert.NotNull(page.QuerySelector("#rules li[data-kind='Forbid']"));
        Assert.Null(page.QuerySelector("#publish"));

        var solved = await pm.PostFormAsync($"/projects/rounds/{id}?handler=Solve", [], $"/projects/rounds/{id}");
        Assert.Equal(HttpStatusCode.Redirect, solved.StatusCode);
        for (var i = 0; i < 600 && await app.WithDbAsync(db => db.PlacementRounds.Where(r => r.Id == id).Select(r => r.SolvedAt).SingleAsync()) is null; i++) await Task.Delay(50);
        page = await pm.GetHtmlAsync($"/projects/rounds/{id}");
        Assert.Equal("True", page.QuerySelector("#proposal-optimal")?.GetAttribute("data-verified"));
        Assert.NotNull(page.QuerySelector("#assignments tbody tr[data-participant]"));
        Assert.NotNull(page.QuerySelector("#publish"));

        var published = await pm.PostFormAsync($"/projects/rounds/{id}?handler=Publish", [], $"/projects/rounds/{id}");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        page = await pm.GetHtmlAsync($"/projects/rounds/{id}");
        Assert.Equal("Published", page.QuerySelector("#round-status")?.GetAttribute("data-status"));
        var placed = await app.WithDbAsync(db => db.PlacementAssignments.Where(a => a.RoundId == id).Select(a => a.ParticipantId).ToListAsync());
        Assert.NotEmpty(placed);
        var first = placed[0];
        var activities = await app.WithDbAsync(async db =>
        {
            var versions = await db.PlanVersions.Where(v => v.ClosedOn == null && v.Plan!.ParticipantId == first).Select(v => v.Id).ToListAsync();
            return await db.PlanActivities.CountAsync(a => a.Kind == ActivityKind.Project && versions.Contains(a.PlanVersionId));
        });
        Assert.True(activities >= 1);
        var members = await app.WithDbAsync(db => db.ProjectMemberships.CountAsync(m => m.RoundId == id));
        Assert.Equal(placed.Count, members);
    }

    [Fact]
    public async Task Pages_AsParticipant_ConfidentialProjectAndRoundsAreNotThere()
    {
        var participant = await app.SignInAsync("participant");
        var index = await participant.GetHtmlAsync("/projects");
        Assert.Null(index.QuerySelector("#projects-table tr[data-code='SP-TH']"));
        Assert.Null(index.QuerySelector("#tab-rounds"));
        var secret = await app.WithDbAsync(db => db.StrategicProjects.Where(p => p.Classification == ProjectClassification.Confidential).Select(p => p.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync($"/projects/{secret}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync($"/projects/rounds/{await DemoRoundAsync()}")).StatusCode);
        var network = await participant.GetHtmlAsync("/projects/network");
        Assert.NotNull(network.QuerySelector("#network-counts"));
    }
}
