using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.Exports.Features.Licences;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;
using static TalentChain.Tests.Modules.Exports.ExportsApi;
using TalentChain.Modules.Exports;

namespace TalentChain.Tests.Modules.Exports;

/// <summary>The export-licensing API end to end, on SQLite and on PostgreSQL.</summary>
public abstract class ExportsApiTests(TalentChainFactory app)
{
    [Fact]
    public async Task Application_FromDraftToApproval_ShowsTheDeadlineAndRecordsEveryTransition()
    {
        var api = await app.ApiClientAsync("trade");
        var created = await ApiAssert.JsonAsync(await api.PostAsJsonAsync("/api/v1/exports/applications", await DraftInputAsync(api)), HttpStatusCode.Created);
        var id = created.GetProperty("summary").GetProperty("id").GetInt32();
        Assert.Equal("Draft", created.GetProperty("summary").GetProperty("status").GetString());

        await AttachAsync(api, id, "Contract", "contract.pdf", Pdf);
        await AttachAsync(api, id, "EndUserCertificate", "euc.pdf", Pdf);
        await AttachAsync(api, id, "TechnicalDescription", "tech.pdf", Pdf);
        await MoveAsync(api, id, "Ready");
        await MoveAsync(api, id, "Submitted", "2026-09-21");
        await MoveAsync(api, id, "Accepted", "2026-09-25");
        var review = await MoveAsync(api, id, "UnderReview", "2026-09-28");

        // 45 working days after Fri 25 Sep 2026 (Mid-Autumn 25–27 Sep, National Day 1–7 Oct, make-up Sat 10 Oct): Thu 3 Dec.
        var s = review.GetProperty("summary");
        Assert.Equal("2026-12-03", s.GetProperty("deadline").GetString());
        Assert.Equal(36, s.GetProperty("elapsed").GetInt32());
        Assert.Equal(9, s.GetProperty("remaining").GetInt32());

        var approved = await MoveAsync(api, id, "Approved", "2026-11-02", new { note = "Granted" });
        Assert.Equal("Approved", approved.GetProperty("summary").GetProperty("status").GetString());
        var events = approved.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("to").GetString()).ToList();
        Assert.Equal(["Draft", "Ready", "Submitted", "Accepted", "UnderReview", "Approved"], events);
        Assert.Empty(approved.GetProperty("allowedTransitions").EnumerateArray());
        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "LicenceApplication" && a.EntityKey == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(audited >= 6, $"every change is audited ({audited})");
    }

    [Fact]
    public async Task SupplementRequest_UnderPause_StopsTheClock_ThenMovesTheDeadlineByThePausedWorkingDays()
    {
        var api = await app.ApiClientAsync("trade");
        var (id, _) = await UnderReviewAsync(api, await DraftInputAsync(api));
        var requested = await MoveAsync(api, id, "SupplementRequested", "2026-10-12", new { dueOn = "2026-10-26", policy = "Pause", note = "Explain the end use." });
        Assert.Equal(JsonValueKind.Null, requested.GetProperty("summary").GetProperty("deadline").ValueKind);
        Assert.True(requested.GetProperty("summary").GetProperty("clockStopped").GetBoolean());

        // Paused: 13–16 Oct = 4 working days, so 49 working days after 25 Sep 2026: 3 Dec + 4 → Wed 9 Dec.
        var provided = await MoveAsync(api, id, "SupplementProvided", "2026-10-16");
        Assert.Equal("2026-12-09", provided.GetProperty("summary").GetProperty("deadline").GetString());
        var supplement = Assert.Single(provided.GetProperty("supplements").EnumerateArray());
        Assert.Equal("2026-10-16", supplement.GetProperty("providedOn").GetString());

        var noDue = await api.PostAsJsonAsync($"/api/v1/exports/applications/{id}/transitions", new { to = "UnderReview" });
        Assert.Equal(HttpStatusCode.OK, noDue.StatusCode);
        var missing = await ErrorsAsync(await api.PostAsJsonAsync($"/api/v1/exports/applications/{id}/transitions", new { to = "SupplementRequested", policy = "Sometimes" }));
        Assert.Contains("Enter the date the information is due.", missing);
        Assert.Contains("\"Sometimes\" is not a clock policy (Continue, Pause or Restart).", missing);
    }

    [Fact]
    public async Task Amendment_HasTwentyWorkingDays_AndLicencesRespectTheirMaximumValidity()
    {
        var api = await app.ApiClientAsync("trade");
        var (appId, licence) = await ApprovedLicenceAsync(api, "T-AMEND-" + Guid.NewGuid().ToString("N")[..6]);
        var draft = await DraftInputAsync(api);
        var json = JsonSerializer.SerializeToNode(draft, ApiJson.Options)!.AsObject();
        json["kind"] = "Amendment";
        json["amendsLicenceId"] = licence.GetProperty("id").GetInt32();
        var (id, review) = await UnderReviewAsync(api, json);
        Assert.Equal("2026-10-29", review.GetProperty("summary").GetProperty("deadline").GetString()); // 20 working days after 25 Sep 2026
        Assert.Equal(20, review.GetProperty("workingDaysAllowed").GetInt32());

        await MoveAsync(api, id, "Approved", "2026-10-20");
        var tooLong = await ErrorsAsync(await api.PostAsJsonAsync("/api/v1/exports/licences", new { applicationId = id, number = "T-LONG-" + id, kind = "Individual", issuedOn = "2026-10-20", expiresOn = "2027-12-31" }));
        Assert.Contains("A licence of kind \"Individual\" is valid for at most 1 year(s).", tooLong);
        var again = await ErrorsAsync(await api.PostAsJsonAsync("/api/v1/exports/licences", new { applicationId = appId, number = "T-AGAIN-" + id }));
        Assert.Contains(again, e => e.StartsWith("A licence has already been recorded for application", StringComparison.Ordinal));
        var general = await ApiAssert.JsonAsync(await api.PostAsJsonAsync("/api/v1/exports/licences", new { applicationId = id, number = "T-GEN-" + id, kind = "General", issuedOn = "2026-10-20", expiresOn = "2029-10-19" }), HttpStatusCode.Created);
        Assert.Equal("General", general.GetProperty("kind").GetString());
    }

    private static async Task<(int Id, JsonElement View)> UnderReviewAsync(HttpClient api, object input)
    {
        var created = await ApiAssert.JsonAsync(await api.PostAsJsonAsync("/api/v1/exports/applications", input), HttpStatusCode.Created);
        var id = created.GetProperty("summary").GetProperty("id").GetInt32();
        await AttachAsync(api, id, "Contract", "contract.pdf", Pdf);
        await AttachAsync(api, id, "EndUserCertificate", "euc.pdf", Pdf);
        await AttachAsync(api, id, "TechnicalDescription", "tech.pdf", Pdf);
        await MoveAsync(api, id, "Ready");
        await MoveAsync(api, id, "Submitted", "2026-09-21");
        await MoveAsync(api, id, "Accepted", "2026-09-25");
        return (id, await MoveAsync(api, id, "UnderReview", "2026-09-28"));
    }

    [Fact]
    public async Task Transition_Forbidden_IsRefusedWithTheReasonAndChangesNothing()
    {
        var api = await app.ApiClientAsync("trade");
        var created = await ApiAssert.JsonAsync(await api.PostAsJsonAsync("/api/v1/exports/applications", await DraftInputAsync(api)), HttpStatusCode.Created);
        var id = created.GetProperty("summary").GetProperty("id").GetInt32();

        var skip = await api.PostAsJsonAsync($"/api/v1/exports/applications/{id}/transitions", new { to = "Approved" });
        Assert.Contains("An application cannot go from \"Draft\" to \"Approved\".", await ErrorsAsync(skip));

        var incomplete = await api.PostAsJsonAsync($"/api/v1/exports/applications/{id}/transitions", new { to = "Ready" });
        var missing = await ErrorsAsync(incomplete);
        Assert.Contains("Missing: Contract.", missing);
        Assert.Contains("Missing: End-user / end-use certificate.", missing);

        var view = await ApiAssert.JsonAsync(await api.GetAsync($"/api/v1/exports/applications/{id}"), HttpStatusCode.OK);
        Assert.Equal("Draft", view.GetProperty("summary").GetProperty("status").GetString());
        Assert.Single(view.GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task Create_BadInput_ReportsEachProblemAndWritesNothing()
    {
        var api = await app.ApiClientAsync("trade");
        var before = await app.WithDbAsync(db => db.LicenceApplications.CountAsync());
        var exporter = await PartyAsync(api, "Rare Earth Trading");
        var material = await MaterialAsync(api, "NDFEB-DY");
        var response = await api.PostAsJsonAsync("/api/v1/exports/applications", new
        {
            applicantPartyId = exporter, contractNumber = "X", consigneePartyId = 999999, endUserPartyId = exporter, endUse = "Motors", endUseCategory = "Automotive", currency = "EUR",
            lines = new object[]
            {
                new { materialId = material, controlCode = "1C999.z", quantity = 0m, value = 10m, currency = "EUR" },
                new { materialId = material, controlCode = "1C905.a", quantity = 5m, value = 10m, currency = "USD" },
            },
            route = new[] { new { from = "CN", to = "DE" } },
        });
        var errors = await ErrorsAsync(response);
        Assert.Contains("Party 999999 does not exist.", errors);
        Assert.Contains(errors, e => e.Contains("is not registered as end user", StringComparison.Ordinal));
        Assert.Contains("Line 1: \"1C999.z\" is not a code on the control list.", errors);
        Assert.Contains("Line 1: the quantity must be greater than zero.", errors);
        Assert.Contains("Line 2: currency USD differs from the application's currency EUR.", errors);
        Assert.Equal(before, await app.WithDbAsync(db => db.LicenceApplications.CountAsync()));
    }

    [Fact]
    public async Task Document_WhoseContentIsNotItsType_IsRefused()
    {
        var api = await app.ApiClientAsync("trade");
        var created = await ApiAssert.JsonAsync(await api.PostAsJsonAsync("/api/v1/exports/applications", await DraftInputAsync(api)), HttpStatusCode.Created);
        var id = created.GetProperty("summary").GetProperty("id").GetInt32();
        using var form = new MultipartFormDataContent { { new StringContent("Contract"), "kind" }, { new ByteArrayContent("MZ\u0090 not a pdf"u8.ToArray()), "file", "contract.pdf" } };
        var errors = await ErrorsAsync(await api.PostAsync($"/api/v1/exports/applications/{id}/documents", form));
        Assert.Contains("contract.pdf: the content is not a .pdf file (its first bytes do not match the type its name claims).", errors);
        using var exe = new MultipartFormDataContent { { new StringContent("Contract"), "kind" }, { new ByteArrayContent(Pdf), "file", "contract.exe" } };
        Assert.Contains(await ErrorsAsync(await api.PostAsync($"/api/v1/exports/applications/{id}/documents", exe)), e => e.StartsWith("contract.exe: only these file types are accepted", StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.ApplicationDocuments.CountAsync(d => d.ApplicationId == id)));
    }

    [Fact]
    public async Task Shipment_AtTheExactToleranceBoundary_IsAccepted_AndOneGramMoreIsRefused()
    {
        var api = await app.ApiClientAsync("trade");
        var (_, licence) = await ApprovedLicenceAsync(api, "T-BOUNDARY-" + Guid.NewGuid().ToString("N")[..6]);
        var licenceId = licence.GetProperty("id").GetInt32();
        var line = licence.GetProperty("lines")[0];
        Assert.Equal(1050m, line.GetProperty("quantityLimit").GetDecimal());
        var customer = await PartyAsync(api, "Rheinmotor");
        object Order(decimal q, decimal v, string country = "DE", string planned = "2026-11-20", int? endUser = null) => new
        {
            licenceId, consigneePartyId = customer, endUserPartyId = endUser ?? customer, destinationCountry = country, endUseCategory = "Automotive", plannedOn = planned,
            lines = new[] { new { licenceLineId = line.GetProperty("id").GetInt32(), quantity = q, value = v } },
        };

        var first = await ApiAssert.JsonAsync(await api.PostAsJsonAsync("/api/v1/exports/shipments", Order(1000m, 95000m)), HttpStatusCode.Created);
        await ApiAssert.JsonAsync(await api.PostAsJsonAsync("/api/v1/exports/shipments", Order(50m, 4750m)), HttpStatusCode.Created); // exactly 1050 kg / 99,750 EUR

        var over = await ErrorsAsync(await api.PostAsJsonAsync("/api/v1/exports/shipments", Order(0.001m, 0m)));
        Assert.Contains(over, e => e.StartsWith("Refused: line 1 asks for 0.001 kg but only 0 kg remain on licence", StringComparison.Ordinal));

        // Shipping consumes the reservation; cancelling the other releases it, after which it fits again.
        var shipped = await ApiAssert.JsonAsync(await api.PostAsJsonAsync($"/api/v1/exports/shipments/{first.GetProperty("id").GetInt32()}/ship", new { shippedOn = "2026-11-20" }), HttpStatusCode.OK);
        Assert.Equal("Shipped", shipped.GetProperty("status").GetString());
        var view = await ApiAssert.JsonAsync(await api.GetAsync($"/api/v1/exports/licences/{licenceId}"), HttpStatusCode.OK);
        var l = view.GetProperty("lines")[0];
        Assert.Equal(1000m, l.GetProperty("consumed").GetDecimal());
        Assert.Equal(50m, l.GetProperty("reserved").GetDecimal());
        Assert.Equal(0m, l.GetProperty("remainingQuantity").GetDecimal());
        Assert.Equal(105m, l.GetProperty("utilisationPercent").GetDecimal());

        var second = view.GetProperty("shipments").EnumerateArray().First(s => s.GetProperty("status").GetString() == "Reserved").GetProperty("id").GetInt32();
        await ApiAssert.JsonAsync(await api.PostAsync($"/api/v1/exports/shipments/{second}/cancel", null), HttpStatusCode.OK);
        await ApiAssert.JsonAsync(await api.PostAsJsonAsync("/api/v1/exports/shipments", Order(50m, 4750m)), HttpStatusCode.Created);

        // Value is checked as well as quantity.
        var cancelled = await ApiAssert.JsonAsync(await api.GetAsync($"/api/v1/exports/licences/{licenceId}"), HttpStatusCode.OK);
        Assert.Equal(99750m, cancelled.GetProperty("lines")[0].GetProperty("valueLimit").GetDecimal());
    }

    [Fact]
    public async Task Shipment_ToAnUncoveredPartyOrCountry_OrAfterExpiry_IsRefusedWithTheReason()
    {
        var api = await app.ApiClientAsync("trade");
        var (_, licence) = await ApprovedLicenceAsync(api, "T-COVER-" + Guid.NewGuid().ToString("N")[..6], expiresOn: "2026-11-30");
        var licenceId = licence.GetProperty("id").GetInt32();
        var number = licence.GetProperty("number").GetString();
        var lineId = licence.GetProperty("lines")[0].GetProperty("id").GetInt32();
        var customer = await PartyAsync(api, "Rheinmotor");
        var other = await PartyAsync(api, "Lakeshore");
        var before = await app.WithDbAsync(db => db.Shipments.CountAsync());

        var party = await ErrorsAsync(await api.PostAsJsonAsync("/api/v1/exports/shipments", new
        {
            licenceId, consigneePartyId = customer, endUserPartyId = other, destinationCountry = "US", plannedOn = "2026-11-20",
            lines = new[] { new { licenceLineId = lineId, quantity = 10m, value = 950m } },
        }));
        Assert.Contains($"Refused: Lakeshore Wind Systems Inc. is not covered by licence {number}.", party);
        Assert.Contains($"Refused: licence {number} prohibits (re-)export to US.", party);

        var late = await ErrorsAsync(await api.PostAsJsonAsync("/api/v1/exports/shipments", new
        {
            licenceId, consigneePartyId = customer, endUserPartyId = customer, destinationCountry = "DE", plannedOn = "2026-12-01", endUseCategory = "Defence",
            lines = new[] { new { licenceLineId = lineId, quantity = 10m, value = 950m } },
        }));
        Assert.Contains($"Refused: shipping on 2026-12-01 is after licence {number} expired on 2026-11-30.", late);
        Assert.Contains($"Refused: licence {number} excludes defence end use.", late);
        Assert.Equal(before, await app.WithDbAsync(db => db.Shipments.CountAsync()));
        var remaining = (await ApiAssert.JsonAsync(await api.GetAsync($"/api/v1/exports/licences/{licenceId}"), HttpStatusCode.OK)).GetProperty("lines")[0].GetProperty("reserved").GetDecimal();
        Assert.Equal(0m, remaining);
    }

    [Fact]
    public async Task Reservation_RacingAnotherOnTheSameLicenceLine_LosesWithAConflict_AndNothingIsOverAllocated()
    {
        var api = await app.ApiClientAsync("trade");
        var (_, licence) = await ApprovedLicenceAsync(api, "T-RACE-" + Guid.NewGuid().ToString("N")[..6], tolerance: 0m);
        var lineId = licence.GetProperty("lines")[0].GetProperty("id").GetInt32();
        var customer = await PartyAsync(api, "Rheinmotor");

        // Another request read the line and is about to save its reservation of 600 kg …
        using var slowScope = app.Services.CreateScope();
        var slowDb = slowScope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var stale = await slowDb.LicenceLines.SingleAsync(l => l.Id == lineId);
        stale.ReservedQuantity += 600m;

        // … while this one reserves 600 kg and commits first.
        using (var scope = app.Services.CreateScope())
        {
            var handler = scope.ServiceProvider.GetRequiredService<LicenceHandlers>();
            await handler.ReserveAsync(new ShipmentInput(licence.GetProperty("id").GetInt32(), customer, customer, "DE", "Automotive", null, [new ShipmentLineInput(lineId, 600m, 100m)]));
        }

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => slowDb.SaveChangesAsync());
        Assert.Equal(600m, await app.WithDbAsync(db => db.LicenceLines.Where(l => l.Id == lineId).Select(l => l.ReservedQuantity).SingleAsync()));

        // Through the API, two simultaneous 600 kg orders on a 1000 kg line: never both.
        var (_, licence2) = await ApprovedLicenceAsync(api, "T-RACE2-" + Guid.NewGuid().ToString("N")[..6], tolerance: 0m);
        var line2 = licence2.GetProperty("lines")[0].GetProperty("id").GetInt32();
        var order = new
        {
            licenceId = licence2.GetProperty("id").GetInt32(), consigneePartyId = customer, endUserPartyId = customer, destinationCountry = "DE", plannedOn = "2026-11-20",
            lines = new[] { new { licenceLineId = line2, quantity = 600m, value = 100m } },
        };
        var api2 = await app.ApiClientAsync("trade");
        var results = await Task.WhenAll(api.PostAsJsonAsync("/api/v1/exports/shipments", order), api2.PostAsJsonAsync("/api/v1/exports/shipments", order));
        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Single(results, r => r.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest);
        Assert.Equal(600m, await app.WithDbAsync(db => db.LicenceLines.Where(l => l.Id == line2).Select(l => l.ReservedQuantity).SingleAsync()));
    }

    [Fact]
    public async Task Reservation_CrossingUtilisationThresholds_AlertsTradeComplianceOnce()
    {
        var api = await app.ApiClientAsync("trade");
        var (_, licence) = await ApprovedLicenceAsync(api, "T-ALERT-" + Guid.NewGuid().ToString("N")[..6], tolerance: 0m);
        var licenceId = licence.GetProperty("id").GetInt32();
        var lineId = licence.GetProperty("lines")[0].GetProperty("id").GetInt32();
        var customer = await PartyAsync(api, "Rheinmotor");
        object Order(decimal q) => new
        {
            licenceId, consigneePartyId = customer, endUserPartyId = customer, destinationCountry = "DE", plannedOn = "2026-11-20",
            lines = new[] { new { licenceLineId = lineId, quantity = q, value = 1m } },
        };
        await ApiAssert.JsonAsync(await api.PostAsJsonAsync("/api/v1/exports/shipments", Order(850m)), HttpStatusCode.Created);
        await ApiAssert.JsonAsync(await api.PostAsJsonAsync("/api/v1/exports/shipments", Order(10m)), HttpStatusCode.Created);

        var keys = await app.WithDbAsync(db => db.Notifications.Where(n => n.DedupKey!.StartsWith($"licence:{licenceId}:")).Select(n => new { n.DedupKey, n.Subject }).ToListAsync());
        Assert.Single(keys.Select(k => k.DedupKey).Distinct());
        Assert.Equal($"licence:{licenceId}:line:{lineId}:util-80", keys[0].DedupKey);
        Assert.StartsWith($"Licence {licence.GetProperty("number").GetString()}: 80 % used", keys[0].Subject);
    }

    [Fact]
    public async Task ControlList_AsOfADate_ShowsTheSuspendedOctoberItemsOnlyOutsideTheSuspension()
    {
        var api = await app.ApiClientAsync("trade");
        var during = await ApiAssert.JsonAsync(await api.GetAsync("/api/v1/exports/control-list?asOf=2026-06-01"), HttpStatusCode.OK);
        Assert.Contains(during.GetProperty("inForce").EnumerateArray(), e => e.GetProperty("controlCode").GetString() == "1C902.a" && e.GetProperty("hsCodes")[0].GetString() == "2805301910");
        Assert.DoesNotContain(during.GetProperty("inForce").EnumerateArray(), e => e.GetProperty("element").GetString() == "Ho");
        Assert.Contains(during.GetProperty("notInForce").EnumerateArray(), e => e.GetProperty("element").GetString() == "Ho" && e.GetProperty("state").GetString() == "Suspended");

        var before18 = await ApiAssert.JsonAsync(await api.GetAsync("/api/v1/exports/control-list?asOf=2025-04-03"), HttpStatusCode.OK);
        Assert.Empty(before18.GetProperty("inForce").EnumerateArray());

        var after = await ApiAssert.JsonAsync(await api.GetAsync("/api/v1/exports/control-list?asOf=2026-11-11"), HttpStatusCode.OK);
        Assert.Contains(after.GetProperty("inForce").EnumerateArray(), e => e.GetProperty("element").GetString() == "Ho");
    }

    [Fact]
    public async Task Classification_NdFeBWithDyOrTb_IsControlledWithTheRuleExplained_AndPlainNdFeBIsNot()
    {
        var api = await app.ApiClientAsync("trade");
        var list = (await ApiAssert.JsonAsync(await api.GetAsync("/api/v1/exports/materials?asOf=2026-06-01"), HttpStatusCode.OK)).EnumerateArray().ToDictionary(m => m.GetProperty("code").GetString()!);

        var dy = list["NDFEB-DY"].GetProperty("classification");
        Assert.True(dy.GetProperty("controlled").GetBoolean());
        var match = Assert.Single(dy.GetProperty("matches").EnumerateArray());
        Assert.Equal("1C905.a", match.GetProperty("controlCode").GetString());
        Assert.Contains("contains Dy 4.5 wt %", match.GetProperty("explanation").GetString());
        Assert.Equal("1C904.a", Assert.Single(list["NDFEB-TB"].GetProperty("classification").GetProperty("matches").EnumerateArray()).GetProperty("controlCode").GetString());
        Assert.False(list["NDFEB-STD"].GetProperty("classification").GetProperty("controlled").GetBoolean());
        Assert.Equal("1C902.a", Assert.Single(list["SMCO-217"].GetProperty("classification").GetProperty("matches").EnumerateArray()).GetProperty("controlCode").GetString());
        var ho = list["HO-METAL"].GetProperty("classification");
        Assert.False(ho.GetProperty("controlled").GetBoolean());
        Assert.Contains("suspended until 2026-11-10", Assert.Single(ho.GetProperty("dormant").EnumerateArray()).GetProperty("explanation").GetString());

        // A new material: Dy oxide as a compound mixture is caught by the .c entry; an unknown element is refused.
        var created = await ApiAssert.JsonAsync(await api.PostAsJsonAsync("/api/v1/exports/materials", new
        {
            code = "DY-MIX", name = "Dy/Nd fluoride mixture", form = "Mixture", composition = new[] { new { element = "Dy", weightPercent = 30m }, new { element = "Nd", weightPercent = 40m }, new { element = "F", weightPercent = 30m } },
        }), HttpStatusCode.Created);
        Assert.Equal("1C905.c", created.GetProperty("classification").GetProperty("matches")[0].GetProperty("controlCode").GetString());
        var bad = await ErrorsAsync(await api.PostAsJsonAsync("/api/v1/exports/materials", new { code = "BAD", name = "Bad", form = "Powder", composition = new[] { new { element = "Xx", weightPercent = 120m } } }));
        Assert.Contains("\"Powder\" is not a material form.", bad);
        Assert.Contains("\"Xx\" is not a chemical element symbol.", bad);
    }

    [Fact]
    public async Task CalendarImport_WithBadLines_ListsThemByLineNumber_AndKeepsTheCalendar()
    {
        var api = await app.ApiClientAsync("trade");
        var before = await ApiAssert.JsonAsync(await api.GetAsync("/api/v1/exports/calendars/CN"), HttpStatusCode.OK);
        var errors = await ErrorsAsync(await api.PutAsJsonAsync("/api/v1/exports/calendars/CN/csv", new { csv = "date,kind\n2027-01-01,holiday\n2027-02-30,holiday\n2027-02-06,makeup\n" }));
        Assert.Contains("Line 3: \"2027-02-30\" is not a date in the form YYYY-MM-DD.", errors);
        Assert.Contains("Line 4: \"makeup\" is not a kind; use holiday or workday.", errors);
        var after = await ApiAssert.JsonAsync(await api.GetAsync("/api/v1/exports/calendars/CN"), HttpStatusCode.OK);
        Assert.Equal(before.GetProperty("days").GetArrayLength(), after.GetProperty("days").GetArrayLength());

        var outside = await ErrorsAsync(await api.GetAsync("/api/v1/exports/calendars/CN/deadline?start=2026-12-20&days=10"));
        Assert.Contains(outside, e => e.StartsWith("2027-01-01 lies outside the calendar's coverage", StringComparison.Ordinal));
        var ok = await ApiAssert.JsonAsync(await api.GetAsync("/api/v1/exports/calendars/CN/deadline?start=2025-09-26&days=10"), HttpStatusCode.OK);
        Assert.Equal("2025-10-16", ok.GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task Permissions_ExecutivesReadInsightsOnly_OthersSeeNothing()
    {
        var exec = await app.ApiClientAsync("exec");
        Assert.Equal(HttpStatusCode.OK, (await exec.GetAsync("/api/v1/exports/analytics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await exec.GetAsync("/api/v1/exports/risk")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await exec.GetAsync("/api/v1/exports/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await exec.PostAsJsonAsync("/api/v1/exports/parties", new { name = "X", country = "DE", roles = new[] { "EndUser" } })).StatusCode);
        var pm = await app.ApiClientAsync("pm");
        Assert.Equal(HttpStatusCode.Forbidden, (await pm.GetAsync("/api/v1/exports/analytics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pm.GetAsync("/api/v1/exports/control-list")).StatusCode);
        var admin = await app.ApiClientAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/exports/applications?status=Pending")).StatusCode);
    }

    [Fact]
    public async Task RiskBoard_DemoData_PutsTheUsGeneratorLineRoutedViaIndiaFirstAtHighRisk()
    {
        var exec = await app.ApiClientAsync("exec");
        var board = await ApiAssert.JsonAsync(await exec.GetAsync("/api/v1/exports/risk"), HttpStatusCode.OK);
        var rows = board.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.StartsWith("Lakeshore", rows[0].GetProperty("customer").GetString());
        Assert.Equal("High", rows[0].GetProperty("level").GetString());
        Assert.True(rows[0].GetProperty("daysOfCover").GetDouble() < 15);
        var exposures = rows.Select(r => r.GetProperty("exposure").GetDecimal()).ToList();
        Assert.Equal(exposures.OrderByDescending(x => x), exposures);
    }

    [Fact]
    public async Task Analytics_DemoHistory_UsEndUsersAndThirdCountryRoutesWaitLonger()
    {
        var exec = await app.ApiClientAsync("exec");
        var v = await ApiAssert.JsonAsync(await exec.GetAsync("/api/v1/exports/analytics"), HttpStatusCode.OK);
        var segments = v.GetProperty("segments").EnumerateArray().ToList();
        double Median(string dim, string key) => segments.Single(s => s.GetProperty("dimension").GetString() == dim && s.GetProperty("key").GetString() == key).GetProperty("medianDays").GetDouble();
        Assert.True(Median("EndUserCountry", "US") > Median("EndUserCountry", "DE"));
        Assert.True(Median("Route", "ViaThirdCountry") > Median("Route", "Direct"));
        Assert.Equal(v.GetProperty("pending").GetInt32(), v.GetProperty("backlog").EnumerateArray().Sum(b => b.GetProperty("count").GetInt32()));
        Assert.True(await app.WithDbAsync(db => db.LicenceApplications.CountAsync()) >= 200);
    }
}

public sealed class ExportsApiTestsSqlite(ExportsSqliteFactory app) : ExportsApiTests(app), IClassFixture<ExportsSqliteFactory>;

public sealed class ExportsApiTestsPostgres(ExportsPostgresFactory app) : ExportsApiTests(app), IClassFixture<ExportsPostgresFactory>;
