using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Education;
using TalentChain.Modules.Education.Domain;
using TalentChain.Modules.Knowledge;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Education;

/// <summary>The pages on the demo story: what each person sees, HR's decision and Finance's payment through the forms, the repayment on the exit workflow.</summary>
public class EducationPageTests(EducationFactory app) : IClassFixture<EducationFactory>
{
    private Task<(int PhdId, int WaitingClaim, int CaseId, int DepartureId, int Student)> DemoAsync() => app.WithDbAsync(async db =>
    {
        var participant = await db.Users.Where(u => u.Email == "participant@talentchain.demo").Select(u => u.EmployeeId!.Value).FirstAsync();
        var phd = await db.Degrees.Where(d => d.EmployeeId == participant && d.Level == DegreeLevel.Doctorate).Select(d => d.Id).FirstAsync();
        var waiting = await db.TuitionClaims.Where(c => c.Status == ClaimStatus.ManagerApproved && c.SubmittedBy == "demo").Select(c => new { c.Id, c.EmployeeId }).FirstAsync();
        var @case = await db.ClawbackCases.Where(c => c.Status == ClawbackStatus.Open).OrderBy(c => c.Id).Select(c => new { c.Id, c.DepartureId }).FirstAsync();
        return (phd, waiting.Id, @case.Id, @case.DepartureId, waiting.EmployeeId);
    });

    private static string Text(IHtmlDocument doc, string selector) => doc.QuerySelector(selector)?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException($"no {selector}");

    [Fact]
    public async Task Pages_Participant_SeesOwnPhdWithTheOverdueMidTermInBothLanguages()
    {
        var demo = await DemoAsync();
        var participant = await app.SignInAsync("participant");
        var index = await participant.GetHtmlAsync("/education");
        Assert.NotNull(index.QuerySelector($"#degrees tr[data-id='{demo.PhdId}'] .degree-overdue"));
        Assert.NotNull(index.QuerySelector("#apply-submit"));
        var page = await participant.GetHtmlAsync($"/education/degrees/{demo.PhdId}");
        Assert.Contains("21", Text(page, "#milestone-MidTerm .milestone-overdue"));
        Assert.NotNull(page.QuerySelector("#claim-submit"));
        Assert.Null(page.QuerySelector("#approve"));
        var zh = await participant.GetHtmlAsync($"/education/degrees/{demo.PhdId}?culture=zh-CN");
        Assert.Contains("中期考核", Text(zh, "#milestone-MidTerm"));
        Assert.Contains("学历提升", Text(zh, "#nav-education"));
        // Someone else's claim, page or API: not found.
        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync($"/education/claims/{demo.WaitingClaim}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync($"/education/clawbacks/{demo.CaseId}")).StatusCode);
    }

    [Fact]
    public async Task ClaimPage_HrApprovesAndFinancePays_StatusAndAmountsShown()
    {
        var demo = await DemoAsync();
        var url = $"/education/claims/{demo.WaitingClaim}";
        var pm = await app.SignInAsync("pm");
        Assert.NotNull((await pm.GetHtmlAsync(url)).QuerySelector("#approve"));
        var approved = await pm.PostFormAsync(url + "?handler=Hr", new() { ["approve"] = "true", ["note"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var after = await pm.GetHtmlAsync(url);
        Assert.Equal("¥1,280.00", Text(after, "#claim-approved"));
        Assert.Null(after.QuerySelector("#pay"));

        var finance = await app.SignInAsync("finance");
        Assert.NotNull((await finance.GetHtmlAsync(url)).QuerySelector("#pay"));
        var tooMuch = await finance.PostFormAsync(url + "?handler=Pay", new() { ["amount"] = "1280.01", ["paidOn"] = "2026-06-15" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        var paid = await finance.PostFormAsync(url + "?handler=Pay", new() { ["amount"] = "1280.00", ["paidOn"] = "2026-06-15" });
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        Assert.Contains("¥1,280.00", Text(await finance.GetHtmlAsync(url), "#claim-paid"));
        var claims = await finance.GetHtmlAsync("/education/claims?filter=pay");
        Assert.DoesNotContain(claims.QuerySelectorAll("#claims .claim-row"), r => r.GetAttribute("data-id") == demo.WaitingClaim.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task DeparturePage_Repayment_AmountForAdministratorsOnlyThatItExistsForOfficers()
    {
        var demo = await DemoAsync();
        var officer = await app.SignInAsync("knowledge");
        var asOfficer = await officer.GetHtmlAsync($"/knowledge/departures/{demo.DepartureId}");
        Assert.Equal("—", Text(asOfficer, "#obligations .obligation[data-source=education] .obligation-amount"));
        var admin = await app.SignInAsync("admin");
        var asAdmin = await admin.GetHtmlAsync($"/knowledge/departures/{demo.DepartureId}");
        Assert.StartsWith("¥", Text(asAdmin, "#obligations .obligation[data-source=education] .obligation-amount"), StringComparison.Ordinal);

        var casePage = await admin.GetHtmlAsync($"/education/clawbacks/{demo.CaseId}");
        Assert.Equal(Text(asAdmin, "#obligations .obligation[data-source=education] .obligation-amount"), Text(casePage, "#clawback-amount"));
        Assert.Contains("÷", Text(casePage, "#clawback-formula"));
        Assert.NotNull(casePage.QuerySelector("#settle"));
        Assert.NotNull(casePage.QuerySelector("#waive"));
        var refused = await admin.PostFormAsync($"/education/clawbacks/{demo.CaseId}?handler=Waive", new() { ["reason"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
    }

    [Fact]
    public async Task Pages_ManagerExecutiveUniversities_RenderWhatEachMaySee()
    {
        var demo = await DemoAsync();
        var manager = await app.SignInAsync("manager");
        var profile = await manager.GetHtmlAsync($"/people/{demo.Student}");
        Assert.NotNull(profile.QuerySelector("#section-education"));
        Assert.NotEmpty((await manager.GetHtmlAsync("/education/claims")).QuerySelectorAll("#claims .claim-row"));
        var unis = await manager.GetHtmlAsync("/education/universities");
        Assert.Contains(unis.QuerySelectorAll(".professor"), p => p.TextContent.Contains("Zhang Wei", StringComparison.Ordinal) && p.QuerySelector(".lectures") is not null);

        Assert.Contains("Zhang Wei", await (await manager.GetAsync("/api/v1/education/universities/export?format=csv")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await manager.GetHtmlAsync("/education/policy")).QuerySelector("#policy-save"));
        var pm = await app.SignInAsync("pm");
        var policy = await pm.GetHtmlAsync("/education/policy");
        Assert.Contains("9-14:80", policy.QuerySelector("#p-bands")!.TextContent, StringComparison.Ordinal);
        var badBands = await pm.PostFormAsync("/education/policy", new()
        {
            ["masterAnnualCap"] = "30000", ["masterDegreeCap"] = "80000", ["masterServiceYears"] = "3",
            ["doctorateAnnualCap"] = "40000", ["doctorateDegreeCap"] = "160000", ["doctorateServiceYears"] = "5",
            ["eligibleCostTypes"] = "Tuition", ["bands"] = "1-8:60\nnine to twenty: 80",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badBands.StatusCode);

        var exec = await app.SignInAsync("exec");
        var summary = await exec.GetHtmlAsync("/education/summary");
        Assert.NotEmpty(summary.QuerySelectorAll("#summary tbody tr"));
        Assert.Empty((await exec.GetHtmlAsync("/education/claims")).QuerySelectorAll("#claims .claim-row"));
        Assert.Null((await exec.GetHtmlAsync($"/people/{demo.Student}")).QuerySelector("#section-education"));
        // Line managers have no summary page: sent to the access-denied page.
        var denied = await manager.GetAsync("/education/summary");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("denied", denied.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
