using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Commercialization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.Attachments;
using TalentChain.Modules.Commercialization.Features.Sharing;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Calendar;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Commercialization;

/// <summary>
/// Knowledge-sharing sessions (经验分享会): the office schedules them, bad input is refused field by field in both languages
/// with nothing written; a registration shows on the personal .ics feed and the /training page; a plain employee sees
/// counts, not attendee names nor disclosures they may not see; session materials go through the content-checked upload.
/// </summary>
public abstract class SharingSessionTests(CommercializationFactory app)
{
    private const string Api = "/api/v1/commercialization/sharing";
    private static readonly byte[] Pdf = SharingPdf();
    private readonly CommercializationDriver _d = new(app);

    private static byte[] SharingPdf() => "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    private static DateTimeOffset Future(int days, int hour = 6) => new(CommercializationFactory.Start.UtcDateTime.Date.AddDays(days).AddHours(hour), TimeSpan.Zero);

    private Task<int> SessionCountAsync() => app.WithDbAsync(db => db.SharingSessions.CountAsync());

    private async Task<string> SpeakerNumberAsync() => (await _d.PeopleAsync(1))[0].Number;

    private async Task<SharingView> ScheduleAsync(string topic, int days, params int[] disclosureIds) =>
        await ApiAssert.JsonAsync<SharingView>(await (await _d.As("tto")).PostAsJsonAsync(Api,
            new SharingInput(topic, "分享 " + topic, await SpeakerNumberAsync(), Future(days), Future(days, 8), "R&D Centre 301", [.. disclosureIds]), ApiJson.Options), HttpStatusCode.Created);

    private static async Task<HttpResponseMessage> PostZhAsync(HttpClient client, string url, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, options: ApiJson.Options) };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Schedule_BadInputOrNotOffice_SpecificBilingualErrorAndNothingWritten()
    {
        var office = await _d.As("tto");
        var speaker = await SpeakerNumberAsync();
        var controlled = await app.WithDbAsync(db => db.Disclosures.Where(d => d.Controlled && d.Status != DisclosureStatus.Draft).Select(d => new { d.Id, d.Number }).FirstAsync());
        var before = await SessionCountAsync();

        // The end before the start: the end field says so, with both times.
        var endFirst = new SharingInput("Lessons from licensing", null, speaker, Future(5, 8), Future(5, 6), "Room 201");
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await office.PostAsJsonAsync(Api, endFirst, ApiJson.Options), "EndsAt"), m => m.Contains("must be after the start", StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await PostZhAsync(office, Api, endFirst), "EndsAt"), m => m.Contains("必须晚于开始时间", StringComparison.Ordinal));

        // An unknown speaker is named.
        var nobody = new SharingInput("Lessons from licensing", null, "E-NOPE-42", Future(5), Future(5, 8), "Room 201");
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await office.PostAsJsonAsync(Api, nobody, ApiJson.Options), "SpeakerNumber"), m => m.Contains("E-NOPE-42", StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await PostZhAsync(office, Api, nobody), "SpeakerNumber"), m => m.Contains("工号 E-NOPE-42 不存在", StringComparison.Ordinal));

        // A controlled disclosure cannot be linked to an open forum: refused by its number.
        var withControlled = new SharingInput("Lessons from licensing", null, speaker, Future(5), Future(5, 8), "Room 201", [controlled.Id]);
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await office.PostAsJsonAsync(Api, withControlled, ApiJson.Options), "DisclosureIds"),
            m => m.Contains(controlled.Number, StringComparison.Ordinal) && m.Contains("controlled", StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await PostZhAsync(office, Api, withControlled), "DisclosureIds"),
            m => m.Contains(controlled.Number, StringComparison.Ordinal) && m.Contains("受控", StringComparison.Ordinal));

        // A start in the past.
        var past = new SharingInput("Lessons from licensing", null, speaker, Future(-2), Future(-2, 8), "Room 201");
        await ApiAssert.FieldErrorsAsync(await office.PostAsJsonAsync(Api, past, ApiJson.Options), "StartsAt");

        // Not the office: 403, in Chinese too.
        var valid = new SharingInput("Lessons from licensing", null, speaker, Future(5), Future(5, 8), "Room 201");
        var participant = await _d.As("participant");
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsJsonAsync(Api, valid, ApiJson.Options)).StatusCode);
        var zh = await PostZhAsync(participant, Api, valid);
        Assert.Equal(HttpStatusCode.Forbidden, zh.StatusCode);
        Assert.Contains("成果转化办公室", await zh.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(before, await SessionCountAsync());
    }

    [Fact]
    public async Task Registration_EmployeeRegisters_SessionOnIcsFeedAndTrainingPage()
    {
        var s = await ScheduleAsync("Patent drafting clinic", 9);
        var participant = await _d.As("participant");
        var registered = await ApiAssert.JsonAsync<SharingView>(await participant.PostAsync($"{Api}/{s.Id}/registration", null), HttpStatusCode.OK);
        Assert.True(registered.Registered);

        // The personal calendar feed (anonymous, by its secret URL).
        var feed = await participant.GetJsonAsync<CalendarFeedView>("/api/v1/me/calendar");
        var ics = await app.CreateClient().GetStringAsync(new Uri(feed.Url).AbsolutePath);
        Assert.Contains($"UID:commercialization-sharing-{s.Id}@talentchain\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("Patent drafting clinic", ics, StringComparison.Ordinal);

        // The training calendar: the /training page and its API.
        var page = await (await app.SignInAsync("participant")).GetHtmlAsync("/training");
        Assert.Contains("Patent drafting clinic", page.QuerySelector("#calendar-entries")!.TextContent, StringComparison.Ordinal);
        var calendar = await participant.GetJsonAsync<List<TrainingCalendarEntry>>("/api/v1/training/calendar");
        Assert.Contains(calendar, e => e.Link == $"/commercialization/sharing/{s.Id}" && e.Title == "Patent drafting clinic");

        // Withdrawn: gone from the feed.
        await ApiAssert.JsonAsync<SharingView>(await participant.DeleteAsync($"{Api}/{s.Id}/registration"), HttpStatusCode.OK);
        Assert.DoesNotContain($"commercialization-sharing-{s.Id}@", await app.CreateClient().GetStringAsync(new Uri(feed.Url).AbsolutePath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionView_PlainEmployee_SeesCountsNotAttendeeNamesNorHiddenDisclosures()
    {
        // A submitted, non-controlled disclosure the office sees and the program manager does not.
        var inventor = await _d.AccountAsync("participant");
        var d = await _d.CreateAsync("participant", CommercializationDriver.Input("Hidden sharing disclosure", [(inventor.Number, 100m)], app.Today.AddDays(-30)));
        await _d.SubmitAsync("participant", d.Id);
        var pm = await _d.As("pm");
        Assert.Equal(HttpStatusCode.NotFound, (await pm.GetAsync($"/api/v1/commercialization/disclosures/{d.Id}")).StatusCode);

        var s = await ScheduleAsync("Open forum with a hidden result", 12, d.Id);
        await ApiAssert.JsonAsync<SharingView>(await (await _d.As("participant")).PostAsync($"{Api}/{s.Id}/registration", null), HttpStatusCode.OK);

        var raw = await pm.GetStringAsync($"{Api}/{s.Id}");
        var seen = await pm.GetJsonAsync<SharingView>($"{Api}/{s.Id}");
        Assert.Null(seen.Attendees);
        Assert.Equal((1, false, 0, 1), (seen.AttendeeCount, seen.Registered, seen.Disclosures.Count, seen.HiddenDisclosures));
        Assert.DoesNotContain(d.Number, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden sharing disclosure", raw, StringComparison.Ordinal);

        // The inventor sees the disclosure named; the office sees the attendee list.
        var mine = await (await _d.As("participant")).GetJsonAsync<SharingView>($"{Api}/{s.Id}");
        Assert.Equal(d.Number, Assert.Single(mine.Disclosures).Number);
        Assert.Null(mine.Attendees);
        Assert.True(mine.Registered);
        var office = await (await _d.As("tto")).GetJsonAsync<SharingView>($"{Api}/{s.Id}");
        Assert.Equal(inventor.Number, Assert.Single(office.Attendees!).EmployeeNumber);

        // The page says the same.
        var page = await (await app.SignInAsync("pm")).GetHtmlAsync($"/commercialization/sharing/{s.Id}");
        Assert.Null(page.QuerySelector("#attendees"));
        Assert.NotNull(page.QuerySelector("#hidden-disclosures"));
        Assert.DoesNotContain(d.Number, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var officePage = await (await app.SignInAsync("tto")).GetHtmlAsync($"/commercialization/sharing/{s.Id}");
        Assert.Contains(inventor.Number, officePage.QuerySelector("#attendees")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Materials_WrongTypeOrNotOffice_RefusedAndAnyoneDownloadsTheHandout()
    {
        var s = await ScheduleAsync("Handout upload", 15);
        var office = await _d.As("tto");
        static MultipartFormDataContent Form(byte[] content, string name) => new() { { new ByteArrayContent(content), "file", name } };
        Task<int> CountAsync() => app.WithDbAsync(db => db.CommercializationAttachments.CountAsync(a => a.Owner == AttachmentOwner.SharingSession && a.OwnerId == s.Id));

        // A PDF renamed .docx, and an executable type: refused, in both languages, nothing written.
        using (var renamed = Form(Pdf, "slides.docx"))
            Assert.Contains(await ApiAssert.FieldErrorsAsync(await office.PostAsync($"{Api}/{s.Id}/materials", renamed), "File"), m => m.Contains("slides.docx", StringComparison.Ordinal) && m.Contains("first bytes", StringComparison.Ordinal));
        using (var renamedZh = new HttpRequestMessage(HttpMethod.Post, $"{Api}/{s.Id}/materials") { Content = Form(Pdf, "slides.docx") })
        {
            renamedZh.Headers.AcceptLanguage.ParseAdd("zh-CN");
            Assert.Contains(await ApiAssert.FieldErrorsAsync(await office.SendAsync(renamedZh), "File"), m => m.Contains("文件头与文件名所示类型不符", StringComparison.Ordinal));
        }
        using (var exe = Form(Pdf, "setup.exe"))
            Assert.Contains(await ApiAssert.FieldErrorsAsync(await office.PostAsync($"{Api}/{s.Id}/materials", exe), "File"), m => m.Contains(".pdf", StringComparison.Ordinal));
        // A plain employee may not upload.
        using (var theirs = Form(Pdf, "mine.pdf"))
            Assert.Equal(HttpStatusCode.Forbidden, (await (await _d.As("pm")).PostAsync($"{Api}/{s.Id}/materials", theirs)).StatusCode);
        Assert.Equal(0, await CountAsync());

        using (var handout = Form(Pdf, "handout.pdf"))
        {
            var added = await ApiAssert.JsonAsync<AttachmentView>(await office.PostAsync($"{Api}/{s.Id}/materials", handout), HttpStatusCode.Created);
            Assert.Equal((AttachmentKind.Material, "application/pdf"), (added.Kind, added.ContentType));
            // Anyone signed in downloads it, through the API and the page.
            Assert.Equal(Pdf, await (await (await _d.As("pm")).GetAsync($"{Api}/{s.Id}/materials/{added.Id}")).Content.ReadAsByteArrayAsync());
            Assert.Equal(Pdf, await (await app.SignInAsync("participant")).GetByteArrayAsync($"/commercialization/sharing/{s.Id}?handler=Material&attachmentId={added.Id}"));
        }
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task Cancel_RegisteredAttendee_IsNotifiedAndSessionGone()
    {
        var s = await ScheduleAsync("Session to be cancelled", 20);
        var participant = await _d.AccountAsync("participant");
        await ApiAssert.JsonAsync<SharingView>(await (await _d.As("participant")).PostAsync($"{Api}/{s.Id}/registration", null), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _d.As("pm")).DeleteAsync($"{Api}/{s.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await (await _d.As("tto")).DeleteAsync($"{Api}/{s.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _d.As("pm")).GetAsync($"{Api}/{s.Id}")).StatusCode);
        var notes = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.EmployeeId == participant.Id && n.Subject.Contains("Session to be cancelled")).ToListAsync());
        Assert.NotEmpty(notes);
    }

    [Fact]
    public async Task ChangeAndAttendance_OfficeChangesAndMarks_AttendeeNotifiedStaleAndEarlyRefused()
    {
        var s = await ScheduleAsync("Session that moves", 25);
        var participant = await _d.AccountAsync("participant");
        await ApiAssert.JsonAsync<SharingView>(await (await _d.As("participant")).PostAsync($"{Api}/{s.Id}/registration", null), HttpStatusCode.OK);
        var office = await _d.As("tto");
        var moved = new SharingInput(s.TopicEn, s.TopicZh, s.SpeakerNumber, Future(26), Future(26, 8), "Admin building 201", [], s.Version);
        var changed = await ApiAssert.JsonAsync<SharingView>(await office.PutAsJsonAsync($"{Api}/{s.Id}", moved, ApiJson.Options), HttpStatusCode.OK);
        Assert.Equal("Admin building 201", changed.Place);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.EmployeeId == participant.Id && n.Subject.Contains("Session that moves"))));
        // The same change again on the old version: stale.
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await office.PutAsJsonAsync($"{Api}/{s.Id}", moved with { Place = "Elsewhere" }, ApiJson.Options), "Version"),
            m => m.Contains("changed this session meanwhile", StringComparison.Ordinal));
        // Attendance only once it started; the demo's past session can be marked.
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await office.PutAsJsonAsync($"{Api}/{s.Id}/attendance", new AttendanceInput([participant.Number]), ApiJson.Options), "AttendedNumbers"),
            m => m.Contains("once the session has started", StringComparison.Ordinal));
        var demoPast = (await office.GetJsonAsync<SharingList>(Api)).Past.First();
        var before = await office.GetJsonAsync<SharingView>($"{Api}/{demoPast.Id}");
        var present = before.Attendees!.Take(1).Select(a => a.EmployeeNumber).ToList();
        var marked = await ApiAssert.JsonAsync<SharingView>(await office.PutAsJsonAsync($"{Api}/{demoPast.Id}/attendance", new AttendanceInput(present), ApiJson.Options), HttpStatusCode.OK);
        Assert.Equal(present, marked.Attendees!.Where(a => a.Attended).Select(a => a.EmployeeNumber).ToList());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _d.As("pm")).PutAsJsonAsync($"{Api}/{demoPast.Id}/attendance", new AttendanceInput(present), ApiJson.Options)).StatusCode);
    }

    [Fact]
    public async Task SharingPage_OfficeSchedulesThroughTheForm_ErrorsShownAndPlainEmployeeHasNoForm()
    {
        var browser = await app.SignInAsync("tto");
        var speaker = await SpeakerNumberAsync();
        var day = CommercializationDriver.Iso(app.Today.AddDays(30));
        var bad = await browser.PostFormAsync("/commercialization/sharing?handler=Schedule", new()
        {
            ["Form.Topic"] = "Form session", ["Form.Speaker"] = "E-NOPE-7", ["Form.Date"] = day, ["Form.From"] = "14:00", ["Form.To"] = "13:00", ["Form.Place"] = "Room 5",
        }, tokenFrom: "/commercialization/sharing");
        var html = HttpTestExtensions.ParseHtml(await bad.Content.ReadAsStringAsync());
        var errors = html.QuerySelector(".form-errors")!.TextContent;
        Assert.Contains("E-NOPE-7", errors, StringComparison.Ordinal);
        Assert.Contains("must be after the start", errors, StringComparison.Ordinal);
        var ok = await browser.PostFormAsync("/commercialization/sharing?handler=Schedule", new()
        {
            ["Form.Topic"] = "Form session", ["Form.TopicZh"] = "表单分享会", ["Form.Speaker"] = speaker, ["Form.Date"] = day, ["Form.From"] = "14:00", ["Form.To"] = "15:30", ["Form.Place"] = "Room 5",
        }, tokenFrom: "/commercialization/sharing");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var page = await browser.GetHtmlAsync(ok.Headers.Location!.OriginalString);
        Assert.Contains("Form session", page.QuerySelector("#session-topic")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("14:00", page.QuerySelector("#session-facts")!.TextContent, StringComparison.Ordinal);

        var plain = await (await app.SignInAsync("pm")).GetHtmlAsync("/commercialization/sharing");
        Assert.Null(plain.QuerySelector("#schedule-form"));
        Assert.Contains("Form session", plain.QuerySelector("#sharing-upcoming")!.TextContent, StringComparison.Ordinal);
        var pm = await _d.As("pm");
        Assert.Contains("Form session", await pm.GetStringAsync($"{Api}/export?format=csv"), StringComparison.Ordinal);
        await ApiAssert.FieldErrorsAsync(await pm.GetAsync($"{Api}/export?format=pdf"), "format");
    }
}

public sealed class SharingSessionTestsSqlite(CommercializationFactory app) : SharingSessionTests(app), IClassFixture<CommercializationFactory>;

public sealed class SharingSessionTestsPostgres(CommercializationPostgresFactory app) : SharingSessionTests(app), IClassFixture<CommercializationPostgresFactory>;
