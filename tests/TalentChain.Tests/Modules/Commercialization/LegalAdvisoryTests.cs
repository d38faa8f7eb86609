using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Commercialization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.Legal;
using TalentChain.Platform.Notifications;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Commercialization;

/// <summary>
/// Legal advisory (法务咨询) through the API: bad input refused in English and Chinese with nothing written; need-to-know
/// for the requester, another employee, IP counsel on a controlled disclosure before and after assignment, the office;
/// create → assign → answer → close with notifications to the right people; the export has the list's rows.
/// </summary>
public abstract class LegalAdvisoryTests(CommercializationFactory app)
{
    private const string Api = CommercializationDriver.Api + "/legal";
    private readonly CommercializationDriver _d = new(app);

    private async Task<LegalRequestView> FileAsync(string login, LegalRequestInput input) =>
        await ApiAssert.JsonAsync<LegalRequestView>(await (await _d.As(login)).PostAsJsonAsync(Api, input, ApiJson.Options), HttpStatusCode.Created);

    private async Task<HttpResponseMessage> PostAsync(string login, string url, object body, bool chinese = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, options: ApiJson.Options) };
        if (chinese) request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        return await (await _d.As(login)).SendAsync(request);
    }

    private Task<LegalRequest> StoredAsync(int id) => app.WithDbAsync(db => db.LegalRequests.AsNoTracking().FirstAsync(r => r.Id == id));

    private async Task<(bool Detail, bool List, bool Export)> SeesAsync(string login, int id)
    {
        var c = await _d.As(login);
        var number = LegalHandlers.NumberOf(id);
        var detail = (await c.GetAsync($"{Api}/{id}")).StatusCode;
        Assert.True(detail is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{login}: {detail}");
        return (detail == HttpStatusCode.OK, (await c.GetJsonAsync<List<LegalRequestRow>>(Api)).Any(r => r.Id == id),
            (await c.GetStringAsync($"{Api}/export?format=csv")).Contains(number, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LegalRequest_BadInputOrWrongTransition_RefusedInEnglishAndChineseWithNothingWritten()
    {
        var before = await app.WithDbAsync(db => db.LegalRequests.CountAsync());
        var past = new LegalRequestInput(LegalRequestKind.FreedomToOperate, "Can we sell in the EU?", DueOn: app.Today.AddDays(-1));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await PostAsync("tto", Api, past), "DueOn"), m => m.Contains("is in the past", StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await PostAsync("tto", Api, past, chinese: true), "DueOn"), m => m.Contains("早于今天", StringComparison.Ordinal));
        var empty = new LegalRequestInput(LegalRequestKind.Infringement, "   ");
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await PostAsync("tto", Api, empty), "Question"), m => m.Contains("Describe the question", StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await PostAsync("tto", Api, empty, chinese: true), "Question"), m => m.Contains("请填写需要法务顾问答复的问题", StringComparison.Ordinal));
        await ApiAssert.FieldErrorsAsync(await PostAsync("tto", Api, new LegalRequestInput(LegalRequestKind.Other, new string('x', 4001))), "Question");
        Assert.Equal(before, await app.WithDbAsync(db => db.LegalRequests.CountAsync()));
        // Nobody but the office and counsel files an unlinked request.
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync("pm", Api, new LegalRequestInput(LegalRequestKind.Other, "A question"))).StatusCode);

        var r = await FileAsync("tto", new LegalRequestInput(LegalRequestKind.Infringement, "Is the competitor's magnet infringing our grain-boundary patent?"));
        Assert.Equal(app.Today.AddDays(15), r.Row.DueOn);
        var participant = await _d.AccountAsync("participant");
        var unknown = await PostAsync("tto", $"{Api}/{r.Id}/assign", new LegalAssignInput("NO-SUCH-9999"));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(unknown, "CounselNumber"), m => m.Contains("NO-SUCH-9999", StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await PostAsync("tto", $"{Api}/{r.Id}/assign", new LegalAssignInput(participant.Number)), "CounselNumber"),
            m => m.Contains("is not IP counsel", StringComparison.Ordinal) && m.Contains(participant.Number, StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await PostAsync("tto", $"{Api}/{r.Id}/assign", new LegalAssignInput(participant.Number), chinese: true), "CounselNumber"),
            m => m.Contains("不是知识产权法务顾问", StringComparison.Ordinal));
        var stored = await StoredAsync(r.Id);
        Assert.Equal((LegalRequestStatus.Open, (int?)null), (stored.Status, stored.CounselEmployeeId));

        Assert.Contains(await ApiAssert.FieldErrorsAsync(await PostAsync("tto", $"{Api}/{r.Id}/answer", new LegalAnswerInput(" ", LegalConclusion.NoObjection)), "Outcome"),
            m => m.Contains("opinion", StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await PostAsync("tto", $"{Api}/{r.Id}/answer", new LegalAnswerInput(" ", LegalConclusion.NoObjection), chinese: true), "Outcome"),
            m => m.Contains("请填写法律意见", StringComparison.Ordinal));
        Assert.Null((await StoredAsync(r.Id)).Outcome);

        await ApiAssert.JsonAsync<LegalRequestView>(await PostAsync("tto", $"{Api}/{r.Id}/close", new LegalCloseInput()), HttpStatusCode.OK);
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await PostAsync("tto", $"{Api}/{r.Id}/answer", new LegalAnswerInput("Fine.", LegalConclusion.NoObjection)), "Status"),
            m => m.Contains("Closed", StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await PostAsync("tto", $"{Api}/{r.Id}/assign", new LegalAssignInput("x"), chinese: true), "Status"),
            m => m.Contains("已关闭", StringComparison.Ordinal));
        stored = await StoredAsync(r.Id);
        Assert.Equal((LegalRequestStatus.Closed, (string?)null), (stored.Status, stored.Outcome));
    }

    [Fact]
    public async Task LegalRequest_ControlledDisclosure_OnlyRequesterOfficeAndAssignedCounselSeeIt()
    {
        var inventor = await _d.AccountAsync("participant");
        var counsel = await _d.AccountAsync("counsel");
        var d = await _d.CreateAsync("tto", CommercializationDriver.Input("Heavy rare-earth cascade, legal", [(inventor.Number, 100m)], app.Today.AddDays(-40), "SEP.SX.HEAVY"));
        Assert.True(d.Controlled);
        // A stranger cannot file about a disclosure they cannot see: 404 naming it.
        var hidden = await PostAsync("pm", Api, new LegalRequestInput(LegalRequestKind.FreedomToOperate, "FTO?", d.Id));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Contains(d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), await hidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var r = await FileAsync("participant", new LegalRequestInput(LegalRequestKind.FreedomToOperate, "May we make this in Vietnam?", d.Id));
        Assert.Equal(app.Today.AddDays(30), r.Row.DueOn);
        Assert.Equal((true, true, true), await SeesAsync("participant", r.Id));
        Assert.Equal((true, true, true), await SeesAsync("tto", r.Id));
        Assert.Equal((true, true, true), await SeesAsync("admin", r.Id));
        Assert.Equal((false, false, false), await SeesAsync("pm", r.Id));
        Assert.Equal((false, false, false), await SeesAsync("counsel", r.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync("counsel", $"{Api}/{r.Id}/answer", new LegalAnswerInput("x", LegalConclusion.NoObjection))).StatusCode);

        await ApiAssert.JsonAsync<LegalRequestView>(await PostAsync("tto", $"{Api}/{r.Id}/assign", new LegalAssignInput(counsel.Number)), HttpStatusCode.OK);
        Assert.Equal((true, true, true), await SeesAsync("counsel", r.Id));
        Assert.Equal(HttpStatusCode.OK, (await (await _d.As("counsel")).GetAsync($"{CommercializationDriver.Api}/disclosures/{d.Id}")).StatusCode);
        Assert.Equal((false, false, false), await SeesAsync("pm", r.Id));

        // Not controlled: counsel sees it unassigned, the inventors see requests about their disclosure, others do not.
        var other = (await _d.PeopleAsync(1, inventor.Id))[0];
        var open = await _d.CreateAsync("tto", CommercializationDriver.Input("Polishing powder, legal", [(inventor.Number, 50m), (other.Number, 50m)], app.Today.AddDays(-10)));
        var onOpen = await FileAsync("tto", new LegalRequestInput(LegalRequestKind.Other, "Can we publish the process?", open.Id));
        Assert.Equal((true, true, true), await SeesAsync("counsel", onOpen.Id));
        Assert.Equal((true, true, true), await SeesAsync("participant", onOpen.Id));
        Assert.Equal((false, false, false), await SeesAsync("pm", onOpen.Id));
        Assert.Equal((false, false, false), await SeesAsync("mentor", onOpen.Id));
        // The inventor sees it but may not assign it.
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync("participant", $"{Api}/{onOpen.Id}/assign", new LegalAssignInput(counsel.Number))).StatusCode);
    }

    [Fact]
    public async Task LegalRequest_CreateAssignAnswerClose_NotifiesOfficeCounselAndRequester()
    {
        var inventor = await _d.AccountAsync("participant");
        var counsel = await _d.AccountAsync("counsel");
        var officer = await _d.AccountAsync("tto");
        var d = await _d.CreateAsync("participant", CommercializationDriver.Input("Licence-ready magnet recycling", [(inventor.Number, 100m)], app.Today.AddDays(-20)));
        var r = await FileAsync("participant", new LegalRequestInput(LegalRequestKind.LicenceReview, "Please review the draft licence with clause 7 on improvements.", d.Id));
        var link = $"/commercialization/legal/{r.Id}";
        Assert.Equal((LegalRequestStatus.Open, app.Today.AddDays(10)), (r.Row.Status, r.Row.DueOn));
        Assert.True(await app.WithDbAsync(db => db.Set<Notification>().AnyAsync(n => n.Link == link && n.EmployeeId == officer.Id)));
        Assert.False(await app.WithDbAsync(db => db.Set<Notification>().AnyAsync(n => n.Link == link && n.EmployeeId == counsel.Id)));

        // Counsel is not assigned yet, the requester is not the office.
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync("counsel", $"{Api}/{r.Id}/answer", new LegalAnswerInput("x", LegalConclusion.NoObjection))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync("participant", $"{Api}/{r.Id}/assign", new LegalAssignInput(counsel.Number))).StatusCode);

        var assigned = await ApiAssert.JsonAsync<LegalRequestView>(await PostAsync("tto", $"{Api}/{r.Id}/assign", new LegalAssignInput(counsel.Number, app.Today.AddDays(5), r.Version)), HttpStatusCode.OK);
        Assert.Equal((LegalRequestStatus.InProgress, counsel.Id, app.Today.AddDays(5)), (assigned.Row.Status, assigned.Row.CounselEmployeeId!.Value, assigned.Row.DueOn!.Value));
        Assert.True(await app.WithDbAsync(db => db.Set<Notification>().AnyAsync(n => n.Link == link && n.EmployeeId == counsel.Id)));
        Assert.True((await (await _d.As("counsel")).GetJsonAsync<LegalRequestView>($"{Api}/{r.Id}")).CanAnswer);
        Assert.Contains((await (await _d.As("counsel")).GetJsonAsync<List<LegalRequestRow>>($"{Api}?mine=true")), x => x.Id == r.Id);

        // A stale version is refused.
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await PostAsync("counsel", $"{Api}/{r.Id}/answer", new LegalAnswerInput("Sign it.", LegalConclusion.NoObjection, r.Version)), "Version"),
            m => m.Contains("changed", StringComparison.Ordinal));
        var answered = await ApiAssert.JsonAsync<LegalRequestView>(await PostAsync("counsel", $"{Api}/{r.Id}/answer",
            new LegalAnswerInput("可签署，但改进技术条款须改为双方共有。", LegalConclusion.ProceedWithConditions, assigned.Version)), HttpStatusCode.OK);
        Assert.Equal((LegalRequestStatus.Answered, LegalConclusion.ProceedWithConditions), (answered.Row.Status, answered.Row.Conclusion!.Value));
        Assert.Equal("counsel@talentchain.demo", answered.AnsweredBy);
        Assert.True(await app.WithDbAsync(db => db.Set<Notification>().AnyAsync(n => n.Link == link && n.EmployeeId == inventor.Id)));

        // Counsel may not close; the requester does.
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync("counsel", $"{Api}/{r.Id}/close", new LegalCloseInput())).StatusCode);
        var closed = await ApiAssert.JsonAsync<LegalRequestView>(await PostAsync("participant", $"{Api}/{r.Id}/close", new LegalCloseInput(answered.Version)), HttpStatusCode.OK);
        Assert.Equal(LegalRequestStatus.Closed, closed.Row.Status);
        Assert.False(closed.CanClose || closed.CanAnswer || closed.CanAssign);
        Assert.Contains(await (await _d.As("participant")).GetJsonAsync<List<LegalRequestRow>>($"{Api}?status=Closed&mine=true"), x => x.Id == r.Id);
        // Each step is in the audit trail of the request.
        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "LegalRequest" && a.EntityKey == r.Number).CountAsync());
        Assert.Equal(4, audited);
    }

    [Fact]
    public async Task LegalRequest_OverdueAndFilters_ExportHasTheListRows()
    {
        var late = await FileAsync("tto", new LegalRequestInput(LegalRequestKind.TransferReview, "Review the transfer to the subsidiary."));
        await app.WithDbAsync(async db =>
        {
            var x = await db.LegalRequests.FirstAsync(r => r.Id == late.Id);
            x.DueOn = app.Today.AddDays(-3);
            return await db.SaveChangesAsync();
        });
        var row = (await (await _d.As("tto")).GetJsonAsync<List<LegalRequestRow>>($"{CommercializationDriver.Api}/legal?overdue=true")).Single(r => r.Id == late.Id);
        Assert.True(row.Overdue);
        Assert.Equal("Overdue", row.StateName);
        var zh = new HttpRequestMessage(HttpMethod.Get, $"{Api}/{late.Id}");
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var zhView = await ApiAssert.JsonAsync<LegalRequestView>(await (await _d.As("tto")).SendAsync(zh), HttpStatusCode.OK);
        Assert.Equal("逾期", zhView.Row.StateName);
        Assert.DoesNotContain(await (await _d.As("tto")).GetJsonAsync<List<LegalRequestRow>>($"{Api}?kind=Infringement"), r => r.Id == late.Id);

        foreach (var login in new[] { "tto", "counsel", "participant", "pm" })
        foreach (var query in new[] { "", "overdue=true", "kind=TransferReview", "mine=true", "status=Open" })
        {
            var c = await _d.As(login);
            var rows = await c.GetJsonAsync<List<LegalRequestRow>>($"{Api}?{query}");
            var csv = await c.GetStringAsync($"{Api}/export?format=csv&{query}");
            var numbers = csv.Split('\n').Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Split(',')[0].Trim('"', '\r', '\uFEFF')).ToList();
            Assert.True(rows.Select(r => r.Number).Order().SequenceEqual(numbers.Order()), $"{login} ?{query}: list {string.Join(" ", rows.Select(r => r.Number))} export {string.Join(" ", numbers)}");
        }
        var xlsx = await (await _d.As("tto")).GetAsync($"{Api}/export?format=xlsx");
        Assert.Equal(TalentChain.Platform.Spreadsheets.SpreadsheetDownload.XlsxType, xlsx.Content.Headers.ContentType?.MediaType);
        await ApiAssert.FieldErrorsAsync(await (await _d.As("tto")).GetAsync($"{Api}/export?format=pdf"), "format");
    }

    [Fact]
    public async Task LegalDemoAndPages_OfficeFilesThroughTheForm_SeesDemoOverdueAndDisclosureSection()
    {
        // The demo: an answered FTO opinion (no objection), the German licence review (with conditions), an infringement
        // analysis due in 6 days, a transfer review 3 days overdue; counsel is counsel@'s employee.
        var counsel = await _d.AccountAsync("counsel");
        var demo = await app.WithDbAsync(db => db.LegalRequests.AsNoTracking().Where(r => r.RequestedBy == "tto@talentchain.demo" && r.CounselEmployeeId == counsel.Id).ToListAsync());
        Assert.Contains(demo, r => r.Kind == LegalRequestKind.FreedomToOperate && r.Conclusion == LegalConclusion.NoObjection && r.PatentFamilyId != null && r.Outcome!.Contains("无异议", StringComparison.Ordinal));
        Assert.Contains(demo, r => r.Kind == LegalRequestKind.LicenceReview && r.Conclusion == LegalConclusion.ProceedWithConditions && r.ConversionProjectId != null);
        var infringement = Assert.Single(demo, r => r.Kind == LegalRequestKind.Infringement && r.Status == LegalRequestStatus.InProgress && r.Question.Contains("侵权", StringComparison.Ordinal));
        var overdue = Assert.Single(demo, r => r.Kind == LegalRequestKind.TransferReview && r.Status == LegalRequestStatus.InProgress);
        var counselRows = await (await _d.As("counsel")).GetJsonAsync<List<LegalRequestRow>>($"{Api}?mine=true");
        Assert.True(counselRows.Single(r => r.Id == overdue.Id).Overdue);
        Assert.False(counselRows.Single(r => r.Id == infringement.Id).Overdue);

        var office = await app.SignInAsync("tto");
        var list = await office.GetHtmlAsync("/commercialization/legal?overdue=true");
        Assert.Equal("true", list.QuerySelector($"#legal-requests tr[data-id='{overdue.Id}']")?.GetAttribute("data-overdue"));
        Assert.NotNull((await office.GetHtmlAsync($"/commercialization/legal/{overdue.Id}")).QuerySelector("#overdue-banner"));

        var inventor = await _d.AccountAsync("participant");
        var d = await _d.CreateAsync("participant", CommercializationDriver.Input("Magnet coating, legal page", [(inventor.Number, 100m)], app.Today.AddDays(-5)));
        var bad = await office.PostFormAsync("/commercialization/legal?handler=Create", new() { ["newKind"] = "FreedomToOperate", ["question"] = "", ["newDisclosureId"] = d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Contains("Describe the question", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var made = await office.PostFormAsync("/commercialization/legal?handler=Create", new()
        {
            ["newKind"] = "FreedomToOperate", ["question"] = "Can we sell the coated magnets in Japan?", ["newDisclosureId"] = d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var id = await app.WithDbAsync(db => db.LegalRequests.Where(r => r.DisclosureId == d.Id).Select(r => r.Id).SingleAsync());
        Assert.Equal($"/commercialization/legal/{id}", made.Headers.Location?.OriginalString);
        var detail = await office.GetHtmlAsync($"/commercialization/legal/{id}");
        Assert.NotNull(detail.QuerySelector("#assign-form"));
        var assigned = await office.PostFormAsync($"/commercialization/legal/{id}?handler=Assign", new() { ["counselNumber"] = counsel.Number });
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Equal(counsel.Id, (await StoredAsync(id)).CounselEmployeeId);
        // The inventor sees it on the disclosure page, without the office's forms on the request.
        var mine = await app.SignInAsync("participant");
        Assert.NotNull((await mine.GetHtmlAsync($"/commercialization/disclosures/{d.Id}")).QuerySelector($"#legal-requests a[href='/commercialization/legal/{id}']"));
        var theirs = await mine.GetHtmlAsync($"/commercialization/legal/{id}");
        Assert.Null(theirs.QuerySelector("#assign-form"));
        Assert.Null(theirs.QuerySelector("#answer-form"));
        Assert.Null(theirs.QuerySelector("#close-form")); // not the requester: the office filed it
    }
}

public sealed class LegalAdvisoryTestsSqlite(CommercializationFactory app) : LegalAdvisoryTests(app), IClassFixture<CommercializationFactory>;

public sealed class LegalAdvisoryTestsPostgres(CommercializationPostgresFactory app) : LegalAdvisoryTests(app), IClassFixture<CommercializationPostgresFactory>;
