using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.Exports.Features.Analytics;
using TalentChain.Modules.Exports.Features.Applications;
using TalentChain.Modules.Exports.Features.Calendars;
using TalentChain.Modules.Exports.Features.ControlList;
using TalentChain.Modules.Exports.Features.Licences;
using TalentChain.Modules.Exports.Features.Licences.ReserveShipment;
using TalentChain.Modules.Exports.Features.Risk;
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
        var created = await ApiAssert.JsonAsync<ApplicationView>(await api.PostAsJsonAsync("/api/v1/exports/applications", await DraftInputAsync(api)), HttpStatusCode.Created);
        var id = created.Summary.Id;
        Assert.Equal("Draft", created.Summary.Status);

        await AttachAsync(api, id, "Contract", "contract.pdf", Pdf);
        await AttachAsync(api, id, "EndUserCertificate", "euc.pdf", Pdf);
        await AttachAsync(api, id, "TechnicalDescription", "tech.pdf", Pdf);
        await MoveAsync(api, id, "Ready");
        await MoveAsync(api, id, "Submitted", "2026-09-21");
        await MoveAsync(api, id, "Accepted", "2026-09-25");
        var review = await MoveAsync(api, id, "UnderReview", "2026-09-28");

        // 45 working days after Fri 25 Sep 2026 (Mid-Autumn 25–27 Sep, National Day 1–7 Oct, make-up Sat 10 Oct): Thu 3 Dec.
        var s = review.Summary;
        Assert.Equal(Day("2026-12-03"), s.Deadline);
        Assert.Equal(36, s.Elapsed);
        Assert.Equal(9, s.Remaining);

        var approved = await MoveAsync(api, id, "Approved", "2026-11-02", new { note = "Granted" });
        Assert.Equal("Approved", approved.Summary.Status);
        var events = approved.Events.Select(e => e.To).ToList();
        Assert.Equal(["Draft", "Ready", "Submitted", "Accepted", "UnderReview", "Approved"], events);
        Assert.Empty(approved.AllowedTransitions);
        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "LicenceApplication" && a.EntityKey == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(audited >= 6, $"every change is audited ({audited})");
    }

    [Fact]
    public async Task SupplementRequest_UnderPause_MovesDeadlineByPausedWorkingDays()
    {
        var api = await app.ApiClientAsync("trade");
        var (id, _) = await UnderReviewAsync(api, await DraftInputAsync(api));
        var requested = await MoveAsync(api, id, "SupplementRequested", "2026-10-12", new { dueOn = "2026-10-26", policy = "Pause", note = "Explain the end use." });
        Assert.Null(requested.Summary.Deadline);
        Assert.True(requested.Summary.ClockStopped);

        // Paused: 13–16 Oct = 4 working days, so 49 working days after 25 Sep 2026: 3 Dec + 4 → Wed 9 Dec.
        var provided = await MoveAsync(api, id, "SupplementProvided", "2026-10-16");
        Assert.Equal(Day("2026-12-09"), provided.Summary.Deadline);
        var supplement = Assert.Single(provided.Supplements);
        Assert.Equal(Day("2026-10-16"), supplement.ProvidedOn);

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
        json["amendsLicenceId"] = licence.Id;
        var (id, review) = await UnderReviewAsync(api, json);
        Assert.Equal(Day("2026-10-29"), review.Summary.Deadline); // 20 working days after 25 Sep 2026
        Assert.Equal(20, review.WorkingDaysAllowed);

        await MoveAsync(api, id, "Approved", "2026-10-20");
        var tooLong = await ErrorsAsync(await api.PostAsJsonAsync("/api/v1/exports/licences", new { applicationId = id, number = "T-LONG-" + id, kind = "Individual", issuedOn = "2026-10-20", expiresOn = "2027-12-31" }));
        Assert.Contains("A licence of kind \"Individual\" is valid for at most 1 year(s).", tooLong);
        var again = await ErrorsAsync(await api.PostAsJsonAsync("/api/v1/exports/licences", new { applicationId = appId, number = "T-AGAIN-" + id }));
        Assert.Contains(again, e => e.StartsWith("A licence has already been recorded for application", StringComparison.Ordinal));
        var general = await ApiAssert.JsonAsync<LicenceView>(await api.PostAsJsonAsync("/api/v1/exports/licences", new { applicationId = id, number = "T-GEN-" + id, kind = "General", issuedOn = "2026-10-20", expiresOn = "2029-10-19" }), HttpStatusCode.Created);
        Assert.Equal("General", general.Kind);
    }

    private static async Task<(int Id, ApplicationView View)> UnderReviewAsync(HttpClient api, object input)
    {
        var created = await ApiAssert.JsonAsync<ApplicationView>(await api.PostAsJsonAsync("/api/v1/exports/applications", input), HttpStatusCode.Created);
        var id = created.Summary.Id;
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
        var created = await ApiAssert.JsonAsync<ApplicationView>(await api.PostAsJsonAsync("/api/v1/exports/applications", await DraftInputAsync(api)), HttpStatusCode.Created);
        var id = created.Summary.Id;

        var skip = await api.PostAsJsonAsync($"/api/v1/exports/applications/{id}/transitions", new { to = "Approved" });
        Assert.Contains("An application cannot go from \"Draft\" to \"Approved\".", await ErrorsAsync(skip));

        var incomplete = await api.PostAsJsonAsync($"/api/v1/exports/applications/{id}/transitions", new { to = "Ready" });
        var missing = await ErrorsAsync(incomplete);
        Assert.Contains("Missing: Contract.", missing);
        Assert.Contains("Missing: End-user / end-use certificate.", missing);

        var view = await api.GetJsonAsync<ApplicationView>($"/api/v1/exports/applications/{id}");
        Assert.Equal("Draft", view.Summary.Status);
        Assert.Single(view.Events);
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
        var created = await ApiAssert.JsonAsync<ApplicationView>(await api.PostAsJsonAsync("/api/v1/exports/applications", await DraftInputAsync(api)), HttpStatusCode.Created);
        var id = created.Summary.Id;
        using var form = new MultipartFormDataContent { { new StringContent("Contract"), "kind" }, { new ByteArrayContent("MZ\u0090 not a pdf"u8.ToArray()), "file", "contract.pdf" } };
        var errors = await ErrorsAsync(await api.PostAsync($"/api/v1/exports/applications/{id}/documents", form));
        Assert.Contains("contract.pdf: the content is not a .pdf file (its first bytes do not match the type its name claims).", errors);
        using var exe = new MultipartFormDataContent { { new StringContent("Contract"), "kind" }, { new ByteArrayContent(Pdf), "file", "contract.exe" } };
        Assert.Contains(await ErrorsAsync(await api.PostAsync($"/api/v1/exports/applications/{id}/documents", exe)), e => e.StartsWith("contract.exe: only these file types are accepted", StringComparison.Ordinal));
        // An Office file that would unpack to a thousand times its size (a zip bomb) is refused without being unpacked.
        using var bomb = new MultipartFormDataContent { { new StringContent("Contract"), "kind" }, { new ByteArrayContent(TalentChain.Tests.Platform.HostileWorkbooks.Bomb(3L * 1024 * 1024)), "file", "contract.xlsx" } };
        Assert.Contains("contract.xlsx would unpack to more than 50 MB or is not a valid Office file.", await ErrorsAsync(await api.PostAsync($"/api/v1/exports/applications/{id}/documents", bomb)));
        Assert.Equal(0, await app.WithDbAsync(db => db.ApplicationDocuments.CountAsync(d => d.ApplicationId == id)));
    }

    [Fact]
    public async Task Shipment_AtToleranceBoundary_IsAcceptedButOneGramMoreRefused()
    {
        var api = await app.ApiClientAsync("trade");
        var (_, licence) = await ApprovedLicenceAsync(api, "T-BOUNDARY-" + Guid.NewGuid().ToString("N")[..6]);
        var licenceId = licence.Id;
        var line = licence.Lines[0];
        Assert.Equal(1050m, line.QuantityLimit);
        var customer = await PartyAsync(api, "Rheinmotor");
        object Order(decimal q, decimal v, string country = "DE", string planned = "2026-11-20", int? endUser = null) => new
        {
            licenceId, consigneePartyId = customer, endUserPartyId = endUser ?? customer, destinationCountry = country, endUseCategory = "Automotive", plannedOn = planned,
            lines = new[] { new { licenceLineId = line.Id, quantity = q, value = v } },
        };

        var first = await ApiAssert.JsonAsync<ShipmentView>(await api.PostAsJsonAsync("/api/v1/exports/shipments", Order(1000m, 95000m)), HttpStatusCode.Created);
        await ApiAssert.JsonAsync<ShipmentView>(await api.PostAsJsonAsync("/api/v1/exports/shipments", Order(50m, 4750m)), HttpStatusCode.Created); // exactly 1050 kg / 99,750 EUR

        var over = await ErrorsAsync(await api.PostAsJsonAsync("/api/v1/exports/shipments", Order(0.001m, 0m)));
        Assert.Contains(over, e => e.StartsWith("Refused: line 1 asks for 0.001 kg but only 0 kg remain on licence", StringComparison.Ordinal));

        // Shipping consumes the reservation; cancelling the other releases it, after which it fits again.
        var shipped = await ApiAssert.JsonAsync<ShipmentView>(await api.PostAsJsonAsync($"/api/v1/exports/shipments/{first.Id}/ship", new { shippedOn = "2026-11-20" }), HttpStatusCode.OK);
        Assert.Equal("Shipped", shipped.Status);
        var view = await api.GetJsonAsync<LicenceView>($"/api/v1/exports/licences/{licenceId}");
        var l = view.Lines[0];
        Assert.Equal(1000m, l.Consumed);
        Assert.Equal(50m, l.Reserved);
        Assert.Equal(0m, l.RemainingQuantity);
        Assert.Equal(105m, l.UtilisationPercent);

        var second = view.Shipments.First(s => s.Status == "Reserved").Id;
        await ApiAssert.JsonAsync<ShipmentView>(await api.PostAsync($"/api/v1/exports/shipments/{second}/cancel", null), HttpStatusCode.OK);
        await ApiAssert.JsonAsync<ShipmentView>(await api.PostAsJsonAsync("/api/v1/exports/shipments", Order(50m, 4750m)), HttpStatusCode.Created);

        // Value is checked as well as quantity.
        var cancelled = await api.GetJsonAsync<LicenceView>($"/api/v1/exports/licences/{licenceId}");
        Assert.Equal(99750m, cancelled.Lines[0].ValueLimit);
    }

    [Fact]
    public async Task Shipment_UncoveredPartyCountryOrExpired_IsRefusedWithReason()
    {
        var api = await app.ApiClientAsync("trade");
        var (_, licence) = await ApprovedLicenceAsync(api, "T-COVER-" + Guid.NewGuid().ToString("N")[..6], expiresOn: "2026-11-30");
        var licenceId = licence.Id;
        var number = licence.Number;
        var lineId = licence.Lines[0].Id;
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
        var remaining = (await api.GetJsonAsync<LicenceView>($"/api/v1/exports/licences/{licenceId}")).Lines[0].Reserved;
        Assert.Equal(0m, remaining);
    }

    [Fact]
    public async Task Reservation_RacingOnSameLicenceLine_LosesWithConflict()
    {
        var api = await app.ApiClientAsync("trade");
        var (_, licence) = await ApprovedLicenceAsync(api, "T-RACE-" + Guid.NewGuid().ToString("N")[..6], tolerance: 0m);
        var lineId = licence.Lines[0].Id;
        var customer = await PartyAsync(api, "Rheinmotor");

        // Another request read the line and is about to save its reservation of 600 kg …
        using var slowScope = app.Services.CreateScope();
        var slowDb = slowScope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var stale = await slowDb.LicenceLines.SingleAsync(l => l.Id == lineId);
        stale.ReservedQuantity += 600m;

        // … while this one reserves 600 kg and commits first.
        using (var scope = app.Services.CreateScope())
        {
            var handler = scope.ServiceProvider.GetRequiredService<ReserveShipmentHandler>();
            await handler.ReserveAsync(new ShipmentInput(licence.Id, customer, customer, "DE", "Automotive", null, [new ShipmentLineInput(lineId, 600m, 100m)]));
        }

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => slowDb.SaveChangesAsync());
        Assert.Equal(600m, await app.WithDbAsync(db => db.LicenceLines.Where(l => l.Id == lineId).Select(l => l.ReservedQuantity).SingleAsync()));

        // Through the API, two simultaneous 600 kg orders on a 1000 kg line: never both.
        var (_, licence2) = await ApprovedLicenceAsync(api, "T-RACE2-" + Guid.NewGuid().ToString("N")[..6], tolerance: 0m);
        var line2 = licence2.Lines[0].Id;
        var order = new
        {
            licenceId = licence2.Id, consigneePartyId = customer, endUserPartyId = customer, destinationCountry = "DE", plannedOn = "2026-11-20",
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
        var licenceId = licence.Id;
        var lineId = licence.Lines[0].Id;
        var customer = await PartyAsync(api, "Rheinmotor");
        object Order(decimal q) => new
        {
            licenceId, consigneePartyId = customer, endUserPartyId = customer, destinationCountry = "DE", plannedOn = "2026-11-20",
            lines = new[] { new { licenceLineId = lineId, quantity = q, value = 1m } },
        };
        await ApiAssert.JsonAsync<ShipmentView>(await api.PostAsJsonAsync("/api/v1/exports/shipments", Order(850m)), HttpStatusCode.Created);
        await ApiAssert.JsonAsync<ShipmentView>(await api.PostAsJsonAsync("/api/v1/exports/shipments", Order(10m)), HttpStatusCode.Created);

        var keys = await app.WithDbAsync(db => db.Notifications.Where(n => n.DedupKey!.StartsWith($"licence:{licenceId}:")).Select(n => new { n.DedupKey, n.Subject }).ToListAsync());
        Assert.Single(keys.Select(k => k.DedupKey).Distinct());
        Assert.Equal($"licence:{licenceId}:line:{lineId}:util-80", keys[0].DedupKey);
        Assert.StartsWith($"Licence {licence.Number}: 80 % used", keys[0].Subject);
    }

    [Fact]
    public async Task ControlList_AsOfADate_ShowsTheSuspendedOctoberItemsOnlyOutsideTheSuspension()
    {
        var api = await app.ApiClientAsync("trade");
        var during = await api.GetJsonAsync<ControlListView>("/api/v1/exports/control-list?asOf=2026-06-01");
        Assert.Contains(during.InForce, e => e.ControlCode == "1C902.a" && e.HsCodes[0] == "2805301910");
        Assert.DoesNotContain(during.InForce, e => e.Element == "Ho");
        Assert.Contains(during.NotInForce, e => e.Element == "Ho" && e.State == "Suspended");

        var before18 = await api.GetJsonAsync<ControlListView>("/api/v1/exports/control-list?asOf=2025-04-03");
        Assert.Empty(before18.InForce);

        var after = await api.GetJsonAsync<ControlListView>("/api/v1/exports/control-list?asOf=2026-11-11");
        Assert.Contains(after.InForce, e => e.Element == "Ho");
    }

    [Fact]
    public async Task Classification_NdFeBWithDyOrTb_IsControlledWithRuleExplained()
    {
        var api = await app.ApiClientAsync("trade");
        var list = (await api.GetJsonAsync<List<MaterialView>>("/api/v1/exports/materials?asOf=2026-06-01")).ToDictionary(m => m.Code);

        var dy = list["NDFEB-DY"].Classification;
        Assert.True(dy.Controlled);
        var match = Assert.Single(dy.Matches);
        Assert.Equal("1C905.a", match.ControlCode);
        Assert.Contains("contains Dy 4.5 wt %", match.Explanation);
        Assert.Equal("1C904.a", Assert.Single(list["NDFEB-TB"].Classification.Matches).ControlCode);
        Assert.False(list["NDFEB-STD"].Classification.Controlled);
        Assert.Equal("1C902.a", Assert.Single(list["SMCO-217"].Classification.Matches).ControlCode);
        var ho = list["HO-METAL"].Classification;
        Assert.False(ho.Controlled);
        Assert.Contains("suspended until 2026-11-10", Assert.Single(ho.Dormant).Explanation);

        // A new material: Dy oxide as a compound mixture is caught by the .c entry; an unknown element is refused.
        var created = await ApiAssert.JsonAsync<MaterialView>(await api.PostAsJsonAsync("/api/v1/exports/materials", new
        {
            code = "DY-MIX", name = "Dy/Nd fluoride mixture", form = "Mixture", composition = new[] { new { element = "Dy", weightPercent = 30m }, new { element = "Nd", weightPercent = 40m }, new { element = "F", weightPercent = 30m } },
        }), HttpStatusCode.Created);
        Assert.Equal("1C905.c", created.Classification.Matches[0].ControlCode);
        var bad = await ErrorsAsync(await api.PostAsJsonAsync("/api/v1/exports/materials", new { code = "BAD", name = "Bad", form = "Powder", composition = new[] { new { element = "Xx", weightPercent = 120m } } }));
        Assert.Contains("\"Powder\" is not a material form.", bad);
        Assert.Contains("\"Xx\" is not a chemical element symbol.", bad);
    }

    [Fact]
    public async Task CalendarImport_BadLines_ListsLineNumbersAndKeepsCalendar()
    {
        var api = await app.ApiClientAsync("trade");
        var before = await api.GetJsonAsync<CalendarView>("/api/v1/exports/calendars/CN");
        var errors = await ErrorsAsync(await api.PutAsJsonAsync("/api/v1/exports/calendars/CN/csv", new { csv = "date,kind\n2027-01-01,holiday\n2027-02-30,holiday\n2027-02-06,makeup\n" }));
        Assert.Contains("Line 3: \"2027-02-30\" is not a date in the form YYYY-MM-DD.", errors);
        Assert.Contains("Line 4: \"makeup\" is not a kind; use holiday or workday.", errors);
        var after = await api.GetJsonAsync<CalendarView>("/api/v1/exports/calendars/CN");
        Assert.Equal(before.Days.Count, after.Days.Count);

        var outside = await ErrorsAsync(await api.GetAsync("/api/v1/exports/calendars/CN/deadline?start=2026-12-20&days=10"));
        Assert.Contains(outside, e => e.StartsWith("2027-01-01 lies outside the calendar's coverage", StringComparison.Ordinal));
        var ok = await api.GetJsonAsync<DeadlineView>("/api/v1/exports/calendars/CN/deadline?start=2025-09-26&days=10");
        Assert.Equal(Day("2025-10-16"), ok.Deadline);
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
        var board = await exec.GetJsonAsync<RiskBoard>("/api/v1/exports/risk");
        var rows = board.Rows;
        Assert.Equal(3, rows.Count);
        Assert.StartsWith("Lakeshore", rows[0].Customer);
        Assert.Equal("High", rows[0].Level);
        Assert.True(rows[0].DaysOfCover < 15);
        var exposures = rows.Select(r => r.Exposure).ToList();
        Assert.Equal(exposures.OrderByDescending(x => x), exposures);
    }

    [Fact]
    public async Task Analytics_DemoHistory_UsEndUsersAndThirdCountryRoutesWaitLonger()
    {
        var exec = await app.ApiClientAsync("exec");
        var v = await exec.GetJsonAsync<AnalyticsView>("/api/v1/exports/analytics");
        var segments = v.Segments;
        double Median(string dim, string key) => segments.Single(s => s.Dimension == dim && s.Key == key).MedianDays!.Value;
        Assert.True(Median("EndUserCountry", "US") > Median("EndUserCountry", "DE"));
        Assert.True(Median("Route", "ViaThirdCountry") > Median("Route", "Direct"));
        Assert.Equal(v.Pending, v.Backlog.Sum(b => b.Count));
        Assert.True(await app.WithDbAsync(db => db.LicenceApplications.CountAsync()) >= 200);
    }
}

public sealed class ExportsApiTestsSqlite(ExportsSqliteFactory app) : ExportsApiTests(app), IClassFixture<ExportsSqliteFactory>;

public sealed class ExportsApiTestsPostgres(ExportsPostgresFactory app) : ExportsApiTests(app), IClassFixture<ExportsPostgresFactory>;
