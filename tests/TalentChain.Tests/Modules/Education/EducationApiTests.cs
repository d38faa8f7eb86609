using TalentChain.Platform.Spreadsheets;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TalentChain.Modules.Education;
using TalentChain.Modules.Education.Domain;
using TalentChain.Modules.Education.Features;
using TalentChain.Modules.Education.Features.Claims;
using TalentChain.Modules.Education.Features.Clawbacks;
using TalentChain.Modules.Education.Features.Degrees;
using TalentChain.Modules.Education.Features.Milestones;
using TalentChain.Modules.Education.Features.Policy;
using TalentChain.Modules.Education.Features.Summary;
using TalentChain.Modules.Education.Features.Universities;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.Knowledge.Features.Departures;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Calendar;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Notifications;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Education;

/// <summary>The app with the demo enterprise and a fixed clock (2026-06-15), on SQLite.</summary>
public class EducationFactory : TalentChainFactory
{
    public static readonly DateTimeOffset Start = new(2026, 6, 15, 8, 0, 0, TimeSpan.Zero);

    public EducationFactory() : this(DatabaseProvider.Sqlite) { }

    protected EducationFactory(DatabaseProvider provider) : base(provider, 150, new FakeTimeProvider(Start)) { }

    public DateOnly Today => DateOnly.FromDateTime(Clock!.GetUtcNow().UtcDateTime);
}

/// <summary>The same on PostgreSQL.</summary>
public sealed class EducationPostgresFactory : EducationFactory
{
    public EducationPostgresFactory() : base(DatabaseProvider.Postgres) { }
}

/// <summary>
/// Degrees, claims and repayments through the API: the approval flow line manager → HR → Finance with the caps, bad
/// input refused with nothing written, who may see what (404 for others' records, aggregates for executives), the
/// repayment on a departure's exit workflow, reminders, and the demo story.
/// </summary>
public abstract class EducationApiTests(EducationFactory app)
{
    private const string Api = "/api/v1/education";
    private static readonly byte[] Pdf = "%PDF-1.4\n% receipt\n%%EOF\n"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private readonly Dictionary<string, HttpClient> _clients = [];

    private async Task<HttpClient> As(string login)
    {
        if (!_clients.TryGetValue(login, out var c)) _clients[login] = c = await app.ApiClientAsync(login);
        return c;
    }

    /// <summary>Active reports of the demo line manager who have no account (so no demo story), in id order.</summary>
    private Task<List<string>> ReportsAsync() => app.WithDbAsync(async db =>
    {
        var manager = await db.Users.Where(u => u.Email == "manager@talentchain.demo").Select(u => u.EmployeeId!.Value).FirstAsync();
        var accounts = await db.Users.Where(u => u.EmployeeId != null).Select(u => u.EmployeeId!.Value).ToListAsync();
        var inDemo = await db.Degrees.Where(d => d.AppliedBy == "demo").Select(d => d.EmployeeId).ToListAsync();
        return await db.EmployeeRefs.Where(e => e.ManagerId == manager && e.Status == EmployeeStatus.Active && !accounts.Contains(e.Id) && !inDemo.Contains(e.Id))
            .OrderBy(e => e.Id).Select(e => e.EmployeeNumber).ToListAsync();
    });

    private static async Task<T> Ok<T>(Task<HttpResponseMessage> call) => await ApiAssert.JsonAsync<T>(await call, HttpStatusCode.OK);

    private static Task<HttpResponseMessage> Post(HttpClient c, string url, object body) => c.PostAsJsonAsync(url, body, ApiJson.Options);

    /// <summary>Applied by HR, approved by the line manager, agreement signed: ¥30,000 a year, ¥50,000 in all, 100 %, tuition and registration, 3 years.</summary>
    private async Task<DegreeView> AgreedDegreeAsync(string employeeNumber, DateOnly start, DateOnly end)
    {
        var pm = await As("pm");
        var university = (await pm.GetJsonAsync<List<UniversityView>>($"{Api}/universities"))[0].Id;
        var applied = await ApiAssert.JsonAsync<DegreeView>(await Post(pm, $"{Api}/degrees",
            new ApplyInput(employeeNumber, university, "Master of Engineering, Materials", DegreeLevel.Master, start, end)), HttpStatusCode.Created);
        Assert.Equal(DegreeStatus.Applied, applied.Status);
        var approved = await Ok<DegreeView>(Post(await As("manager"), $"{Api}/degrees/{applied.Id}/manager-decision", new DecisionInput(true, null)));
        Assert.Equal(DegreeStatus.ManagerApproved, approved.Status);
        var agreed = await Ok<DegreeView>(Post(pm, $"{Api}/degrees/{applied.Id}/agreement",
            new AgreementInput(30_000m, 50_000m, 100m, [CostType.Tuition, CostType.Registration], 3, null)));
        Assert.Equal(DegreeStatus.Active, agreed.Status);
        return agreed;
    }

    private static MultipartFormDataContent ClaimForm(CostType cost, DateOnly spent, decimal amount, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(cost.ToString()), "costType" },
            { new StringContent(Iso(spent)), "expenseDate" },
            { new StringContent(amount.ToString(CultureInfo.InvariantCulture)), "amount" },
        };
        foreach (var (name, bytes) in files) form.Add(new ByteArrayContent(bytes), "receipts", name);
        return form;
    }

    private async Task<ClaimView> SubmitAsync(int degreeId, CostType cost, DateOnly spent, decimal amount) =>
        await ApiAssert.JsonAsync<ClaimView>(await (await As("pm")).PostAsync($"{Api}/degrees/{degreeId}/claims", ClaimForm(cost, spent, amount, ("receipt.pdf", Pdf))), HttpStatusCode.Created);

    /// <summary>Line manager, then HR approve; returns HR's decision.</summary>
    private async Task<ClaimView> ApproveAsync(int claimId)
    {
        var m = await Ok<ClaimView>(Post(await As("manager"), $"{Api}/claims/{claimId}/manager-decision", new DecisionInput(true, null)));
        Assert.Equal(ClaimStatus.ManagerApproved, m.Status);
        return await Ok<ClaimView>(Post(await As("pm"), $"{Api}/claims/{claimId}/hr-decision", new DecisionInput(true, null)));
    }

    private async Task<ClaimView> PayAsync(int claimId, DateOnly on) =>
        await Ok<ClaimView>(Post(await As("finance"), $"{Api}/claims/{claimId}/payment", new PayInput(on, null)));

    [Fact]
    public async Task Flow_ClaimsThroughManagerHrFinance_CapsCutTheSecondAndRefuseTheThird()
    {
        var number = (await ReportsAsync())[0];
        var degree = await AgreedDegreeAsync(number, new DateOnly(2025, 9, 1), new DateOnly(2028, 6, 30));
        Assert.Equal(Enum.GetValues<MilestoneKind>(), degree.Milestones.Select(m => m.Kind));
        Assert.Equal(new DateOnly(2025, 9, 1), degree.Milestones[0].DueDate);

        var first = await SubmitAsync(degree.Id, CostType.Tuition, new DateOnly(2026, 3, 1), 24_000m);
        Assert.Equal(ClaimStatus.Submitted, first.Status);
        Assert.Single(first.Receipts);
        // Finance cannot pay what HR has not approved; HR cannot pay at all.
        await ApiAssert.FieldErrorsAsync(await Post(await As("finance"), $"{Api}/claims/{first.Id}/payment", new PayInput(null, null)), "");
        var decided = await ApproveAsync(first.Id);
        Assert.Equal((ClaimStatus.Approved, 24_000m), (decided.Status, decided.ApprovedAmount));
        Assert.Null(decided.CapReason);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(await As("pm"), $"{Api}/claims/{first.Id}/payment", new PayInput(null, null))).StatusCode);
        await ApiAssert.FieldErrorsAsync(await Post(await As("finance"), $"{Api}/claims/{first.Id}/payment", new PayInput(app.Today.AddDays(1), null)), "PaidOn");
        var paid = await PayAsync(first.Id, app.Today);
        Assert.Equal((ClaimStatus.Paid, 24_000m, app.Today), (paid.Status, paid.PaidAmount, paid.PaidOn!.Value));

        // ¥24,000 of the year's ¥30,000 is used: a ¥9,000 claim gets ¥6,000, with the reason.
        var second = await SubmitAsync(degree.Id, CostType.Tuition, new DateOnly(2026, 5, 10), 9_000m);
        var partly = await ApproveAsync(second.Id);
        Assert.Equal((ClaimStatus.PartlyApproved, 9_000m, 6_000m, CapKind.Annual), (partly.Status, partly.Eligible, partly.ApprovedAmount, partly.Cap));
        Assert.Equal("The cap for 2026 is ¥30,000.00, ¥24,000.00 already approved: ¥6,000.00 approved of ¥9,000.00.", partly.CapReason);
        await ApiAssert.FieldErrorsAsync(await Post(await As("finance"), $"{Api}/claims/{second.Id}/payment", new PayInput(null, 6_000.01m)), "Amount");
        Assert.Equal(HttpStatusCode.OK, (await Post(await As("finance"), $"{Api}/claims/{second.Id}/payment", new PayInput(null, null))).StatusCode);

        // The year's cap is used up: refused at submission, nothing written.
        var refused = await (await As("pm")).PostAsync($"{Api}/degrees/{degree.Id}/claims", ClaimForm(CostType.Tuition, new DateOnly(2026, 6, 1), 1_000m, ("r.pdf", Pdf)));
        Assert.Contains("2026", (await ApiAssert.FieldErrorsAsync(refused, "ExpenseDate"))[0]);
        var claims = await (await As("pm")).GetJsonAsync<List<ClaimRow>>($"{Api}/degrees/{degree.Id}/claims");
        Assert.Equal(2, claims.Count);

        var after = await (await As("pm")).GetJsonAsync<DegreeView>($"{Api}/degrees/{degree.Id}");
        Assert.Equal((30_000m, 30_000m), (after.ApprovedTotal, after.PaidTotal));
        // Finance heard about both approvals; the decisions are in the audit trail.
        var toPay = await app.WithDbAsync(db => db.Set<Notification>().CountAsync(n => n.Kind == "Notify.ClaimToPay.Subject" && (n.Link == $"/education/claims/{first.Id}" || n.Link == $"/education/claims/{second.Id}")));
        Assert.True(toPay >= 2, $"finance notifications: {toPay}");
    }

    [Fact]
    public async Task Claim_BadInput_RefusedWithTheReasonAndNothingWritten()
    {
        var number = (await ReportsAsync())[0];
        var degree = await AgreedDegreeAsync(number, new DateOnly(2025, 9, 1), new DateOnly(2028, 6, 30));
        var pm = await As("pm");
        async Task<string> RefusedAsync(MultipartFormDataContent form, string field) =>
            string.Join(" | ", await ApiAssert.FieldErrorsAsync(await pm.PostAsync($"{Api}/degrees/{degree.Id}/claims", form), field));
        var day = new DateOnly(2026, 5, 1);

        Assert.Contains("Textbooks", await RefusedAsync(ClaimForm(CostType.Textbooks, day, 500m, ("r.pdf", Pdf)), "CostType"));
        Assert.Contains("not really a .pdf", await RefusedAsync(ClaimForm(CostType.Tuition, day, 500m, ("r.pdf", Png)), "Receipts"));
        Assert.Contains("only these file types", await RefusedAsync(ClaimForm(CostType.Tuition, day, 500m, ("r.exe", Pdf)), "Receipts"));
        var big = new byte[EducationFiles.MaxFileBytes + 1];
        Pdf.CopyTo(big, 0);
        Assert.Contains("larger than 5 MB", await RefusedAsync(ClaimForm(CostType.Tuition, day, 500m, ("big.pdf", big)), "Receipts"));
        Assert.Contains("unpack", await RefusedAsync(ClaimForm(CostType.Tuition, day, 500m, ("bomb.docx", ZipBomb())), "Receipts"));
        Assert.Contains("receipt", await RefusedAsync(ClaimForm(CostType.Tuition, day, 500m), "Receipts"));
        Assert.Contains("future", await RefusedAsync(ClaimForm(CostType.Tuition, app.Today.AddDays(1), 500m, ("r.pdf", Pdf)), "ExpenseDate"));
        await RefusedAsync(ClaimForm(CostType.Tuition, day, 10.005m, ("r.pdf", Pdf)), "Amount");
        Assert.Empty(await pm.GetJsonAsync<List<ClaimRow>>($"{Api}/degrees/{degree.Id}/claims"));
        Assert.Equal(0, await app.WithDbAsync(db => db.ClaimReceipts.CountAsync(r => db.Set<TuitionClaim>().Any(c => c.Id == r.ClaimId && c.DegreeId == degree.Id))));
        // A real Office file is accepted.
        var docx = await ApiAssert.JsonAsync<ClaimView>(await pm.PostAsync($"{Api}/degrees/{degree.Id}/claims", ClaimForm(CostType.Tuition, day, 500m, ("invoice.docx", SmallDocx()))), HttpStatusCode.Created);
        Assert.Equal("invoice.docx", docx.Receipts[0].FileName);
    }

    [Fact]
    public async Task Milestone_DateBeforeTheDegreesStart_Refused()
    {
        var number = (await ReportsAsync())[0];
        var start = new DateOnly(2025, 9, 1);
        var degree = await AgreedDegreeAsync(number, start, new DateOnly(2028, 6, 30));
        var proposal = degree.Milestones.Single(m => m.Kind == MilestoneKind.Proposal);
        var pm = await As("pm");
        var url = $"{Api}/degrees/{degree.Id}/milestones/{proposal.Id}";
        Assert.Contains("2025-09-01", (await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync(url, new MilestoneInput(DueDate: start.AddDays(-1)), ApiJson.Options), "DueDate"))[0]);
        Assert.Contains("2025-09-01", (await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync(url, new MilestoneInput(CompletedOn: start.AddDays(-10)), ApiJson.Options), "CompletedOn"))[0]);
        var unchanged = (await pm.GetJsonAsync<DegreeView>($"{Api}/degrees/{degree.Id}")).Milestones.Single(m => m.Id == proposal.Id);
        Assert.Equal((proposal.DueDate, (DateOnly?)null), (unchanged.DueDate, unchanged.CompletedOn));
        // A date on or after the start is accepted; evidence is type-checked like receipts.
        var moved = await ApiAssert.JsonAsync<MilestoneView>(await pm.PutAsJsonAsync(url, new MilestoneInput(DueDate: start.AddMonths(14)), ApiJson.Options), HttpStatusCode.OK);
        Assert.Equal(start.AddMonths(14), moved.DueDate);
        var evidence = new MultipartFormDataContent { { new ByteArrayContent(Png), "file", "proposal.pdf" } };
        await ApiAssert.FieldErrorsAsync(await pm.PostAsync($"{url}/evidence", evidence), "File");
    }

    [Fact]
    public async Task Access_OtherPeoplesClaims_NotFoundForThemAggregatesOnlyForExecutives()
    {
        var number = (await ReportsAsync())[0];
        var degree = await AgreedDegreeAsync(number, new DateOnly(2025, 9, 1), new DateOnly(2028, 6, 30));
        var claim = await SubmitAsync(degree.Id, CostType.Registration, new DateOnly(2025, 9, 5), 1_500m);
        await ApproveAsync(claim.Id);

        foreach (var login in new[] { "participant", "exec", "knowledge", "trade" })
        {
            var c = await As(login);
            Assert.True((await c.GetAsync($"{Api}/claims/{claim.Id}")).StatusCode == HttpStatusCode.NotFound, login);
            Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync($"{Api}/degrees/{degree.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync($"{Api}/claims/{claim.Id}/receipts/{claim.Receipts[0].Id}")).StatusCode);
            Assert.DoesNotContain(await c.GetJsonAsync<List<ClaimRow>>($"{Api}/claims"), r => r.Id == claim.Id);
            Assert.Equal(HttpStatusCode.NotFound, (await Post(c, $"{Api}/claims/{claim.Id}/manager-decision", new DecisionInput(true, null))).StatusCode);
        }
        // The line manager, HR and Finance see it with its amounts.
        foreach (var login in new[] { "manager", "pm", "finance" })
            Assert.Equal(1_500m, (await (await As(login)).GetJsonAsync<ClaimView>($"{Api}/claims/{claim.Id}")).ApprovedAmount);
        // Executives: per-unit figures only, no person in them.
        var exec = await As("exec");
        var raw = await (await exec.GetAsync($"{Api}/summary")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(number, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("employeeNumber", raw, StringComparison.Ordinal);
        var summary = await exec.GetJsonAsync<List<UnitSummary>>($"{Api}/summary");
        Assert.True(summary.Sum(s => s.ApprovedTotal) >= 1_500m);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await As("participant")).GetAsync($"{Api}/summary")).StatusCode);
        // Only HR signs agreements and decides for HR; only Finance pays.
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(await As("manager"), $"{Api}/claims/{claim.Id}/hr-decision", new DecisionInput(true, null))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(await As("manager"), $"{Api}/claims/{claim.Id}/payment", new PayInput(null, null))).StatusCode);
        var csv = await (await As("pm")).GetAsync($"{Api}/claims/export?format=csv");
        Assert.Contains(number, await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var xlsx = await (await As("pm")).GetAsync($"{Api}/claims/export?format=xlsx");
        Assert.Equal(SpreadsheetDownload.XlsxType, xlsx.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Clawback_LeavingBeforeTheCommitmentEnds_ProRataCaseOnTheExitWorkflowAmountNeedToKnow()
    {
        var number = (await ReportsAsync())[1];
        var degree = await AgreedDegreeAsync(number, new DateOnly(2023, 9, 1), new DateOnly(2026, 6, 30));
        foreach (var spent in new[] { new DateOnly(2024, 3, 1), new DateOnly(2025, 3, 1) })
        {
            var c = await SubmitAsync(degree.Id, CostType.Tuition, spent, 20_000m);
            await ApproveAsync(c.Id);
            await PayAsync(c.Id, app.Today);
        }
        var conferred = degree.Milestones.Single(m => m.Kind == MilestoneKind.DegreeConferred);
        await Ok<MilestoneView>((await As("pm")).PutAsJsonAsync($"{Api}/degrees/{degree.Id}/milestones/{conferred.Id}", new MilestoneInput(CompletedOn: new DateOnly(2026, 5, 15)), ApiJson.Options));
        Assert.Equal(DegreeStatus.Conferred, (await (await As("pm")).GetJsonAsync<DegreeView>($"{Api}/degrees/{degree.Id}")).Status);

        // The departure is recorded in Knowledge; HR's check (and the daily task) opens the case.
        var departure = await ApiAssert.JsonAsync<DepartureView>(await Post(await As("knowledge"), "/api/v1/knowledge/departures",
            new DepartureInput(number, app.Today, new DateOnly(2026, 7, 31), DepartureReason.Resignation, DepartureDestination.DomesticCompetitor, DepartureLevel.Staff, null)), HttpStatusCode.Created);
        await Ok<EducationEndpoints.ScanResult>(Post(await As("pm"), $"{Api}/clawbacks/scan", new { }));
        await Ok<EducationEndpoints.ScanResult>(Post(await As("pm"), $"{Api}/clawbacks/scan", new { }));
        var row = Assert.Single(await (await As("pm")).GetJsonAsync<List<ClawbackRow>>($"{Api}/clawbacks"), r => r.DegreeId == degree.Id);
        var c1 = await (await As("pm")).GetJsonAsync<ClawbackView>($"{Api}/clawbacks/{row.Id}");
        // Service 2026-05-15 … 2029-05-14 = 1,096 days; 78 served through 2026-07-31, 1,018 left: 40,000 × 1,018 ÷ 1,096 = 37,153.28.
        Assert.Equal((40_000m, 1_096, 1_018, 37_153.28m), (c1.ReimbursedTotal, c1.TotalDays, c1.RemainingDays, c1.Amount));
        Assert.Contains("¥40,000.00 × 1,018 ÷ 1,096 = ¥37,153.28", c1.Formula, StringComparison.Ordinal);

        // On the exit workflow: the knowledge officer learns that a repayment exists, not how much; an administrator sees the amount.
        var asOfficer = await (await As("knowledge")).GetJsonAsync<DepartureView>($"/api/v1/knowledge/departures/{departure.Id}");
        var seen = Assert.Single(asOfficer.Obligations, o => o.Source == "education");
        Assert.Null(seen.Amount);
        Assert.DoesNotContain("37,153", seen.Detail, StringComparison.Ordinal);
        var asAdmin = await (await As("admin")).GetJsonAsync<DepartureView>($"/api/v1/knowledge/departures/{departure.Id}");
        Assert.Equal(37_153.28m, Assert.Single(asAdmin.Obligations, o => o.Source == "education").Amount);

        // Waiving needs a reason; Finance settles at most what is owed.
        await ApiAssert.FieldErrorsAsync(await Post(await As("pm"), $"{Api}/clawbacks/{row.Id}/waive", new WaiveInput(" ")), "Reason");
        await ApiAssert.FieldErrorsAsync(await Post(await As("finance"), $"{Api}/clawbacks/{row.Id}/settle", new SettleInput(37_153.29m, null)), "Amount");
        var settled = await Ok<ClawbackView>(Post(await As("finance"), $"{Api}/clawbacks/{row.Id}/settle", new SettleInput(null, app.Today)));
        Assert.Equal((ClawbackStatus.Settled, 37_153.28m), (settled.Status, settled.SettledAmount));
        await ApiAssert.FieldErrorsAsync(await Post(await As("pm"), $"{Api}/clawbacks/{row.Id}/waive", new WaiveInput("Hardship")), "");
        Assert.True((await (await As("admin")).GetJsonAsync<DepartureView>($"/api/v1/knowledge/departures/{departure.Id}")).Obligations.Single(o => o.Source == "education").Settled);
    }

    [Fact]
    public async Task Demo_Story_OverduePhdPartlyApprovedMasterAndLeaverWhoOwes()
    {
        var participant = await As("participant");
        var phd = Assert.Single(await participant.GetJsonAsync<List<DegreeRow>>($"{Api}/degrees"), d => d.Level == DegreeLevel.Doctorate);
        Assert.Equal(1, phd.OverdueMilestones);
        var midTerm = (await participant.GetJsonAsync<DegreeView>($"{Api}/degrees/{phd.Id}")).Milestones.Single(m => m.Kind == MilestoneKind.MidTerm);
        Assert.True(midTerm.Overdue);
        Assert.Equal(21, midTerm.DaysOverdue);

        var team = await (await As("manager")).GetJsonAsync<List<ClaimRow>>($"{Api}/claims");
        Assert.Contains(team, c => c.Status == ClaimStatus.Paid);
        Assert.Contains(team, c => c.Status == ClaimStatus.ManagerApproved);
        var partly = Assert.Single(team, c => c.Status == ClaimStatus.PartlyApproved);
        Assert.NotNull((await (await As("manager")).GetJsonAsync<ClaimView>($"{Api}/claims/{partly.Id}")).CapReason);

        var open = (await (await As("admin")).GetJsonAsync<List<DepartureRow>>("/api/v1/knowledge/departures")).Where(d => d.Status == DepartureStatus.Open).ToList();
        var owed = new List<decimal?>();
        foreach (var d in open) owed.AddRange((await (await As("admin")).GetJsonAsync<DepartureView>($"/api/v1/knowledge/departures/{d.Id}")).Obligations.Select(o => o.Amount));
        Assert.Contains(owed, a => a > 0);
    }

    [Fact]
    public async Task Reminders_OverdueMilestone_FlaggedToThePersonAndProgramManagersOnce()
    {
        var participant = await As("participant");
        var phd = Assert.Single(await participant.GetJsonAsync<List<DegreeRow>>($"{Api}/degrees"), d => d.Level == DegreeLevel.Doctorate);
        var midTerm = (await participant.GetJsonAsync<DegreeView>($"{Api}/degrees/{phd.Id}")).Milestones.Single(m => m.Kind == MilestoneKind.MidTerm);
        var tasks = app.Services.GetRequiredService<PeriodicTasks>();
        Assert.True(await tasks.RunAsync("education.milestone-reminders"));
        Assert.True(await tasks.RunAsync("education.milestone-reminders"));
        var sent = await app.WithDbAsync(db => db.Set<Notification>().Where(n => n.DedupKey == $"education-overdue:{midTerm.Id}:{Iso(midTerm.DueDate)}")
            .Select(n => new { n.Recipient, n.EmployeeId, n.Subject, n.Body }).ToListAsync());
        var (employee, pmUser) = await app.WithDbAsync(async db => (
            await db.Degrees.Where(d => d.Id == phd.Id).Select(d => d.EmployeeId).FirstAsync(),
            await db.Users.Where(u => u.Email == "pm@talentchain.demo").Select(u => u.Id).FirstAsync()));
        Assert.Contains(sent, n => n.EmployeeId == employee);
        Assert.Single(sent, n => n.Recipient == "user:" + pmUser);
        Assert.Equal(sent.Count, sent.Select(n => n.Recipient).Distinct().Count());
        Assert.Contains(sent, n => n.Body.Contains("Mid-term assessment", StringComparison.Ordinal) || n.Body.Contains("中期考核", StringComparison.Ordinal));

        // The person's calendar feed carries the open milestones.
        using var scope = app.Services.CreateScope();
        var feeds = scope.ServiceProvider.GetRequiredService<CalendarFeeds>();
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "participant@talentchain.demo").Select(u => u.Id).FirstAsync());
        var ics = await feeds.RenderAsync(await feeds.TokenAsync(userId), "http://localhost");
        Assert.Contains($"UID:education-milestone-{midTerm.Id}@talentchain", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Policy_HrChangesIt_OverlappingBandsRefusedAndNewAgreementsUseIt()
    {
        var pm = await As("pm");
        var policy = await pm.GetJsonAsync<PolicyView>($"{Api}/policy");
        var overlapping = policy with { ShareBands = [new ShareBandView(1, 10, 60m), new ShareBandView(10, 20, 90m)] };
        Assert.Contains("10–20", (await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Api}/policy", overlapping, ApiJson.Options), "ShareBands"))[0]);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await As("participant")).PutAsJsonAsync($"{Api}/policy", policy, ApiJson.Options)).StatusCode);
        Assert.Equal(policy.ShareBands, (await pm.GetJsonAsync<PolicyView>($"{Api}/policy")).ShareBands);

        var flat = policy with { MasterAnnualCap = 25_000m, ShareBands = [new ShareBandView(1, 20, 75m)] };
        Assert.Equal(25_000m, (await Ok<PolicyView>(pm.PutAsJsonAsync($"{Api}/policy", flat, ApiJson.Options))).MasterAnnualCap);
        var number = (await ReportsAsync())[0];
        var university = (await pm.GetJsonAsync<List<UniversityView>>($"{Api}/universities"))[0].Id;
        var applied = await ApiAssert.JsonAsync<DegreeView>(await Post(pm, $"{Api}/degrees", new ApplyInput(number, university, "MSc", DegreeLevel.Master, new DateOnly(2026, 9, 1), new DateOnly(2029, 6, 30))), HttpStatusCode.Created);
        await Ok<DegreeView>(Post(await As("manager"), $"{Api}/degrees/{applied.Id}/manager-decision", new DecisionInput(true, null)));
        var agreed = await Ok<DegreeView>(Post(pm, $"{Api}/degrees/{applied.Id}/agreement", new AgreementInput()));
        Assert.Equal((25_000m, 75m), (agreed.Agreement!.AnnualCap, agreed.Agreement.SharePercent));
        await Ok<PolicyView>(pm.PutAsJsonAsync($"{Api}/policy", policy, ApiJson.Options));
    }

    /// <summary>A .docx-named zip whose one entry unpacks to 3 MB of zeros (about a thousand times its packed size).</summary>
    private static byte[] ZipBomb()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            s.Write(new byte[3 * 1024 * 1024]);
        }
        return ms.ToArray();
    }

    private static byte[] SmallDocx()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry("word/document.xml").Open();
            s.Write("<w:document><w:body><w:p><w:r><w:t>Invoice</w:t></w:r></w:p></w:body></w:document>"u8);
        }
        return ms.ToArray();
    }
}

public sealed class EducationApiTestsSqlite(EducationFactory app) : EducationApiTests(app), IClassFixture<EducationFactory>;

public sealed class EducationApiTestsPostgres(EducationPostgresFactory app) : EducationApiTests(app), IClassFixture<EducationPostgresFactory>;
