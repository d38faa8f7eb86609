using System.Net;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Careers.Data;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Careers;

/// <summary>The careers pages on the demo story: what each role sees, the stable element ids, a vote through the page form, Chinese labels.</summary>
public sealed class CareersPageTests(CareersSqliteFactory app) : IClassFixture<CareersSqliteFactory>
{
    private Task<int> InNoticeAppointmentAsync() =>
        app.WithDbAsync(db => db.Appointments.Where(a => a.Status == AppointmentStatus.InNotice).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());

    private Task<int> MidVoteApplicationAsync() =>
        app.WithDbAsync(db => db.TitleApplications.Where(a => a.Status == TitleApplicationStatus.InReview).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());

    [Fact]
    public async Task Pages_AsProgramManager_ShowNoticesHeadcountAndTheActions()
    {
        var pm = await app.SignInAsync("pm");
        var index = await pm.GetHtmlAsync("/careers");
        Assert.NotNull(index.QuerySelector("#nav-careers"));
        Assert.NotNull(index.QuerySelector("#nominate"));
        Assert.NotNull(index.QuerySelector("#apply"));
        var noticeId = await InNoticeAppointmentAsync();
        Assert.NotNull(index.QuerySelector($"#notices tr[data-kind=Appointment][data-id='{noticeId}']"));

        var headcount = await pm.GetHtmlAsync("/careers/headcount");
        Assert.NotNull(headcount.QuerySelector("#headcount tr[data-unit='SEP1-SX'] .short"));
        Assert.NotNull(headcount.QuerySelector("#reserve"));
        Assert.NotNull(headcount.QuerySelector("#headcount .expiring"));

        var appointment = await pm.GetHtmlAsync($"/careers/appointments/{noticeId}");
        Assert.NotNull(appointment.QuerySelector("#objection-resolve"));
        Assert.Null(appointment.QuerySelector("#vote-approve"));
        Assert.NotNull(appointment.QuerySelector("#notice [data-objection] .text-bg-danger"));

        var ladders = await pm.GetHtmlAsync("/careers/ladders");
        Assert.NotNull(ladders.QuerySelector("[data-code='TITLE-SKILL']"));
        Assert.NotNull(ladders.QuerySelector("#add-level"));
    }

    [Fact]
    public async Task TitlePage_MentorOnTheCommittee_VotesThroughTheForm()
    {
        var mentor = await app.SignInAsync("mentor");
        var id = await MidVoteApplicationAsync();
        var page = await mentor.GetHtmlAsync($"/careers/titles/{id}");
        Assert.NotNull(page.QuerySelector("#vote-approve"));
        Assert.Null(page.QuerySelector("#grant"));
        var before = page.QuerySelector("#tally")!.TextContent;

        var posted = await mentor.PostFormAsync($"/careers/titles/{id}?handler=Vote", new() { ["Choice"] = "Approve", ["Score"] = "120" }, tokenFrom: $"/careers/titles/{id}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.StatusCode);
        Assert.Contains("Give a score from 0 to 100.", HttpTestExtensions.ParseHtml(await posted.Content.ReadAsStringAsync()).QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);

        var ok = await mentor.PostFormAsync($"/careers/titles/{id}?handler=Vote", new() { ["Choice"] = "Approve", ["Score"] = "82", ["Comment"] = "Patents verified." }, tokenFrom: $"/careers/titles/{id}");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var after = await mentor.GetHtmlAsync($"/careers/titles/{id}");
        Assert.NotEqual(before, after.QuerySelector("#tally")!.TextContent);
        Assert.Contains("Patents verified.", after.QuerySelector("#votes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_ForOthers_HideRecordsAndManagementPages()
    {
        var participant = await app.SignInAsync("participant");
        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync($"/careers/titles/{await MidVoteApplicationAsync()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync($"/careers/appointments/{await InNoticeAppointmentAsync()}")).StatusCode);
        var headcount = await participant.GetAsync("/careers/headcount");
        Assert.Equal(HttpStatusCode.Redirect, headcount.StatusCode);
        Assert.Contains("denied", headcount.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        var index = await participant.GetHtmlAsync("/careers");
        Assert.Null(index.QuerySelector("#nominate"));

        var exec = await app.SignInAsync("exec");
        var summary = await exec.GetHtmlAsync("/careers/summary");
        Assert.NotNull(summary.QuerySelector("#summary tr[data-unit='SEP1-SX']"));
        Assert.Equal("/careers/summary", summary.QuerySelector("#nav-careers")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Pages_InChinese_UseTheTermsOfChineseHrPractice()
    {
        var pm = await app.SignInAsync("admin"); // the language is remembered per account: not the one the other tests use
        await pm.PostFormAsync("/culture", new() { ["culture"] = "zh-CN", ["returnUrl"] = "/careers" }, tokenFrom: "/");
        var index = await pm.GetHtmlAsync("/careers");
        Assert.Equal("职业发展", index.QuerySelector("#nav-careers")!.TextContent.Trim());
        Assert.Contains("公示", index.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("职称评审", index.Body!.TextContent, StringComparison.Ordinal);
        var appointment = await pm.GetHtmlAsync($"/careers/appointments/{await InNoticeAppointmentAsync()}");
        Assert.Contains("待处理", appointment.QuerySelector("#notice")!.TextContent, StringComparison.Ordinal);
    }
}
