using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.Knowledge.Features.Coverage;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Demo;

namespace TalentChain.Modules.Knowledge.Demo;

/// <summary>
/// Builds on the People demo (five scarce technologies with one or two expert holders): the critical register, assessments
/// with one high-risk single holder who has resigned, partly filled succession plans, controlled data sets with grants
/// (some near expiry, one expired), and past departures including a month of executive and board changes.
/// </summary>
internal sealed class KnowledgeDemoData(TimeProvider clock, IPeopleDirectory people) : IDemoDataContributor
{
    public int Order => 300;

    private sealed record Tech(string Code, SensitivityClass Sensitivity, int Required, int Target, string? Notes);

    private static readonly Tech[] Register =
    [
        new("SEP.SX.HEAVY", SensitivityClass.Controlled, 3, 3, "Dy/Tb separation at plant 2: the group's scarcest know-how."),
        new("MET.RED.CA", SensitivityClass.Controlled, 3, 2, "Calcium reduction of Dy/Tb fluorides for heavy-rare-earth metals."),
        new("MAG.NDFEB.GBD", SensitivityClass.Controlled, 3, 3, "Grain-boundary diffusion recipes for high-coercivity magnets."),
        new("SEP.OX.5N", SensitivityClass.Confidential, 3, 3, null),
        new("REC.SCRAP.DIRECT", SensitivityClass.Confidential, 3, 2, null),
        new("SEP.SX.CASCADE", SensitivityClass.Confidential, 3, 4, null),
        new("MET.ELEC", SensitivityClass.Internal, 3, 5, null),
        new("MAG.NDFEB", SensitivityClass.Internal, 3, 6, null),
    ];

    public async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var db = run.Db;
        var rng = new Random(run.Seed + 3);
        var today = clock.Today();
        var now = clock.GetUtcNow();

        if (!await db.KnowledgeSettings.AnyAsync(ct)) db.KnowledgeSettings.Add(new KnowledgeSettings());

        var nodes = await db.TaxonomyRefs.AsNoTracking().Where(n => Register.Select(r => r.Code).Contains(n.Code)).ToDictionaryAsync(n => n.Code, ct);
        var officer = run.AccountEmployees.GetValueOrDefault(Roles.KnowledgeOfficer);
        var techs = new Dictionary<string, CriticalTechnology>();
        foreach (var r in Register.Where(r => nodes.ContainsKey(r.Code)))
        {
            var t = new CriticalTechnology
            {
                TaxonomyNodeId = nodes[r.Code].Id, Sensitivity = r.Sensitivity, RequiredLevel = r.Required, TargetHolders = r.Target,
                Segment = nodes[r.Code].Segment, Notes = r.Notes, OwnerEmployeeId = officer == 0 ? null : officer,
            };
            techs[r.Code] = t;
            db.CriticalTechnologies.Add(t);
        }
        await db.SaveChangesAsync(ct);

        // Holders of each critical technology (a technology's skills count for it).
        var subtrees = await CoverageService.SubtreesAsync(db, techs.Values.Select(t => t.TaxonomyNodeId), ct);
        var allNodes = subtrees.Values.SelectMany(s => s).Distinct().ToList();
        var skills = await db.SkillRefs.AsNoTracking().Where(s => allNodes.Contains(s.TaxonomyNodeId) && s.Level >= 3 && s.Employee!.Status == EmployeeStatus.Active)
            .Select(s => new { s.EmployeeId, s.TaxonomyNodeId }).ToListAsync(ct);
        List<int> HoldersOf(string code) => techs.TryGetValue(code, out var t)
            ? [.. skills.Where(s => subtrees[t.TaxonomyNodeId].Contains(s.TaxonomyNodeId)).Select(s => s.EmployeeId).Distinct().Order()]
            : [];
        var accounts = run.AccountEmployees.Values.ToHashSet();

        // Assessments: every holder of a critical technology, and the demo line manager's reports (for the 9-box).
        var manager = run.AccountEmployees.GetValueOrDefault(Roles.LineManager);
        var reports = manager == 0 ? [] : await db.EmployeeRefs.AsNoTracking().Where(e => e.ManagerId == manager && e.Status == EmployeeStatus.Active).Select(e => e.Id).ToListAsync(ct);
        var assessed = skills.Select(s => s.EmployeeId).Concat(reports).Distinct().Order().ToList();
        foreach (var id in assessed)
        {
            db.PersonAssessments.Add(new PersonAssessment
            {
                EmployeeId = id,
                CompensationPosition = rng.Next(10, 95),
                Performance = rng.Next(1, 4),
                Potential = rng.Next(1, 4),
                ManagerView = rng.NextDouble() < 0.7 ? ManagerRiskView.Low : ManagerRiskView.Medium,
                AssessedOn = today.AddDays(-rng.Next(20, 200)),
                RecordedAt = now.AddDays(-rng.Next(20, 200)),
                RecordedBy = "demo",
            });
        }

        // The single holder of heavy-rare-earth separation: high risk, and has resigned for an overseas lab.
        // A plant-2 extraction engineer is made the second expert holder (the People demo has one), so the index shows
        // two holders now and one after the departure.
        var engineersAndAbove = ProfessionalTitles.AtLeast(ProfessionalTitle.Engineer);
        var heavy = nodes.TryGetValue("SEP.SX.HEAVY", out var heavyNode)
            // The highest title first: ranked here, since the column holds the titles' names.
            ? (await db.EmployeeRefs.AsNoTracking()
                .Where(e => e.Status == EmployeeStatus.Active && e.OrgUnit!.Code == "SEP2-SX" && engineersAndAbove.Contains(e.Title) && !accounts.Contains(e.Id))
                .Select(e => new { e.Id, e.Title }).ToListAsync(ct))
                .OrderByDescending(e => e.Title).ThenBy(e => e.Id).Select(e => e.Id).FirstOrDefault()
            : 0;
        if (heavy != 0)
        {
            await people.RecordSkillAsync(heavy, heavyNode!.Id, 4, "Designed the plant-2 Dy/Tb cascade; peer-reviewed process report",
                "Technical committee", today.AddMonths(-8), ct: ct);
            await db.SaveChangesAsync(ct);
            skills.Add(new { EmployeeId = heavy, TaxonomyNodeId = heavyNode!.Id });
            db.PersonAssessments.Add(new PersonAssessment
            {
                EmployeeId = heavy, CompensationPosition = 18, Performance = 3, Potential = 3, ManagerView = ManagerRiskView.High,
                Notes = "Approached by an overseas research lab; pay below the band's midpoint.",
                AssessedOn = today.AddDays(-10), RecordedAt = now.AddDays(-10), RecordedBy = "demo",
            });
            var departure = new Departure
            {
                EmployeeId = heavy, NoticeDate = today.AddDays(-5), LastDay = today.AddDays(25), Reason = DepartureReason.Resignation,
                Destination = DepartureDestination.OverseasCompanyOrLab, Level = DepartureLevel.Staff, DocumentsReturned = false,
                RoleTitle = await db.EmployeeRefs.Where(e => e.Id == heavy).Select(e => e.Position).FirstAsync(ct),
                Notes = "Resigned; joining a research lab abroad.",
            };
            foreach (var (code, t) in techs)
                if (HoldersOf(code).Contains(heavy)) departure.Handovers.Add(new HandoverItem { CriticalTechnologyId = t.Id });
            db.Departures.Add(departure);
        }
        await db.SaveChangesAsync(ct);

        // Succession: heavy separation has a plan with one successor in development; Ca reduction a plan with none yet;
        // the SX workshop head's role has two named successors.
        var sep2 = await db.EmployeeRefs.AsNoTracking().Where(e => e.Status == EmployeeStatus.Active && e.OrgUnit!.Code.StartsWith("SEP2") && e.Id != heavy && engineersAndAbove.Contains(e.Title))
            .OrderBy(e => e.Id).Select(e => e.Id).Take(3).ToListAsync(ct);
        if (techs.TryGetValue("SEP.SX.HEAVY", out var heavyTech))
        {
            var plan = new SuccessionPlan { Kind = SuccessionKind.Technology, CriticalTechnologyId = heavyTech.Id, IncumbentEmployeeId = heavy == 0 ? null : heavy, Notes = "Urgent: the only holder has resigned." };
            if (sep2.Count > 0)
            {
                var successor = new Successor { EmployeeId = sep2[0], Readiness = Readiness.OneToTwoYears, Notes = "Runs the plant-2 cascade day to day." };
                successor.Actions.Add(new DevelopmentAction { Text = "Shadow the Dy/Tb campaign end to end", DueDate = today.AddDays(20), Status = ActionStatus.InProgress });
                successor.Actions.Add(new DevelopmentAction { Text = "Write up the cascade re-balancing procedure with the holder", DueDate = today.AddDays(24), Status = ActionStatus.Planned });
                plan.Successors.Add(successor);
            }
            db.SuccessionPlans.Add(plan);
        }
        if (techs.TryGetValue("MET.RED.CA", out var caTech))
            db.SuccessionPlans.Add(new SuccessionPlan { Kind = SuccessionKind.Technology, CriticalTechnologyId = caTech.Id, IncumbentEmployeeId = HoldersOf("MET.RED.CA").FirstOrDefault() is var h and not 0 ? h : null });
        var sxUnit = await db.OrgUnitRefs.AsNoTracking().Where(u => u.Code == "SEP1-SX").Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        if (sxUnit is { } unitId && manager != 0)
        {
            var role = new SuccessionPlan { Kind = SuccessionKind.Role, Position = "Head of solvent-extraction workshop", OrgUnitId = unitId, IncumbentEmployeeId = manager };
            foreach (var (id, readiness) in reports.Take(2).Zip([Readiness.ReadyNow, Readiness.ThreePlusYears]))
                role.Successors.Add(new Successor { EmployeeId = id, Readiness = readiness });
            db.SuccessionPlans.Add(role);
        }
        await db.SaveChangesAsync(ct);

        // Need-to-know compartments with grants: some near expiry, one expired.
        var sets = new (string Code, string Name, string NameZh, string Tech)[]
        {
            ("SX-CASCADE-P2", "SX cascade design parameters, plant 2", "第二分离厂串级萃取设计参数", "SEP.SX.HEAVY"),
            ("GBD-RECIPES", "Grain-boundary diffusion recipes", "晶界扩散工艺配方", "MAG.NDFEB.GBD"),
            ("CA-RED-RUNS", "Calcium-reduction furnace run logs", "钙热还原炉运行记录", "MET.RED.CA"),
        };
        foreach (var (code, name, nameZh, tech) in sets)
        {
            if (!techs.TryGetValue(tech, out var t)) continue;
            var set = new ControlledDataSet
            {
                Code = code, Name = name, NameZh = nameZh, CriticalTechnologyId = t.Id, Sensitivity = SensitivityClass.Controlled,
                Description = "Controlled technical data; need-to-know only.",
                Content = $"[{code}] Stage counts, flow ratios and reflux settings for the current campaign (demo text).",
            };
            db.ControlledDataSets.Add(set);
            await db.SaveChangesAsync(ct);
            var grantees = HoldersOf(tech).Concat(tech == "SEP.SX.HEAVY" ? sep2 : []).Distinct().ToList();
            var i = 0;
            foreach (var id in grantees)
            {
                var expires = (i++ % 3) switch { 0 => today.AddDays(12), 1 => today.AddDays(200), _ => today.AddDays(-10) };
                db.AccessGrants.Add(new AccessGrant
                {
                    DataSetId = set.Id, EmployeeId = id, LegalBasis = "Employment contract §7 and confidentiality agreement", GrantedBy = "demo",
                    StartsOn = today.AddMonths(-11), ExpiresOn = expires, RequiredTraining = "Controlled technical data handling (annual)",
                });
            }
        }
        await db.SaveChangesAsync(ct);

        // Past departures: every leaver in the People demo gets a completed record; five become a month of leadership changes.
        var leavers = await db.EmployeeRefs.AsNoTracking().Where(e => e.Status == EmployeeStatus.Departed && e.DepartureDate != null)
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.DepartureDate, e.Position }).ToListAsync(ct);
        var leadership = new (DepartureLevel Level, string Role)[]
        {
            (DepartureLevel.Executive, "General manager"), (DepartureLevel.Executive, "Deputy general manager"),
            (DepartureLevel.Board, "Board member"), (DepartureLevel.Board, "Board member"), (DepartureLevel.Board, "Board member"),
        };
        var leadershipMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-5);
        var n = 0;
        foreach (var l in leavers)
        {
            var lead = n < leadership.Length ? leadership[n] : ((DepartureLevel, string)?)null;
            var lastDay = lead is null ? l.DepartureDate!.Value : leadershipMonth.AddDays(3 + n * 5);
            var destination = lead is null ? PickDestination(rng) : n == 0 ? DepartureDestination.DomesticCompetitor : DepartureDestination.Other;
            db.Departures.Add(new Departure
            {
                EmployeeId = l.Id, NoticeDate = lastDay.AddDays(-30), LastDay = lastDay,
                Reason = destination == DepartureDestination.Retirement ? DepartureReason.Retirement : destination == DepartureDestination.InternalTransfer ? DepartureReason.InternalTransfer : DepartureReason.Resignation,
                Destination = destination, Level = lead?.Item1 ?? DepartureLevel.Staff, RoleTitle = lead?.Item2 ?? l.Position,
                Status = DepartureStatus.Completed, DocumentsReturned = true, EquipmentReturned = true, AccessRevoked = true, ConfidentialityReminder = true,
                CompletedOn = lastDay, CompletedBy = "demo",
            });
            n++;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static DepartureDestination PickDestination(Random rng) => rng.Next(100) switch
    {
        < 20 => DepartureDestination.InternalTransfer,
        < 50 => DepartureDestination.DomesticCompetitor,
        < 58 => DepartureDestination.OverseasCompanyOrLab,
        < 66 => DepartureDestination.Academia,
        < 80 => DepartureDestination.Retirement,
        _ => DepartureDestination.Other,
    };
}
