using System.Globalization;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.Knowledge.Features.Access;
using TalentChain.Modules.Knowledge.Features.Departures;
using TalentChain.Modules.Knowledge.Features.FlightRisk;
using TalentChain.Modules.Knowledge.Features.Register;
using TalentChain.Modules.Knowledge.Features.Turnover;
using TalentChain.Modules.Knowledge;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Tests.Infrastructure;
using static TalentChain.Modules.Knowledge.Features.KnowledgeEndpoints;

namespace TalentChain.Tests.Modules.Knowledge;

public abstract class KnowledgeApiTests(KnowledgeFactory app)
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<int> AccountEmployeeAsync(string login) => app.WithDbAsync(db =>
        db.Users.Where(u => u.Email == login + "@talentchain.demo").Select(u => u.EmployeeId!.Value).FirstAsync());

    private Task<string> NumberAsync(int id) => app.WithDbAsync(db => db.Employees.Where(e => e.Id == id).Select(e => e.EmployeeNumber).FirstAsync());

    private Task<HashSet<int>> AccountEmployeesAsync() => app.WithDbAsync(async db =>
        (await db.Users.Where(u => u.EmployeeId != null).Select(u => u.EmployeeId!.Value).ToListAsync()).ToHashSet());

    private static Task<CoverageApi> CoverageAsync(HttpClient api) => api.GetJsonAsync<CoverageApi>("/api/v1/knowledge/coverage");

    private static CoverageApiRow Tech(CoverageApi coverage, string code) => coverage.Technologies.Single(t => t.Code == code);

    /// <summary>The technology with the most holders and its non-leaving holders that are not demo accounts, by employee id.</summary>
    private async Task<(string Code, List<CoverageHolderApi> Holders)> BroadTechnologyAsync(HttpClient api)
    {
        var accounts = await AccountEmployeesAsync();
        var coverage = await CoverageAsync(api);
        var tech = coverage.Technologies.OrderByDescending(t => t.HoldersAfterDepartures).First();
        var holders = tech.HolderList!
            .Where(h => !h.Leaving && !accounts.Contains(h.EmployeeId))
            .OrderBy(h => h.EmployeeId).ToList();
        Assert.True(holders.Count >= 3, "the demo should give the broadest technology several holders");
        return (tech.Code, holders);
    }

    [Fact]
    public async Task RecordDeparture_OfAHolder_CoverageAfterDeparturesDropsByTheirWeightAndHandoverIsPlanned()
    {
        var api = await app.ApiClientAsync("knowledge");
        var (code, holders) = await BroadTechnologyAsync(api);
        var leaver = holders[^1];
        var before = Tech(await CoverageAsync(api), code);

        var departure = await ApiAssert.JsonAsync<DepartureView>(await api.PostAsJsonAsync("/api/v1/knowledge/departures", new
        {
            employeeNumber = leaver.EmployeeNumber, noticeDate = Iso(app.Today), lastDay = Iso(app.Today.AddDays(30)),
            reason = "Resignation", destination = "OverseasCompanyOrLab",
        }), HttpStatusCode.Created);
        Assert.Contains(departure.Handovers, h => h.TechnologyCode == code);

        var after = Tech(await CoverageAsync(api), code);
        Assert.Equal(before.Holders, after.Holders); // still here today
        Assert.Equal(before.HoldersAfterDepartures - 1, after.HoldersAfterDepartures);
        var expected = Math.Round((before.EffectiveAfterDepartures!.Value - leaver.Weight!.Value)
            / before.TargetHolders, 3, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, after.CoverageAfterDepartures);
        Assert.True(after.HolderList!.Single(h => h.EmployeeId == leaver.EmployeeId).Leaving);
    }

    [Fact]
    public async Task DemoData_HeavySeparation_IsFlaggedAfterThePendingDeparture()
    {
        var api = await app.ApiClientAsync("knowledge");
        var heavy = Tech(await CoverageAsync(api), "SEP.SX.HEAVY");
        Assert.True(heavy.FlaggedAfterDepartures);
        Assert.True(heavy.HoldersAfterDepartures <= 1);
        Assert.Contains(heavy.HolderList!, h => h.Leaving);
    }

    [Fact]
    public async Task CompleteDeparture_OnTheLastDay_SetsPeopleStatusAndRevokesAccess()
    {
        var api = await app.ApiClientAsync("knowledge");
        var (_, holders) = await BroadTechnologyAsync(api);
        var leaverId = holders[0].EmployeeId;
        var leaverNumber = holders[0].EmployeeNumber;
        var receiver = holders[1].EmployeeNumber;
        var set = await ApiAssert.JsonAsync<DataSetView>(await api.PostAsJsonAsync("/api/v1/knowledge/datasets", new { code = "T-COMPLETE", name = "Completion test data" }), HttpStatusCode.Created);
        var setId = set.Id;
        await ApiAssert.JsonAsync<GrantView>(await api.PostAsJsonAsync($"/api/v1/knowledge/datasets/{setId}/grants", new
        {
            employeeNumber = leaverNumber, legalBasis = "Contract §7", startsOn = Iso(app.Today.AddDays(-1)), expiresOn = Iso(app.Today.AddDays(100)),
        }), HttpStatusCode.Created);

        var lastDay = app.Today.AddDays(3);
        var departure = await ApiAssert.JsonAsync<DepartureView>(await api.PostAsJsonAsync("/api/v1/knowledge/departures", new
        {
            employeeNumber = leaverNumber, noticeDate = Iso(app.Today), lastDay = Iso(lastDay), reason = "Resignation", destination = "DomesticCompetitor",
        }), HttpStatusCode.Created);
        var id = departure.Id;

        var early = await api.PostAsync($"/api/v1/knowledge/departures/{id}/complete", null);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var earlyBody = await early.Content.ReadAsStringAsync();
        Assert.Contains($"on or after the last day ({Iso(lastDay)})", earlyBody, StringComparison.Ordinal);
        Assert.Contains("The documents have not been returned.", earlyBody, StringComparison.Ordinal);

        foreach (var h in departure.Handovers)
        {
            await ApiAssert.JsonAsync<DepartureView>(await api.PutAsJsonAsync($"/api/v1/knowledge/departures/{id}/handovers/{h.Id}",
                new { toEmployeeNumber = receiver, status = "Done" }), HttpStatusCode.OK);
        }
        await ApiAssert.JsonAsync<DepartureView>(await api.PutAsJsonAsync($"/api/v1/knowledge/departures/{id}/checklist",
            new { documentsReturned = true, equipmentReturned = true, confidentialityReminder = true }), HttpStatusCode.OK);

        app.TestClock.Advance(TimeSpan.FromDays(3));
        try
        {
            var done = await ApiAssert.JsonAsync<DepartureView>(await api.PostAsync($"/api/v1/knowledge/departures/{id}/complete", null), HttpStatusCode.OK);
            Assert.Equal(DepartureStatus.Completed, done.Status);
        }
        finally
        {
            app.TestClock.AdjustTime(KnowledgeFactory.Start);
        }
        var (status, departureDate, departedEvent, revoked) = await app.WithDbAsync(async db => (
            await db.Employees.Where(e => e.Id == leaverId).Select(e => e.Status).FirstAsync(),
            await db.Employees.Where(e => e.Id == leaverId).Select(e => e.DepartureDate).FirstAsync(),
            await db.EmploymentEvents.AnyAsync(e => e.EmployeeId == leaverId && e.Kind == EmploymentEventKind.Departed),
            await db.AccessGrants.Where(g => g.EmployeeId == leaverId && g.DataSetId == setId).Select(g => g.RevokedOn).FirstAsync()));
        Assert.Equal(EmployeeStatus.Departed, status);
        Assert.Equal(lastDay, departureDate);
        Assert.True(departedEvent, "the People timeline records the departure");
        Assert.NotNull(revoked);
    }

    [Fact]
    public async Task BadInput_GetsSpecificMessagesInBothLanguages_AndWritesNothing()
    {
        var api = await app.ApiClientAsync("knowledge");
        var departuresBefore = await app.WithDbAsync(db => db.Departures.CountAsync());

        // Duplicate departure: the demo's pending leaver already has an open one.
        var open = await app.WithDbAsync(db => db.Departures.Where(d => d.Status == DepartureStatus.Open && d.Handovers.Count > 0).OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.EmployeeId, Handover = d.Handovers.Select(h => h.Id).First() }).FirstAsync());
        var openNumber = await NumberAsync(open.EmployeeId);
        var duplicate = await api.PostAsJsonAsync("/api/v1/knowledge/departures", new
        {
            employeeNumber = openNumber, noticeDate = Iso(app.Today), lastDay = Iso(app.Today.AddDays(10)), reason = "Resignation", destination = "Other",
        });
        Assert.Contains($"{openNumber} already has an open departure.", await ApiAssert.FieldErrorsAsync(duplicate, "EmployeeNumber"));

        // Handover to someone who has left.
        var departed = await app.WithDbAsync(db => db.Employees.Where(e => e.Status == EmployeeStatus.Departed).OrderBy(e => e.Id).Select(e => e.EmployeeNumber).FirstAsync());
        var handover = await api.PutAsJsonAsync($"/api/v1/knowledge/departures/{open.Id}/handovers/{open.Handover}", new { toEmployeeNumber = departed, status = "Done" });
        Assert.Contains($"{departed} has left the company and cannot receive a handover.", await ApiAssert.FieldErrorsAsync(handover, "ToEmployeeNumber"));
        Assert.Null(await app.WithDbAsync(db => db.HandoverItems.Where(h => h.Id == open.Handover).Select(h => h.ToEmployeeId).FirstAsync()));

        // Grant without legal basis and with expiry before start.
        var setId = await app.WithDbAsync(db => db.ControlledDataSets.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var grantsBefore = await app.WithDbAsync(db => db.AccessGrants.CountAsync());
        var someone = await NumberAsync(await AccountEmployeeAsync("mentor"));
        var grant = await api.PostAsJsonAsync($"/api/v1/knowledge/datasets/{setId}/grants", new
        {
            employeeNumber = someone, legalBasis = " ", startsOn = Iso(app.Today), expiresOn = Iso(app.Today.AddDays(-1)),
        });
        var grantBody = await grant.Content.ReadAsStringAsync();
        Assert.Contains("Enter the legal basis for the access.", await ApiAssert.FieldErrorsAsync(grant, "LegalBasis"));
        Assert.Contains("The expiry cannot be before the start.", grantBody, StringComparison.Ordinal);
        Assert.Equal(grantsBefore, await app.WithDbAsync(db => db.AccessGrants.CountAsync()));

        // Coverage threshold out of range, in Chinese too.
        var threshold = await api.PutAsJsonAsync("/api/v1/knowledge/settings", new { coverageThreshold = 1.5, minGroupSize = 5, retirementAge = 60 });
        Assert.Contains("The coverage threshold must be between 0 and 1.", await ApiAssert.FieldErrorsAsync(threshold, "CoverageThreshold"));
        var zh = await api.PutAsJsonAsync("/api/v1/knowledge/settings?culture=zh-CN", new { coverageThreshold = -0.1, minGroupSize = 5, retirementAge = 60 });
        Assert.Contains("覆盖率阈值必须在 0 到 1 之间。", await ApiAssert.FieldErrorsAsync(zh, "CoverageThreshold"));
        Assert.Equal(0.5m, await app.WithDbAsync(db => db.KnowledgeSettings.Select(s => s.CoverageThreshold).FirstAsync()));

        // Successors: the incumbent themself, a departed person.
        var plan = await app.WithDbAsync(db => db.SuccessionPlans.Where(p => p.IncumbentEmployeeId != null && !db.Set<Departure>().Any(d => d.EmployeeId == p.IncumbentEmployeeId && d.Status == DepartureStatus.Open))
            .OrderBy(p => p.Id).Select(p => new { p.Id, Incumbent = p.IncumbentEmployeeId!.Value }).FirstAsync());
        var successorsBefore = await app.WithDbAsync(db => db.Successors.CountAsync());
        var self = await api.PostAsJsonAsync($"/api/v1/knowledge/succession-plans/{plan.Id}/successors", new { employeeNumber = await NumberAsync(plan.Incumbent), readiness = "ReadyNow" });
        Assert.Contains("The incumbent (key holder) cannot be their own successor.", await ApiAssert.FieldErrorsAsync(self, "EmployeeNumber"));
        var gone = await api.PostAsJsonAsync($"/api/v1/knowledge/succession-plans/{plan.Id}/successors?culture=zh-CN", new { employeeNumber = departed, readiness = "ReadyNow" });
        Assert.Contains($"{departed} 已离开公司，不能作为继任者。", await ApiAssert.FieldErrorsAsync(gone, "EmployeeNumber"));
        Assert.Equal(successorsBefore, await app.WithDbAsync(db => db.Successors.CountAsync()));

        Assert.Equal(departuresBefore, await app.WithDbAsync(db => db.Departures.CountAsync()));
    }

    [Fact]
    public async Task FlightRisk_AssessmentShowsEveryFactor_AndAnOverrideNeedsAReason()
    {
        var manager = await app.ApiClientAsync("manager");
        var list = await manager.GetJsonAsync<List<RiskListRow>>("/api/v1/knowledge/flight-risk");
        var target = list.Select(r => r.Person.Id).Last();

        await ApiAssert.JsonAsync<PersonAssessment>(await manager.PostAsJsonAsync($"/api/v1/knowledge/flight-risk/{target}/assessments",
            new { compensationPosition = 10, performance = 3, potential = 3, managerView = "High" }), HttpStatusCode.Created);
        var detail = await manager.GetJsonAsync<RiskDetail>($"/api/v1/knowledge/flight-risk/{target}");
        var factors = detail.Risk.Factors.ToDictionary(f => f.Key, f => f);
        Assert.Equal(["tenure", "advancement", "compensation", "managerChange", "review", "programReview", "managerView"], factors.Keys);
        Assert.Equal(30, factors["managerView"].Points);
        Assert.Equal(15, factors["compensation"].Points);
        Assert.Equal("Pay at 10% of the grade's band.", factors["compensation"].Explanation);
        Assert.Equal(10, factors["review"].Points);
        var computed = detail.Risk.ComputedScore;
        Assert.Equal(Math.Min(100, factors.Values.Sum(f => f.Points)), computed);

        var historyBefore = await app.WithDbAsync(db => db.PersonAssessments.CountAsync(a => a.EmployeeId == target));
        var noReason = await manager.PostAsJsonAsync($"/api/v1/knowledge/flight-risk/{target}/assessments", new { overrideScore = 90 });
        Assert.Contains("An override needs a reason.", await ApiAssert.FieldErrorsAsync(noReason, "OverrideReason"));
        Assert.Equal(historyBefore, await app.WithDbAsync(db => db.PersonAssessments.CountAsync(a => a.EmployeeId == target)));

        await ApiAssert.JsonAsync<PersonAssessment>(await manager.PostAsJsonAsync($"/api/v1/knowledge/flight-risk/{target}/assessments",
            new { compensationPosition = 10, performance = 3, potential = 3, managerView = "High", overrideScore = 90, overrideReason = "Has an offer from a competitor" }), HttpStatusCode.Created);
        var overridden = await manager.GetJsonAsync<RiskDetail>($"/api/v1/knowledge/flight-risk/{target}");
        Assert.Equal(90, overridden.Risk.OverrideScore);
        Assert.Equal(90, overridden.Risk.Score); // the score that counts
        Assert.Equal(computed, overridden.Risk.ComputedScore);
        Assert.Equal("Has an offer from a competitor", overridden.Risk.OverrideReason);
        Assert.Equal(historyBefore + 1, overridden.History.Count);
    }

    [Fact]
    public async Task Permissions_ByRole_ScopeNamesAndScores()
    {
        var managerId = await AccountEmployeeAsync("manager");
        var manager = await app.ApiClientAsync("manager");
        var rows = await manager.GetJsonAsync<List<RiskListRow>>("/api/v1/knowledge/flight-risk");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(managerId, r.Person.ManagerId));
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/knowledge/flight-risk/{managerId}")).StatusCode); // never one's own
        var outsider = await app.WithDbAsync(db => db.Employees.Where(e => e.OrgUnit!.Code == "HQ-HR" && e.Status == EmployeeStatus.Active).Select(e => e.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/knowledge/flight-risk/{outsider}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/v1/knowledge/roster")).StatusCode);

        var officerId = await AccountEmployeeAsync("knowledge");
        var officer = await app.ApiClientAsync("knowledge");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/v1/knowledge/flight-risk/{officerId}")).StatusCode);

        var exec = await app.ApiClientAsync("exec");
        var coverage = await CoverageAsync(exec);
        Assert.All(coverage.Technologies, t => Assert.Null(t.HolderList));
        Assert.Equal(HttpStatusCode.Forbidden, (await exec.GetAsync("/api/v1/knowledge/flight-risk")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await exec.GetAsync("/api/v1/knowledge/roster")).StatusCode);
        var turnover = await exec.GetJsonAsync<TurnoverReport>("/api/v1/knowledge/turnover");
        Assert.True(turnover.Suppressed);
        Assert.All(turnover.ByDestination, g => Assert.True(g.Leavers is null or >= 5));
        Assert.All(turnover.Leadership, l => Assert.Null(l.Name));

        var participant = await app.ApiClientAsync("participant");
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.GetAsync("/api/v1/knowledge/coverage")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.GetAsync("/api/v1/knowledge/departures")).StatusCode);
    }

    [Fact]
    public async Task ControlledRecord_ReadsAreLogged_AndGrantsExpireWithTheClock()
    {
        var officer = await app.ApiClientAsync("knowledge");
        var participantId = await AccountEmployeeAsync("participant");
        var set = await ApiAssert.JsonAsync<DataSetView>(await officer.PostAsJsonAsync("/api/v1/knowledge/datasets", new
        {
            code = "T-EXPIRY", name = "Expiry test data", content = "stage 14 reflux 2.1",
        }), HttpStatusCode.Created);
        var setId = set.Id;
        await ApiAssert.JsonAsync<GrantView>(await officer.PostAsJsonAsync($"/api/v1/knowledge/datasets/{setId}/grants", new
        {
            employeeNumber = await NumberAsync(participantId), legalBasis = "Project assignment letter", startsOn = Iso(app.Today), expiresOn = Iso(app.Today.AddDays(5)),
        }), HttpStatusCode.Created);

        var participant = await app.ApiClientAsync("participant");
        var read = await participant.GetJsonAsync<ControlledRecord>($"/api/v1/knowledge/datasets/{setId}/content");
        Assert.Equal("stage 14 reflux 2.1", read.Content);
        var grants = await officer.GetJsonAsync<List<GrantView>>($"/api/v1/knowledge/datasets/{setId}/grants");
        Assert.Equal(GrantState.Active, grants[0].State);

        app.TestClock.Advance(TimeSpan.FromDays(6));
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync($"/api/v1/knowledge/datasets/{setId}/content")).StatusCode);
            grants = await officer.GetJsonAsync<List<GrantView>>($"/api/v1/knowledge/datasets/{setId}/grants");
            Assert.Equal(GrantState.Expired, grants[0].State);
        }
        finally
        {
            app.TestClock.AdjustTime(KnowledgeFactory.Start);
        }

        var log = await officer.GetJsonAsync<List<ReadLogView>>($"/api/v1/knowledge/reads?dataSetId={setId}");
        var entries = log.Select(e => (e.UserName, e.What)).ToList();
        Assert.Equal([("participant@talentchain.demo", "refused T-EXPIRY"), ("participant@talentchain.demo", "read T-EXPIRY")], entries);
    }

    [Fact]
    public async Task SkillChange_MarksCoverageStale_AndTheNextReadCountsTheNewHolder()
    {
        var officer = await app.ApiClientAsync("knowledge");
        var before = Tech(await CoverageAsync(officer), "REC.SCRAP.DIRECT").Holders;
        var accounts = await AccountEmployeesAsync();
        var candidate = await app.WithDbAsync(db => db.Employees
            .Where(e => e.Status == EmployeeStatus.Active && !e.Skills.Any(s => s.TaxonomyNode!.Code == "REC.SCRAP.DIRECT") && !db.Set<Departure>().Any(d => d.EmployeeId == e.Id))
            .OrderByDescending(e => e.Id).Select(e => e.Id).Take(20).ToListAsync());
        var id = candidate.First(c => !accounts.Contains(c));

        // A confidential technology: a program manager may not write it for someone outside their programs (ADR 0030).
        var admin = await app.ApiClientAsync("admin");
        (await admin.PutAsJsonAsync($"/api/v1/employees/{id}/skills", new { taxonomyCode = "REC.SCRAP.DIRECT", level = 4 })).EnsureSuccessStatusCode();
        Assert.True(await app.WithDbAsync(db => db.CoverageStates.Select(s => s.Stale).FirstAsync()));

        var after = Tech(await CoverageAsync(officer), "REC.SCRAP.DIRECT");
        Assert.Equal(before + 1, after.Holders);
        Assert.Contains(after.HolderList!, h => h.EmployeeId == id);
        Assert.False(await app.WithDbAsync(db => db.CoverageStates.Select(s => s.Stale).FirstAsync()));
    }

    [Fact]
    public async Task RosterExport_XlsxAndCsvInBothLanguages_HoldsWorkDataAndIsAudited()
    {
        var officer = await app.ApiClientAsync("knowledge");
        var heavy = Tech(await CoverageAsync(officer), "SEP.SX.HEAVY").HolderList![0].EmployeeNumber;
        var auditsBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "ExpertiseRoster"));

        var xlsx = await officer.GetAsync("/api/v1/knowledge/roster?format=xlsx&culture=en");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        using (var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            Assert.Equal("Expertise roster", doc.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First().Name!.Value);
        }
        var rows = Xlsx.ReadRows(new MemoryStream(bytes)).ToList();
        Assert.Equal(["Employee no.", "Name", "Unit", "Position", "Title", "Technologies and levels", "Access grants", "Education level"], rows[0]);
        var line = rows.Single(r => r[0] == heavy);
        Assert.Contains("SEP.SX.HEAVY", line[5], StringComparison.Ordinal);
        Assert.Contains("SX-CASCADE-P2", line[6], StringComparison.Ordinal);
        Assert.DoesNotContain(rows[0], h => h.Contains("passport", StringComparison.OrdinalIgnoreCase) || h.Contains("birth", StringComparison.OrdinalIgnoreCase));

        var zh = Xlsx.ReadRows(new MemoryStream(await (await officer.GetAsync("/api/v1/knowledge/roster?format=xlsx&culture=zh-CN")).Content.ReadAsByteArrayAsync())).ToList();
        Assert.Equal("工号", zh[0][0]);
        Assert.Equal("技术及水平", zh[0][5]);
        Assert.Equal(rows.Count, zh.Count);

        var csv = await (await officer.GetAsync("/api/v1/knowledge/roster?format=csv&culture=en")).Content.ReadAsStringAsync();
        Assert.StartsWith("Employee no.,Name,Unit,Position,Title,", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(heavy, csv, StringComparison.Ordinal);

        Assert.Equal(auditsBefore + 3, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "ExpertiseRoster")));
    }

    [Fact]
    public async Task GrantExpiryTask_ExpiringGrants_NotifiesOfficersOncePerGrant()
    {
        var tasks = app.Services.GetRequiredService<TalentChain.Platform.Jobs.PeriodicTasks>();
        Assert.True(await tasks.RunAsync("knowledge.grant-expiry"));
        Assert.True(await tasks.RunAsync("knowledge.grant-expiry"));
        // The demo has grants expiring in 12 days; each gives the officer one notification, however often the task runs.
        var notes = await app.WithDbAsync(db => db.Notifications.Where(n => n.DedupKey != null && n.DedupKey.StartsWith("knowledge-grant:")).ToListAsync());
        Assert.NotEmpty(notes);
        Assert.Equal(notes.Count, notes.Select(n => (n.Recipient, n.DedupKey)).Distinct().Count());
        Assert.Contains(notes, n => n.Subject.Contains("SX-CASCADE-P2", StringComparison.Ordinal) && n.Subject.Contains(Iso(app.Today.AddDays(12)), StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeparturePage_BadInputShowsTheMessage_GoodInputOpensTheExitWorkflow()
    {
        var browser = await app.SignInAsync("knowledge");
        var bad = await browser.PostFormAsync("/knowledge/departures", new()
        {
            ["Input.EmployeeNumber"] = "E999999", ["Input.NoticeDate"] = Iso(app.Today), ["Input.LastDay"] = Iso(app.Today.AddDays(-3)),
            ["Input.Reason"] = "Resignation", ["Input.Destination"] = "Academia", ["Input.Level"] = "Staff",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var html = HttpTestExtensions.ParseHtml(await bad.Content.ReadAsStringAsync());
        var errors = html.QuerySelector(".form-errors")!.TextContent;
        Assert.Contains("There is no active employee with the number E999999.", errors, StringComparison.Ordinal);
        Assert.Contains("The last day cannot be before the notice date.", errors, StringComparison.Ordinal);

        var accounts = await AccountEmployeesAsync();
        var person = (await app.WithDbAsync(db => db.Employees.Where(e => e.Status == EmployeeStatus.Active && !db.Set<Departure>().Any(d => d.EmployeeId == e.Id))
            .OrderBy(e => e.EmployeeNumber).Select(e => new { e.Id, e.EmployeeNumber }).Take(30).ToListAsync())).First(e => !accounts.Contains(e.Id));
        var good = await browser.PostFormAsync("/knowledge/departures", new()
        {
            ["Input.EmployeeNumber"] = person.EmployeeNumber, ["Input.NoticeDate"] = Iso(app.Today), ["Input.LastDay"] = Iso(app.Today.AddDays(20)),
            ["Input.Reason"] = "Resignation", ["Input.Destination"] = "Academia", ["Input.Level"] = "Staff",
        });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var page = await browser.GetHtmlAsync(good.Headers.Location!.ToString());
        Assert.Equal("Open", page.QuerySelector("#departure-status")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#complete"));

        var zh = await browser.GetHtmlAsync("/knowledge?culture=zh-CN");
        Assert.Equal("知识传承", zh.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(zh.QuerySelector(".heat-cell[data-code='SEP.SX.HEAVY']"));
    }

    // ---- acceptance audit (issue 5): permissions, grants of leavers, recompute on risk change ----

    [Fact]
    public async Task CoverageFigures_OverFewerHoldersThanTheGroupSize_AreHiddenFromExecutivesAndFromAHolderThemself()
    {
        var officer = await app.ApiClientAsync("knowledge");
        var exec = await app.ApiClientAsync("exec");
        var min = await app.WithDbAsync(db => db.KnowledgeSettings.Select(s => s.MinGroupSize).FirstAsync());
        var asOfficer = (await CoverageAsync(officer)).Technologies.ToList();
        Assert.All(asOfficer, t => Assert.NotNull(t.Coverage));
        var asExec = (await CoverageAsync(exec)).Technologies.ToList();
        Assert.Contains(asExec, t => t.HoldersAfterDepartures < min);
        Assert.Contains(asExec, t => t.HoldersAfterDepartures >= min);
        foreach (var t in asExec)
        {
            var below = t.HoldersAfterDepartures < min;
            foreach (var figure in new[] { t.EffectiveHolders, t.Coverage, t.EffectiveAfterDepartures, t.CoverageAfterDepartures })
                Assert.Equal(below, figure is null);
            Assert.Equal(Tech(await CoverageAsync(officer), t.Code).FlaggedAfterDepartures, t.FlaggedAfterDepartures); // the flag still shows
        }
        var heavy = asExec.Single(t => t.Code == "SEP.SX.HEAVY");
        Assert.True(heavy.HoldersAfterDepartures < min);

        // Executive pages: the dashboard, the drill-down and the register API show no coverage figure, no owner name.
        var execBrowser = await app.SignInAsync("exec");
        var dashboard = await execBrowser.GetHtmlAsync("/knowledge");
        Assert.NotNull(dashboard.QuerySelector("#figures-hidden-note"));
        Assert.Equal("—", dashboard.QuerySelector("#coverage-table tr[data-code='SEP.SX.HEAVY'] .coverage-after")!.TextContent.Trim());
        var heavyId = heavy.CriticalTechnologyId;
        var drill = await execBrowser.GetHtmlAsync($"/knowledge/technologies/{heavyId}");
        Assert.NotNull(drill.QuerySelector("#figures-hidden"));
        Assert.Null(drill.QuerySelector("#coverage-after"));
        var register = await exec.GetJsonAsync<List<CriticalTechnologyView>>("/api/v1/knowledge/technologies");
        Assert.All(register, t => Assert.Null(t.OwnerName));
        var registerAsOfficer = await officer.GetJsonAsync<List<CriticalTechnologyView>>("/api/v1/knowledge/technologies");
        Assert.Contains(registerAsOfficer, t => t.OwnerName is not null);

        // A line manager who becomes a holder of a small technology: its coverage would be their own weight, so it is hidden.
        var managerId = await AccountEmployeeAsync("manager");
        var small = asOfficer.Where(t => t.Holders < min - 1)
            .First(t => !t.HolderList!.Any(h => h.EmployeeId == managerId));
        var code = small.Code;
        var smallId = small.CriticalTechnologyId;
        var taxonomyCode = await app.WithDbAsync(db => db.CriticalTechnologies.Where(c => c.Id == smallId)
            .Select(c => new { c.TaxonomyNode!.Code, c.RequiredLevel }).FirstAsync());
        // A need-to-know skill (ADR 0030): written by an administrator, not a program manager outside their programs.
        var admin = await app.ApiClientAsync("admin");
        (await admin.PutAsJsonAsync($"/api/v1/employees/{managerId}/skills", new { taxonomyCode = taxonomyCode.Code, level = 4 })).EnsureSuccessStatusCode();
        var manager = await app.ApiClientAsync("manager");
        var seen = Tech(await CoverageAsync(manager), code);
        Assert.Equal(small.Holders + 1, seen.Holders);
        Assert.Null(seen.Coverage);
        Assert.Null(seen.EffectiveHolders);
        Assert.NotNull(Tech(await CoverageAsync(officer), code).Coverage);
    }

    [Fact]
    public async Task Turnover_ForExecutives_SinglesOutNoLeader()
    {
        var officer = await (await app.ApiClientAsync("knowledge")).GetJsonAsync<TurnoverReport>("/api/v1/knowledge/turnover");
        var leadership = officer.Leadership.ToList();
        Assert.Equal(5, leadership.Count); // the demo's general manager, deputy and three board members
        Assert.All(leadership, l => Assert.NotNull(l.Destination));

        var exec = await (await app.ApiClientAsync("exec")).GetJsonAsync<TurnoverReport>("/api/v1/knowledge/turnover");
        var min = exec.MinGroupSize;
        var rows = exec.Leadership.ToList();
        Assert.All(rows, l =>
        {
            Assert.Null(l.Destination);
            Assert.Null(l.Name);
            Assert.True(rows.Count(x => x.Level == l.Level) >= min);
        });
        // A line manager sees company-wide turnover the same way (their person-level view is their own reports only).
        var asManager = await (await app.ApiClientAsync("manager")).GetJsonAsync<TurnoverReport>("/api/v1/knowledge/turnover");
        Assert.True(asManager.Suppressed);
        Assert.All(asManager.Leadership, l => Assert.Null(l.Destination));
        Assert.False(officer.Suppressed);
        var page = await (await app.SignInAsync("exec")).GetHtmlAsync("/knowledge/turnover");
        var table = page.QuerySelector("#leadership")!.TextContent;
        Assert.DoesNotContain("General manager", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Domestic competitor", table, StringComparison.Ordinal);
        Assert.Contains($"at least {min}", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grants_HolderHasLeft_StopWorkingAtOnce()
    {
        var officer = await app.ApiClientAsync("knowledge");
        var participantId = await AccountEmployeeAsync("participant");
        var set = await ApiAssert.JsonAsync<DataSetView>(await officer.PostAsJsonAsync("/api/v1/knowledge/datasets", new { code = "T-LEFT", name = "Leaver test data", content = "feed 3.2 g/L" }), HttpStatusCode.Created);
        var setId = set.Id;
        await ApiAssert.JsonAsync<GrantView>(await officer.PostAsJsonAsync($"/api/v1/knowledge/datasets/{setId}/grants", new
        {
            employeeNumber = await NumberAsync(participantId), legalBasis = "Assignment letter", startsOn = Iso(app.Today), expiresOn = Iso(app.Today.AddDays(200)),
        }), HttpStatusCode.Created);
        var participant = await app.ApiClientAsync("participant");
        Assert.Equal(HttpStatusCode.OK, (await participant.GetAsync($"/api/v1/knowledge/datasets/{setId}/content")).StatusCode);

        // People marks them departed (not through this module's exit workflow): the grant no longer opens the record.
        await app.WithDbAsync(async db =>
        {
            var e = await db.Employees.FirstAsync(x => x.Id == participantId);
            e.Status = EmployeeStatus.Departed;
            return await db.SaveChangesAsync();
        });
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync($"/api/v1/knowledge/datasets/{setId}/content")).StatusCode);
            var grants = await officer.GetJsonAsync<List<GrantView>>($"/api/v1/knowledge/datasets/{setId}/grants");
            Assert.Equal(GrantState.HolderLeft, grants[0].State);
            var sets = await officer.GetJsonAsync<List<DataSetView>>("/api/v1/knowledge/datasets");
            Assert.Equal(0, sets.Single(s => s.Id == setId).ActiveGrants);
        }
        finally
        {
            await app.WithDbAsync(async db =>
            {
                var e = await db.Employees.FirstAsync(x => x.Id == participantId);
                e.Status = EmployeeStatus.Active;
                return await db.SaveChangesAsync();
            });
        }
        var log = await officer.GetJsonAsync<List<ReadLogView>>($"/api/v1/knowledge/reads?dataSetId={setId}");
        Assert.Equal(["refused T-LEFT", "read T-LEFT"], log.Select(e => e.What).ToArray());

        // A recorded departure whose last day has passed, not yet signed off: the grant shows as "holder has left".
        var (_, holders) = await BroadTechnologyAsync(officer);
        var leaver = holders[^1].EmployeeNumber;
        await ApiAssert.JsonAsync<GrantView>(await officer.PostAsJsonAsync($"/api/v1/knowledge/datasets/{setId}/grants", new
        {
            employeeNumber = leaver, legalBasis = "Assignment letter", startsOn = Iso(app.Today), expiresOn = Iso(app.Today.AddDays(200)),
        }), HttpStatusCode.Created);
        await ApiAssert.JsonAsync<DepartureView>(await officer.PostAsJsonAsync("/api/v1/knowledge/departures", new
        {
            employeeNumber = leaver, noticeDate = Iso(app.Today), lastDay = Iso(app.Today.AddDays(2)), reason = "Resignation", destination = "Academia",
        }), HttpStatusCode.Created);
        GrantState StateOf(List<GrantView> list) => list.Single(g => g.Person.EmployeeNumber == leaver).State;
        Assert.Equal(GrantState.Active, StateOf(await officer.GetJsonAsync<List<GrantView>>($"/api/v1/knowledge/datasets/{setId}/grants")));
        app.TestClock.Advance(TimeSpan.FromDays(3));
        try
        {
            Assert.Equal(GrantState.HolderLeft, StateOf(await officer.GetJsonAsync<List<GrantView>>($"/api/v1/knowledge/datasets/{setId}/grants")));
        }
        finally
        {
            app.TestClock.AdjustTime(KnowledgeFactory.Start);
        }
    }

    [Fact]
    public async Task MyRecordsPage_AGrantHolderOpensTheRecordInBothLanguages_AndEveryOpeningIsLogged()
    {
        var officer = await app.ApiClientAsync("knowledge");
        var participantId = await AccountEmployeeAsync("participant");
        var set = await ApiAssert.JsonAsync<DataSetView>(await officer.PostAsJsonAsync("/api/v1/knowledge/datasets", new
        {
            code = "T-MINE", name = "Holder page data", nameZh = "持有人页面资料", content = "organic phase 0.6 mol/L",
        }), HttpStatusCode.Created);
        var setId = set.Id;
        await ApiAssert.JsonAsync<GrantView>(await officer.PostAsJsonAsync($"/api/v1/knowledge/datasets/{setId}/grants", new
        {
            employeeNumber = await NumberAsync(participantId), legalBasis = "Assignment letter", startsOn = Iso(app.Today), expiresOn = Iso(app.Today.AddDays(3)),
        }), HttpStatusCode.Created);

        var browser = await app.SignInAsync("participant");
        var page = await browser.GetHtmlAsync("/knowledge/records");
        Assert.NotNull(page.QuerySelector("#nav-my-records"));
        Assert.Equal("Active", page.QuerySelector("#my-grants tr[data-code='T-MINE']")!.GetAttribute("data-state"));
        Assert.Null(page.QuerySelector("#controlled-content")); // looking at the list reads nothing
        var opened = await browser.PostFormAsync($"/knowledge/records?handler=Read&dataSetId={setId}", [], "/knowledge/records");
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var html = HttpTestExtensions.ParseHtml(await opened.Content.ReadAsStringAsync());
        Assert.Contains("organic phase 0.6 mol/L", html.QuerySelector("#controlled-content")!.TextContent, StringComparison.Ordinal);
        var zh = await browser.GetHtmlAsync("/knowledge/records?culture=zh-CN");
        Assert.Equal("我的受控资料", zh.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("持有人页面资料", zh.QuerySelector("#my-grants")!.TextContent, StringComparison.Ordinal);

        app.TestClock.Advance(TimeSpan.FromDays(4));
        try
        {
            browser = await app.SignInAsync("participant"); // the sign-in cookie does not outlive four days either
            page = await browser.GetHtmlAsync("/knowledge/records");
            Assert.Equal("Expired", page.QuerySelector("#my-grants tr[data-code='T-MINE']")!.GetAttribute("data-state"));
            Assert.Null(page.QuerySelector("#my-grants tr[data-code='T-MINE'] button.read"));
            var refused = await browser.PostFormAsync($"/knowledge/records?handler=Read&dataSetId={setId}", [], "/knowledge/records");
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }
        finally
        {
            app.TestClock.AdjustTime(KnowledgeFactory.Start);
        }
        var log = await officer.GetJsonAsync<List<ReadLogView>>($"/api/v1/knowledge/reads?dataSetId={setId}");
        Assert.Equal(["refused T-MINE", "read T-MINE"], log.Select(e => e.What).ToArray());
    }

    [Fact]
    public async Task NineBoxPage_ForLineManager_ShowsOnlyTheirReportsWithoutPlans()
    {
        var managerId = await AccountEmployeeAsync("manager");
        var reports = await app.WithDbAsync(async db => (await db.Employees.Where(e => e.ManagerId != null).Select(e => new { e.Id, Manager = e.ManagerId!.Value }).ToListAsync()));
        var mine = new HashSet<int>();
        var queue = new Queue<int>([managerId]);
        while (queue.Count > 0)
        {
            var m = queue.Dequeue();
            foreach (var r in reports.Where(r => r.Manager == m)) if (mine.Add(r.Id)) queue.Enqueue(r.Id);
        }
        var browser = await app.SignInAsync("manager");
        var page = await browser.GetHtmlAsync("/knowledge/succession");
        Assert.NotNull(page.QuerySelector("#reports-only"));
        Assert.Null(page.QuerySelector("#plans"));
        Assert.Null(page.QuerySelector("#plan-form"));
        var linked = page.QuerySelectorAll("#nine-box a").Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[^1], CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(linked);
        Assert.All(linked, id => Assert.Contains(id, mine));
        var plans = await app.WithDbAsync(db => db.SuccessionPlans.CountAsync());
        var post = await browser.PostFormAsync("/knowledge/succession", new() { ["Input.Kind"] = "Role", ["Input.Position"] = "Workshop head", ["Input.OrgUnitCode"] = "SEP1-SX" });
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/account/denied", post.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(plans, await app.WithDbAsync(db => db.SuccessionPlans.CountAsync()));

        var officer = await (await app.SignInAsync("knowledge")).GetHtmlAsync("/knowledge/succession");
        Assert.NotNull(officer.QuerySelector("#plans"));
        Assert.Null(officer.QuerySelector("#reports-only"));
    }

    [Fact]
    public async Task ProgramReviewChange_MarksCoverageStale_SoTheRiskFactorReachesTheIndex()
    {
        var officer = await app.ApiClientAsync("knowledge");
        await CoverageAsync(officer);
        Assert.False(await app.WithDbAsync(db => db.CoverageStates.Select(s => s.Stale).FirstAsync()));
        await app.WithDbAsync(async db =>
        {
            var review = await db.Reviews.OrderBy(r => r.Id).FirstAsync();
            review.DecisionNote = "audit: reviewed again";
            return await db.SaveChangesAsync();
        });
        Assert.True(await app.WithDbAsync(db => db.CoverageStates.Select(s => s.Stale).FirstAsync()));
        var first = (await CoverageAsync(officer)).ComputedAt;
        Assert.NotNull(first);
        Assert.False(await app.WithDbAsync(db => db.CoverageStates.Select(s => s.Stale).FirstAsync()));
        // Reading again (any page view) with nothing changed does not recompute.
        app.TestClock.Advance(TimeSpan.FromMinutes(5));
        try
        {
            await (await app.SignInAsync("knowledge")).GetHtmlAsync("/knowledge");
            Assert.Equal(first, (await CoverageAsync(officer)).ComputedAt);
        }
        finally
        {
            app.TestClock.AdjustTime(KnowledgeFactory.Start);
        }
    }
}

public sealed class KnowledgeApiTestsSqlite(KnowledgeFactory app) : KnowledgeApiTests(app), IClassFixture<KnowledgeFactory>;

public sealed class KnowledgeApiTestsPostgres(KnowledgePostgresFactory app) : KnowledgeApiTests(app), IClassFixture<KnowledgePostgresFactory>;
