using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Careers.Data;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.Careers.Features.Appointments;
using TalentChain.Modules.Careers.Features.Headcount;
using TalentChain.Modules.Careers.Features.Ladders;
using TalentChain.Modules.Careers.Features.Overview;
using TalentChain.Modules.Careers.Features.Titles;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Tests.Infrastructure;
using static TalentChain.Tests.Modules.Careers.CareersApi;

namespace TalentChain.Tests.Modules.Careers;

/// <summary>Careers through the API: headcount invariants (also under concurrent reservations), the appointment and title flows, refusals, who sees what.</summary>
public abstract class CareersApiTests(TalentChainFactory app)
{
    private async Task<int> CommitteeAsync(HttpClient pm, params string[] logins)
    {
        var numbers = new List<string>();
        foreach (var login in logins) numbers.Add(await app.NumberOfAsync(await app.AccountEmployeeAsync(login)));
        var c = await ApiAssert.JsonAsync<CommitteeView>(await pm.PostAsJsonAsync($"{Root}/committees",
            new { name = "Test committee " + string.Join("-", logins), nameZh = "测试委员会", memberEmployeeNumbers = numbers }), HttpStatusCode.OK);
        Assert.Equal(logins.Length, c.Members.Count);
        return c.Id;
    }

    /// <summary>Active employees of a unit who are not demo accounts and have no open appointment, by number.</summary>
    private async Task<List<EmployeeRef>> PeopleInAsync(string unitCode)
    {
        var accounts = await app.WithDbAsync(db => db.Users.Where(u => u.EmployeeId != null).Select(u => u.EmployeeId!.Value).ToListAsync());
        var open = await app.WithDbAsync(db => db.Appointments.Where(a => a.Status == AppointmentStatus.InReview || a.Status == AppointmentStatus.InNotice).Select(a => a.EmployeeId).ToListAsync());
        return await app.WithDbAsync(db => db.EmployeeRefs.AsNoTracking()
            .Where(e => e.OrgUnit!.Code == unitCode && e.Status == EmployeeStatus.Active && !accounts.Contains(e.Id) && !open.Contains(e.Id))
            .OrderBy(e => e.EmployeeNumber).ToListAsync());
    }

    private async Task<PlanView> PlanAsync(HttpClient pm, string unit, int levelId, int planned) =>
        await ApiAssert.JsonAsync<PlanView>(await pm.PutAsJsonAsync($"{Root}/headcount", new { orgUnitCode = unit, levelId, year = app.Today().Year, planned }), HttpStatusCode.OK);

    [Fact]
    public async Task Ladders_Bundled_CarryTheTitleSeriesWithRequirementsAndEngineeringRanks()
    {
        var participant = await app.ApiClientAsync("participant");
        var ladders = await participant.GetJsonAsync<List<LadderView>>($"{Root}/ladders");
        var engineering = ladders.Single(l => l.Code == BundledLadders.Engineering);
        Assert.Equal(["助理工程师", "工程师", "高级工程师", "正高级工程师"], engineering.Levels.Select(l => l.NameZh));
        Assert.Equal([ProfessionalTitle.AssistantEngineer, ProfessionalTitle.Engineer, ProfessionalTitle.SeniorEngineer, ProfessionalTitle.ProfessorLevelSeniorEngineer],
            engineering.Levels.Select(l => l.EngineeringRank!.Value));
        Assert.Equal(["研究实习员", "助理研究员", "副研究员", "研究员"], ladders.Single(l => l.Code == BundledLadders.Research).Levels.Select(l => l.NameZh));
        var skills = ladders.Single(l => l.Code == BundledLadders.SkillGrades).Levels;
        Assert.Equal(["初级工", "中级工", "高级工", "技师", "高级技师", "首席技师（企业聘任）"], skills.Select(l => l.NameZh));
        Assert.True(skills[^1].CompanyRank);
        Assert.All(ladders.SelectMany(l => l.Levels), l => Assert.True(l.Rank == 1 || l.YearsBelow > 0));
        var csv = await (await participant.GetAsync($"{Root}/ladders/export?format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("正高级工程师", csv, StringComparison.Ordinal);

        // Participants read the ladders; editing them is for program managers. Loading the bundle again adds nothing.
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsJsonAsync($"{Root}/ladders/{engineering.Id}/levels", new { name = "X", nameZh = "X", yearsBelow = 1 })).StatusCode);
        var pm = await app.ApiClientAsync("pm");
        Assert.Equal(0, await ApiAssert.JsonAsync<int>(await pm.PostAsync($"{Root}/ladders/bundled", null), HttpStatusCode.OK));
        var rankOnResearch = await ApiAssert.FieldErrorsAsync(await pm.PostAsJsonAsync($"{Root}/ladders/{ladders.Single(l => l.Code == BundledLadders.Research).Id}/levels",
            new { name = "Chief researcher", nameZh = "首席研究员", yearsBelow = 5, engineeringRank = "SeniorEngineer" }), "EngineeringRank");
        Assert.Contains("Only the engineering series", rankOnResearch[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Headcount_DemoWorkshopFull_FurtherReservationRefusedWithTheNumbers()
    {
        var pm = await app.ApiClientAsync("pm");
        var plans = await pm.GetJsonAsync<List<PlanView>>($"{Root}/headcount");
        var sx = plans.Single(p => p.UnitCode == "SEP1-SX" && p.Rank == 3 && p.Ladder == "Technical track");
        Assert.Equal((2, 1, 1, 0), (sx.Planned, sx.Filled, sx.Reserved, sx.Free));
        Assert.True(sx.NoPlaceLeft);
        Assert.Contains(await pm.GetJsonAsync<List<PlanView>>($"{Root}/headcount?shortOnly=true"), p => p.Id == sx.Id);
        Assert.Contains(plans, p => p.Reservations.Any(r => r.ExpiresWithin30Days));

        var other = await app.WithDbAsync(db => db.ParticipantRefs.Where(p => p.Status == ParticipantStatus.Selected).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync());
        var errors = await ErrorsAsync(await pm.PostAsJsonAsync($"{Root}/headcount/{sx.Id}/reservations", new { participantId = other, until = Iso(app.Today().AddDays(30)) }), HttpStatusCode.BadRequest);
        Assert.Contains("Planned 2, filled 1, reserved 1: no place left.", errors);
        var zh = await ErrorsAsync(await pm.SendAsync(Chinese(HttpMethod.Post, $"{Root}/headcount/{sx.Id}/reservations", new { participantId = other, until = Iso(app.Today().AddDays(30)) })), HttpStatusCode.BadRequest);
        Assert.Contains("计划 2，已聘 1，预留 1：已无空余编制。", zh);
        // Nothing was written; the plan cannot be cut below what is used either.
        Assert.Equal(1, (await pm.GetJsonAsync<PlanView>($"{Root}/headcount/{sx.Id}")).Reserved);
        Assert.Contains("Planned 1 is below what is used: filled 1, reserved 1.",
            await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Root}/headcount", new { orgUnitCode = "SEP1-SX", levelId = sx.LevelId, year = sx.Year, planned = 1 }), "Planned"));
        // The pending nomination of the reserved participant is in the appointments list.
        Assert.Contains(await pm.GetJsonAsync<List<AppointmentRow>>($"{Root}/appointments?status=InReview"), a => a.Unit.Contains("extraction", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Headcount_ExpiredReservation_StopsCounting()
    {
        var pm = await app.ApiClientAsync("pm");
        var plan = await PlanAsync(pm, "HQ-EHS", await app.TechLevelAsync(1), 1);
        var participant = await app.WithDbAsync(db => db.ParticipantRefs.Where(p => p.Status == ParticipantStatus.Selected).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var held = await ApiAssert.JsonAsync<PlanView>(await pm.PostAsJsonAsync($"{Root}/headcount/{plan.Id}/reservations", new { participantId = participant, until = Iso(app.Today()) }), HttpStatusCode.OK);
        Assert.Equal((1, 0), (held.Reserved, held.Free));
        app.AdvanceDays(1);
        var later = await pm.GetJsonAsync<PlanView>($"{Root}/headcount/{plan.Id}");
        Assert.Equal((0, 1), (later.Reserved, later.Free));
        Assert.False(later.Reservations.Single().Counts);
    }

    [Fact]
    public async Task Headcount_ConcurrentReservations_NeverExceedThePlan()
    {
        var pm = await app.ApiClientAsync("pm");
        var plan = await PlanAsync(pm, "RDI-ANA", await app.TechLevelAsync(4), 1);
        var participants = await app.WithDbAsync(db => db.ParticipantRefs
            .Where(p => p.Status != ParticipantStatus.Withdrawn && p.Status != ParticipantStatus.Rejected).OrderBy(p => p.Id).Select(p => p.Id).Take(6).ToListAsync());
        Assert.True(participants.Count >= 3, $"only {participants.Count} participants in the demo");
        using var go = new ManualResetEventSlim();
        var requests = participants.Select(id => Task.Run(async () =>
        {
            go.Wait();
            return await pm.PostAsJsonAsync($"{Root}/headcount/{plan.Id}/reservations", new { participantId = id, until = Iso(app.Today().AddDays(60)) });
        })).ToList();
        go.Set();
        var responses = await Task.WhenAll(requests);
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.OK) == 1, string.Join(Environment.NewLine, responses.Select((r, i) => $"{(int)r.StatusCode} {bodies[i]}")));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.True(r.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        Assert.Contains(bodies, b => b.Contains("Planned 1, filled 0, reserved 1: no place left.", StringComparison.Ordinal));
        var after = await pm.GetJsonAsync<PlanView>($"{Root}/headcount/{plan.Id}");
        Assert.Equal(1, after.Reserved);
        Assert.Equal(1, await app.WithDbAsync(db => db.HeadcountReservations.CountAsync(r => r.PlanId == plan.Id)));
    }

    [Fact]
    public async Task Appointment_FullFlow_NoticeObjectionThenEffectiveOnTheTimeline()
    {
        var pm = await app.ApiClientAsync("pm");
        var mentor = await app.ApiClientAsync("mentor");
        var exec = await app.ApiClientAsync("exec");
        var participant = await app.ApiClientAsync("participant");
        var level = await app.TechLevelAsync(2);
        var people = await PeopleInAsync("SEP2-QC");
        var committee = await CommitteeAsync(pm, "mentor", "exec");
        var plan = await PlanAsync(pm, "SEP2-QC", level, 1);

        // Bad input: unknown person, unknown level; nothing written.
        Assert.Contains("Unknown employee \"NOPE-1\".", await ApiAssert.FieldErrorsAsync(await pm.PostAsJsonAsync($"{Root}/appointments",
            new { employeeNumber = "NOPE-1", levelId = level, position = "Lab lead", reason = "r", committeeId = committee }), "EmployeeNumber"));
        Assert.Contains("Unknown level \"999999\".", await ApiAssert.FieldErrorsAsync(await pm.PostAsJsonAsync($"{Root}/appointments",
            new { employeeNumber = people[0].EmployeeNumber, levelId = 999999, position = "Lab lead", reason = "r", committeeId = committee }), "LevelId"));
        // A participant may not nominate anyone else.
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsJsonAsync($"{Root}/appointments",
            new { employeeNumber = people[0].EmployeeNumber, levelId = level, position = "Lab lead", reason = "r", committeeId = committee })).StatusCode);

        var a = await ApiAssert.JsonAsync<AppointmentView>(await pm.PostAsJsonAsync($"{Root}/appointments", new
        {
            employeeNumber = people[0].EmployeeNumber, levelId = level, position = "QC laboratory lead", reason = "Runs the ICP-MS method validation.",
            evidence = new[] { "Project" }, committeeId = committee,
        }), HttpStatusCode.Created);
        Assert.Equal(AppointmentStatus.InReview, a.Status);
        Assert.Equal(plan.Id, a.PlanId);
        Assert.Contains(a.Eligibility.Requirements, r => r.Code == "Evidence.Project" && r.Met);
        Assert.Contains(a.Eligibility.Requirements, r => r.Code == "YearsBelow");
        var mentorEmployee = await app.AccountEmployeeAsync("mentor");
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.EmployeeId == mentorEmployee && n.Kind == "Notify.VoteNeeded.Subject" && n.Link == $"/careers/appointments/{a.Id}")));
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.EmployeeId == people[0].Id && n.Kind == "Notify.Nominated.Subject")));

        // A program manager who is not on the committee may read it but not vote: refused in both languages.
        Assert.Contains("Only members of the reviewing committee may vote.", await ErrorsAsync(await pm.PostAsJsonAsync($"{Root}/appointments/{a.Id}/votes", new { choice = "Approve" }), HttpStatusCode.Forbidden));
        Assert.Contains("只有该评审委员会的委员可以投票。", await ErrorsAsync(await pm.SendAsync(Chinese(HttpMethod.Post, $"{Root}/appointments/{a.Id}/votes", new { choice = "Approve" })), HttpStatusCode.Forbidden));
        // Someone who may not see it at all gets 404.
        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync($"{Root}/appointments/{a.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await participant.PostAsJsonAsync($"{Root}/appointments/{a.Id}/votes", new { choice = "Approve" })).StatusCode);

        await ApiAssert.JsonAsync<AppointmentView>(await mentor.PostAsJsonAsync($"{Root}/appointments/{a.Id}/votes", new { choice = "Approve", comment = "Solid record." }), HttpStatusCode.OK);
        var voted = await ApiAssert.JsonAsync<AppointmentView>(await exec.PostAsJsonAsync($"{Root}/appointments/{a.Id}/votes", new { choice = "Approve" }), HttpStatusCode.OK);
        Assert.Equal((2, 2), (voted.Tally.Voted, voted.Tally.Approve));
        Assert.Equal(2, voted.Votes.Count);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Entity == "CareersAppointmentVote" && e.EntityKey == a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var inNotice = await ApiAssert.JsonAsync<AppointmentView>(await pm.PostAsJsonAsync($"{Root}/appointments/{a.Id}/decision", new { note = "Approved unanimously" }), HttpStatusCode.OK);
        Assert.Equal(AppointmentStatus.InNotice, inNotice.Status);
        Assert.NotNull(inNotice.NoticeEnds);
        Assert.True(inNotice.NoticeEnds > app.Today());
        Assert.Contains(await participant.GetJsonAsync<List<NoticeView>>($"{Root}/notices"), n => n.Kind == "Appointment" && n.Id == a.Id);

        // Anyone may object during the notice; the appointment cannot take effect while the notice runs or the objection is open.
        var objection = await ApiAssert.JsonAsync<ObjectionView>(await participant.PostAsJsonAsync($"{Root}/appointments/{a.Id}/objections", new { text = "The method validation was a team effort." }), HttpStatusCode.OK);
        Assert.True(objection.Open);
        Assert.Contains(await ErrorsAsync(await pm.PostAsJsonAsync($"{Root}/appointments/{a.Id}/effective", new { effectiveOn = Iso(app.Today()) }), HttpStatusCode.BadRequest),
            m => m.StartsWith("The public notice runs until", StringComparison.Ordinal));
        app.AdvanceDays(inNotice.NoticeEnds!.Value.DayNumber - app.Today().DayNumber + 1);
        var effectiveOn = app.Today();
        Assert.Contains("An objection raised during the public notice is unresolved: resolve it first.",
            await ErrorsAsync(await pm.PostAsJsonAsync($"{Root}/appointments/{a.Id}/effective", new { effectiveOn = Iso(effectiveOn) }), HttpStatusCode.BadRequest));
        Assert.Contains("公示期间提出的异议尚未处理，请先处理异议。",
            await ErrorsAsync(await pm.SendAsync(Chinese(HttpMethod.Post, $"{Root}/appointments/{a.Id}/effective", new { effectiveOn = Iso(effectiveOn) })), HttpStatusCode.BadRequest));
        Assert.Equal(0, (await pm.GetJsonAsync<PlanView>($"{Root}/headcount/{plan.Id}")).Filled);
        Assert.Contains("Write how the objection was resolved (up to 4000 characters).", await ApiAssert.FieldErrorsAsync(
            await pm.PostAsJsonAsync($"{Root}/appointments/{a.Id}/objections/{objection.Id}/resolution", new { resolution = " " }), "Resolution"));
        await ApiAssert.JsonAsync<AppointmentView>(await pm.PostAsJsonAsync($"{Root}/appointments/{a.Id}/objections/{objection.Id}/resolution",
            new { resolution = "The committee confirmed the nominee led the validation." }), HttpStatusCode.OK);

        var effective = await ApiAssert.JsonAsync<AppointmentView>(await pm.PostAsJsonAsync($"{Root}/appointments/{a.Id}/effective", new { effectiveOn = Iso(effectiveOn) }), HttpStatusCode.OK);
        Assert.Equal(AppointmentStatus.Effective, effective.Status);
        var person = await app.WithDbAsync(db => db.EmployeeRefs.SingleAsync(e => e.Id == people[0].Id));
        Assert.Equal(("QC laboratory lead", 8, CareerTrack.Technical), (person.Position, person.Grade, person.Track));
        Assert.True(await app.WithDbAsync(db => db.EmploymentEventRefs.AnyAsync(e => e.EmployeeId == person.Id && e.EffectiveDate == effectiveOn && e.Kind == EmploymentEventKind.PositionChanged)));
        var filled = await pm.GetJsonAsync<PlanView>($"{Root}/headcount/{plan.Id}");
        Assert.Equal((1, 0), (filled.Filled, filled.Free));
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.EmployeeId == person.Id && n.Kind == "Notify.Effective.Subject")));

        // The plan is now full: the next nomination to it is refused with the numbers.
        Assert.Contains("Planned 1, filled 1, reserved 0: no place left.", await ErrorsAsync(await pm.PostAsJsonAsync($"{Root}/appointments", new
        {
            employeeNumber = people[1].EmployeeNumber, levelId = level, position = "QC analyst (senior)", reason = "r", committeeId = committee,
        }), HttpStatusCode.BadRequest));
        // The person's profile shows the appointment to a program manager.
        var browser = await app.SignInAsync("pm");
        var profile = await browser.GetHtmlAsync($"/people/{person.Id}");
        Assert.Contains("QC laboratory lead", profile.QuerySelector("#section-careers")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task TitleApplication_FullFlow_EvidenceVotesNoticeGrantOnTimelineAndProfile()
    {
        var pm = await app.ApiClientAsync("pm");
        var mentor = await app.ApiClientAsync("mentor");
        var exec = await app.ApiClientAsync("exec");
        var manager = await app.ApiClientAsync("manager");
        var participant = await app.ApiClientAsync("participant");
        var committee = await CommitteeAsync(pm, "mentor", "exec", "manager");
        var research = (await pm.GetJsonAsync<List<LadderView>>($"{Root}/ladders")).Single(l => l.Code == BundledLadders.Research);
        var call = await ApiAssert.JsonAsync<TitleCallView>(await pm.PostAsJsonAsync($"{Root}/title-calls", new
        {
            ladderId = research.Id, year = app.Today().Year, deadline = Iso(app.Today().AddDays(40)), passNumerator = 2, passDenominator = 3, committeeId = committee, noticeWorkingDays = 5,
        }), HttpStatusCode.Created);
        Assert.Contains("2/3", call.PassRule, StringComparison.Ordinal);
        var accounts = await app.WithDbAsync(db => db.Users.Where(u => u.EmployeeId != null).Select(u => u.EmployeeId!.Value).ToListAsync());
        var cutoff = app.Today().AddYears(-2);
        var applicant = await app.WithDbAsync(db => db.EmployeeRefs.Where(e => e.Status == EmployeeStatus.Active && e.Education >= EducationLevel.Bachelor && e.HireDate <= cutoff && !accounts.Contains(e.Id))
            .OrderBy(e => e.EmployeeNumber).FirstAsync());

        var created = await ApiAssert.JsonAsync<TitleApplicationView>(await pm.PostAsJsonAsync($"{Root}/title-applications",
            new { callId = call.Id, levelId = research.Levels[0].Id, employeeNumber = applicant.EmployeeNumber }), HttpStatusCode.Created);
        var id = created.Id;
        Assert.Equal(TitleApplicationStatus.Draft, created.Status);
        Assert.Contains(created.Eligibility.Requirements, r => r.Code == "Evidence.Training" && !r.Met && r.Text == "Evidence: Training required — none attached.");
        // Another person's application is invisible to a participant (404, not 403).
        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync($"{Root}/title-applications/{id}")).StatusCode);
        Assert.DoesNotContain(await participant.GetJsonAsync<List<TitleApplicationRow>>($"{Root}/title-applications"), r => r.Id == id);
        Assert.Equal(HttpStatusCode.NotFound, (await participant.PostAsync($"{Root}/title-applications/{id}/evidence", Evidence("Training", "cert.pdf", Pdf))).StatusCode);

        // Submitting without the evidence is refused with the reason named.
        var missing = await ApiAssert.FieldErrorsAsync(await pm.PostAsync($"{Root}/title-applications/{id}/submit", null), "Evidence.Training");
        Assert.Equal(["Evidence: Training required — none attached."], missing);

        // Evidence is type-checked by content: wrong type or a mismatching file refused in both languages.
        Assert.Contains(await ErrorsAsync(await pm.PostAsync($"{Root}/title-applications/{id}/evidence", Evidence("Training", "cert.pdf", Png)), HttpStatusCode.BadRequest),
            m => m == "cert.pdf: the content is not a .pdf file.");
        var zhRequest = new HttpRequestMessage(HttpMethod.Post, $"{Root}/title-applications/{id}/evidence") { Content = Evidence("Training", "cert.exe", Pdf) };
        zhRequest.Headers.AcceptLanguage.ParseAdd("zh-CN");
        Assert.Contains(await ErrorsAsync(await pm.SendAsync(zhRequest), HttpStatusCode.BadRequest), m => m.StartsWith("cert.exe：不接受此文件类型", StringComparison.Ordinal));
        Assert.Contains("cert.xlsx would unpack to more than 50 MB or is not a valid Office file.",
            await ErrorsAsync(await pm.PostAsync($"{Root}/title-applications/{id}/evidence", Evidence("Training", "cert.xlsx", TalentChain.Tests.Platform.HostileWorkbooks.Bomb(3L * 1024 * 1024))), HttpStatusCode.BadRequest));
        var evidence = await ApiAssert.JsonAsync<EvidenceView>(await pm.PostAsync($"{Root}/title-applications/{id}/evidence", Evidence("Training", "cert.pdf", Pdf)), HttpStatusCode.Created);
        Assert.Equal("application/pdf", evidence.ContentType);
        Assert.Equal(Pdf, await (await pm.GetAsync($"{Root}/title-applications/{id}/evidence/{evidence.Id}")).Content.ReadAsByteArrayAsync());

        var submitted = await ApiAssert.JsonAsync<TitleApplicationView>(await pm.PostAsync($"{Root}/title-applications/{id}/submit", null), HttpStatusCode.OK);
        Assert.Equal(TitleApplicationStatus.Submitted, submitted.Status);
        Assert.True(submitted.Eligibility.Eligible);
        // The committee sees nothing before the unit's recommendation; then it votes.
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"{Root}/title-applications/{id}")).StatusCode);
        var recommended = await ApiAssert.JsonAsync<TitleApplicationView>(await pm.PostAsJsonAsync($"{Root}/title-applications/{id}/recommendation", new { recommendation = "The unit recommends." }), HttpStatusCode.OK);
        Assert.Equal(TitleApplicationStatus.InReview, recommended.Status);
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync($"{Root}/title-applications/{id}")).StatusCode);

        Assert.Contains("Only members of the reviewing committee may vote.", await ErrorsAsync(
            await pm.PostAsJsonAsync($"{Root}/title-applications/{id}/votes", new { choice = "Approve", score = 90 }), HttpStatusCode.Forbidden));
        Assert.Contains("Give a score from 0 to 100.", await ApiAssert.FieldErrorsAsync(await mentor.PostAsJsonAsync($"{Root}/title-applications/{id}/votes", new { choice = "Approve", score = 120 }), "Score"));
        await ApiAssert.JsonAsync<TitleApplicationView>(await mentor.PostAsJsonAsync($"{Root}/title-applications/{id}/votes", new { choice = "Approve", score = 86 }), HttpStatusCode.OK);
        await ApiAssert.JsonAsync<TitleApplicationView>(await exec.PostAsJsonAsync($"{Root}/title-applications/{id}/votes", new { choice = "Approve", score = 80 }), HttpStatusCode.OK);
        var votes = await ApiAssert.JsonAsync<TitleApplicationView>(await manager.PostAsJsonAsync($"{Root}/title-applications/{id}/votes", new { choice = "Reject", score = 55, comment = "Thin on training." }), HttpStatusCode.OK);
        Assert.Equal((3, 2, 1, 73.7), (votes.Tally.Voted, votes.Tally.Approve, votes.Tally.Reject, votes.Tally.AverageScore!.Value));
        Assert.True(votes.Tally.Passes); // 2 approvals ≥ 2/3 × 3 voting

        var notice = await ApiAssert.JsonAsync<TitleApplicationView>(await pm.PostAsJsonAsync($"{Root}/title-applications/{id}/decision", new { }), HttpStatusCode.OK);
        Assert.Equal(TitleApplicationStatus.InNotice, notice.Status);
        Assert.Contains("The grant date cannot be in the future.", await ErrorsAsync(await pm.PostAsJsonAsync($"{Root}/title-applications/{id}/grant",
            new { certificateNumber = "RES-TEST-0001", grantedOn = Iso(notice.NoticeEnds!.Value.AddDays(1)) }), HttpStatusCode.BadRequest));
        app.AdvanceDays(notice.NoticeEnds!.Value.DayNumber - app.Today().DayNumber + 1);
        var grantedOn = app.Today();
        Assert.Contains("Give the certificate number (up to 100 characters).", await ApiAssert.FieldErrorsAsync(await pm.PostAsJsonAsync($"{Root}/title-applications/{id}/grant",
            new { certificateNumber = "", grantedOn = Iso(grantedOn) }), "CertificateNumber"));
        var granted = await ApiAssert.JsonAsync<TitleApplicationView>(await pm.PostAsJsonAsync($"{Root}/title-applications/{id}/grant",
            new { certificateNumber = "RES-TEST-0001", grantedOn = Iso(grantedOn) }), HttpStatusCode.OK);
        Assert.Equal(TitleApplicationStatus.Granted, granted.Status);

        var timeline = await app.WithDbAsync(db => db.EmploymentEventRefs.Where(e => e.EmployeeId == applicant.Id && e.Kind == EmploymentEventKind.TitleChanged).ToListAsync());
        Assert.Contains(timeline, e => e.EffectiveDate == grantedOn && e.ToValue!.Contains("研究实习员", StringComparison.Ordinal) && e.ToValue.Contains("RES-TEST-0001", StringComparison.Ordinal));
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.EmployeeId == applicant.Id && n.Kind == "Notify.Granted.Subject")));
        var browser = await app.SignInAsync("pm");
        var section = (await browser.GetHtmlAsync($"/people/{applicant.Id}")).QuerySelector("#section-careers")?.TextContent ?? "";
        Assert.Contains("Research Intern", section, StringComparison.Ordinal);
        Assert.Contains("RES-TEST-0001", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TitleApplication_TooSoonAfterThePreviousTitle_SubmissionNamesEachUnmetRequirement()
    {
        var participant = await app.ApiClientAsync("participant");
        var calls = await participant.GetJsonAsync<List<TitleCallView>>($"{Root}/title-calls");
        var call = calls.Single(c => c.Year == app.Today().Year && c.Open && c.Series == "Engineering titles");
        var senior = await app.LevelIdAsync(BundledLadders.Engineering, 3);
        var created = await ApiAssert.JsonAsync<TitleApplicationView>(await participant.PostAsJsonAsync($"{Root}/title-applications", new { callId = call.Id, levelId = senior }), HttpStatusCode.Created);
        // The demo granted participant@ "Engineer" on 15 Dec last year: five years are needed.
        var years = created.Eligibility.Requirements.Single(r => r.Code == "YearsBelow");
        Assert.False(years.Met);
        Assert.Equal($"Years since Engineer: 5 required, only 0 since {app.Today().Year - 1}-12-15.", years.Text);
        var errors = await ErrorsAsync(await participant.PostAsync($"{Root}/title-applications/{created.Id}/submit", null), HttpStatusCode.BadRequest);
        Assert.Contains(years.Text, errors);
        Assert.Contains("Evidence: Patents required — none attached.", errors);
        var zh = await ErrorsAsync(await participant.SendAsync(Chinese(HttpMethod.Post, $"{Root}/title-applications/{created.Id}/submit")), HttpStatusCode.BadRequest);
        Assert.Contains($"自工程师起年限：要求5年，自{app.Today().Year - 1}-12-15起仅0年。", zh);
        Assert.Equal(TitleApplicationStatus.Draft, (await participant.GetJsonAsync<TitleApplicationView>($"{Root}/title-applications/{created.Id}")).Status);
        // Applying twice to the call, or for someone else, is refused.
        Assert.Contains("This person already has an application in this call.", await ApiAssert.FieldErrorsAsync(
            await participant.PostAsJsonAsync($"{Root}/title-applications", new { callId = call.Id, levelId = senior }), "CallId"));
        var other = await app.NumberOfAsync(await app.AccountEmployeeAsync("mentor"));
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsJsonAsync($"{Root}/title-applications", new { callId = call.Id, levelId = senior, employeeNumber = other })).StatusCode);
    }

    [Fact]
    public async Task TitleCommittee_DemoMidVote_MentorSeesTheApplicationsAndMayStillVote()
    {
        var mentor = await app.ApiClientAsync("mentor");
        var rows = await mentor.GetJsonAsync<List<TitleApplicationRow>>($"{Root}/title-applications");
        var inReview = rows.Where(r => r.Status == TitleApplicationStatus.InReview && r.Series == "Engineering titles").ToList();
        Assert.Equal(2, inReview.Count);
        var detail = await mentor.GetJsonAsync<TitleApplicationView>($"{Root}/title-applications/{inReview[0].Id}");
        var mentorEmployee = await app.AccountEmployeeAsync("mentor");
        Assert.True(detail.Tally.Voted > 0 && detail.Tally.Voted < detail.Tally.Members);
        Assert.DoesNotContain(detail.Votes, v => v.MemberEmployeeId == mentorEmployee);
        Assert.True(detail.Can.Vote);
        // Committee members see what their committee reviews, not other people's drafts or submissions the unit has not recommended yet.
        var mine = await app.AccountEmployeeAsync("mentor");
        Assert.DoesNotContain(rows, r => r.EmployeeId != mine && r.Status is TitleApplicationStatus.Draft or TitleApplicationStatus.Submitted);
    }

    [Fact]
    public async Task Permissions_ByRole_ParticipantsOwnRecordsExecutivesAggregatesOnly()
    {
        var participant = await app.ApiClientAsync("participant");
        var exec = await app.ApiClientAsync("exec");
        var pm = await app.ApiClientAsync("pm");
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.GetAsync($"{Root}/headcount")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.GetAsync($"{Root}/summary")).StatusCode);
        var me = await app.AccountEmployeeAsync("participant");
        Assert.All(await participant.GetJsonAsync<List<TitleApplicationRow>>($"{Root}/title-applications"), r => Assert.Equal(me, r.EmployeeId));
        Assert.All(await participant.GetJsonAsync<List<AppointmentRow>>($"{Root}/appointments"), r => Assert.Equal(me, r.EmployeeId));
        // Executives: counts per unit, no names.
        var summary = await exec.GetJsonAsync<List<UnitSummaryView>>($"{Root}/summary");
        Assert.Contains(summary, s => s.UnitCode == "SEP1-SX" && s.Planned == 2 && s.Filled == 1 && s.Reserved == 1);
        Assert.Equal(HttpStatusCode.Forbidden, (await exec.GetAsync($"{Root}/headcount")).StatusCode);
        // The executive heads the group (above everyone in the chain) and sits on the demo's appointment committee, but
        // not on the title committee: no one's title application is theirs to see (only those of committees other tests
        // here create with them).
        var execSees = (await exec.GetJsonAsync<List<TitleApplicationRow>>($"{Root}/title-applications")).Select(r => r.Id).ToHashSet();
        var hidden = (await pm.GetJsonAsync<List<TitleApplicationRow>>($"{Root}/title-applications")).Where(r => !execSees.Contains(r.Id)).ToList();
        Assert.True(hidden.Count > 0, $"exec sees {execSees.Count}, pm sees {hidden.Count + execSees.Count}");
        Assert.Equal(HttpStatusCode.NotFound, (await exec.GetAsync($"{Root}/title-applications/{hidden[0].Id}")).StatusCode);
        // Exports of the lists.
        var csv = await pm.GetAsync($"{Root}/headcount/export?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("SEP1-SX", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var xlsx = await pm.GetAsync($"{Root}/title-applications/export?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Unknown format \"pdf\": use csv or xlsx.", await ErrorsAsync(await pm.GetAsync($"{Root}/appointments/export?format=pdf"), HttpStatusCode.BadRequest));
    }
}

public sealed class CareersApiTestsSqlite(CareersSqliteFactory app) : CareersApiTests(app), IClassFixture<CareersSqliteFactory>;

public sealed class CareersApiTestsPostgres(CareersPostgresFactory app) : CareersApiTests(app), IClassFixture<CareersPostgresFactory>;
