using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Commercialization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.Disclosures;
using TalentChain.Modules.Commercialization.Features.Evaluations;
using TalentChain.Modules.Commercialization.Features.Patents;
using TalentChain.Platform.Data;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Commercialization;

/// <summary>
/// Commercialization (core) through the API: shares that do not total 100 refused with nothing written; need-to-know on a
/// controlled disclosure for every role (detail, list, search, export); the decision rules (publish refused when
/// controlled, trade secret registered with its holders in one transaction); bad filings refused; deadline reminders once.
/// </summary>
public abstract class CommercializationApiTests(CommercializationFactory app)
{
    private const string Api = CommercializationDriver.Api;
    private readonly CommercializationDriver _d = new(app);

    [Fact]
    public async Task Create_SharesNotHundredOrCreatorNotInventor_RefusedWithTheTotalAndNothingWritten()
    {
        var me = await _d.AccountAsync("participant");
        var others = await _d.PeopleAsync(2, me.Id);
        var before = await app.WithDbAsync(db => db.Disclosures.CountAsync());
        var bad = CommercializationDriver.Input("Low-thorium dysprosium oxide", [(me.Number, 33.3m), (others[0].Number, 33.3m), (others[1].Number, 33.3m)], app.Today.AddDays(-30));
        var response = await (await _d.As("participant")).PostAsJsonAsync($"{Api}/disclosures", bad, ApiJson.Options);
        Assert.Contains(await ApiAssert.FieldErrorsAsync(response, "Inventors"), m => m.Contains("99.90", StringComparison.Ordinal) && m.Contains("100.00", StringComparison.Ordinal));
        var zh = new HttpRequestMessage(HttpMethod.Post, $"{Api}/disclosures") { Content = JsonContent.Create(bad, options: ApiJson.Options) };
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await (await _d.As("participant")).SendAsync(zh), "Inventors"), m => m.Contains("贡献比例合计为 99.90%", StringComparison.Ordinal));
        // Three decimals, and someone filing for others without being an inventor.
        await ApiAssert.FieldErrorsAsync(await (await _d.As("participant")).PostAsJsonAsync($"{Api}/disclosures",
            CommercializationDriver.Input("x", [(me.Number, 33.333m), (others[0].Number, 66.667m)], app.Today.AddDays(-3)), ApiJson.Options), "Inventors");
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await (await _d.As("participant")).PostAsJsonAsync($"{Api}/disclosures",
            CommercializationDriver.Input("x", [(others[0].Number, 100m)], app.Today.AddDays(-3)), ApiJson.Options), "Inventors"), m => m.Contains("one of the inventors", StringComparison.Ordinal));
        await ApiAssert.FieldErrorsAsync(await (await _d.As("participant")).PostAsJsonAsync($"{Api}/disclosures",
            CommercializationDriver.Input("x", [(me.Number, 100m)], app.Today.AddDays(1)), ApiJson.Options), "ConceptionDate");
        Assert.Equal(before, await app.WithDbAsync(db => db.Disclosures.CountAsync()));

        var ok = await _d.CreateAsync("participant", CommercializationDriver.Input("Low-thorium dysprosium oxide", [(me.Number, 33.3m), (others[0].Number, 33.3m), (others[1].Number, 33.4m)], app.Today.AddDays(-30)));
        Assert.Matches(@"^ID-2026-\d{4}$", ok.Number);
        Assert.Equal(100.00m, ok.Inventors.Sum(i => i.SharePercent));
        Assert.Equal(DisclosureStatus.Draft, ok.Status);
        var submitted = await _d.SubmitAsync("participant", ok.Id);
        Assert.Equal((DisclosureStatus.Submitted, app.Today), (submitted.Status, submitted.DisclosureDate!.Value));
        // Submitted: no more edits.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _d.As("participant")).PutAsJsonAsync($"{Api}/disclosures/{ok.Id}",
            CommercializationDriver.Input("changed", [(me.Number, 100m)], app.Today.AddDays(-3)), ApiJson.Options)).StatusCode);
    }

    [Fact]
    public async Task ControlledDisclosure_EveryRoleInDetailListSearchAndExport_SeesOnlyWhatItMay()
    {
        var inventor = await _d.AccountAsync("participant");
        var manager = await _d.AccountAsync("manager");
        var report = await _d.ReportOfAsync(manager.Id);
        var member = await _d.AccountAsync("mentor");
        var d = await _d.CreateAsync("tto", CommercializationDriver.Input("Heavy rare-earth extraction cascade", [(inventor.Number, 50m), (report.Number, 50m)], app.Today.AddDays(-60), "SEP.SX.HEAVY"));
        Assert.True(d.Controlled);
        Assert.Equal(DisclosureSensitivity.Controlled, d.Sensitivity);
        Assert.Contains(d.ControlledTechnologies, t => t.Contains("CT-SEP.SX.HEAVY", StringComparison.Ordinal));
        // The user cannot lower it.
        var lowered = await ApiAssert.JsonAsync<DisclosureView>(await (await _d.As("tto")).PutAsJsonAsync($"{Api}/disclosures/{d.Id}",
            CommercializationDriver.Input("Heavy rare-earth extraction cascade", [(inventor.Number, 50m), (report.Number, 50m)], app.Today.AddDays(-60), "SEP.SX.HEAVY") with { Sensitivity = DisclosureSensitivity.Internal }, ApiJson.Options), HttpStatusCode.OK);
        Assert.Equal(DisclosureSensitivity.Controlled, lowered.Sensitivity);
        await _d.SubmitAsync("tto", d.Id);
        await ApiAssert.JsonAsync<EvaluationView>(await (await _d.As("tto")).PostAsJsonAsync($"{Api}/disclosures/{d.Id}/evaluation", new OpenEvaluationInput([member.Number]), ApiJson.Options), HttpStatusCode.OK);

        var sees = new Dictionary<string, bool>
        {
            ["admin"] = true, ["tto"] = true, ["counsel"] = false, ["participant"] = true, ["mentor"] = true, ["manager"] = false,
            ["knowledge"] = true, ["exec"] = false, ["finance"] = false, ["pm"] = false,
        };
        foreach (var (login, visible) in sees)
        {
            var c = await _d.As(login);
            Assert.True((visible ? HttpStatusCode.OK : HttpStatusCode.NotFound) == (await c.GetAsync($"{Api}/disclosures/{d.Id}")).StatusCode, $"{login}: detail");
            Assert.True(visible == (await c.GetJsonAsync<List<DisclosureRow>>($"{Api}/disclosures")).Any(r => r.Id == d.Id), $"{login}: list");
            Assert.True(visible == (await c.GetJsonAsync<List<DisclosureRow>>($"{Api}/disclosures?q={Uri.EscapeDataString(d.Number)}")).Any(r => r.Id == d.Id), $"{login}: search");
            Assert.True(visible == (await c.GetStringAsync($"{Api}/disclosures/export?format=csv")).Contains(d.Number, StringComparison.Ordinal), $"{login}: export");
        }
        var xlsx = await (await _d.As("tto")).GetAsync($"{Api}/disclosures/export?format=xlsx");
        Assert.Equal(SpreadsheetDownload.XlsxType, xlsx.Content.Headers.ContentType?.MediaType);

        // The same people on a NON-controlled disclosure: the line manager sees title and status only, counsel sees it.
        var open = await _d.CreateAsync("tto", CommercializationDriver.Input("Polishing powder recycling", [(report.Number, 100m)], app.Today.AddDays(-10)));
        Assert.False(open.Controlled);
        var limited = await (await _d.As("manager")).GetJsonAsync<DisclosureView>($"{Api}/disclosures/{open.Id}");
        Assert.True(limited.Limited);
        Assert.Null(limited.Abstract);
        Assert.Empty(limited.Inventors);
        Assert.Equal(HttpStatusCode.OK, (await (await _d.As("counsel")).GetAsync($"{Api}/disclosures/{open.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _d.As("pm")).GetAsync($"{Api}/disclosures/{open.Id}")).StatusCode);
    }

    [Fact]
    public async Task Decision_PublishControlledRefused_TradeSecretRegistersHoldersInOneTransaction()
    {
        var inventor = await _d.AccountAsync("participant");
        var member = await _d.AccountAsync("mentor");
        var other = (await _d.PeopleAsync(1, inventor.Id, member.Id))[0];
        var d = await _d.CreateAsync("participant", CommercializationDriver.Input("Grain-boundary diffusion with less heavy rare earth", [(inventor.Number, 60m), (other.Number, 40m)], app.Today.AddDays(-90), "SEP.SX.HEAVY"));
        await _d.SubmitAsync("participant", d.Id);
        var tto = await _d.As("tto");
        // An inventor on the committee is refused by name.
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await tto.PostAsJsonAsync($"{Api}/disclosures/{d.Id}/evaluation", new OpenEvaluationInput([member.Number, other.Number]), ApiJson.Options), "MemberNumbers"),
            m => m.Contains(other.Number, StringComparison.Ordinal) && m.Contains("inventor", StringComparison.Ordinal));
        await ApiAssert.JsonAsync<EvaluationView>(await tto.PostAsJsonAsync($"{Api}/disclosures/{d.Id}/evaluation", new OpenEvaluationInput([member.Number]), ApiJson.Options), HttpStatusCode.OK);
        await ApiAssert.FieldErrorsAsync(await (await _d.As("mentor")).PutAsJsonAsync($"{Api}/disclosures/{d.Id}/evaluation/scores", new ScoreInput(3, 10, 4, 5, null), ApiJson.Options), "Trl");
        var scored = await ApiAssert.JsonAsync<EvaluationView>(await (await _d.As("mentor")).PutAsJsonAsync($"{Api}/disclosures/{d.Id}/evaluation/scores", new ScoreInput(4, 6, 3, 5, "Strong"), ApiJson.Options), HttpStatusCode.OK);
        Assert.Equal(6m, scored.MeanTrl);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _d.As("participant")).PutAsJsonAsync($"{Api}/disclosures/{d.Id}/evaluation/scores", new ScoreInput(5, 9, 5, 5, null), ApiJson.Options)).StatusCode);

        var publish = await tto.PostAsJsonAsync($"{Api}/disclosures/{d.Id}/evaluation/decision", new DecisionInput(DisclosureDecision.Publish, "Journal paper"), ApiJson.Options);
        Assert.Contains(await ApiAssert.FieldErrorsAsync(publish, "Decision"), m => m.Contains("controlled critical technology may not be published", StringComparison.Ordinal));
        var zh = new HttpRequestMessage(HttpMethod.Post, $"{Api}/disclosures/{d.Id}/evaluation/decision") { Content = JsonContent.Create(new DecisionInput(DisclosureDecision.Publish, "论文"), options: ApiJson.Options) };
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await tto.SendAsync(zh), "Decision"), m => m.Contains("涉及受控关键技术的成果不得公开发表", StringComparison.Ordinal));
        await ApiAssert.FieldErrorsAsync(await tto.PostAsJsonAsync($"{Api}/disclosures/{d.Id}/evaluation/decision", new DecisionInput(DisclosureDecision.Drop, " "), ApiJson.Options), "Reasons");

        // The register fails after saving: the decision is rolled back with it.
        app.Register.FailAfterSave = true;
        try
        {
            await ApiAssert.FieldErrorsAsync(await tto.PostAsJsonAsync($"{Api}/disclosures/{d.Id}/evaluation/decision", new DecisionInput(DisclosureDecision.TradeSecret, "Process know-how"), ApiJson.Options), "HolderEmployeeIds");
        }
        finally
        {
            app.Register.FailAfterSave = false;
        }
        var after = await app.WithDbAsync(db => db.Disclosures.AsNoTracking().FirstAsync(x => x.Id == d.Id));
        Assert.Equal((DisclosureStatus.UnderEvaluation, (DisclosureDecision?)null), (after.Status, after.Decision));
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "FakeTradeSecret" && a.EntityKey == "TS-" + d.Number)));

        var decided = await ApiAssert.JsonAsync<EvaluationView>(await tto.PostAsJsonAsync($"{Api}/disclosures/{d.Id}/evaluation/decision",
            new DecisionInput(DisclosureDecision.TradeSecret, "Process know-how, hard to reverse-engineer", [member.Number]), ApiJson.Options), HttpStatusCode.OK);
        Assert.Equal(DisclosureDecision.TradeSecret, decided.Decision);
        Assert.Equal("/knowledge/access/77", decided.TradeSecretLink);
        var registered = app.Register.Registered.Single(r => r.Code == "TS-" + d.Number);
        Assert.Equal(new[] { inventor.Id, other.Id, member.Id }.Order(), registered.HolderEmployeeIds.Order());
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "DisclosureDecision" && a.EntityKey == d.Number)));
        // Both inventors are told of the decision (the committee member was told when named).
        Assert.Equal(2, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.Subject == "Decision on your disclosure " + d.Number)));
    }

    [Fact]
    public async Task Demo_GbdNumberSevenWithThreeInventorsAndNationalPhaseInFortyDays_PagesRender()
    {
        var number = $"ID-{app.Today.Year - 2}-0007";
        var gbd = await app.WithDbAsync(db => db.Disclosures.AsNoTracking().Include(d => d.Inventors).FirstAsync(d => d.Number == number));
        Assert.Equal("晶界扩散重稀土减量技术", gbd.TitleZh);
        Assert.Equal(new[] { 33.3m, 33.3m, 33.4m }, gbd.Inventors.Select(i => i.SharePercent).Order());
        var board = await (await _d.As("tto")).GetJsonAsync<IpDashboard>($"{Api}/ip");
        Assert.Contains(board.Upcoming, x => x.Kind == DeadlineKind.NationalPhase && x.Detail == null && x.DaysLeft is >= 40 and <= 43);
        Assert.Contains(board.Overdue, x => x.Kind == DeadlineKind.Annuity);

        var browser = await app.SignInAsync("tto");
        var family = board.Families.First();
        foreach (var url in new[] { "/commercialization", "/commercialization?status=Decided&q=ID", "/commercialization/ip", $"/commercialization/disclosures/{gbd.Id}",
                     $"/commercialization/disclosures/edit", $"/commercialization/ip/families/{family.Id}" })
            Assert.True((await browser.GetAsync(url)).StatusCode == HttpStatusCode.OK, url);
        var ip = await browser.GetHtmlAsync("/commercialization/ip");
        Assert.NotNull(ip.QuerySelector("#overdue-banner"));
        // Someone with no part in it: the detail page is 404 as in the API.
        var pm = await app.SignInAsync("pm");
        Assert.Equal(HttpStatusCode.NotFound, (await pm.GetAsync($"/commercialization/disclosures/{gbd.Id}")).StatusCode);
    }
}

public sealed class CommercializationApiTestsSqlite(CommercializationFactory app) : CommercializationApiTests(app), IClassFixture<CommercializationFactory>;

public sealed class CommercializationApiTestsPostgres(CommercializationPostgresFactory app) : CommercializationApiTests(app), IClassFixture<CommercializationPostgresFactory>;

/// <summary>Filings and deadlines; the reminder test moves the clock, so these run on their own app.</summary>
public abstract class CommercializationDeadlineTests(CommercializationFactory app)
{
    private const string Api = CommercializationDriver.Api;
    private readonly CommercializationDriver _d = new(app);

    [Fact]
    public async Task Filings_BadDatesOrNationalPhaseWithoutPct_RefusedAndRemindersGoOnceAtEachThreshold()
    {
        var inventor = await _d.AccountAsync("participant");
        var d = await _d.CreateAsync("participant", CommercializationDriver.Input("Molten-salt electrolysis cell cathode", [(inventor.Number, 100m)], app.Today.AddYears(-3)));
        await _d.SubmitAsync("participant", d.Id);
        var tto = await _d.As("tto");
        var family = await ApiAssert.JsonAsync<FamilyView>(await tto.PostAsJsonAsync($"{Api}/ip/families", new FamilyInput(d.Id, null, null), ApiJson.Options), HttpStatusCode.Created);
        // Priority so that the national phase (30 months) falls 40 days from today.
        var priority = IpDeadlines.AddMonthsClamped(app.Today.AddDays(40), -30);
        var withCn = await ApiAssert.JsonAsync<FamilyView>(await tto.PostAsJsonAsync($"{Api}/ip/families/{family.Id}/filings",
            new FilingInput(PatentOffice.Cnipa, FilingKind.Invention, null, "CN2023100001.1", priority, null, FilingStatus.Filed, null, null), ApiJson.Options), HttpStatusCode.OK);
        var cn = withCn.Filings.Single();
        Assert.True(withCn.Deadlines.Single(x => x.Kind == DeadlineKind.NationalPhase).State == IpDeadlines.State.NotApplicable);
        var before = await app.WithDbAsync(db => db.PatentFilings.CountAsync());
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await tto.PostAsJsonAsync($"{Api}/ip/families/{family.Id}/filings",
            new FilingInput(PatentOffice.Epo, FilingKind.NationalPhase, null, null, app.Today, null, FilingStatus.Filed, null, null), ApiJson.Options), "ParentFilingId"), m => m.Contains("PCT", StringComparison.Ordinal));
        var pct = (await ApiAssert.JsonAsync<FamilyView>(await tto.PostAsJsonAsync($"{Api}/ip/families/{family.Id}/filings",
            new FilingInput(PatentOffice.Wipo, FilingKind.PctInternational, null, "PCT/CN2024/000001", IpDeadlines.AddMonthsClamped(priority, 11), priority, FilingStatus.Filed, null, null), ApiJson.Options), HttpStatusCode.OK))
            .Filings.Single(f => f.Kind == FilingKind.PctInternational);
        before = await app.WithDbAsync(db => db.PatentFilings.CountAsync());
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await tto.PostAsJsonAsync($"{Api}/ip/families/{family.Id}/filings",
            new FilingInput(PatentOffice.Uspto, FilingKind.NationalPhase, pct.Id, null, priority.AddDays(-1), null, FilingStatus.Filed, null, null), ApiJson.Options), "FilingDate"),
            m => m.Contains("before the priority date", StringComparison.Ordinal));
        await ApiAssert.FieldErrorsAsync(await tto.PutAsJsonAsync($"{Api}/ip/families/{family.Id}/filings/{cn.Id}",
            new FilingInput(PatentOffice.Cnipa, FilingKind.Invention, null, "CN2023100001.1", null, null, FilingStatus.Granted, app.Today, "ZL2023100001.1"), ApiJson.Options), "GrantDate");
        Assert.Equal(before, await app.WithDbAsync(db => db.PatentFilings.CountAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _d.As("participant")).PostAsJsonAsync($"{Api}/ip/families/{family.Id}/filings",
            new FilingInput(PatentOffice.Cnipa, FilingKind.UtilityModel, null, null, app.Today, null, FilingStatus.Filed, null, null), ApiJson.Options)).StatusCode);

        var view = await (await _d.As("tto")).GetJsonAsync<FamilyView>($"{Api}/ip/families/{family.Id}");
        var phase = view.Deadlines.Single(x => x.Kind == DeadlineKind.NationalPhase && x.Detail == null);
        Assert.InRange(phase.DueOn.DayNumber - app.Today.AddDays(40).DayNumber, 0, 3); // moved to a working day at most
        Assert.Equal(IpDeadlines.State.Open, phase.State);

        // Reminders: at 60 days (none yet: 40 days left → the 60-day threshold passed, sent once now), then nothing again until 30.
        int Sent() => app.WithDb(db => db.DeadlineReminders.Count(r => r.DeadlineId == phase.Id));
        await _d.RunDailyAsync();
        Assert.Equal(1, Sent());
        await _d.RunDailyAsync();
        Assert.Equal(1, Sent());
        app.Clock!.Advance(TimeSpan.FromDays(phase.DaysLeft - 30));
        _d.Forget();
        try
        {
            await _d.RunDailyAsync();
            await _d.RunDailyAsync();
            Assert.Equal(2, Sent());
            Assert.Equal(1, await app.WithDbAsync(db => db.DeadlineReminders.CountAsync(r => r.DeadlineId == phase.Id && r.DaysBefore == 30)));
            // Past the date and not done: flagged overdue, the owner and the office alerted once.
            app.Clock.Advance(TimeSpan.FromDays(31));
            _d.Forget();
            await _d.RunDailyAsync();
            await _d.RunDailyAsync();
            Assert.Equal(1, await app.WithDbAsync(db => db.DeadlineReminders.CountAsync(r => r.DeadlineId == phase.Id && r.DaysBefore == 0)));
            var board = await (await _d.As("tto")).GetJsonAsync<IpDashboard>($"{Api}/ip");
            Assert.Contains(board.Overdue, x => x.Id == phase.Id);
            Assert.True((await (await _d.As("tto")).GetJsonAsync<FamilyView>($"{Api}/ip/families/{family.Id}")).Flagged);
        }
        finally
        {
            _d.Forget();
        }
    }
}

public sealed class CommercializationClockFactory : CommercializationFactory;

public sealed class CommercializationClockPostgresFactory : CommercializationFactory
{
    public CommercializationClockPostgresFactory() : base(DatabaseProvider.Postgres) { }
}

public sealed class CommercializationDeadlineTestsSqlite(CommercializationClockFactory app) : CommercializationDeadlineTests(app), IClassFixture<CommercializationClockFactory>;

public sealed class CommercializationDeadlineTestsPostgres(CommercializationClockPostgresFactory app) : CommercializationDeadlineTests(app), IClassFixture<CommercializationClockPostgresFactory>;
