using System.Net.Http.Json;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Mentoring;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Mentoring;

/// <summary>The mentoring pages: a PM's round with eligibility reasons (also in Chinese), forms that refuse bad input on the page, who may open what.</summary>
public class MentoringPageTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    [Fact]
    public async Task EligibilityPage_ExplainsEachVolunteerAndRole_InEnglishAndChinese()
    {
        var pm = await app.ApiClientAsync("pm");
        var scenario = await MentoringScenario.CreateAsync(app, pm);
        var browser = await app.SignInAsync("pm");
        var url = $"/program/mentoring/rounds/{scenario.RoundId}/participants/{scenario.ParticipantIds[0]}";
        var doc = await browser.GetHtmlAsync(url);
        var verdicts = doc.QuerySelectorAll("#eligibility tr.verdict");
        Assert.Equal(scenario.VolunteerIds.Count * 3, verdicts.Length);
        Assert.Null(doc.QuerySelector("#eligibility-imported"));
        Assert.Contains(verdicts, v => v.QuerySelector(".reasons li") is not null);
        Assert.Contains(verdicts, v => v.ClassList.Contains("table-success") && v.QuerySelector("[data-criterion='Skill']") is not null);

        var zh = await browser.GetHtmlAsync(url + "?culture=zh-CN");
        Assert.StartsWith("谁可以指导", zh.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(zh.QuerySelectorAll("#eligibility .reasons li"), li => li.TextContent.Contains("同伴导师", StringComparison.Ordinal) || li.TextContent.Contains("职业导师", StringComparison.Ordinal) || li.TextContent.Contains("熟练度", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RoundPage_AddUnknownVolunteer_ShowsErrorAndChangesNothing()
    {
        var pm = await app.ApiClientAsync("pm");
        var scenario = await MentoringScenario.CreateAsync(app, pm);
        var browser = await app.SignInAsync("pm");
        var url = $"/program/mentoring/rounds/{scenario.RoundId}";
        var response = await browser.PostFormAsync(url + "?handler=AddVolunteer", new() { ["EmployeeNumber"] = "E-NOPE", ["Technical"] = "1", ["Career"] = "0", ["Peer"] = "0", ["Total"] = "1" }, tokenFrom: url);
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var doc = HttpTestExtensions.ParseHtml(await response.Content.ReadAsStringAsync());
        Assert.Contains("No employee with the number \"E-NOPE\".", doc.QuerySelector("#program-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(scenario.VolunteerIds.Count, await app.WithDbAsync(db => db.MentoringVolunteers.CountAsync(v => v.RoundId == scenario.RoundId)));

        // Roles and the focus skill of a participant: an unknown code is explained; a known one is saved.
        var pid = scenario.ParticipantIds[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
        var badSkill = await browser.PostFormAsync(url + "?handler=UpdateParticipant", new() { ["ParticipantId"] = pid, ["Roles"] = "Technical", ["FocusSkillCode"] = "NO.SUCH" }, tokenFrom: url);
        Assert.Equal((HttpStatusCode)422, badSkill.StatusCode);
        Assert.Contains("No skill with the code \"NO.SUCH\".", HttpTestExtensions.ParseHtml(await badSkill.Content.ReadAsStringAsync()).QuerySelector("#program-errors")!.TextContent, StringComparison.Ordinal);
        var saved = await browser.PostFormAsync(url + "?handler=UpdateParticipant", new() { ["ParticipantId"] = pid, ["Roles"] = "Technical", ["FocusSkillCode"] = "SEP.SX.CASCADE" }, tokenFrom: url);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var row = await app.WithDbAsync(db => db.MentoringRoundParticipants.AsNoTracking().SingleAsync(p => p.RoundId == scenario.RoundId && p.ParticipantId == scenario.ParticipantIds[0]));
        Assert.Equal([TalentChain.Modules.TalentProgram.Contracts.MentorRole.Technical], row.Roles);
        Assert.NotNull(row.FocusSkillId);
        var focus = (await browser.GetHtmlAsync(url)).QuerySelector($"#participants tr[data-participant='{pid}']")!.TextContent;
        Assert.Contains("≥", focus, StringComparison.Ordinal);

        // Solving from the page starts a job and comes back to the round with its progress card.
        var solve = await browser.PostFormAsync(url + "?handler=Solve", [], tokenFrom: url);
        Assert.Equal(HttpStatusCode.Redirect, solve.StatusCode);
        var after = await browser.GetHtmlAsync(url);
        Assert.NotNull(after.QuerySelector("#job-progress"));
    }

    [Fact]
    public async Task Preferences_RaiseTheScoreOfTheNamedMentor_AndOnlyTheParticipantOrAManagerSetsThem()
    {
        var pm = await app.ApiClientAsync("pm");
        var scenario = await MentoringScenario.CreateAsync(app, pm);
        var participantId = scenario.ParticipantIds[0];
        var named = scenario.VolunteerIds[1];
        var url = $"/api/v1/program/mentoring/rounds/{scenario.RoundId}/participants/{participantId}";
        var stranger = await app.ApiClientAsync("participant");
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PutAsJsonAsync(url + "/preferences", new { preferredMentorIds = new[] { named } })).StatusCode);
        var unknown = await pm.PutAsJsonAsync(url + "/preferences", new { preferredMentorIds = new[] { 987654 } });
        Assert.Contains("Employee 987654 does not exist or has left.", await ApiAssert.FieldErrorsAsync(unknown, "PreferredMentorIds"));
        Assert.Equal(HttpStatusCode.NoContent, (await pm.PutAsJsonAsync(url + "/preferences", new { preferredMentorIds = new[] { named } })).StatusCode);

        var eligibility = await pm.GetJsonAsync<EligibilityDto>($"/api/v1/program/mentoring/rounds/{scenario.RoundId}/participants/{participantId}/eligibility");
        var points = eligibility.Verdicts
            .Select(v => (Mentor: v.MentorEmployeeId, Preference: v.Breakdown.Single(b => b.Criterion == "Preference").Points))
            .ToList();
        Assert.All(points, p => Assert.Equal(p.Mentor == named ? 12 : 0, p.Preference));
    }

    [Fact]
    public async Task MentoringPages_EachRole_SeesOnlyItsView()
    {
        var roundId = await MentoringSteps.OpenRoundAsync(app);
        var participant = await app.SignInAsync("participant");
        var refused = await participant.GetAsync($"/program/mentoring/rounds/{roundId}");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/account/denied", refused.Headers.Location!.AbsolutePath);
        var mine = await participant.GetHtmlAsync("/program/mentoring");
        Assert.NotEmpty(mine.QuerySelectorAll("#as-participant tbody tr"));
        Assert.Null(mine.QuerySelector("#rounds"));

        var mentor = await app.SignInAsync("mentor");
        var page = await mentor.GetHtmlAsync("/program/mentoring");
        Assert.NotNull(page.QuerySelector($".open-round[data-round='{roundId}'] .volunteer-form"));
        Assert.NotEmpty(page.QuerySelectorAll("#as-mentor tbody tr"));
    }

    [Fact]
    public async Task AParticipantOnTheWaitlist_SeesTheirOpenSlotAndWhy_OnTheirPageAndInTheApi()
    {
        var demoParticipant = await app.WithDbAsync(db => db.Participants
            .Where(p => p.EmployeeId == db.Users.Where(u => u.Email == "participant@talentchain.demo").Select(u => u.EmployeeId).First() && p.Status == ParticipantStatus.Selected)
            .Select(p => p.Id).FirstAsync());
        var entry = new MentoringWaitlistEntry { ParticipantId = demoParticipant, Role = MentorRole.Peer, Reason = WaitlistReason.NoEligibleVolunteer, Detail = "Tenure=3", AddedOn = new DateOnly(2026, 11, 1) };
        await app.WithDbAsync(db => { db.MentoringWaitlist.Add(entry); return db.SaveChangesAsync(); });
        try
        {
            var api = await app.ApiClientAsync("participant");
            var me = await api.GetJsonAsync<MyMentoringDto>("/api/v1/program/mentoring/me");
            var waiting = me.Waiting.Single(w => w.Id == entry.Id);
            Assert.Equal("Peer", waiting.Role);
            Assert.Contains("tenure outside the band: ", Assert.Single(waiting.Details), StringComparison.Ordinal);

            var page = await (await app.SignInAsync("participant")).GetHtmlAsync("/program/mentoring?culture=zh-CN");
            var item = page.QuerySelector($"#my-waiting li[data-role='Peer'][data-reason='NoEligibleVolunteer']");
            Assert.NotNull(item);
            Assert.Contains("同伴导师", item.TextContent, StringComparison.Ordinal);

            // Someone else's page does not show it.
            var mentorPage = await (await app.SignInAsync("mentor")).GetHtmlAsync("/program/mentoring");
            Assert.Null(mentorPage.QuerySelector("#my-waiting"));
        }
        finally
        {
            await app.WithDbAsync(db => db.MentoringWaitlist.Where(w => w.Id == entry.Id).ExecuteDeleteAsync());
        }
    }
}
