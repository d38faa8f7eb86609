using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Demo;

namespace TalentChain.Modules.Exports.Demo;

/// <summary>
/// Twelve months of export licensing for the group's trading company: ~200 applications to customers in Germany,
/// Japan, Korea, the U.S., Mexico and India (some U.S. business routed via India), with slower reviews for U.S. end
/// users and third-country routes; licences, shipments, and three customer production lines, one at high shortage
/// risk. The same size whatever the number of employees; deterministic for the seed and the day.
/// </summary>
internal sealed class ExportsDemoData(TimeProvider clock) : IDemoDataContributor
{
    public int Order => 400;

    private sealed record Customer(string Key, string Name, string NameZh, string Country, EndUseCategory Category, string Currency, int Weight, double ViaIndia);

    private static readonly Customer[] Customers =
    [
        new("rhein", "Rheinmotor Antriebstechnik GmbH", "莱茵电机驱动技术有限公司", "DE", EndUseCategory.Automotive, "EUR", 14, 0),
        new("nordwind", "Nordwind Generatoren AG", "北风发电机股份公司", "DE", EndUseCategory.Wind, "EUR", 8, 0),
        new("kansai", "Kansai Precision Motors K.K.", "关西精密电机株式会社", "JP", EndUseCategory.Industrial, "USD", 12, 0),
        new("tohoku", "Tohoku Electronic Components Co.", "东北电子元件株式会社", "JP", EndUseCategory.Electronics, "USD", 8, 0),
        new("hanbit", "Hanbit E-Mobility Co., Ltd.", "韩光电动出行株式会社", "KR", EndUseCategory.Automotive, "USD", 12, 0),
        new("lakeshore", "Lakeshore Wind Systems Inc.", "湖岸风电系统公司", "US", EndUseCategory.Wind, "USD", 10, 0.5),
        new("greatplains", "Great Plains Motor Works LLC", "大平原电机公司", "US", EndUseCategory.Automotive, "USD", 9, 0.35),
        new("cascade", "Cascade Actuation Corp.", "喀斯喀特作动器公司", "US", EndUseCategory.Aerospace, "USD", 4, 0.25),
        new("bajio", "Bajío Autopartes S.A. de C.V.", "巴希奥汽车零部件公司", "MX", EndUseCategory.Automotive, "USD", 9, 0.1),
        new("pune", "Pune Magnetics Pvt. Ltd.", "浦那磁材有限公司", "IN", EndUseCategory.Electronics, "USD", 8, 0),
    ];

    private static readonly (string Material, string Code, decimal UnitPrice, int MinQty, int MaxQty)[] Products =
    [
        ("NDFEB-DY", "1C905.a", 95m, 500, 8000),
        ("NDFEB-TB", "1C904.a", 120m, 300, 5000),
        ("SMCO-217", "1C902.a", 180m, 50, 800),
        ("DY2O3", "1C905.b", 260m, 100, 1500),
        ("TB4O7", "1C904.b", 1150m, 20, 300),
        ("Y2O3", "1C908.b", 9m, 1000, 12000),
        ("SM-METAL", "1C902.a", 28m, 200, 3000),
        ("DYFE", "1C905.a", 240m, 100, 1000),
    ];

    private static readonly HashSet<(string, string)> LinePairs = [("rhein", "NDFEB-DY"), ("kansai", "NDFEB-TB"), ("lakeshore", "NDFEB-DY")];

    public async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var db = run.Db;
        if (await db.JurisdictionCalendars.AnyAsync(ct)) return;
        var rng = new Random(run.Seed ^ 0x5EED_0E7);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var calendar = new JurisdictionCalendar
        {
            Jurisdiction = "CN", Name = "People's Republic of China — State Council public holidays", ToVerify = true,
            Notes = "2025 from the State Council notice of 12 Nov 2024; 2026 from the notice of Nov 2025 — to verify.",
        };
        calendar.Days.AddRange(ChinaCalendar.ToDays());
        db.JurisdictionCalendars.Add(calendar);
        var wc = ChinaCalendar.Working();
        DateOnly AddWd(DateOnly from, int n)
        {
            try { return wc.AddWorkingDays(from, n); }
            catch (CalendarCoverageException) { return from.AddDays(n * 7 / 5 + 1); }
        }

        db.RegulatoryAnnouncements.AddRange(ControlListData.Build());
        var materials = ControlListData.Materials().ToDictionary(m => m.Code);
        db.Materials.AddRange(materials.Values);

        var exporter = new Party { Name = "Rare Earth Trading Co. (Baiyun Group)", NameZh = "白云稀土集团稀土贸易公司", Country = "CN", Roles = PartyRoles.Exporter, Address = "Shanghai" };
        var forwarder = new Party { Name = "Mumbai Transit Logistics Pvt. Ltd.", NameZh = "孟买转运物流有限公司", Country = "IN", Roles = PartyRoles.Forwarder | PartyRoles.Consignee, Address = "Nhava Sheva" };
        var parties = Customers.ToDictionary(c => c.Key, c => new Party { Name = c.Name, NameZh = c.NameZh, Country = c.Country, Roles = PartyRoles.Consignee | PartyRoles.EndUser });
        db.Parties.Add(exporter);
        db.Parties.Add(forwarder);
        db.Parties.AddRange(parties.Values);
        await db.SaveChangesAsync(ct);

        var pdf = "%PDF-1.4\n% TalentChain demo document\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
        var apps = new List<LicenceApplication>();
        var totalWeight = Customers.Sum(c => c.Weight);
        const int count = 200;
        for (var i = 0; i < count; i++)
        {
            var pick = rng.Next(totalWeight);
            var customer = Customers.First(c => (pick -= c.Weight) < 0);
            var viaIndia = rng.NextDouble() < customer.ViaIndia;
            // Spread submissions over the last twelve months, denser recently (the backlog).
            var submitted = today.AddDays(-(int)(365 * Math.Pow(rng.NextDouble(), 1.15)) - 1);
            var product = Products[rng.Next(Products.Length)];
            // The three production lines' own pending applications are added below; keep the random history off those pairs.
            while (LinePairs.Contains((customer.Key, product.Material))) product = Products[rng.Next(Products.Length)];
            var qty = (decimal)(rng.Next(product.MinQty, product.MaxQty) / 10 * 10);
            var fx = customer.Currency == "EUR" ? 0.92m : 1m;
            var value = Math.Round(qty * product.UnitPrice * fx * (decimal)(0.9 + rng.NextDouble() * 0.2), 0);
            apps.Add(NewApplication(i + 1, submitted, customer, viaIndia, product, qty, value, rng, today, AddWd, exporter, forwarder, parties, materials, pdf, now));
        }

        // The three production lines' pending applications, stated explicitly so the risk board tells a clear story.
        var rhApp = Pending(apps.Count + 1, parties["rhein"], exporter, null, "EUR", materials["NDFEB-DY"], "1C905.a", 20000, today, pdf, now, EndUseCategory.Automotive, daysAgo: 4);
        var kaApp = Pending(apps.Count + 2, parties["kansai"], exporter, null, "USD", materials["NDFEB-TB"], "1C904.a", 3000, today, pdf, now, EndUseCategory.Industrial, daysAgo: 20);
        var lsApp = Pending(apps.Count + 3, parties["lakeshore"], exporter, forwarder, "USD", materials["NDFEB-DY"], "1C905.a", 30000, today, pdf, now, EndUseCategory.Wind, daysAgo: 8);
        apps.AddRange([rhApp, kaApp, lsApp]);
        db.LicenceApplications.AddRange(apps);
        await db.SaveChangesAsync(ct);

        // Licences for approved applications, with shipments drawing on them.
        var licences = new List<Licence>();
        var shipmentNo = 0;
        foreach (var a in apps.Where(a => a.Status is ApplicationStatus.Approved or ApplicationStatus.PartiallyApproved).OrderBy(a => a.DecidedOn))
        {
            var general = rng.NextDouble() < 0.12;
            var issued = a.DecidedOn!.Value;
            var licence = new Licence
            {
                Number = $"CN-EL-{issued.Year}-{licences.Count + 1:0000}", Kind = general ? LicenceKind.General : LicenceKind.Individual, ApplicationId = a.Id,
                ExporterPartyId = exporter.Id, IssuedOn = issued, ExpiresOn = issued.AddYears(general ? 3 : 1).AddDays(-1), TolerancePercent = 5m, Currency = a.Currency,
                NoReexportTo = a.EndUser!.Country == "US" ? null : "US", NoDefenceUse = true,
                Conditions = a.EndUser.Country == "US" ? "End-use monitoring report within 90 days of each shipment." : "Keep the end-user statement and shipping documents on file for five years.",
            };
            foreach (var l in a.Lines)
            {
                var q = a.Status == ApplicationStatus.PartiallyApproved ? Math.Round(l.Quantity * 0.6m, 0) : l.Quantity;
                licence.Lines.Add(new LicenceLine { MaterialId = l.MaterialId, ControlCode = l.ControlCode, Unit = l.Unit, Quantity = q, Value = Math.Round(l.Value * q / l.Quantity, 0) });
            }
            licence.Parties.Add(new LicenceParty { PartyId = a.ConsigneePartyId });
            if (a.EndUserPartyId != a.ConsigneePartyId) licence.Parties.Add(new LicenceParty { PartyId = a.EndUserPartyId });
            licences.Add(licence);
        }
        db.Licences.AddRange(licences);
        await db.SaveChangesAsync(ct);

        var shipments = new List<Shipment>();
        foreach (var licence in licences)
        {
            var a = apps.First(x => x.Id == licence.ApplicationId);
            var line = licence.Lines[0];
            var parts = rng.Next(0, 4);
            var left = line.Quantity;
            var day = licence.IssuedOn.AddDays(rng.Next(5, 20));
            for (var p = 0; p < parts && left > 0; p++)
            {
                var q = p == parts - 1 && rng.NextDouble() < 0.5 ? left : Math.Round(line.Quantity * (decimal)(0.2 + rng.NextDouble() * 0.3), 0);
                q = Math.Min(q, left);
                if (q <= 0) break;
                var v = Math.Round(line.Value * q / line.Quantity, 0);
                var future = day > today;
                if (day > licence.ExpiresOn) break;
                var s = new Shipment
                {
                    Number = $"SHP-{day.Year}-{++shipmentNo:00000}", LicenceId = licence.Id, ConsigneePartyId = a.ConsigneePartyId, EndUserPartyId = a.EndUserPartyId,
                    DestinationCountry = a.Route.OrderBy(r => r.Sequence).Last().ToCountry, EndUseCategory = a.EndUseCategory, PlannedOn = day,
                    ShippedOn = future ? null : day, Status = future ? ShipmentStatus.Reserved : ShipmentStatus.Shipped, CreatedAt = now,
                };
                s.Lines.Add(new ShipmentLine { LicenceLineId = line.Id, Quantity = q, Value = v });
                if (future) { line.ReservedQuantity += q; line.ReservedValue += v; }
                else { line.ConsumedQuantity += q; line.ConsumedValue += v; }
                left -= q;
                shipments.Add(s);
                day = day.AddDays(rng.Next(25, 70));
            }
        }
        db.Shipments.AddRange(shipments);

        db.ProductionLines.AddRange(
            Line(parties["rhein"], "EV traction-motor line 2 (Zwickau)", "电驱电机二号线（茨维考）", 950_000m, "EUR", materials["NDFEB-DY"], 120m, 8_400m, 2_400m, "Zwickau", "DE"),
            Line(parties["kansai"], "Servo-motor line A (Osaka)", "伺服电机A线（大阪）", 310_000m, "USD", materials["NDFEB-TB"], 38m, 1_150m, 250m, "Osaka", "JP"),
            Line(parties["lakeshore"], "6 MW direct-drive generator line (Michigan)", "6兆瓦直驱发电机生产线（密歇根）", 1_400_000m, "USD", materials["NDFEB-DY"], 210m, 1_500m, 600m, "Michigan", "US"));
        await db.SaveChangesAsync(ct);
    }

    private static ProductionLine Line(Party customer, string name, string nameZh, decimal dailyOutput, string currency, Material material, decimal daily, decimal stock, decimal transit,
        string location, string country)
    {
        var l = new ProductionLine { CustomerPartyId = customer.Id, Name = name, NameZh = nameZh, DailyOutputValue = dailyOutput, Currency = currency, Location = location, Country = country };
        l.Consumption.Add(new LineConsumption { Material = material, MaterialId = material.Id, DailyConsumption = daily, StockOnHand = stock, InTransit = transit });
        return l;
    }

    private static void Doc(LicenceApplication a, DocumentKind kind, string name, byte[] pdf, DateTimeOffset at) =>
        a.Documents.Add(new ApplicationDocument { Kind = kind, FileName = name, ContentType = "application/pdf", Size = pdf.Length, Content = pdf, UploadedAt = at, UploadedBy = "trade@talentchain.demo" });

    private static void Ev(LicenceApplication a, ApplicationStatus from, ApplicationStatus to, DateOnly on, string? note = null) =>
        a.Events.Add(new ApplicationEvent { At = new DateTimeOffset(on.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), OnDate = on, From = from, To = to, Actor = "trade@talentchain.demo", Note = note });

    private static LicenceApplication Draft(int n, Party endUser, Party exporter, Party? viaConsignee, string currency, Material material, string code, decimal qty, decimal value,
        EndUseCategory category, DateOnly created, byte[] pdf, DateTimeOffset now)
    {
        var consignee = viaConsignee ?? endUser;
        var a = new LicenceApplication
        {
            Number = $"EXP-{created.Year}-{n:00000}", ApplicantPartyId = exporter.Id, ContractNumber = $"TRD-{created:yyMM}-{n:0000}", ConsigneePartyId = consignee.Id,
            EndUserPartyId = endUser.Id, EndUse = category switch
            {
                EndUseCategory.Automotive => "Traction motors for battery-electric passenger cars",
                EndUseCategory.Wind => "Permanent-magnet generators for onshore wind turbines",
                EndUseCategory.Electronics => "Voice-coil motors and sensors for consumer electronics",
                EndUseCategory.Aerospace => "Electromechanical actuators for civil aircraft",
                EndUseCategory.Industrial => "Servo motors for factory automation",
                _ => "Industrial use",
            },
            EndUseCategory = category, Currency = currency, CreatedAt = new DateTimeOffset(created.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero),
        };
        a.EndUser = endUser;
        a.Consignee = consignee;
        a.Lines.Add(new ApplicationLine { MaterialId = material.Id, Material = material, ControlCode = code, Quantity = qty, Unit = material.Unit, Value = value, Currency = currency });
        a.Route.Add(new RouteLeg { Sequence = 1, FromCountry = "CN", ToCountry = viaConsignee?.Country ?? endUser.Country, Mode = "Sea" });
        if (viaConsignee is not null && viaConsignee.Country != endUser.Country)
            a.Route.Add(new RouteLeg { Sequence = 2, FromCountry = viaConsignee.Country, ToCountry = endUser.Country, Mode = "Sea" });
        var at = a.CreatedAt;
        Doc(a, DocumentKind.Contract, $"contract-{n}.pdf", pdf, at);
        Doc(a, DocumentKind.EndUserCertificate, $"end-user-certificate-{n}.pdf", pdf, at);
        Doc(a, DocumentKind.TechnicalDescription, $"technical-description-{n}.pdf", pdf, at);
        _ = now;
        return a;
    }

    private static LicenceApplication Pending(int n, Party endUser, Party exporter, Party? via, string currency, Material material, string code, decimal qty,
        DateOnly today, byte[] pdf, DateTimeOffset now, EndUseCategory category, int daysAgo)
    {
        var submitted = today.AddDays(-daysAgo - 3);
        var a = Draft(n, endUser, exporter, via, currency, material, code, qty, Math.Round(qty * 95m, 0), category, submitted, pdf, now);
        a.Status = ApplicationStatus.UnderReview;
        a.SubmittedOn = submitted;
        a.AcceptedOn = today.AddDays(-daysAgo);
        Ev(a, ApplicationStatus.Draft, ApplicationStatus.Ready, submitted);
        Ev(a, ApplicationStatus.Ready, ApplicationStatus.Submitted, submitted);
        Ev(a, ApplicationStatus.Submitted, ApplicationStatus.Accepted, a.AcceptedOn.Value);
        Ev(a, ApplicationStatus.Accepted, ApplicationStatus.UnderReview, a.AcceptedOn.Value);
        return a;
    }

    private static LicenceApplication NewApplication(int n, DateOnly submitted, Customer c, bool viaIndia, (string Material, string Code, decimal UnitPrice, int MinQty, int MaxQty) product,
        decimal qty, decimal value, Random rng, DateOnly today, Func<DateOnly, int, DateOnly> addWd, Party exporter, Party forwarder, Dictionary<string, Party> parties,
        Dictionary<string, Material> materials, byte[] pdf, DateTimeOffset now)
    {
        var endUser = parties[c.Key];
        var category = c.Category;
        if (c.Key == "cascade" && rng.NextDouble() < 0.3) category = EndUseCategory.Defence;
        var a = Draft(n, endUser, exporter, viaIndia ? forwarder : null, c.Currency, materials[product.Material], product.Code, qty, value, category, submitted.AddDays(-2), pdf, now);
        Ev(a, ApplicationStatus.Draft, ApplicationStatus.Ready, submitted.AddDays(-1));

        // A few recent ones are still being prepared.
        if (submitted > today.AddDays(-6) && rng.NextDouble() < 0.5)
        {
            a.Status = rng.NextDouble() < 0.5 ? ApplicationStatus.Draft : ApplicationStatus.Ready;
            a.Events.Clear();
            return a;
        }
        a.SubmittedOn = submitted;
        Ev(a, ApplicationStatus.Ready, ApplicationStatus.Submitted, submitted);
        var accepted = addWd(submitted, rng.Next(1, 6));
        if (accepted > today)
        {
            a.Status = ApplicationStatus.Submitted;
            return a;
        }
        a.AcceptedOn = accepted;
        Ev(a, ApplicationStatus.Submitted, ApplicationStatus.Accepted, accepted);
        Ev(a, ApplicationStatus.Accepted, ApplicationStatus.UnderReview, accepted);

        // Review time in working days: U.S. end users and third-country routes wait longer.
        var mean = 28.0 + (c.Country == "US" ? 16 : 0) + (viaIndia ? 12 : 0) + (c.Country == "MX" ? 5 : 0);
        var duration = Math.Max(8, (int)Math.Round(mean + Normal(rng) * 7));
        var supplementChance = 0.18 + (c.Country == "US" ? 0.25 : 0) + (viaIndia ? 0.15 : 0);
        if (rng.NextDouble() < supplementChance)
        {
            var requested = addWd(accepted, Math.Max(3, duration / 2));
            var provided = addWd(requested, rng.Next(3, 12));
            if (requested <= today)
            {
                a.Supplements.Add(new SupplementRequest
                {
                    RequestedOn = requested, DueOn = addWd(requested, 10), ProvidedOn = provided <= today ? provided : null, Policy = SupplementClockPolicy.Pause,
                    Request = viaIndia ? "Explain the role of the Indian intermediary and provide its end-use undertaking." : "Provide the end user's production plan and consumption figures.",
                });
                Ev(a, ApplicationStatus.UnderReview, ApplicationStatus.SupplementRequested, requested);
                if (provided > today)
                {
                    a.Status = ApplicationStatus.SupplementRequested;
                    return a;
                }
                Ev(a, ApplicationStatus.SupplementRequested, ApplicationStatus.SupplementProvided, provided);
                duration += rng.Next(3, 12);
            }
        }
        var decided = addWd(accepted, duration);
        if (decided > today)
        {
            a.Status = a.Supplements.Count > 0 ? ApplicationStatus.SupplementProvided : ApplicationStatus.UnderReview;
            return a;
        }
        var roll = rng.NextDouble();
        var approveShare = category == EndUseCategory.Defence ? 0 : c.Country == "US" ? 0.72 : viaIndia ? 0.78 : 0.9;
        var status = roll < approveShare * 0.94 ? ApplicationStatus.Approved
            : roll < approveShare ? ApplicationStatus.PartiallyApproved
            : roll < approveShare + (1 - approveShare) * 0.75 ? ApplicationStatus.Rejected
            : ApplicationStatus.Returned;
        if (rng.NextDouble() < 0.015) status = ApplicationStatus.Withdrawn;
        a.Status = status;
        a.DecidedOn = status == ApplicationStatus.Withdrawn ? null : decided;
        Ev(a, a.Supplements.Count > 0 ? ApplicationStatus.SupplementProvided : ApplicationStatus.UnderReview, status, decided,
            status == ApplicationStatus.Rejected ? (category == EndUseCategory.Defence ? "Defence end use." : "End-use risk not sufficiently addressed.") : null);
        return a;
    }

    private static double Normal(Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
