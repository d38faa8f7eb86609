using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
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
using TalentChain.Modules.TalentProgram.Features.Cohorts;
using TalentChain.Modules.TalentProgram.Features.Participants;

namespace TalentChain.Tests.Modules.Rotations;

/// <summary>Rotation planning through the API: plan → offers → preferences → solve job → proposal → review → publish → stages.</summary>
public abstract class RotationApiTests(TalentChainFactory app)
{
    private static string Plan(int id) => $"/api/v1/program/rotations/plans/{id}";

    private static ProposalView ProposalOf(RotationPlanDetail plan)
    {
        Assert.NotNull(plan.Proposal);
        return plan.Proposal;
    }

    /// <summary>Asserts the status and returns the body as sent, for tests that compare a response byte for byte.</summary>
    private static async Task<string> BodyAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body;
    }

    [Fact]
    public async Task Lifecycle_SolvePublishAdvance_StagesCarryHostUnitsAndNotify()
    {
        var pm = await app.ApiClientAsync("pm");
        var cohort = await NewCohortAsync(app, 4, firstInRotation: true);
        var plan = await CreatePlanAsync(pm, cohort.Id);
        var id = plan.Id;
        Assert.Equal(5, plan.RotationsPerParticipant);
        Assert.Equal(3, plan.MinSegments);
        Assert.Equal(4, plan.Members.Count);
        // Default start period: the period of the first rotation stage (entered, or after onboarding).
        Assert.All(plan.Members, m => Assert.Equal(m.ParticipantId == cohort.Participants[0] ? 1 : 2, m.StartPeriod));

        await OfferAllAsync(pm, id, 4);
        var second = cohort.Participants[1];
        // Which employees the cohort gets depends on the tests run before: score two offered units that are not the home unit.
        var home = plan.Members.Single(m => m.ParticipantId == second).HomeUnitCode;
        var (liked, alsoLiked) = HostUnits.Where(u => u != home).Take(2).ToArray() switch { [var a, var b] => (a, b), _ => throw new InvalidOperationException() };
        var prefs = await ApiAssert.JsonAsync<MyRotationsView>(await pm.PutAsJsonAsync($"{Plan(id)}/participants/{second}/preferences", new { scores = new Dictionary<string, int> { [liked] = 9, [alsoLiked] = 7 } }), HttpStatusCode.OK);
        Assert.Contains(prefs.Preferences, p => p.UnitCode == liked && p.Score == 9);
        // The program manager scoring the participant's home unit is told whose home unit it is (not "your").
        if (!HostUnits.Contains(home)) await ApiAssert.JsonAsync<OfferView>(await pm.PutAsJsonAsync($"{Plan(id)}/offers", new { orgUnitCode = home, sameForAll = 4 }), HttpStatusCode.OK);
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/participants/{second}/preferences", new { scores = new Dictionary<string, int> { [home] = 5 } }), $"scores.{home}"),
            e => e.Contains($"{home} is the participant's home unit", StringComparison.Ordinal));
        if (!HostUnits.Contains(home)) Assert.True((await pm.DeleteAsync($"{Plan(id)}/offers/{home}")).IsSuccessStatusCode);

        var job = await SolveAsync(pm, id);
        Assert.Equal("Succeeded", job.Status);
        var detail = await pm.GetJsonAsync<RotationPlanDetail>(Plan(id));
        var proposal = ProposalOf(detail);
        Assert.Equal(4, proposal.Placed);
        Assert.True(proposal.BoundPlaced >= 4);
        var schedule = proposal.Schedule;
        Assert.Equal(4, schedule.Count);
        foreach (var row in schedule)
        {
            var units = Units(row);
            Assert.Equal(5, units.Distinct().Count());
            Assert.DoesNotContain(row.HomeUnitCode, units);
            Assert.True(row.Rotations.Select(r => r.Segment).Distinct().Count() >= 3);
        }
        // Capacity use: every rotation counted once per unit and period.
        Assert.Equal(20, detail.Offers.Sum(o => o.Used.Sum()));

        var published = await ApiAssert.JsonAsync<RotationPlanDetail>(await pm.PostAsJsonAsync($"{Plan(id)}/publish", new { version = detail.Version }), HttpStatusCode.OK);
        Assert.Equal(RotationPlanStatus.Published, published.Status);

        // The participant already in rotation 1: the open stage now carries its unit and the period's end.
        var firstRow = schedule.Single(r => r.ParticipantId == cohort.Participants[0]);
        var firstRotation = firstRow.Rotations[0];
        var inRotation = await pm.GetJsonAsync<ParticipantDetail>($"/api/v1/program/participants/{cohort.Participants[0]}");
        Assert.NotNull(inRotation.CurrentStage);
        Assert.StartsWith(firstRotation.UnitCode, inRotation.CurrentStage.HostUnit, StringComparison.Ordinal);
        Assert.Equal(firstRotation.End.AddDays(1), inRotation.CurrentStage.PlannedEnd);

        var board = await pm.GetJsonAsync<CohortBoard>($"/api/v1/program/cohorts/{cohort.Id}/board");
        Assert.Equal(firstRotation.UnitCode, board.Rows.Single(r => r.ParticipantId == cohort.Participants[0]).HostUnit);

        // A participant in onboarding gets the host unit when they advance into rotation 1.
        var secondRow = schedule.Single(r => r.ParticipantId == second);
        var advanced = await ApiAssert.JsonAsync<ParticipantDetail>(await pm.PostAsJsonAsync($"/api/v1/program/participants/{second}/advance", new { @override = true, reason = "Onboarding finished early" }), HttpStatusCode.OK);
        Assert.NotNull(advanced.CurrentStage);
        Assert.Equal(StageKind.Rotation, advanced.CurrentStage.Kind);
        Assert.StartsWith(Units(secondRow)[0], advanced.CurrentStage.HostUnit, StringComparison.Ordinal);

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
        var id = (await CreatePlanAsync(pm, cohort.Id)).Id;
        await OfferAllAsync(pm, id, 3);
        Assert.Equal("Succeeded", (await SolveAsync(pm, id)).Status);
        var detail = await pm.GetJsonAsync<RotationPlanDetail>(Plan(id));
        var rows = ProposalOf(detail).Schedule;
        var a = rows[0];
        var b = rows[1];
        var aId = a.ParticipantId;
        var aUnits = Units(a);

        // Duplicate unit.
        var dup = new List<string>(aUnits) { [1] = aUnits[0] };
        var errors = await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/proposal/participants/{aId}", new { units = dup }), "units[1]");
        Assert.Contains(errors, e => e.Contains(aUnits[0], StringComparison.Ordinal) && e.Contains("already rotation 1", StringComparison.Ordinal));

        // Home unit (offered, since the test cohort's people come from host units first).
        var home = a.HomeUnitCode;
        if (HostUnits.Contains(home))
        {
            var atHome = new List<string>(aUnits) { [0] = home };
            errors = await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/proposal/participants/{aId}", new { units = atHome }), "units[0]");
            Assert.Contains(errors, e => e.Contains("home unit", StringComparison.Ordinal));
        }

        // Capacity: a unit b uses (not a's home) offers one place per period, taken by b.
        var k = Enumerable.Range(0, 5).First(i => Units(b)[i] != home);
        var bUnit = Units(b)[k];
        var period = b.Rotations[k].Period;
        await ApiAssert.JsonAsync<OfferView>(await pm.PutAsJsonAsync($"{Plan(id)}/offers", new { orgUnitCode = bUnit, sameForAll = 1 }), HttpStatusCode.OK);
        var crowd = new List<string>(aUnits);
        var j = crowd.IndexOf(bUnit);
        if (j >= 0) crowd[j] = crowd[k];
        crowd[k] = bUnit;
        errors = await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/proposal/participants/{aId}", new { units = crowd }), $"units[{k}]");
        Assert.Contains(errors, e => e.Contains($"{bUnit} is full in period {period} (1 place(s), 1 already taken by others)", StringComparison.Ordinal));
        var unchanged = ProposalOf(await pm.GetJsonAsync<RotationPlanDetail>(Plan(id)));
        Assert.Equal(aUnits, Units(unchanged.Schedule.Single(r => r.ParticipantId == aId)));
        Assert.False(unchanged.Edited);

        // A feasible change: swap two of a's rotations whose units have room in both periods.
        await OfferAllAsync(pm, id, 3);
        var swapped = new List<string>(aUnits) { [0] = aUnits[1], [1] = aUnits[0] };
        var ok = ProposalOf(await ApiAssert.JsonAsync<RotationPlanDetail>(await pm.PutAsJsonAsync($"{Plan(id)}/proposal/participants/{aId}", new { units = swapped }), HttpStatusCode.OK));
        Assert.True(ok.Edited);
        Assert.Equal(swapped, Units(ok.Schedule.Single(r => r.ParticipantId == aId)));
    }

    [Fact]
    public async Task Unplaced_AfterSolve_ShowsLocalisedReasonAndDetail()
    {
        var pm = await app.ApiClientAsync("pm");
        var cohort = await NewCohortAsync(app, 2);
        var id = (await CreatePlanAsync(pm, cohort.Id)).Id;
        await OfferAllAsync(pm, id, 2);
        // Starting in period 10 of 12, five rotations cannot fit.
        Assert.Equal(HttpStatusCode.NoContent, (await pm.PutAsJsonAsync($"{Plan(id)}/participants/{cohort.Participants[1]}/start-period", new { startPeriod = 10 })).StatusCode);
        Assert.Equal("Succeeded", (await SolveAsync(pm, id)).Status);
        var en = await pm.GetJsonAsync<RotationPlanDetail>(Plan(id));
        var unplaced = ProposalOf(en).Unplaced.Single();
        Assert.Equal(cohort.Participants[1], unplaced.ParticipantId);
        var code = unplaced.Code;
        Assert.False(string.IsNullOrWhiteSpace(unplaced.Detail));
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
        Assert.Contains(english[code], unplaced.ReasonText, StringComparison.Ordinal);
        var zh = await pm.GetJsonAsync<RotationPlanDetail>(Plan(id) + "?culture=zh-CN");
        Assert.Contains(chinese[code], ProposalOf(zh).Unplaced[0].ReasonText, StringComparison.Ordinal);

        var browser = await app.SignInAsync("pm");
        var page = await browser.GetHtmlAsync($"/program/rotations/{id}?culture=zh-CN");
        Assert.Contains(chinese[code], page.QuerySelector($"#unplaced tr[data-participant='{cohort.Participants[1]}'] .reason")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#capacity td[data-period]"));

        // Before publishing, the member view says nothing is published yet; once published, that the plan has no rotations for them.
        var member = $"/program/rotations/{id}/participants/{cohort.Participants[1]}";
        Assert.Contains("No rotations have been published", (await browser.GetHtmlAsync(member)).QuerySelector("#published-none")!.TextContent, StringComparison.Ordinal);
        await ApiAssert.JsonAsync<RotationPlanDetail>(await pm.PostAsJsonAsync($"{Plan(id)}/publish", new { }), HttpStatusCode.OK);
        Assert.Contains("has no rotations for", (await browser.GetHtmlAsync(member)).QuerySelector("#published-none")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("没有为", (await browser.GetHtmlAsync(member + "?culture=zh-CN")).QuerySelector("#published-none")!.TextContent, StringComparison.Ordinal);
        var view = await pm.GetJsonAsync<MyRotationsView>($"{Plan(id)}/participants/{cohort.Participants[1]}");
        Assert.NotNull(view.PlanPublishedAt);
    }

    [Fact]
    public async Task ACancelledSolve_LeavesThePreviousProposal_AndPublishesNothing()
    {
        var pm = await app.ApiClientAsync("pm");
        var cohort = await NewCohortAsync(app, 3);
        var id = (await CreatePlanAsync(pm, cohort.Id)).Id;
        await OfferAllAsync(pm, id, 3);
        Assert.Equal("Succeeded", (await SolveAsync(pm, id)).Status);
        var before = await BodyAsync(await pm.GetAsync($"{Plan(id)}/result"), HttpStatusCode.OK);
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
        var after = await BodyAsync(await pm.GetAsync($"{Plan(id)}/result"), HttpStatusCode.OK);
        Assert.Equal(before, after);
        Assert.Equal(proposedAt, await app.WithDbAsync(db => db.RotationPlans.Where(p => p.Id == id).Select(p => p.ProposedAt).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.RotationPlacements.CountAsync(p => p.PlanId == id)));
    }

    [Fact]
    public async Task Publish_StaleProposal_IsRefusedNamingTheProblem()
    {
        var pm = await app.ApiClientAsync("pm");
        var cohort = await NewCohortAsync(app, 3);
        var id = (await CreatePlanAsync(pm, cohort.Id)).Id;
        await OfferAllAsync(pm, id, 3);
        Assert.Equal("Succeeded", (await SolveAsync(pm, id)).Status);
        var detail = await pm.GetJsonAsync<RotationPlanDetail>(Plan(id));
        var first = ProposalOf(detail).Schedule[0];
        var unit = first.Rotations[0].UnitCode;
        var period = first.Rotations[0].Period;

        // After the solve the unit withdraws its places: the proposal puts people where there is no place.
        await ApiAssert.JsonAsync<OfferView>(await pm.PutAsJsonAsync($"{Plan(id)}/offers", new { orgUnitCode = unit, sameForAll = 0 }), HttpStatusCode.OK);
        var errors = await ApiAssert.FieldErrorsAsync(await pm.PostAsJsonAsync($"{Plan(id)}/publish", new { }), "plan");
        Assert.Contains(errors, e => e.Contains("no longer fits", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains($"Host unit {unit}, period {period}:", StringComparison.Ordinal) && e.Contains("capacity 0", StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.RotationPlacements.CountAsync(p => p.PlanId == id)));
        Assert.Equal(RotationPlanStatus.Draft, (await pm.GetJsonAsync<RotationPlanDetail>(Plan(id))).Status);

        // The places come back, but a participant's start period moves: their rotations no longer start there.
        await OfferAllAsync(pm, id, 3);
        var who = first.ParticipantId;
        Assert.True((await pm.PutAsJsonAsync($"{Plan(id)}/participants/{who}/start-period", new { startPeriod = period + 1 })).IsSuccessStatusCode);
        errors = await ApiAssert.FieldErrorsAsync(await pm.PostAsJsonAsync($"{Plan(id)}/publish", new { }), "plan");
        Assert.Contains(errors, e => e.Contains($"expected period {period + 1}", StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.RotationPlacements.CountAsync(p => p.PlanId == id)));

        // Put back as solved, it publishes.
        Assert.True((await pm.PutAsJsonAsync($"{Plan(id)}/participants/{who}/start-period", new { startPeriod = period })).IsSuccessStatusCode);
        await ApiAssert.JsonAsync<RotationPlanDetail>(await pm.PostAsJsonAsync($"{Plan(id)}/publish", new { }), HttpStatusCode.OK);
        Assert.True(await app.WithDbAsync(db => db.RotationPlacements.CountAsync(p => p.PlanId == id)) > 0);
    }

    [Fact]
    public async Task TheBound_IsDroppedWhenThePlanChangesSoThatItMayNoLongerHold_AndTheExportStaysAValidFile()
    {
        var pm = await app.ApiClientAsync("pm");
        var cohort = await NewCohortAsync(app, 3);
        var id = (await CreatePlanAsync(pm, cohort.Id)).Id;
        await OfferAllAsync(pm, id, 1);
        Assert.Equal("Succeeded", (await SolveAsync(pm, id)).Status);
        var proposal = ProposalOf(await pm.GetJsonAsync<RotationPlanDetail>(Plan(id)));
        Assert.NotNull(proposal.BoundPlaced);

        // Fewer places cannot raise the optimum: the bound still holds.
        await ApiAssert.JsonAsync<OfferView>(await pm.PutAsJsonAsync($"{Plan(id)}/offers", new { orgUnitCode = HostUnits[0], places = Enumerable.Repeat(1, 11).Append(0).ToArray() }), HttpStatusCode.OK);
        proposal = ProposalOf(await pm.GetJsonAsync<RotationPlanDetail>(Plan(id)));
        Assert.NotNull(proposal.BoundPlaced);

        // More places (or a moved start period, new preferences, new participants) may: the bound is dropped, optimality no longer claimed.
        await OfferAllAsync(pm, id, 3);
        proposal = ProposalOf(await pm.GetJsonAsync<RotationPlanDetail>(Plan(id)));
        Assert.Null(proposal.BoundPlaced);
        Assert.Null(proposal.Gap);
        Assert.False(proposal.Optimal);
        var browser = await app.SignInAsync("pm");
        Assert.NotNull((await browser.GetHtmlAsync($"/program/rotations/{id}")).QuerySelector("#bound-stale"));

        // The exported result still carries a bound that holds (a simple one), so it reads back and imports.
        var file = await pm.GetStringAsync($"{Plan(id)}/result");
        var read = TalentChain.Optimization.Rotations.RotationJson.ReadResult(file);
        Assert.True(read.Bound.Count >= read.Placed);
        await ApiAssert.JsonAsync<RotationPlanDetail>(await pm.PutAsync($"{Plan(id)}/result", new StringContent(file, Encoding.UTF8, "application/json")), HttpStatusCode.OK);

        // Solving again gives a proven bound again.
        Assert.Equal("Succeeded", (await SolveAsync(pm, id)).Status);
        proposal = ProposalOf(await pm.GetJsonAsync<RotationPlanDetail>(Plan(id)));
        Assert.NotNull(proposal.BoundPlaced);
    }

    [Fact]
    public async Task Import_BadFile_IsRefusedNamingTheEntry()
    {
        var pm = await app.ApiClientAsync("pm");
        var cohort = await NewCohortAsync(app, 3);
        var id = (await CreatePlanAsync(pm, cohort.Id)).Id;
        await OfferAllAsync(pm, id, 3);
        Assert.Equal("Succeeded", (await SolveAsync(pm, id)).Status);
        var instance = JsonNode.Parse(await pm.GetStringAsync($"{Plan(id)}/instance"))!;
        var result = JsonNode.Parse(await pm.GetStringAsync($"{Plan(id)}/result"))!;
        Assert.Equal(12, instance["periods"]!.GetValue<int>());
        Assert.Equal(HostUnits.Length, instance["hostUnits"]!.AsArray().Count);
        var before = await BodyAsync(await pm.GetAsync(Plan(id)), HttpStatusCode.OK);

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

        Assert.Equal(before, await BodyAsync(await pm.GetAsync(Plan(id)), HttpStatusCode.OK));

        // Good files: the result comes back as the proposal (from a file), the instance replaces the set-up.
        // The totals in the file are not trusted: placed and total score are recomputed from its plans.
        var understated = result.DeepClone();
        understated["placed"] = 1;
        understated["totalScore"] = 0;
        var imported = ProposalOf(await ApiAssert.JsonAsync<RotationPlanDetail>(await pm.PutAsync($"{Plan(id)}/result", Json(understated)), HttpStatusCode.OK));
        Assert.Equal(RotationProposalSource.Import, imported.Source);
        Assert.Equal(3, imported.Placed);
        Assert.Equal(result["totalScore"]!.GetValue<long>(), imported.TotalScore);
        var fewer = instance.DeepClone();
        var dropped = fewer["hostUnits"]![6]!["id"]!.GetValue<string>();
        fewer["hostUnits"]!.AsArray().RemoveAt(6);
        fewer["participants"]![0]!["startPeriod"] = 4;
        foreach (var p in fewer["participants"]!.AsArray()) p!["preferences"] = new JsonObject();
        // A preference for a unit the file does not offer (no longer offered, or no org unit at all) is valid and unused.
        fewer["participants"]![1]!["preferences"] = new JsonObject { ["MINE-CONC"] = 6, [dropped] = 4, ["NOT-OFFERED"] = 2 };
        var replaced = await ApiAssert.JsonAsync<RotationPlanDetail>(await pm.PutAsync($"{Plan(id)}/instance", Json(fewer)), HttpStatusCode.OK);
        var second = fewer["participants"]![1]!["id"]!.GetValue<string>();
        var kept = replaced.Members.Single(m => m.EmployeeNumber == second).Preferences;
        Assert.Equal(["MINE-CONC"], kept.Keys.ToArray());
        Assert.Equal(HostUnits.Length - 1, replaced.Offers.Count);
        Assert.Null(replaced.Proposal);
        var number = fewer["participants"]![0]!["id"]!.GetValue<string>();
        Assert.Equal(4, replaced.Members.Single(m => m.EmployeeNumber == number).StartPeriod);
    }

    [Fact]
    public async Task RotationApi_EachRole_GetsOnlyItsPermissions()
    {
        var planId = await PublishedDemoPlanAsync(app);
        var me = await DemoParticipantAsync(app);
        var other = await app.WithDbAsync(db => db.RotationMembers.Where(m => m.PlanId == planId && m.ParticipantId != me).Select(m => m.ParticipantId).FirstAsync());
        var participant = await app.ApiClientAsync("participant");

        var mine = await participant.GetJsonAsync<MyRotationsView>($"{Plan(planId)}/participants/{me}");
        Assert.True(mine.CanEdit);
        Assert.Equal(5, mine.Published.Count);
        var unit = mine.Preferences.First(p => !p.Home).UnitCode;
        var saved = await ApiAssert.JsonAsync<MyRotationsView>(await participant.PutAsJsonAsync($"{Plan(planId)}/participants/{me}/preferences", new { scores = new Dictionary<string, int> { [unit] = 8 } }), HttpStatusCode.OK);
        Assert.Equal(8, saved.Preferences.Single(p => p.UnitCode == unit).Score);
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
        var id = (await CreatePlanAsync(pm, cohort.Id)).Id;
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/settings", new { periods = 4 }), "rotationsPerParticipant"),
            e => e.Contains("1 to 4", StringComparison.Ordinal));
        // An invalid number of periods is reported on its own; it is not quoted as the limit of the rotations ("1 to 0").
        var noPeriods = await ApiAssert.JsonAsync<HttpValidationProblemDetails>(await pm.PutAsJsonAsync($"{Plan(id)}/settings", new { periods = 0, rotationsPerParticipant = 5, minSegments = 3 }), HttpStatusCode.BadRequest);
        Assert.Equal(["periods"], noPeriods.Errors.Keys.ToArray());
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/settings", new { periodMonths = 0 }), "periodMonths"),
            e => e.Contains("1 to 12 months", StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/participants/{cohort.Participants[0]}/start-period", new { startPeriod = 13 }), "startPeriod"),
            e => e.Contains("between 1 and 12", StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/offers", new { orgUnitCode = "SEP1-SX", places = new[] { 1, 2, -1 } }), "places"),
            e => e.Contains("3 numbers given", StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await pm.PutAsJsonAsync($"{Plan(id)}/offers", new { orgUnitCode = "NO-SUCH", sameForAll = 1 }), "orgUnitCode"),
            e => e.Contains("NO-SUCH", StringComparison.Ordinal));
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await pm.PostAsync($"{Plan(id)}/solve", null), "offers"), e => e.Contains("No host unit", StringComparison.Ordinal));
        var plan = await pm.GetJsonAsync<RotationPlanDetail>(Plan(id));
        Assert.Equal(12, plan.Periods);
        Assert.Empty(plan.Offers);
    }

    [Fact]
    public async Task OpenApi_RotationPlanning_DescribesEveryOperation()
    {
        var doc = await app.CreateClient().GetJsonAsync<OpenApiPathsDto>("/openapi/v1.json");
        var paths = doc.Paths.Keys.Where(p => p.StartsWith("/api/v1/program/rotations", StringComparison.Ordinal)).ToList();
        foreach (var expected in new[] { "/plans", "/plans/{id}", "/plans/{id}/offers", "/plans/{id}/solve", "/plans/{id}/publish", "/plans/{id}/instance", "/plans/{id}/result",
                     "/plans/{id}/proposal/participants/{participantId}", "/plans/{id}/participants/{participantId}/preferences" })
            Assert.Contains("/api/v1/program/rotations" + expected, paths);
    }

    [Fact]
    public async Task Demo_TheParticipantsRotationStagesCarryTheirPublishedHostUnits_AndADraftPlanIsReadyToSolve()
    {
        var me = await DemoParticipantAsync(app);
        var participant = await app.ApiClientAsync("participant");
        var detail = await participant.GetJsonAsync<ParticipantDetail>($"/api/v1/program/participants/{me}");
        var rotations = detail.History.Where(h => h.Kind == StageKind.Rotation).ToList();
        Assert.NotEmpty(rotations);
        Assert.All(rotations, r => Assert.False(string.IsNullOrEmpty(r.HostUnit)));
        var draft = await app.WithDbAsync(db => db.RotationPlans.Where(p => p.Status == RotationPlanStatus.Draft).Select(p => new { p.Id, Offers = p.Offers.Count, Prefs = p.Members.SelectMany(m => m.Preferences).Count(), p.ProposedAt }).FirstAsync());
        Assert.True(draft.Offers >= 8);
        Assert.True(draft.Prefs > 0);
        Assert.Null(draft.ProposedAt);
    }
}

/// <summary>The OpenAPI document as this test reads it: the path names (each path item is left as an untyped object).</summary>
internal sealed record OpenApiPathsDto(Dictionary<string, JsonObject> Paths);

public sealed class RotationApiTestsSqlite(TalentChainFactory app) : RotationApiTests(app), IClassFixture<TalentChainFactory>;

public sealed class RotationApiTestsPostgres(PostgresFactory app) : RotationApiTests(app), IClassFixture<PostgresFactory>;
