using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.Labs;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Modules.Labs.Features;
using TalentChain.Modules.Labs.Features.BadgeLog;
using TalentChain.Modules.Labs.Features.Grants;
using TalentChain.Modules.Labs.Features.Qualifications;
using TalentChain.Modules.Labs.Features.Units;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Calendar;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Labs;

/// <summary>
/// Labs through the API: approval refused without the qualifications (nothing written), who may see what (404), the
/// reminders going once, the badge-log import (all-or-nothing, hostile files, unauthorised entries flagged), exports
/// that obey visibility, and the demo story.
/// </summary>
public abstract class LabsApiTests(LabsFactory app)
{
    private const string Api = LabsDriver.Api;
    private readonly LabsDriver _d = new(app);

    [Fact]
    public async Task Approve_MissingQualificationOrEndBeforeStart_RefusedWithTheReasonAndNothingWritten()
    {
        var today = app.Today;
        var (person, _, _) = await _d.FreshAsync();
        await _d.QualifyAsync(person, "LAB-INDUCT", today.AddDays(-5));
        var request = await _d.RequestAsync(person, "ICPMS", today, today.AddDays(90));
        Assert.Equal(GrantStatus.Requested, request.Status);
        Assert.Equal(new[] { "HAZCHEM-HF", "ICPMS-OP" }, request.Checks.Where(c => c.Missing).Select(c => c.Code).Order().ToArray());

        var refused = await _d.ApproveAsync("mentor", request.Id, null, today.AddDays(90));
        var messages = await ApiAssert.FieldErrorsAsync(refused, "Qualifications");
        Assert.Contains(messages, m => m.Contains("Missing qualification: Equipment certification: ICP-MS operation", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Hazardous chemicals: hydrofluoric acid", StringComparison.Ordinal));
        // The same refusal in Chinese.
        var zh = new HttpRequestMessage(HttpMethod.Post, $"{Api}/grants/{request.Id}/approve") { Content = JsonContent.Create(new ApproveInput(null, today.AddDays(90), null), options: ApiJson.Options) };
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await (await _d.As("mentor")).SendAsync(zh), "Qualifications"), m => m.Contains("缺少资质", StringComparison.Ordinal) && m.Contains("设备操作资格（ICP-MS）", StringComparison.Ordinal));
        var after = await (await _d.As("mentor")).GetJsonAsync<GrantView>($"{Api}/grants/{request.Id}");
        Assert.Equal((GrantStatus.Requested, null, null), (after.Status, after.DecidedBy, after.EndsOn));

        await _d.QualifyAsync(person, "HAZCHEM-HF", today.AddDays(-5));
        await _d.QualifyAsync(person, "ICPMS-OP", today.AddDays(-5));
        await ApiAssert.FieldErrorsAsync(await _d.ApproveAsync("mentor", request.Id, today.AddDays(10), today.AddDays(5)), "EndsOn");
        await ApiAssert.FieldErrorsAsync(await _d.ApproveAsync("mentor", request.Id, null, today.AddDays(91)), "EndsOn");
        await ApiAssert.FieldErrorsAsync(await _d.ApproveAsync("mentor", request.Id, null, null), "EndsOn");
        Assert.Equal(GrantStatus.Requested, (await (await _d.As("mentor")).GetJsonAsync<GrantView>($"{Api}/grants/{request.Id}")).Status);
        // Another lab's manager may not decide (they do not even see it); the right one approves.
        Assert.Equal(HttpStatusCode.NotFound, (await _d.ApproveAsync("manager", request.Id, null, today.AddDays(60))).StatusCode);
        var approved = await ApiAssert.JsonAsync<GrantView>(await _d.ApproveAsync("mentor", request.Id, null, today.AddDays(60)), HttpStatusCode.OK);
        Assert.Equal((GrantStatus.Active, today, today.AddDays(60)), (approved.Status, approved.StartsOn!.Value, approved.EndsOn!.Value));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "LabAccessGrant" && a.Changes.Contains("Approved") && a.EntityKey == approved.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Visibility_OthersRecords_NotFoundAndExportsCarryOnlyWhatTheCallerMaySee()
    {
        var participant = await _d.EmployeeOfAsync("participant");
        var mentor = await _d.EmployeeOfAsync("mentor");
        var (other, otherNumber, _) = await _d.FreshAsync();
        await _d.QualifyAsync(other, "FIRST-AID", app.Today.AddDays(-3));
        var p = await _d.As("participant");
        Assert.Equal(participant, (await p.GetJsonAsync<PersonQualificationsView>($"{Api}/people/{participant}/qualifications")).EmployeeId);
        Assert.Equal(HttpStatusCode.NotFound, (await p.GetAsync($"{Api}/people/{other}/qualifications")).StatusCode);

        // Someone else's request for the magnet pilot line: the officer sees it; another lab's manager, an executive and the participant do not.
        var foreign = await _d.RequestAsync(other, "MAG-PILOT", app.Today.AddDays(1), app.Today.AddDays(30));
        Assert.Equal(HttpStatusCode.NotFound, (await (await _d.As("mentor")).GetAsync($"{Api}/grants/{foreign.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _d.As("exec")).GetAsync($"{Api}/grants/{foreign.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await p.GetAsync($"{Api}/grants/{foreign.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _d.ApproveAsync("mentor", foreign.Id, null, app.Today.AddDays(20))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await _d.As("knowledge")).GetAsync($"{Api}/grants/{foreign.Id}")).StatusCode);
        Assert.DoesNotContain(await (await _d.As("mentor")).GetJsonAsync<List<GrantRow>>($"{Api}/grants"), g => g.Id == foreign.Id);
        // The participant's own request: theirs and their line manager's to see.
        var request = await ApiAssert.JsonAsync<GrantView>(await p.PostAsJsonAsync($"{Api}/grants",
            new AccessRequestInput(null, await _d.UnitAsync("MAG-PILOT"), "Grain-boundary diffusion batches / 晶界扩散批次", app.Today.AddDays(1), app.Today.AddDays(30)), ApiJson.Options), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.OK, (await (await _d.As("manager")).GetAsync($"{Api}/grants/{request.Id}")).StatusCode);
        // The participant may not decide their own request, nor ask for someone who is not their report.
        Assert.Equal(HttpStatusCode.Forbidden, (await _d.ApproveAsync("participant", request.Id, null, app.Today.AddDays(20))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await p.PostAsJsonAsync($"{Api}/grants", new AccessRequestInput(mentor, await _d.UnitAsync("ICPMS"), "x", app.Today, app.Today.AddDays(3)), ApiJson.Options)).StatusCode);

        // Exports: the participant's carries their own records only; the officer's everyone's; executives get counts only.
        var numbers = await app.WithDbAsync(async db => (
            await db.EmployeeRefs.Where(e => e.Id == participant).Select(e => e.EmployeeNumber).FirstAsync(),
            otherNumber));
        var own = await p.GetStringAsync($"{Api}/qualifications/export?format=csv");
        Assert.Contains(numbers.Item1, own, StringComparison.Ordinal);
        Assert.DoesNotContain(numbers.Item2, own, StringComparison.Ordinal);
        var all = await (await _d.As("knowledge")).GetStringAsync($"{Api}/qualifications/export?format=csv");
        Assert.Contains(numbers.Item2, all, StringComparison.Ordinal);
        var xlsx = await (await _d.As("knowledge")).GetAsync($"{Api}/grants/export?format=xlsx");
        Assert.Equal(SpreadsheetDownload.XlsxType, xlsx.Content.Headers.ContentType?.MediaType);
        var execBadges = await (await _d.As("exec")).GetStringAsync($"{Api}/badge-log/export?format=csv");
        Assert.DoesNotContain(numbers.Item1, execBadges, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await (await _d.As("exec")).GetAsync($"{Api}/summary")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await p.GetAsync($"{Api}/summary")).StatusCode);
        Assert.Empty(await (await _d.As("exec")).GetJsonAsync<List<GrantRow>>($"{Api}/grants"));
    }

    [Fact]
    public async Task Reminders_ThirtyAndSevenDaysBeforeALapse_GoOnceToTheRightPeople()
    {
        var today = app.Today;
        var (person, _, lineManager) = await _d.FreshAsync();
        var labManager = await _d.EmployeeOfAsync("manager");
        var thirty = await _d.QualifyAsync(person, "FIRST-AID", today.AddDays(-300), today.AddDays(30));
        await _d.QualifyAsync(person, "LAB-INDUCT", today.AddDays(-20));
        var seven = await _d.QualifyAsync(person, "HAZCHEM-EXT", today.AddDays(-700), today.AddDays(6));
        var request = await _d.RequestAsync(person, "SX-PILOT", today, today.AddDays(100));
        await ApiAssert.JsonAsync<GrantView>(await _d.ApproveAsync("manager", request.Id, null, today.AddDays(100)), HttpStatusCode.OK);

        await _d.RunDailyAsync();
        await _d.RunDailyAsync();
        var sent = await app.WithDbAsync(db => db.Set<Notification>().Where(n => n.DedupKey == $"labs-reminder30:{thirty.Id}" || n.DedupKey == $"labs-reminder7:{seven.Id}")
            .Select(n => new { n.DedupKey, n.EmployeeId, n.Recipient, n.Body }).ToListAsync());
        var monthly = sent.Where(n => n.DedupKey!.StartsWith("labs-reminder30", StringComparison.Ordinal)).ToList();
        Assert.Equal(person, Assert.Single(monthly).EmployeeId);
        var weekly = sent.Where(n => n.DedupKey!.StartsWith("labs-reminder7", StringComparison.Ordinal)).ToList();
        Assert.Equal(weekly.Count, weekly.Select(n => n.Recipient).Distinct().Count());
        Assert.Contains(weekly, n => n.EmployeeId == person);
        Assert.Contains(weekly, n => n.EmployeeId == lineManager);
        Assert.Contains(weekly, n => n.EmployeeId == labManager);
        Assert.Contains(weekly, n => n.Body.Contains("Solvent-extraction pilot line", StringComparison.Ordinal) || n.Body.Contains("萃取中试线", StringComparison.Ordinal));
        Assert.Equal(GrantStatus.Active, (await (await _d.As("knowledge")).GetJsonAsync<GrantView>($"{Api}/grants/{request.Id}")).Status);
    }

    [Fact]
    public async Task BadgeLog_BadRowsOrHostileFiles_RefusedWithBilingualErrorsAndNothingWritten()
    {
        var k = await _d.As("knowledge");
        var before = await app.WithDbAsync(db => db.BadgeEntries.CountAsync());
        var participantNumber = await app.WithDbAsync(db => db.EmployeeRefs.Where(e => e.Id == db.Users.Where(u => u.Email == "participant@talentchain.demo").Select(u => u.EmployeeId).First()).Select(e => e.EmployeeNumber).FirstAsync());
        var yesterday = LabsDriver.Iso(app.Today.AddDays(-1));
        var csv = $"time,number,area\n{yesterday} 10:00,{participantNumber},RADCHEM\n{yesterday} 10:05,NOPE-1,RADCHEM\nyesterday noon,{participantNumber},ICPMS\n"
            + $"{LabsDriver.Iso(app.Today.AddDays(2))} 09:00,{participantNumber},ICPMS\n{yesterday} 11:00,{participantNumber},NO-AREA\n{yesterday} 10:00,{participantNumber},RADCHEM\n";
        var result = await ImportAsync(k, "log.csv", Encoding.UTF8.GetBytes(csv), HttpStatusCode.UnprocessableEntity);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Row == 3 && e.Column == "number" && e.MessageEn.Contains("NOPE-1", StringComparison.Ordinal) && e.MessageZh.Contains("未知门禁卡号或工号", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Row == 4 && e.Column == "time" && e.MessageEn.Contains("cannot be read", StringComparison.Ordinal) && e.MessageZh.Contains("无法识别时间", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Row == 5 && e.Column == "time" && e.MessageEn.Contains("future", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Row == 6 && e.Column == "area" && e.MessageEn.Contains("NO-AREA", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Row == 7 && e.MessageEn.Contains("Duplicate of row 2", StringComparison.Ordinal));

        var huge = new byte[LabsFiles.MaxLogBytes + 1];
        Assert.Contains("larger than 10 MB", (await ImportAsync(k, "huge.csv", huge, HttpStatusCode.UnprocessableEntity)).Errors[0].MessageEn, StringComparison.Ordinal);
        Assert.Contains("zip bomb", (await ImportAsync(k, "bomb.xlsx", ZipBomb(), HttpStatusCode.UnprocessableEntity)).Errors[0].MessageEn, StringComparison.Ordinal);
        var wrong = await ImportAsync(k, "log.pdf", LabsDriver.Pdf, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(".csv or .xlsx", wrong.Errors[0].MessageEn, StringComparison.Ordinal);
        Assert.Contains("压缩炸弹", (await ImportAsync(k, "bomb.xlsx", ZipBomb(), HttpStatusCode.UnprocessableEntity)).Errors[0].MessageZh, StringComparison.Ordinal);
        Assert.Contains("not a text", (await ImportAsync(k, "fake.csv", LabsDriver.Pdf, HttpStatusCode.UnprocessableEntity)).Errors[0].MessageEn, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.BadgeEntries.CountAsync()));
        // Only the safety administration imports.
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "log.csv" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _d.As("mentor")).PostAsync($"{Api}/badge-log", form)).StatusCode);
    }

    [Fact]
    public async Task BadgeLog_EntryWhileSuspendedOrWithoutGrant_FlaggedAndReportedToTheLabsManagersOnly()
    {
        var k = await _d.As("knowledge");
        var (stranger, strangerNumber, _) = await _d.FreshAsync();
        var hour = app.Clock!.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).AddHours(-1);
        var at = hour.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        // The demo participant (badge BT-0100) is suspended in the radiochemistry area but active on the extraction line.
        var rows = new List<IReadOnlyList<object?>> { new object?[] { at, "BT-0100", "RADCHEM" }, new object?[] { at, "bt-0100", "SX-PILOT" }, new object?[] { at, strangerNumber, "ICPMS" } };
        using var ms = new MemoryStream();
        Xlsx.Write(ms, "log", ["time", "number", "area"], rows);
        var result = await ImportAsync(k, "门禁.xlsx", ms.ToArray(), HttpStatusCode.OK);
        Assert.Equal((true, 3, 2), (result.Succeeded, result.Rows, result.Unauthorised));
        var flags = await app.WithDbAsync(db => db.BadgeEntries.Where(e => e.ImportId == result.ImportId).Select(e => new { e.AreaId, e.EmployeeId, e.Flag }).ToListAsync());
        var radchem = await _d.UnitAsync("RADCHEM");
        var extraction = await _d.UnitAsync("SX-PILOT");
        Assert.Equal(EntryVerdict.Suspended, flags.Single(f => f.AreaId == radchem).Flag);
        Assert.Equal(EntryVerdict.NoGrant, flags.Single(f => f.EmployeeId == stranger).Flag);
        Assert.Equal(EntryVerdict.Authorised, flags.Single(f => f.AreaId == extraction).Flag);
        // Importing the same file again: duplicates, nothing written.
        Assert.Contains("already imported", (await ImportAsync(k, "again.xlsx", ms.ToArray(), HttpStatusCode.UnprocessableEntity)).Errors[0].MessageEn, StringComparison.Ordinal);

        var mentorReport = await (await _d.As("mentor")).GetJsonAsync<BadgeReportView>($"{Api}/badge-log/report");
        Assert.Contains(mentorReport.Unauthorised, e => e.AreaCode == "RADCHEM" && e.Flag == EntryVerdict.Suspended && e.Why.Contains("Radiation safety and protection", StringComparison.Ordinal));
        Assert.Contains(mentorReport.Labs, l => l.Code == "LAB-ANA" && l.Unauthorised >= 2);
        var managerReport = await (await _d.As("manager")).GetJsonAsync<BadgeReportView>($"{Api}/badge-log/report");
        Assert.DoesNotContain(managerReport.Unauthorised, e => e.AreaCode is "RADCHEM" or "ICPMS");
        var execReport = await (await _d.As("exec")).GetJsonAsync<BadgeReportView>($"{Api}/badge-log/report");
        Assert.False(execReport.ShowsNames);
        Assert.Empty(execReport.Unauthorised);
        Assert.Contains(execReport.Labs, l => l.Code == "LAB-ANA");
        var csv = await (await _d.As("manager")).GetStringAsync($"{Api}/badge-log/export?format=csv");
        Assert.DoesNotContain(strangerNumber, csv, StringComparison.Ordinal);
        Assert.Contains(strangerNumber, await k.GetStringAsync($"{Api}/badge-log/export?format=csv&unauthorisedOnly=true"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_Institute_HasASuspendedGrantAnUnauthorisedEntryAndPagesThatRender()
    {
        var participant = await _d.EmployeeOfAsync("participant");
        var my = await (await _d.As("participant")).GetJsonAsync<MyLabsView>($"{Api}/my");
        var suspended = Assert.Single(my.Grants, g => g.UnitCode == "RADCHEM");
        Assert.Equal((GrantStatus.Suspended, "Radiation safety and protection"), (suspended.Status, suspended.SuspendedFor));
        Assert.Contains(my.Qualifications, q => q.TypeCode == "RAD-SAFE" && q.State == "lapsed");
        var units = await (await _d.As("participant")).GetJsonAsync<List<LabRow>>($"{Api}/units");
        Assert.Contains(units, u => u.Code == "BRERI" && u.NameZh == "包头稀土研究院");
        Assert.Contains(units, u => u.Code == "RADCHEM" && u.Requirements.Any(r => r.Code == "LAB-INDUCT" && r.Inherited));
        var types = await (await _d.As("participant")).GetJsonAsync<List<QualificationTypeView>>($"{Api}/qualification-types");
        Assert.True(types.Count >= 8);
        Assert.Contains(types.Single(t => t.Code == "RAD-SAFE").Courses, c => c.Code == "CORE-140");
        var report = await (await _d.As("knowledge")).GetJsonAsync<BadgeReportView>($"{Api}/badge-log/report");
        Assert.Contains(report.Unauthorised, e => e.EmployeeId == participant && e.AreaCode == "RADCHEM" && e.Flag == EntryVerdict.Suspended);

        // The participant's calendar feed carries the grant's end and the qualification expiries.
        using (var scope = app.Services.CreateScope())
        {
            var feeds = scope.ServiceProvider.GetRequiredService<CalendarFeeds>();
            var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "participant@talentchain.demo").Select(u => u.Id).FirstAsync());
            var ics = await feeds.RenderAsync(await feeds.TokenAsync(userId), "http://localhost");
            Assert.Contains($"UID:labs-grant-{suspended.Id}@talentchain", ics, StringComparison.Ordinal);
            Assert.Contains("UID:labs-qualification-", ics, StringComparison.Ordinal);
        }

        var browser = await app.SignInAsync("participant");
        foreach (var url in new[] { "/labs", "/labs/my", "/labs/qualifications", "/labs/badge-log", $"/labs/people/{participant}", $"/labs/requests/{suspended.Id}", $"/labs/{await _d.UnitAsync("LAB-ANA")}" })
            Assert.True((await browser.GetAsync(url)).StatusCode == HttpStatusCode.OK, url);
        var page = await browser.GetHtmlAsync("/labs/my");
        Assert.NotNull(page.QuerySelector("#my-grants tr[data-unit='RADCHEM'][data-status='Suspended']"));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/labs/people/{(await _d.FreshAsync()).Id}")).StatusCode);
        var officer = await app.SignInAsync("knowledge");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/labs/badge-log")).StatusCode);
        Assert.NotNull((await officer.GetHtmlAsync("/labs/badge-log")).QuerySelector("#import-button"));
    }

    private static async Task<BadgeImportResult> ImportAsync(HttpClient client, string name, byte[] content, HttpStatusCode expected)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return await ApiAssert.JsonAsync<BadgeImportResult>(await client.PostAsync($"{Api}/badge-log", form), expected);
    }

    /// <summary>An .xlsx-named zip whose one entry unpacks to 3 MB of zeros.</summary>
    private static byte[] ZipBomb()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            s.Write(new byte[3 * 1024 * 1024]);
        }
        return ms.ToArray();
    }
}

public sealed class LabsApiTestsSqlite(LabsFactory app) : LabsApiTests(app), IClassFixture<LabsFactory>;

public sealed class LabsApiTestsPostgres(LabsPostgresFactory app) : LabsApiTests(app), IClassFixture<LabsPostgresFactory>;
