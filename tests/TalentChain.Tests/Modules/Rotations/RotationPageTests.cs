using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Rotations;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Tests.Infrastructure;
using static TalentChain.Tests.Modules.Rotations.RotationTestData;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram;

using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Tests.Modules.Rotations;

/// <summary>The rotation-planning pages for each role, and bad input shown on the form in both languages with nothing written.</summary>
public class RotationPageTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    [Fact]
    public async Task RotationPages_AsProgramManager_ShowScheduleCapacityAndOffers()
    {
        var pm = await app.SignInAsync("pm");
        var published = await PublishedDemoPlanAsync(app);
        var index = await pm.GetHtmlAsync("/program/rotations");
        Assert.Equal(2, index.QuerySelectorAll("#plans tbody tr").Length);
        var page = await pm.GetHtmlAsync($"/program/rotations/{published}");
        Assert.NotEmpty(page.QuerySelectorAll("#schedule td.rotation"));
        Assert.NotEmpty(page.QuerySelectorAll("#capacity td[data-period]"));
        Assert.NotEmpty(page.QuerySelectorAll("#published tbody tr"));
        Assert.NotNull(page.QuerySelector("#solve"));
        Assert.NotNull(page.QuerySelector("#publish"));
        var draft = await app.WithDbAsync(db => db.RotationPlans.Where(p => p.Id != published).Select(p => p.Id).SingleAsync());
        var draftPage = await pm.GetHtmlAsync($"/program/rotations/{draft}");
        Assert.NotNull(draftPage.QuerySelector("#no-proposal"));
        Assert.NotEmpty(draftPage.QuerySelectorAll("#offers tbody tr"));
    }

    [Fact]
    public async Task RotationPages_AsExecutive_ShowNoManagementControls()
    {
        var exec = await app.SignInAsync("exec");
        var published = await PublishedDemoPlanAsync(app);
        var page = await exec.GetHtmlAsync($"/program/rotations/{published}");
        Assert.NotEmpty(page.QuerySelectorAll("#schedule td.rotation"));
        Assert.Null(page.QuerySelector("#solve"));
        Assert.Null(page.QuerySelector("#offers"));
        Assert.Empty(page.QuerySelectorAll(".adjust-form"));
    }

    [Fact]
    public async Task OffersForm_NonNumberOrNegativePlaces_IsRefusedChangingNothing()
    {
        var pm = await app.SignInAsync("pm");
        var plan = await app.WithDbAsync(db => db.RotationPlans.OrderByDescending(p => p.Id).Select(p => new { p.Id, p.Periods, Unit = p.Offers.Select(o => o.OrgUnit!.Code).First() }).FirstAsync());
        var before = await app.WithDbAsync(db => db.RotationOffers.Where(o => o.PlanId == plan.Id).Select(o => o.Places).ToListAsync());
        var fields = new Dictionary<string, string> { ["UnitCode"] = plan.Unit };
        var url = $"/program/rotations/{plan.Id}?handler=Offer";
        for (var i = 0; i < plan.Periods; i++) fields[$"Places[{i}]"] = i == 2 ? "two" : "1";
        var response = await pm.PostFormAsync(url, fields, tokenFrom: $"/program/rotations/{plan.Id}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var doc = HttpTestExtensions.ParseHtml(await response.Content.ReadAsStringAsync());
        Assert.Contains("Period 3: enter a whole number from 0 to 999", doc.QuerySelector("#program-errors")!.TextContent, StringComparison.Ordinal);

        fields["Places[2]"] = "-1";
        var zh = await pm.PostFormAsync(url + "&culture=zh-CN", fields, tokenFrom: $"/program/rotations/{plan.Id}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, zh.StatusCode);
        doc = HttpTestExtensions.ParseHtml(await zh.Content.ReadAsStringAsync());
        Assert.Contains("第 3 期：请输入 0 到 999 之间的整数", doc.QuerySelector("#program-errors")!.TextContent, StringComparison.Ordinal);

        var after = await app.WithDbAsync(db => db.RotationOffers.Where(o => o.PlanId == plan.Id).Select(o => o.Places).ToListAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Participant_SeesTheirPublishedUnitsAndEditsOwnPreferences_ButNotThePlanOrOthers()
    {
        var participant = await app.SignInAsync("participant");
        var planId = await PublishedDemoPlanAsync(app);
        var me = await DemoParticipantAsync(app);
        var index = await participant.GetHtmlAsync("/program/rotations");
        Assert.NotNull(index.QuerySelector($"#my-plans a[href='/program/rotations/{planId}/participants/{me}']"));
        var mine = await participant.GetHtmlAsync($"/program/rotations/{planId}/participants/{me}");
        Assert.Equal(5, mine.QuerySelectorAll("#my-rotations tbody tr").Length);
        Assert.Contains("Published rotations", mine.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Member.", mine.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(mine.QuerySelector("#save-preferences"));
        var stagePage = await participant.GetHtmlAsync($"/program/participants/{me}");
        Assert.NotEmpty(stagePage.QuerySelectorAll(".host-unit"));

        // Refused: to the access-denied page.
        Assert.Contains("denied", (await participant.GetAsync($"/program/rotations/{planId}")).Headers.Location?.ToString() ?? "", StringComparison.OrdinalIgnoreCase);
        var other = await app.WithDbAsync(db => db.RotationMembers.Where(m => m.PlanId == planId && m.ParticipantId != me).Select(m => m.ParticipantId).FirstAsync());
        Assert.Contains("denied", (await participant.GetAsync($"/program/rotations/{planId}/participants/{other}")).Headers.Location?.ToString() ?? "", StringComparison.OrdinalIgnoreCase);
        var unit = mine.QuerySelector("#preferences input[name^='Scores[']")!.GetAttribute("name")!;
        var saved = await participant.PostFormAsync($"/program/rotations/{planId}/participants/{me}", new() { [unit] = "7" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var code = unit["Scores[".Length..^1];
        Assert.Equal(7, await app.WithDbAsync(db => db.RotationPreferences.Where(p => p.MemberId == db.Set<RotationMember>().Where(m => m.PlanId == planId && m.ParticipantId == me).Select(m => m.Id).Single()
            && p.OrgUnitId == db.Set<OrgUnit>().Where(u => u.Code == code).Select(u => u.Id).Single()).Select(p => p.Score).SingleAsync()));
        var refused = await participant.PostFormAsync($"/program/rotations/{planId}/participants/{me}", new() { [unit] = "lots" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains($"{code}: enter a whole number from 0 to 100", HttpTestExtensions.ParseHtml(await refused.Content.ReadAsStringAsync()).QuerySelector("#program-errors")!.TextContent, StringComparison.Ordinal);
        var zh = await participant.GetHtmlAsync($"/program/rotations/{planId}/participants/{me}?culture=zh-CN");
        Assert.Contains("轮岗意向", zh.QuerySelector("main")?.TextContent ?? zh.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("已发布的轮岗安排", zh.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Member.", zh.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LineManager_FindsTheirReportsRotationsFromTheIndex_OthersAreToldThereIsNothingToShow()
    {
        var planId = await PublishedDemoPlanAsync(app);
        var me = await DemoParticipantAsync(app);
        var manager = await app.SignInAsync("manager");
        var index = await manager.GetHtmlAsync("/program/rotations");
        var link = index.QuerySelector($"#team-plans a[href='/program/rotations/{planId}/participants/{me}']");
        Assert.NotNull(link);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(link.GetAttribute("href")!)).StatusCode);
        Assert.Null(index.QuerySelector("#nothing-to-see"));
        // Names as everywhere else in the user's language (the Chinese name in Chinese).
        var chinese = await app.WithDbAsync(db => db.Participants.Where(p => p.Id == me).Select(p => p.Employee!.ChineseName).SingleAsync());
        var zhIndex = await manager.GetHtmlAsync("/program/rotations?culture=zh-CN");
        Assert.Contains(chinese!, zhIndex.QuerySelector($"#team-plans a[href='/program/rotations/{planId}/participants/{me}']")!.TextContent, StringComparison.Ordinal);

        var mentor = await app.SignInAsync("mentor");
        var empty = await mentor.GetHtmlAsync("/program/rotations?culture=zh-CN");
        Assert.Contains("暂无可查看的轮岗", empty.QuerySelector("#nothing-to-see")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RotationPages_EveryResourceKey_ExistsInBothLanguages()
    {
        // R["…"] is not covered by the platform's key-use check (LocalizationTests), so the rotation pages check their own.
        var resources = Path.Combine(Repository.Root, "src/TalentChain/Resources");
        HashSet<string> Keys(string file) => [.. Regex.Matches(File.ReadAllText(Path.Combine(resources, file)), "<data name=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];
        var en = Keys("RotationsResource.resx");
        var zh = Keys("RotationsResource.zh-CN.resx");
        var missing = Directory.GetFiles(Path.Combine(Repository.Root, "src/TalentChain/Modules/Rotations"), "*", SearchOption.AllDirectories)
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "\\b(?:R|t)\\[\"([A-Za-z0-9_.]+)\"").Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .Where(u => !en.Contains(u.Key) || !zh.Contains(u.Key))
            .Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, "Keys used but not in RotationsResource (en and zh-CN): " + string.Join(", ", missing));
    }
}
