using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.Rotations.Features;
using TalentChain.Modules.Rotations.Features.Solve;
using TalentChain.Optimization.Rotations;
using TalentChain.Platform.Auth;
using TalentChain.Modules.Rotations;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Tests.Infrastructure;
using static TalentChain.Tests.Modules.Rotations.RotationTestData;
using TalentChain.Modules.TalentProgram;

namespace TalentChain.Tests.Modules.Rotations;

/// <summary>Rotation planning through the API: plan → offers → preferences → solve job → proposal → review → publish → stages.</summary>
public abstract class RotationApiTests(TalentChainFactory app)
{
    private static string Plan(int id) => $"/api/v1/program/rotations/plans/{id}";

    [Fact]
    public async Task Lifecycle_SolvePublishAdvance_StagesCarryHostUnitsAndNotify()
    {
        var pm = await app.ApiClientAsync("pm");
        var cohort = await NewCohortAsync(app, 4, firstInRotation: true);
        var plan = await CreatePlanAsync(pm, cohort.Id);
        var id = plan.GetProperty("id").GetInt32();
        Assert.Equal(5, plan.GetProperty("rotationsPerParticipant").GetInt32());
        Assert.Equal(3, plan.GetProperty("minSegments").GetInt32());
        Assert.Equal(4, plan.GetProperty("members").GetArrayLength());
        // Default start period: the period of the first rotation stage (entered, or after onboarding).
        Assert.All(plan.GetProperty("members").EnumerateArray(), m => Assert.Equal(m.GetProperty("participantId").GetInt32() == cohort.Participants[0] ? 1 : 2, m.GetProperty("startPeriod").GetInt32()));

        await OfferAllAsync(pm, id, 4);
        var second = cohort.Participants[1];
        // Which employees the cohort gets depends on the tests run before: score two offered units that are not the home unit.
        var home = plan.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("participantId").GetInt32() == second).GetProperty("homeUnitCode").GetString()!;
        var (liked, alsoLiked) = HostUnits.Where(u => u != home).Take(2).ToArray() switch { [var a, var b] => (a, b), _ => throw new InvalidOperationException() };
        var prefs = await ApiAssert.JsonAsync(await pm.PutAsJsonAsync($"{Plan(id)}/participants/{second}/preferences", new { scores = new Dictionary<string, int> { [liked] = 9, [alsoLiked] = 7 } }), HttpStatusCode.OK);
        Assert.Contains(prefs.GetProperty("preferences").EnumerateArray(), p => p.GetProperty("unitCode").GetString() == liked && p.GetProperty("score").GetInt32() == 9);
        // The program manager scoring the participant's home unit is told whose home unit it is (not "your").
        if (!HostUnits.Contains(home)) await ApiAssert.JsonAsync(await pm.PutAsJsonAsync($"{Plan(id)}/offers", new { orgUnitCode = home, sameForAll = 4 }), HttpStatusCode.OK);
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/participants/{second}/preferences", new { scores = new Dictionary<string, int> { [home] = 5 } }), $"scores.{home}"),
            e => e.Contains($"{home} is the participant's home unit", StringComparison.Ordinal));
        if (!HostUnits.Contains(home)) Assert.True((await pm.DeleteAsync($"{Plan(id)}/offers/{home}")).IsSuccessStatusCode);

        var job = await SolveAsync(pm, id);
        Assert.Equal("Succeeded", job.Status);
        var detail = await ApiAssert.JsonAsync(await pm.GetAsync(Plan(id)), HttpStatusCode.OK);
        var proposal = detail.GetProperty("proposal");
        Assert.Equal(4, proposal.GetProperty("placed").GetInt32());
        Assert.True(proposal.GetProperty("boundPlaced").GetInt64() >= 4);
        var schedule = proposal.GetProperty("schedule").EnumerateArray().ToList();
        Assert.Equal(4, schedule.Count);
        foreach (var row in schedule)
        {
            var units = Units(row);
            Assert.Equal(5, units.Distinct().Count());
            Assert.DoesNotContain(row.GetProperty("homeUnitCode").GetString(), units);
            Assert.True(row.GetProperty("rotations").EnumerateArray().Select(r => r.GetProperty("segment").GetString()).Distinct().Count() >= 3);
        }
        // Capacity use: every rotation counted once per unit and period.
        Assert.Equal(20, detail.GetProperty("offers").EnumerateArray().Sum(o => o.GetProperty("used").EnumerateArray().Sum(u => u.GetInt32())));

        var published = await ApiAssert.JsonAsync(await pm.PostAsJsonAsync($"{Plan(id)}/publish", new { version = detail.GetProperty("version").GetInt64() }), HttpStatusCode.OK);
        Assert.Equal("Published", published.GetProperty("status").GetString());

        // The participant already in rotation 1: the open stage now carries its unit and the period's end.
        var firstRow = schedule.Single(r => r.GetProperty("participantId").GetInt32() == cohort.Participants[0]);
        var firstRotation = firstRow.GetProperty("rotations")[0];
        var inRotation = await ApiAssert.JsonAsync(await pm.GetAsync($"/api/v1/program/participants/{cohort.Participants[0]}"), HttpStatusCode.OK);
        Assert.StartsWith(firstRotation.GetProperty("unitCode").GetString()!, inRotation.GetProperty("currentStage").GetProperty("hostUnit").GetString(), StringComparison.Ordinal);
        var periodEnd = DateOnly.Parse(firstRotation.GetProperty("end").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(periodEnd.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), inRotation.GetProperty("currentStage").GetProperty("plannedEnd").GetString());

        var board = await ApiAssert.JsonAsync(await pm.GetAsync($"/api/v1/program/cohorts/{cohort.Id}/board"), HttpStatusCode.OK);
        Assert.Equal(firstRotation.GetProperty("unitCode").GetString(), board.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("participantId").GetInt32() == cohort.Participants[0]).GetProperty("hostUnit").GetString());

        // A participant in onboarding gets the host unit when they advance into rotation 1.
        var secondRow = schedule.Single(r => r.GetProperty("participantId").GetInt32() == second);
        var advanced = await ApiAssert.JsonAsync(await pm.PostAsJsonAsync($"/api/v1/program/participants/{second}/advance", new { @override = true, reason = "Onboarding finished early" }), HttpStatusCode.OK);
        Assert.Equal("Rotation", advanced.GetProperty("currentStage").GetProperty("kind").GetString());
        Assert.StartsWith(Units(secondRow)[0], advanced.GetProperty("currentStage").GetProperty("hostUnit").GetString(), StringComparison.Ordinal);

        // Participants and their line managers are notified.
        var (employee, manager) = await app.WithDbAsync(db => db.Participants.Where(p => p.Id == second).Select(p => new { p.EmployeeId, p.Employee!.ManagerId }).SingleAsync()).ContinueWith(x => (x.Result.EmployeeId, x.Result.ManagerId!.Value), TaskScheduler.Default);
        var notes = await app.WithDbAsync(db => db.Notifications.Where(n => n.EmployeeId == employee || n.EmployeeId == manager).Select(n => new { n.EmployeeId, n.Kind, n.Body }).ToListAsync());
        Assert.Contains(notes, n => n.EmployeeId == employee && n.Kind == "Notify.Published.Subject" && n.Body.Contains(Units(secondRow)[0], StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Kind == "Notify.PublishedManager.Subject");
    }

    [Fact]
    public async Task Adjust_InfeasibleChange_IsRefusedWithPreciseMessage()
    {
        var pm = await app.ApiClientAsync("pm");
        var cohort = await NewCohortAsync(app, 3);
        var id = (await CreatePlanAsync(pm, cohort.Id)).GetProperty("id").GetInt32();
        await OfferAllAsync(pm, id, 3);
        Assert.Equal("Succeeded", (await SolveAsync(pm, id)).Status);
        var detail = await ApiAssert.JsonAsync(await pm.GetAsync(Plan(id)), HttpStatusCode.OK);
        var rows = detail.GetProperty("proposal").GetProperty("schedule").EnumerateArray().ToList();
        var a = rows[0];
        var b = rows[1];
        var aId = a.GetProperty("participantId").GetInt32();
        var aUnits = Units(a);

        // Duplicate unit.
        var dup = new List<string>(aUnits) { [1] = aUnits[0] };
        var errors = await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/proposal/participants/{aId}", new { units = dup }), "units[1]");
        Assert.Contains(errors, e => e.Contains(aUnits[0], StringComparison.Ordinal) && e.Contains("already rotation 1", StringComparison.Ordinal));

        // Home unit (offered, since the test cohort's people come from host units first).
        var home = a.GetProperty("homeUnitCode").GetString()!;
        if (HostUnits.Contains(home))
        {
            var atHome = new List<string>(aUnits) { [0] = home };
            errors = await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/proposal/participants/{aId}", new { units = atHome }), "units[0]");
            Assert.Contains(errors, e => e.Contains("home unit", StringComparison.Ordinal));
        }

        // Capacity: a unit b uses (not a's home) offers one place per period, taken by b.
        var k = Enumerable.Range(0, 5).First(i => Units(b)[i] != home);
        var bUnit = Units(b)[k];
        var period = b.GetProperty("rotations")[k].GetProperty("period").GetInt32();
        await ApiAssert.JsonAsync(await pm.PutAsJsonAsync($"{Plan(id)}/offers", new { orgUnitCode = bUnit, sameForAll = 1 }), HttpStatusCode.OK);
        var crowd = new List<string>(aUnits);
        var j = crowd.IndexOf(bUnit);
        if (j >= 0) crowd[j] = crowd[k];
        crowd[k] = bUnit;
        errors = await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/proposal/participants/{aId}", new { units = crowd }), $"units[{k}]");
        Assert.Contains(errors, e => e.Contains($"{bUnit} is full in period {period} (1 place(s), 1 already taken by others)", StringComparison.Ordinal));
        var unchanged = await ApiAssert.JsonAsync(await pm.GetAsync(Plan(id)), HttpStatusCode.OK);
        Assert.Equal(aUnits, Units(unchanged.GetProperty("proposal").GetProperty("schedule").EnumerateArray().Single(r => r.GetProperty("participantId").GetInt32() == aId)));
        Assert.False(unchanged.GetProperty("proposal").GetProperty("edited").GetBoolean());

        // A feasible change: swap two of a's rotations whose units have room in both periods.
        await OfferAllAsync(pm, id, 3);
        var swapped = new List<string>(aUnits) { [0] = aUnits[1], [1] = aUnits[0] };
        var ok = await ApiAssert.JsonAsync(await pm.PutAsJsonAsync($"{Plan(id)}/proposal/participants/{aId}", new { units = swapped }), HttpStatusCode.OK);
        Assert.True(ok.GetProperty("proposal").GetProperty("edited").GetBoolean());
        Assert.Equal(swapped, Units(ok.GetProperty("proposal").GetProperty("schedule").EnumerateArray().Single(r => r.GetProperty("participantId").GetInt32() == aId)));
    }

    [Fact]
    public async Task Unplaced_AfterSolve_ShowsLocalisedReasonAndDetail()
    {
        var pm = await app.ApiClientAsync("pm");
        var cohort = await NewCohortAsync(app, 2);
        var id = (await CreatePlanAsync(pm, cohort.Id)).GetProperty("id").GetInt32();
        await OfferAllAsync(pm, id, 2);
        // Starting in period 10 of 12, five rotations cannot fit.
        Assert.Equal(HttpStatusCode.NoContent, (await pm.PutAsJsonAsync($"{Plan(id)}/participants/{cohort.Participants[1]}/start-period", new { startPeriod = 10 })).StatusCode);
        Assert.Equal("Succeeded", (await SolveAsync(pm, id)).Status);
        var en = await ApiAssert.JsonAsync(await pm.GetAsync(Plan(id)), HttpStatusCode.OK);
        var unplaced = en.GetProperty("proposal").GetProperty("unplaced").EnumerateArray().Single();
        Assert.Equal(cohort.Participants[1], unplaced.GetProperty("participantId").GetInt32());
        var code = Enum.Parse<UnplacedReason>(unplaced.GetProperty("code").GetString()!);
        Assert.False(string.IsNullOrWhiteSpace(unplaced.GetProperty("detail").GetString()));
        var english = new Dictionary<UnplacedReason, string>
        {
            [UnplacedReason.HorizonTooShort] = "do not fit between the start period", [UnplacedReason.TooFewHostUnits] = "Too few host units",
            [UnplacedReason.TooFewSegments] = "too few industrial-chain segments", [UnplacedReason.NoCapacity] = "places this participant needs are taken",
            [UnplacedReason.Outcompeted] = "leave more others unplaced",
        };
        var chinese = new Dictionary<UnplacedReason, string>
        {
            [UnplacedReason.HorizonTooShort] = "放不下全部轮岗", [UnplacedReason.TooFewHostUnits] = "接收单位不足", [UnplacedReason.TooFewSegments] = "产业链环节不足",
            [UnplacedReason.NoCapacity] = "名额已被占满", [UnplacedReason.Outcompeted] = "更多其他学员",
        };
        Assert.Contains(english[code], unplaced.GetProperty("reasonText").GetString(), StringComparison.Ordinal);
        var zh = await ApiAssert.JsonAsync(await pm.GetAsync(Plan(id) + "?culture=zh-CN"), HttpStatusCode.OK);
        Assert.Contains(chinese[code], zh.GetProperty("proposal").GetProperty("unplaced")[0].GetProperty("reasonText").GetString(), StringComparison.Ordinal);

        var browser = await app.SignInAsync("pm");
        var page = await browser.GetHtmlAsync($"/program/rotations/{id}?culture=zh-CN");
        Assert.Contains(chinese[code], page.QuerySelector($"#unplaced tr[data-participant='{cohort.Participants[1]}'] .reason")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#capacity td[data-period]"));

        // Before publishing, the member view says nothing is published yet; once published, that the plan has no rotations for them.
        var member = $"/program/rotations/{id}/participants/{cohort.Participants[1]}";
        Assert.Contains("No rotations have been published", (await browser.GetHtmlAsync(member)).QuerySelector("#published-none")!.TextContent, StringComparison.Ordinal);
        await ApiAssert.JsonAsync(await pm.PostAsJsonAsync($"{Plan(id)}/publish", new { }), HttpStatusCode.OK);
        Assert.Contains("has no rotations for", (await browser.GetHtmlAsync(member)).QuerySelector("#published-none")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("没有为", (await browser.GetHtmlAsync(member + "?culture=zh-CN")).QuerySelector("#published-none")!.TextContent, StringComparison.Ordinal);
        var view = await ApiAssert.JsonAsync(await pm.GetAsync($"{Plan(id)}/participants/{cohort.Participants[1]}"), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.String, view.GetProperty("planPublishedAt").ValueKind);
    }

    [Fact]
    public async Task ACancelledSolve_LeavesThePreviousProposal_AndPublishesNothing()
    {
        var pm = await app.ApiClientAsync("pm");
        var cohort = await NewCohortAsync(app, 3);
        var id = (await CreatePlanAsync(pm, cohort.Id)).GetProperty("id").GetInt32();
        await OfferAllAsync(pm, id, 3);
        Assert.Equal("Succeeded", (await SolveAsync(pm, id)).Status);
        var before = await ApiAssert.JsonAsync(await pm.GetAsync($"{Plan(id)}/result"), HttpStatusCode.OK);
        var proposedAt = await app.WithDbAsync(db => db.RotationPlans.Where(p => p.Id == id).Select(p => p.ProposedAt).SingleAsync());

        // The job's work with its token cancelled (as Cancel does): the solver stops and nothing is stored.
        using (var scope = app.Services.CreateScope())
        using (HttpCurrentUser.ActAs("pm@talentchain.demo"))
        {
            var plans = scope.ServiceProvider.GetRequiredService<RotationPlans>();
            var handlers = scope.ServiceProvider.GetRequiredService<SolveRotationPlan>();
            await OfferAllAsync(pm, id, 1);
            var (_, instance) = await plans.InstanceAsync(id, CancellationToken.None);
            using var cts = new CancellationTokenSource();
            await cts.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => handlers.SolveAndStoreAsync(id, instance, null, cts.Token));
        }
        // A run whose plan changed its rules meanwhile fails and keeps nothing either.
        using (var scope = app.Services.CreateScope())
        using (HttpCurrentUser.ActAs("pm@talentchain.demo"))
        {
            var plans = scope.ServiceProvider.GetRequiredService<RotationPlans>();
            var handlers = scope.ServiceProvider.GetRequiredService<SolveRotationPlan>();
            var (_, instance) = await plans.InstanceAsync(id, CancellationToken.None);
            var stale = instance with { MinSegments = instance.MinSegments - 1 };
            var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => handlers.SolveAndStoreAsync(id, stale, null, CancellationToken.None));
            Assert.Contains("changed while it was being solved", failed.Message, StringComparison.Ordinal);
        }
        var after = await ApiAssert.JsonAsync(await pm.GetAsync($"{Plan(id)}/result"), HttpStatusCode.OK);
        Assert.Equal(before.ToString(), after.ToString());
        Assert.Equal(proposedAt, await app.WithDbAsync(db => db.RotationPlans.Where(p => p.Id == id).Select(p => p.ProposedAt).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.RotationPlacements.CountAsync(p => p.PlanId == id)));
    }

    [Fact]
    public async Task Publish_StaleProposal_IsRefusedNamingTheProblem()
    {
        var pm = await app.ApiClientAsync("pm");
        var cohort = await NewCohortAsync(app, 3);
        var id = (await CreatePlanAsync(pm, cohort.Id)).GetProperty("id").GetInt32();
        await OfferAllAsync(pm, id, 3);
        Assert.Equal("Succeeded", (await SolveAsync(pm, id)).Status);
        var detail = await ApiAssert.JsonAsync(await pm.GetAsync(Plan(id)), HttpStatusCode.OK);
        var first = detail.GetProperty("proposal").GetProperty("schedule")[0];
        var unit = first.GetProperty("rotations")[0].GetProperty("unitCode").GetString()!;
        var period = first.GetProperty("rotations")[0].GetProperty("period").GetInt32();

        // After the solve the unit withdraws its places: the proposal puts people where there is no place.
        await ApiAssert.JsonAsync(await pm.PutAsJsonAsync($"{Plan(id)}/offers", new { orgUnitCode = unit, sameForAll = 0 }), HttpStatusCode.OK);
        var errors = await ApiAssert.FieldErrorsAsync(await pm.PostAsJsonAsync($"{Plan(id)}/publish", new { }), "plan");
        Assert.Contains(errors, e => e.Contains("no longer fits", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains($"Host unit {unit}, period {period}:", StringComparison.Ordinal) && e.Contains("capacity 0", StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.RotationPlacements.CountAsync(p => p.PlanId == id)));
        Assert.Equal("Draft", (await ApiAssert.JsonAsync(await pm.GetAsync(Plan(id)), HttpStatusCode.OK)).GetProperty("status").GetString());

        // The places come back, but a participant's start period moves: their rotations no longer start there.
        await OfferAllAsync(pm, id, 3);
        var who = first.GetProperty("participantId").GetInt32();
        Assert.True((await pm.PutAsJsonAsync($"{Plan(id)}/participants/{who}/start-period", new { startPeriod = period + 1 })).IsSuccessStatusCode);
        errors = await ApiAssert.FieldErrorsAsync(await pm.PostAsJsonAsync($"{Plan(id)}/publish", new { }), "plan");
        Assert.Contains(errors, e => e.Contains($"expected period {period + 1}", StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.RotationPlacements.CountAsync(p => p.PlanId == id)));

        // Put back as solved, it publishes.
        Assert.True((await pm.PutAsJsonAsync($"{Plan(id)}/participants/{who}/start-period", new { startPeriod = period })).IsSuccessStatusCode);
        await ApiAssert.JsonAsync(await pm.PostAsJsonAsync($"{Plan(id)}/publish", new { }), HttpStatusCode.OK);
        Assert.True(await app.WithDbAsync(db => db.RotationPlacements.CountAsync(p => p.PlanId == id)) > 0);
    }

    [Fact]
    public async Task TheBound_IsDroppedWhenThePlanChangesSoThatItMayNoLongerHold_AndTheExportStaysAValidFile()
    {
        var pm = await app.ApiClientAsync("pm");
        var cohort = await NewCohortAsync(app, 3);
        var id = (await CreatePlanAsync(pm, cohort.Id)).GetProperty("id").GetInt32();
        await OfferAllAsync(pm, id, 1);
        Assert.Equal("Succeeded", (await SolveAsync(pm, id)).Status);
        var proposal = (await ApiAssert.JsonAsync(await pm.GetAsync(Plan(id)), HttpStatusCode.OK)).GetProperty("proposal");
        Assert.Equal(JsonValueKind.Number, proposal.GetProperty("boundPlaced").ValueKind);

        // Fewer places cannot raise the optimum: the bound still holds.
        await ApiAssert.JsonAsync(await pm.PutAsJsonAsync($"{Plan(id)}/offers", new { orgUnitCode = HostUnits[0], places = Enumerable.Repeat(1, 11).Append(0).ToArray() }), HttpStatusCode.OK);
        proposal = (await ApiAssert.JsonAsync(await pm.GetAsync(Plan(id)), HttpStatusCode.OK)).GetProperty("proposal");
        Assert.Equal(JsonValueKind.Number, proposal.GetProperty("boundPlaced").ValueKind);

        // More places (or a moved start period, new preferences, new participants) may: the bound is dropped, optimality no longer claimed.
        await OfferAllAsync(pm, id, 3);
        proposal = (await ApiAssert.JsonAsync(await pm.GetAsync(Plan(id)), HttpStatusCode.OK)).GetProperty("proposal");
        Assert.Equal(JsonValueKind.Null, proposal.GetProperty("boundPlaced").ValueKind);
        Assert.Equal(JsonValueKind.Null, proposal.GetProperty("gap").ValueKind);
        Assert.False(proposal.GetProperty("optimal").GetBoolean());
        var browser = await app.SignInAsync("pm");
        Assert.NotNull((await browser.GetHtmlAsync($"/program/rotations/{id}")).QuerySelector("#bound-stale"));

        // The exported result still carries a bound that holds (a simple one), so it reads back and imports.
        var file = await pm.GetStringAsync($"{Plan(id)}/result");
        var read = TalentChain.Optimization.Rotations.RotationJson.ReadResult(file);
        Assert.True(read.Bound.Count >= read.Placed);
        await ApiAssert.JsonAsync(await pm.PutAsync($"{Plan(id)}/result", new StringContent(file, Encoding.UTF8, "application/json")), HttpStatusCode.OK);

        // Solving again gives a proven bound again.
        Assert.Equal("Succeeded", (await SolveAsync(pm, id)).Status);
        proposal = (await ApiAssert.JsonAsync(await pm.GetAsync(Plan(id)), HttpStatusCode.OK)).GetProperty("proposal");
        Assert.Equal(JsonValueKind.Number, proposal.GetProperty("boundPlaced").ValueKind);
    }

    [Fact]
    public async Task Import_BadFile_IsRefusedNamingTheEntry()
    {
        var pm = await app.ApiClientAsync("pm");
        var cohort = await NewCohortAsync(app, 3);
        var id = (await CreatePlanAsync(pm, cohort.Id)).GetProperty("id").GetInt32();
        await OfferAllAsync(pm, id, 3);
        Assert.Equal("Succeeded", (await SolveAsync(pm, id)).Status);
        var instance = JsonNode.Parse(await pm.GetStringAsync($"{Plan(id)}/instance"))!;
        var result = JsonNode.Parse(await pm.GetStringAsync($"{Plan(id)}/result"))!;
        Assert.Equal(12, instance["periods"]!.GetValue<int>());
        Assert.Equal(HostUnits.Length, instance["hostUnits"]!.AsArray().Count);
        var before = (await ApiAssert.JsonAsync(await pm.GetAsync(Plan(id)), HttpStatusCode.OK)).ToString();

        static StringContent Json(JsonNode n) => new(n.ToJsonString(), Encoding.UTF8, "application/json");

        var unknownUnit = instance.DeepClone();
        unknownUnit["hostUnits"]![0]!["id"] = "NO-SUCH-UNIT";
        var errors = await ApiAssert.FieldErrorsAsync(await pm.PutAsync($"{Plan(id)}/instance", Json(unknownUnit)), "file");
        Assert.Contains(errors, e => e.Contains("hostUnits[0]", StringComparison.Ordinal) && e.Contains("NO-SUCH-UNIT", StringComparison.Ordinal));

        var shortCapacity = instance.DeepClone();
        shortCapacity["hostUnits"]![1]!["capacity"] = new JsonArray(1, 2, 3);
        errors = await ApiAssert.FieldErrorsAsync(await pm.PutAsync($"{Plan(id)}/instance", Json(shortCapacity)), "file");
        Assert.Contains(errors, e => e.Contains("hostUnits[1].capacity", StringComparison.Ordinal));

        var stranger = instance.DeepClone();
        stranger["participants"]![0]!["id"] = "E-NOBODY";
        errors = await ApiAssert.FieldErrorsAsync(await pm.PutAsync($"{Plan(id)}/instance", Json(stranger)), "file");
        Assert.Contains(errors, e => e.Contains("participants[0].id", StringComparison.Ordinal) && e.Contains("E-NOBODY", StringComparison.Ordinal));

        errors = await ApiAssert.FieldErrorsAsync(await pm.PutAsync($"{Plan(id)}/instance", new StringContent("{ \"periods\": 12, ", Encoding.UTF8, "application/json")), "file");
        Assert.NotEmpty(errors);

        var badResult = result.DeepClone();
        badResult["plans"]![0]!["rotations"]![0]!["hostUnit"] = "NO-SUCH-UNIT";
        errors = await ApiAssert.FieldErrorsAsync(await pm.PutAsync($"{Plan(id)}/result", Json(badResult)), "file");
        Assert.Contains(errors, e => e.Contains("plans[0].rotations[0]", StringComparison.Ordinal) && e.Contains("NO-SUCH-UNIT", StringComparison.Ordinal));

        Assert.Equal(before, (await ApiAssert.JsonAsync(await pm.GetAsync(Plan(id)), HttpStatusCode.OK)).ToString());

        // Good files: the result comes back as the proposal (from a file), the instance replaces the set-up.
        // The totals in the file are not trusted: placed and total score are recomputed from its plans.
        var understated = result.DeepClone();
        understated["placed"] = 1;
        understated["totalScore"] = 0;
        var imported = await ApiAssert.JsonAsync(await pm.PutAsync($"{Plan(id)}/result", Json(understated)), HttpStatusCode.OK);
        Assert.Equal("Import", imported.GetProperty("proposal").GetProperty("source").GetString());
        Assert.Equal(3, imported.GetProperty("proposal").GetProperty("placed").GetInt32());
        Assert.Equal(result["totalScore"]!.GetValue<long>(), imported.GetProperty("proposal").GetProperty("totalScore").GetInt64());
        var fewer = instance.DeepClone();
        var dropped = fewer["hostUnits"]![6]!["id"]!.GetValue<string>();
        fewer["hostUnits"]!.AsArray().RemoveAt(6);
        fewer["participants"]![0]!["startPeriod"] = 4;
        foreach (var p in fewer["participants"]!.AsArray()) p!["preferences"] = new JsonObject();
        // A preference for a unit the file does not offer (no longer offered, or no org unit at all) is valid and unused.
        fewer["participants"]![1]!["preferences"] = new JsonObject { ["MINE-CONC"] = 6, [dropped] = 4, ["NOT-OFFERED"] = 2 };
        var replaced = await ApiAssert.JsonAsync(await pm.PutAsync($"{Plan(id)}/instance", Json(fewer)), HttpStatusCode.OK);
        var second = fewer["participants"]![1]!["id"]!.GetValue<string>();
        var kept = replaced.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("employeeNumber").GetString() == second).GetProperty("preferences");
        Assert.Equal(["MINE-CONC"], kept.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(HostUnits.Length - 1, replaced.GetProperty("offers").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, replaced.GetProperty("proposal").ValueKind);
        var number = fewer["participants"]![0]!["id"]!.GetValue<string>();
        Assert.Equal(4, replaced.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("employeeNumber").GetString() == number).GetProperty("startPeriod").GetInt32());
    }

    [Fact]
    public async Task RotationApi_EachRole_GetsOnlyItsPermissions()
    {
        var planId = await PublishedDemoPlanAsync(app);
        var me = await DemoParticipantAsync(app);
        var other = await app.WithDbAsync(db => db.RotationMembers.Where(m => m.PlanId == planId && m.ParticipantId != me).Select(m => m.ParticipantId).FirstAsync());
        var participant = await app.ApiClientAsync("participant");

        var mine = await ApiAssert.JsonAsync(await participant.GetAsync($"{Plan(planId)}/participants/{me}"), HttpStatusCode.OK);
        Assert.True(mine.GetProperty("canEdit").GetBoolean());
        Assert.Equal(5, mine.GetProperty("published").GetArrayLength());
        var unit = mine.GetProperty("preferences").EnumerateArray().First(p => !p.GetProperty("home").GetBoolean()).GetProperty("unitCode").GetString()!;
        var saved = await ApiAssert.JsonAsync(await participant.PutAsJsonAsync($"{Plan(planId)}/participants/{me}/preferences", new { scores = new Dictionary<string, int> { [unit] = 8 } }), HttpStatusCode.OK);
        Assert.Equal(8, saved.GetProperty("preferences").EnumerateArray().Single(p => p.GetProperty("unitCode").GetString() == unit).GetProperty("score").GetInt32());
        var badScore = await ApiAssert.FieldErrorsAsync(await participant.PutAsJsonAsync($"{Plan(planId)}/participants/{me}/preferences", new { scores = new Dictionary<string, int> { [unit] = 101 } }), $"scores.{unit}");
        Assert.Contains(badScore, e => e.Contains("0 to 100", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PutAsJsonAsync($"{Plan(planId)}/participants/{other}/preferences", new { scores = new Dictionary<string, int> { [unit] = 8 } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.GetAsync($"{Plan(planId)}/participants/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.GetAsync(Plan(planId))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsync($"{Plan(planId)}/solve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsJsonAsync($"{Plan(planId)}/publish", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PutAsJsonAsync($"{Plan(planId)}/proposal/participants/{me}", new { units = new[] { unit } })).StatusCode);

        var exec = await app.ApiClientAsync("exec");
        Assert.Equal(HttpStatusCode.OK, (await exec.GetAsync(Plan(planId))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await exec.PostAsync($"{Plan(planId)}/solve", null)).StatusCode);
    }

    [Fact]
    public async Task Settings_StartPeriodsAndOffers_RefuseOutOfRangeValuesNamingTheField()
    {
        var pm = await app.ApiClientAsync("pm");
        var cohort = await NewCohortAsync(app, 1);
        var id = (await CreatePlanAsync(pm, cohort.Id)).GetProperty("id").GetInt32();
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/settings", new { periods = 4 }), "rotationsPerParticipant"),
            e => e.Contains("1 to 4", StringComparison.Ordinal));
        // An invalid number of periods is reported on its own; it is not quoted as the limit of the rotations ("1 to 0").
        var noPeriods = await ApiAssert.JsonAsync(await pm.PutAsJsonAsync($"{Plan(id)}/settings", new { periods = 0, rotationsPerParticipant = 5, minSegments = 3 }), HttpStatusCode.BadRequest);
        Assert.Equal(["periods"], noPeriods.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToArray());
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/settings", new { periodMonths = 0 }), "periodMonths"),
            e => e.Contains("1 to 12 months", StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/participants/{cohort.Participants[0]}/start-period", new { startPeriod = 13 }), "startPeriod"),
            e => e.Contains("between 1 and 12", StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/offers", new { orgUnitCode = "SEP1-SX", places = new[] { 1, 2, -1 } }), "places"),
            e => e.Contains("3 numbers given", StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/offers", new { orgUnitCode = "NO-SUCH", sameForAll = 1 }), "orgUnitCode"),
            e => e.Contains("NO-SUCH", StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await pm.PostAsync($"{Plan(id)}/solve", null), "offers"), e => e.Contains("No host unit", StringComparison.Ordinal));
        var plan = await ApiAssert.JsonAsync(await pm.GetAsync(Plan(id)), HttpStatusCode.OK);
        Assert.Equal(12, plan.GetProperty("periods").GetInt32());
        Assert.Equal(0, plan.GetProperty("offers").GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_RotationPlanning_DescribesEveryOperation()
    {
        var doc = await ApiAssert.JsonAsync(await app.CreateClient().GetAsync("/openapi/v1.json"), HttpStatusCode.OK);
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).Where(p => p.StartsWith("/api/v1/program/rotations", StringComparison.Ordinal)).ToList();
        foreach (var expected in new[] { "/plans", "/plans/{id}", "/plans/{id}/offers", "/plans/{id}/solve", "/plans/{id}/publish", "/plans/{id}/instance", "/plans/{id}/result",
                     "/plans/{id}/proposal/participants/{participantId}", "/plans/{id}/participants/{participantId}/preferences" })
            Assert.Contains("/api/v1/program/rotations" + expected, paths);
    }

    [Fact]
    public async Task Demo_TheParticipantsRotationStagesCarryTheirPublishedHostUnits_AndADraftPlanIsReadyToSolve()
    {
        var me = await DemoParticipantAsync(app);
        var participant = await app.ApiClientAsync("participant");
        var detail = await ApiAssert.JsonAsync(await participant.GetAsync($"/api/v1/program/participants/{me}"), HttpStatusCode.OK);
        var rotations = detail.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("kind").GetString() == "Rotation").ToList();
        Assert.NotEmpty(rotations);
        Assert.All(rotations, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("hostUnit").GetString())));
        var draft = await app.WithDbAsync(db => db.RotationPlans.Where(p => p.Status == RotationPlanStatus.Draft).Select(p => new { p.Id, Offers = p.Offers.Count, Prefs = p.Members.SelectMany(m => m.Preferences).Count(), p.ProposedAt }).FirstAsync());
        Assert.True(draft.Offers >= 8);
        Assert.True(draft.Prefs > 0);
        Assert.Null(draft.ProposedAt);
    }
}

public sealed class RotationApiTestsSqlite(TalentChainFactory app) : RotationApiTests(app), IClassFixture<TalentChainFactory>;

public sealed class RotationApiTestsPostgres(PostgresFactory app) : RotationApiTests(app), IClassFixture<PostgresFactory>;
