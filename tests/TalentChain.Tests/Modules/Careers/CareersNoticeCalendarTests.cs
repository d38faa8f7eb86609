using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.Careers.Features;
using TalentChain.Modules.Careers.Features.Appointments;
using TalentChain.Modules.Careers.Features.Headcount;
using TalentChain.Modules.Careers.Features.Titles;
using TalentChain.Modules.People.Contracts;
using TalentChain.Tests.Infrastructure;
using static TalentChain.Tests.Modules.Careers.CareersApi;

namespace TalentChain.Tests.Modules.Careers;

/// <summary>The public notice (公示) counted in working days on the demo's China calendar, and provisional where the calendar ends.</summary>
public sealed class CareersNoticeCalendarTests(CareersCalendarFactory app) : IClassFixture<CareersCalendarFactory>
{
    private static async Task<AppointmentView> ApprovedAsync(HttpClient pm, HttpClient mentor, int committee, string number, int level)
    {
        var a = await ApiAssert.JsonAsync<AppointmentView>(await pm.PostAsJsonAsync($"{Root}/appointments", new
        {
            employeeNumber = number, levelId = level, position = "Senior analyst", reason = "Calendar test", committeeId = committee, noticeWorkingDays = 5,
        }), HttpStatusCode.Created);
        await ApiAssert.JsonAsync<AppointmentView>(await mentor.PostAsJsonAsync($"{Root}/appointments/{a.Id}/votes", new { choice = "Approve" }), HttpStatusCode.OK);
        return await ApiAssert.JsonAsync<AppointmentView>(await pm.PostAsJsonAsync($"{Root}/appointments/{a.Id}/decision", new { }), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Notice_FiveWorkingDays_SkipsNationalDayCountsMakeUpSaturdayAndIsProvisionalIntoAnUncoveredYear()
    {
        var pm = await app.ApiClientAsync("pm");
        var mentor = await app.ApiClientAsync("mentor");
        var mentorNumber = await app.NumberOfAsync(await app.AccountEmployeeAsync("mentor"));
        var committee = (await ApiAssert.JsonAsync<CommitteeView>(await pm.PostAsJsonAsync($"{Root}/committees",
            new { name = "Calendar committee", nameZh = "日历测试委员会", memberEmployeeNumbers = new[] { mentorNumber } }), HttpStatusCode.OK)).Id;
        var level = await app.TechLevelAsync(2);
        var accounts = await app.WithDbAsync(db => db.Users.Where(u => u.EmployeeId != null).Select(u => u.EmployeeId!.Value).ToListAsync());
        var people = await app.WithDbAsync(db => db.EmployeeRefs.Where(e => e.OrgUnit!.Code == "SEP2-QC" && e.Status == EmployeeStatus.Active && !accounts.Contains(e.Id))
            .OrderBy(e => e.EmployeeNumber).Select(e => e.EmployeeNumber).ToListAsync());
        await ApiAssert.JsonAsync<PlanView>(await pm.PutAsJsonAsync($"{Root}/headcount", new { orgUnitCode = "SEP2-QC", levelId = level, year = 2026, planned = 3 }), HttpStatusCode.OK);

        // Tue 29 Sep 2026: Wed 30 Sep (1); 1–7 Oct National Day; Thu 8 (2), Fri 9 (3), Sat 10 make-up workday (4), Mon 12 (5).
        var autumn = await ApprovedAsync(pm, mentor, committee, people[0], level);
        Assert.Equal((new DateOnly(2026, 9, 29), new DateOnly(2026, 10, 12), false), (autumn.NoticeStarts!.Value, autumn.NoticeEnds!.Value, autumn.NoticeProvisional));

        // Mon 28 Dec 2026: 29, 30, 31 Dec, then 2027 — not in the calendar yet: Fri 1 and Mon 4 Jan counted Monday–Friday, provisional.
        app.Clock!.SetUtcNow(new DateTimeOffset(2026, 12, 28, 8, 0, 0, TimeSpan.Zero));
        pm = await app.ApiClientAsync("pm"); // the tokens of three months ago have expired
        mentor = await app.ApiClientAsync("mentor");
        var winter = await ApprovedAsync(pm, mentor, committee, people[1], level);
        Assert.Equal((new DateOnly(2027, 1, 4), true), (winter.NoticeEnds!.Value, winter.NoticeProvisional));
        var browser = await app.SignInAsync("pm");
        var page = await browser.GetHtmlAsync($"/careers/appointments/{winter.Id}");
        Assert.NotNull(page.QuerySelector("#notice-provisional"));
        Assert.Contains("2027-01-04", page.QuerySelector("#notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void WholeYears_Anniversaries_CountOnTheirDay()
    {
        Assert.Equal(0, Eligibility.WholeYears(new DateOnly(2024, 3, 1), new DateOnly(2025, 2, 28)));
        Assert.Equal(1, Eligibility.WholeYears(new DateOnly(2024, 3, 1), new DateOnly(2025, 3, 1)));
        Assert.Equal(4, Eligibility.WholeYears(new DateOnly(2020, 2, 29), new DateOnly(2024, 2, 29)));
        Assert.Equal(0, Eligibility.WholeYears(new DateOnly(2026, 1, 1), new DateOnly(2025, 1, 1)));
    }
}
