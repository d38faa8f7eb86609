using Bogus;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Demo;

namespace TalentChain.Modules.People.Demo;

/// <summary>
/// A fictional rare-earth group laid along the industrial chain: org units, ~60 taxonomy entries and N employees
/// with Chinese and pinyin names, titles, grades, managers, skills and a few past career events.
/// Deterministic for a given seed.
/// </summary>
internal sealed class PeopleDemoData(TimeProvider clock) : IDemoDataContributor
{
    public int Order => 100;

    private sealed record Unit(string Code, string Name, string NameZh, ChainSegment Segment, string Site, string? Parent, int Weight, string[] Positions);

    private static readonly Unit[] Units =
    [
        new("GRP", "Baiyun Rare Earth Group", "白云稀土集团", ChainSegment.Corporate, "Baotou", null, 0, ["Chief engineer"]),
        new("HQ", "Group headquarters", "集团总部", ChainSegment.Corporate, "Baotou", "GRP", 1, ["Director"]),
        new("HQ-HR", "Human resources department", "人力资源部", ChainSegment.Corporate, "Baotou", "HQ", 3, ["HR specialist", "Talent development manager", "Compensation analyst"]),
        new("HQ-FIN", "Finance department", "财务部", ChainSegment.Corporate, "Baotou", "HQ", 3, ["Accountant", "Financial analyst"]),
        new("HQ-SEC", "Security & confidentiality office", "保密办公室", ChainSegment.Corporate, "Baotou", "HQ", 1, ["Security officer", "Knowledge protection officer"]),
        new("HQ-EHS", "Environment, health & safety", "安全环保部", ChainSegment.Corporate, "Baotou", "HQ", 2, ["EHS engineer", "Radiation protection officer"]),
        new("MINE", "Bayan Obo Mining Co.", "白云鄂博矿业公司", ChainSegment.MiningBeneficiation, "Bayan Obo", "GRP", 1, ["General manager"]),
        new("MINE-PIT", "Open-pit mine", "露天采场", ChainSegment.MiningBeneficiation, "Bayan Obo", "MINE", 8, ["Mining engineer", "Shift supervisor", "Geologist", "Equipment technician"]),
        new("MINE-CONC", "Concentrator", "选矿厂", ChainSegment.MiningBeneficiation, "Bayan Obo", "MINE", 9, ["Beneficiation engineer", "Flotation operator", "Process technician"]),
        new("HYD", "Hydrometallurgy Plant", "湿法冶炼厂", ChainSegment.CrackingLeaching, "Baotou", "GRP", 1, ["Plant manager"]),
        new("HYD-ROAST", "Roasting workshop", "焙烧车间", ChainSegment.CrackingLeaching, "Baotou", "HYD", 7, ["Roasting process engineer", "Kiln operator", "Off-gas treatment engineer"]),
        new("HYD-LEACH", "Leaching workshop", "浸出车间", ChainSegment.CrackingLeaching, "Baotou", "HYD", 6, ["Leaching engineer", "Process operator", "Shift supervisor"]),
        new("SEP1", "Separation Plant No. 1", "第一分离厂", ChainSegment.Separation, "Baotou", "GRP", 1, ["Plant manager"]),
        new("SEP1-SX", "Solvent-extraction workshop", "萃取车间", ChainSegment.Separation, "Baotou", "SEP1", 10, ["Extraction process engineer", "SX operator", "Shift supervisor", "Process control engineer"]),
        new("SEP1-OX", "Oxide workshop", "氧化物车间", ChainSegment.Separation, "Baotou", "SEP1", 6, ["Precipitation engineer", "Calcination operator", "Quality inspector"]),
        new("SEP2", "Separation Plant No. 2", "第二分离厂", ChainSegment.Separation, "Ganzhou", "GRP", 1, ["Plant manager"]),
        new("SEP2-SX", "Heavy rare-earth extraction workshop", "中重稀土萃取车间", ChainSegment.Separation, "Ganzhou", "SEP2", 8, ["Extraction process engineer", "SX operator", "Process control engineer"]),
        new("SEP2-QC", "Quality-control laboratory", "质检化验室", ChainSegment.Separation, "Ganzhou", "SEP2", 4, ["Analytical chemist", "Lab technician"]),
        new("MET", "Rare-Earth Metals Plant", "稀土金属冶炼厂", ChainSegment.MetalsAlloys, "Baotou", "GRP", 1, ["Plant manager"]),
        new("MET-ELEC", "Electrolysis workshop", "电解车间", ChainSegment.MetalsAlloys, "Baotou", "MET", 9, ["Electrolysis engineer", "Cell operator", "Shift supervisor"]),
        new("MET-ALLOY", "Alloys workshop", "合金车间", ChainSegment.MetalsAlloys, "Baotou", "MET", 5, ["Metallurgical engineer", "Furnace operator"]),
        new("MAG", "Magnet Materials Co.", "磁材公司", ChainSegment.MagnetsFunctional, "Baotou", "GRP", 1, ["General manager"]),
        new("MAG-SC", "Strip-casting workshop", "速凝甩带车间", ChainSegment.MagnetsFunctional, "Baotou", "MAG", 6, ["Materials engineer", "Casting operator"]),
        new("MAG-SINT", "Pressing & sintering workshop", "成型烧结车间", ChainSegment.MagnetsFunctional, "Baotou", "MAG", 9, ["Process engineer", "Pressing operator", "Furnace operator", "Shift supervisor"]),
        new("MAG-GBD", "Grain-boundary diffusion line", "晶界扩散产线", ChainSegment.MagnetsFunctional, "Baotou", "MAG", 4, ["Process engineer", "Diffusion operator"]),
        new("MAG-FIN", "Machining & coating workshop", "机加工与表面处理车间", ChainSegment.MagnetsFunctional, "Ningbo", "MAG", 7, ["Coating engineer", "Machinist", "Quality inspector"]),
        new("FUN", "Functional Materials Co.", "功能材料公司", ChainSegment.MagnetsFunctional, "Baotou", "GRP", 1, ["General manager"]),
        new("FUN-POL", "Polishing-powder plant", "抛光粉厂", ChainSegment.MagnetsFunctional, "Baotou", "FUN", 4, ["Process engineer", "Operator"]),
        new("FUN-CAT", "Catalysts & hydrogen-storage plant", "催化与储氢材料厂", ChainSegment.MagnetsFunctional, "Baotou", "FUN", 4, ["Materials engineer", "Operator"]),
        new("REC", "Resource Recycling Co.", "资源回收公司", ChainSegment.Recycling, "Ganzhou", "GRP", 5, ["Recycling process engineer", "Operator", "Environmental engineer"]),
        new("RDI", "Rare Earth Research Institute", "稀土研究院", ChainSegment.ResearchDevelopment, "Baotou", "GRP", 1, ["Institute director"]),
        new("RDI-SEP", "Separation technology laboratory", "分离技术研究室", ChainSegment.ResearchDevelopment, "Baotou", "RDI", 4, ["Research engineer", "Senior researcher", "Postdoctoral researcher"]),
        new("RDI-MAG", "Magnetic materials laboratory", "磁性材料研究室", ChainSegment.ResearchDevelopment, "Baotou", "RDI", 4, ["Research engineer", "Senior researcher"]),
        new("RDI-ANA", "Analysis & testing centre", "分析测试中心", ChainSegment.ResearchDevelopment, "Baotou", "RDI", 4, ["Analytical chemist", "Test engineer"]),
        new("TRD", "Rare Earth Trading Co.", "稀土贸易公司", ChainSegment.SalesTrade, "Shanghai", "GRP", 1, ["General manager"]),
        new("TRD-EXP", "Export & trade-compliance office", "出口与贸易合规部", ChainSegment.SalesTrade, "Shanghai", "TRD", 3, ["Trade-compliance specialist", "Export sales manager", "Logistics coordinator"]),
        new("TRD-DOM", "Domestic sales", "国内销售部", ChainSegment.SalesTrade, "Shanghai", "TRD", 3, ["Sales engineer", "Account manager"]),
    ];

    // Which taxonomy technologies a unit's people tend to know.
    private static readonly Dictionary<ChainSegment, string[]> SegmentSkills = new()
    {
        [ChainSegment.MiningBeneficiation] = ["MIN."],
        [ChainSegment.CrackingLeaching] = ["CRK."],
        [ChainSegment.Separation] = ["SEP.", "ANA.CHEM"],
        [ChainSegment.MetalsAlloys] = ["MET."],
        [ChainSegment.MagnetsFunctional] = ["MAG.", "ANA.MAG"],
        [ChainSegment.Recycling] = ["REC.", "SEP.SX.P507"],
        [ChainSegment.ResearchDevelopment] = ["SEP.", "MAG.", "ANA.", "MET."],
        [ChainSegment.SalesTrade] = ["MAG.NDFEB.COAT", "SEP.OX.PREC"],
        [ChainSegment.Corporate] = ["CRK.ALK.TH", "REC.WASTE"],
    };

    public async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var db = run.Db;
        var rng = new Random(run.Seed);
        // A separate stream, so adding education did not change anyone's name, dates or title for a given seed.
        var educationRng = new Random(run.Seed ^ 0x0EDC);
        var faker = new Faker("en") { Random = new Randomizer(run.Seed) };
        var today = clock.Today();

        // Taxonomy
        var nodes = new Dictionary<string, TaxonomyNode>(StringComparer.Ordinal);
        foreach (var t in DemoTaxonomy.Entries)
        {
            var node = new TaxonomyNode
            {
                Code = t.Code, Name = t.Name, NameZh = t.NameZh, Description = t.Description, Segment = t.Segment, Kind = DemoTaxonomy.KindOf(t.Code),
                Parent = DemoTaxonomy.ParentCode(t.Code) is { } p ? nodes[p] : null,
            };
            nodes[t.Code] = node;
            db.TaxonomyNodes.Add(node);
        }

        // Org units
        var units = new Dictionary<string, OrgUnit>(StringComparer.Ordinal);
        foreach (var u in Units)
        {
            var unit = new OrgUnit { Code = u.Code, Name = u.Name, NameZh = u.NameZh, Segment = u.Segment, Site = u.Site, Parent = u.Parent is null ? null : units[u.Parent] };
            units[u.Code] = unit;
            db.OrgUnits.Add(unit);
        }
        await db.SaveChangesAsync(ct);

        var skillNodes = nodes.Values.Where(n => n.Kind == TaxonomyKind.Skill).ToList();
        var scarce = DemoTaxonomy.Scarce.Select(c => nodes[c].Id).ToHashSet();
        var scarceExperts = new Dictionary<int, int>(); // node id → experts placed so far

        // Heads first (one per unit, in tree order) so everyone else can report to one.
        var heads = new Dictionary<string, Employee>(StringComparer.Ordinal);
        var number = 100000;
        var people = new List<(Employee E, Unit U)>();
        foreach (var u in Units)
        {
            var head = NewEmployee(u, isHead: true);
            head.ManagerId = u.Parent is null ? null : heads[u.Parent].Id;
            db.Employees.Add(head);
            await db.SaveChangesAsync(ct);
            heads[u.Code] = head;
            people.Add((head, u));
        }

        var weighted = Units.Where(u => u.Weight > 0).ToArray();
        var totalWeight = weighted.Sum(u => u.Weight);
        var remaining = Math.Max(0, run.Employees - Units.Length);
        var batch = new List<Employee>(1000);
        for (var i = 0; i < remaining; i++)
        {
            var pick = rng.Next(totalWeight);
            var unit = weighted.First(u => (pick -= u.Weight) < 0);
            var e = NewEmployee(unit, isHead: false);
            e.ManagerId = heads[unit.Code].Id;
            batch.Add(e);
            people.Add((e, unit));
            if (batch.Count == 1000 || i == remaining - 1)
            {
                db.Employees.AddRange(batch);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                batch.Clear();
            }
        }

        // Skills and a few past career events, in batches.
        var pending = 0;
        foreach (var (e, u) in people)
        {
            var prefixes = SegmentSkills[u.Segment];
            var pool = skillNodes.Where(n => prefixes.Any(p => n.Code.StartsWith(p, StringComparison.Ordinal))).ToList();
            var count = Math.Min(pool.Count, rng.Next(2, 6));
            var seniority = (int)e.Title; // 0..5
            foreach (var node in pool.OrderBy(_ => rng.Next()).Take(count))
            {
                var level = Math.Clamp(rng.Next(0, 3) + seniority / 2, 0, 4);
                if (scarce.Contains(node.Id) && level >= 3)
                {
                    scarceExperts.TryGetValue(node.Id, out var placed);
                    // One or two experts per scarce technology; everyone else stays at "working" level.
                    var cap = node.Code is "SEP.SX.HEAVY" or "MET.RED.CA" ? 1 : 2;
                    if (placed >= cap || seniority < 4) level = 2;
                    else scarceExperts[node.Id] = placed + 1;
                }
                var assessed = RandomDate(rng, Max(e.HireDate, today.AddYears(-3)), today);
                db.SkillRecords.Add(new SkillRecord
                {
                    EmployeeId = e.Id, TaxonomyNodeId = node.Id, Level = level, AssessedOn = assessed,
                    AssessedBy = level >= 3 ? "Technical committee" : "Line manager",
                    Evidence = level >= 3 ? "Peer-reviewed process report and on-site assessment" : "Annual skills review",
                });
                pending++;
            }
            AddHistory(db, e, u, rng, today);
            pending += 2;
            if (pending >= 4000)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                pending = 0;
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        // Demo accounts linked to fitting people.
        var active = people.Where(p => p.E.Status == EmployeeStatus.Active).ToList();
        run.AccountEmployees[Roles.Participant] = active.First(p => p.E.Track == CareerTrack.Technical && p.E.Title == ProfessionalTitle.Engineer && p.U.Segment == ChainSegment.Separation).E.Id;
        run.AccountEmployees[Roles.Mentor] = active.First(p => p.E.Title == ProfessionalTitle.SeniorEngineer && p.U.Segment == ChainSegment.Separation).E.Id;
        run.AccountEmployees[Roles.LineManager] = heads["SEP1-SX"].Id;
        run.AccountEmployees[Roles.ProgramManager] = active.First(p => p.U.Code == "HQ-HR").E.Id;
        run.AccountEmployees[Roles.KnowledgeOfficer] = active.First(p => p.U.Code == "HQ-SEC").E.Id;
        run.AccountEmployees[Roles.Finance] = active.First(p => p.U.Code == "HQ-FIN").E.Id;
        // The technology-transfer office sits in the research institute, IP counsel at headquarters (staff, else the unit's head).
        run.AccountEmployees[Roles.TechTransferOfficer] = (active.FirstOrDefault(p => p.U.Code == "RDI" && p.E.Id != heads["RDI"].Id).E ?? heads["RDI"]).Id;
        run.AccountEmployees[Roles.IpCounsel] = (active.FirstOrDefault(p => p.U.Code == "HQ" && p.E.Id != heads["HQ"].Id).E ?? heads["HQ"]).Id;
        run.AccountEmployees[Roles.TradeComplianceOfficer] = active.First(p => p.U.Code == "TRD-EXP").E.Id;
        run.AccountEmployees[Roles.Executive] = heads["GRP"].Id;

        Employee NewEmployee(Unit u, bool isHead)
        {
            var foreign = u.Segment == ChainSegment.SalesTrade && rng.NextDouble() < 0.08 || u.Segment == ChainSegment.ResearchDevelopment && rng.NextDouble() < 0.03;
            var age = isHead ? rng.Next(42, 59) : Math.Clamp((int)Math.Round(Normal(rng, 38, 9)), 22, 59);
            var birth = today.AddYears(-age).AddDays(-rng.Next(0, 365));
            var earliestHire = birth.AddYears(22);
            var hireFrom = Max(earliestHire, new DateOnly(1988, 1, 1));
            // Unit heads are long-serving; everyone else was hired at any point of their working life.
            var hireTo = isHead ? Max(hireFrom, today.AddYears(-8)) : Min(today.AddDays(-30), Max(earliestHire, today.AddDays(-30)));
            var hire = RandomDate(rng, hireFrom, hireTo);
            var years = (today.DayNumber - hire.DayNumber) / 365.25;
            var technical = !u.Positions[0].Contains("operator", StringComparison.OrdinalIgnoreCase);
            var position = isHead ? HeadPosition(u) : u.Positions[rng.Next(u.Positions.Length)];
            var isOperator = position.Contains("operator", StringComparison.OrdinalIgnoreCase) || position.Contains("Machinist", StringComparison.Ordinal) || position.Contains("technician", StringComparison.OrdinalIgnoreCase);
            var track = isHead ? CareerTrack.Management : isOperator ? CareerTrack.Operations : technical ? CareerTrack.Technical : CareerTrack.Management;
            var title = TitleFor(years, age, isOperator, rng);
            if (isHead && title < ProfessionalTitle.SeniorEngineer) title = ProfessionalTitle.SeniorEngineer;
            var grade = Math.Clamp(3 + (int)title * 2 + (int)(years / 6) + (isHead ? 3 : 0) + rng.Next(-1, 2), Employee.MinGrade, Employee.MaxGrade);
            var departed = !isHead && rng.NextDouble() < 0.06;
            string family, given, zh;
            if (foreign)
            {
                family = faker.Name.LastName();
                given = faker.Name.FirstName();
                zh = "";
            }
            else
            {
                var s = DemoNames.Surnames[rng.Next(DemoNames.Surnames.Length)];
                var g1 = DemoNames.GivenChars[rng.Next(DemoNames.GivenChars.Length)];
                var twoChars = rng.NextDouble() < 0.7;
                var g2 = DemoNames.GivenChars[rng.Next(DemoNames.GivenChars.Length)];
                family = s.Py;
                given = Capitalize(twoChars ? g1.Py + g2.Py : g1.Py);
                zh = s.Zh + g1.Zh + (twoChars ? g2.Zh : "");
            }
            number++;
            var e = new Employee
            {
                EmployeeNumber = $"E{number}",
                FamilyName = family,
                GivenName = given,
                ChineseName = string.IsNullOrEmpty(zh) ? null : zh,
                Email = $"{given.ToLowerInvariant().Replace("ü", "v", StringComparison.Ordinal)}.{family.ToLowerInvariant().Replace("ü", "v", StringComparison.Ordinal)}.{number}@baiyun-re.example",
                OrgUnitId = units[u.Code].Id,
                Position = position,
                HireDate = hire,
                BirthDate = birth,
                Track = track,
                Title = title,
                Education = EducationFor(title, isOperator, educationRng),
                Grade = grade,
                Status = departed ? EmployeeStatus.Departed : EmployeeStatus.Active,
                DepartureDate = departed ? RandomDate(rng, Max(hire.AddDays(90), today.AddYears(-2)), today.AddDays(-1)) : null,
            };
            return e;
        }
    }

    private static void AddHistory(Microsoft.EntityFrameworkCore.DbContext db, Employee e, Unit u, Random rng, DateOnly today)
    {
        var span = today.DayNumber - e.HireDate.DayNumber;
        if (span < 400) return;
        var events = db.Set<EmploymentEvent>();
        if (e.Title >= ProfessionalTitle.Engineer)
        {
            events.Add(new EmploymentEvent
            {
                EmployeeId = e.Id, Kind = EmploymentEventKind.TitleChanged, FromValue = (e.Title - 1).ToString(), ToValue = e.Title.ToString(),
                EffectiveDate = e.HireDate.AddDays(rng.Next(span / 2, span)), RecordedAt = DateTimeOffset.UnixEpoch, RecordedBy = "demo",
            });
        }
        if (e.Grade > 4)
        {
            events.Add(new EmploymentEvent
            {
                EmployeeId = e.Id, Kind = EmploymentEventKind.Promoted, FromValue = (e.Grade - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ToValue = e.Grade.ToString(System.Globalization.CultureInfo.InvariantCulture),
                EffectiveDate = e.HireDate.AddDays(rng.Next(span / 3, span)), RecordedAt = DateTimeOffset.UnixEpoch, RecordedBy = "demo",
            });
        }
        if (u.Parent is not null && rng.NextDouble() < 0.15)
        {
            events.Add(new EmploymentEvent
            {
                EmployeeId = e.Id, Kind = EmploymentEventKind.Transferred, FromValue = Units[rng.Next(Units.Length)].Code, ToValue = u.Code,
                EffectiveDate = e.HireDate.AddDays(rng.Next(1, Math.Max(2, span / 2))), RecordedAt = DateTimeOffset.UnixEpoch, RecordedBy = "demo",
            });
        }
    }

    private static string HeadPosition(Unit u) => u.Parent is null ? "President" : u.Positions.Length == 1 ? u.Positions[0] : "Head of " + u.Name.ToLowerInvariant();

    private static EducationLevel EducationFor(ProfessionalTitle title, bool isOperator, Random rng)
    {
        var r = rng.NextDouble();
        if (isOperator) return r < 0.45 ? EducationLevel.Secondary : r < 0.9 ? EducationLevel.Vocational : EducationLevel.Bachelor;
        return title switch
        {
            >= ProfessionalTitle.ProfessorLevelSeniorEngineer => r < 0.55 ? EducationLevel.Doctorate : r < 0.9 ? EducationLevel.Master : EducationLevel.Bachelor,
            ProfessionalTitle.SeniorEngineer => r < 0.2 ? EducationLevel.Doctorate : r < 0.6 ? EducationLevel.Master : EducationLevel.Bachelor,
            _ => r < 0.05 ? EducationLevel.Doctorate : r < 0.35 ? EducationLevel.Master : r < 0.9 ? EducationLevel.Bachelor : EducationLevel.Vocational,
        };
    }

    private static ProfessionalTitle TitleFor(double years, int age, bool isOperator, Random rng)
    {
        if (isOperator) return years > 8 && rng.NextDouble() < 0.5 ? ProfessionalTitle.Technician : ProfessionalTitle.None;
        var t = years switch
        {
            < 1 => ProfessionalTitle.None,
            < 4 => ProfessionalTitle.AssistantEngineer,
            < 10 => ProfessionalTitle.Engineer,
            < 20 => rng.NextDouble() < 0.6 ? ProfessionalTitle.SeniorEngineer : ProfessionalTitle.Engineer,
            _ => rng.NextDouble() < 0.18 && age > 45 ? ProfessionalTitle.ProfessorLevelSeniorEngineer : ProfessionalTitle.SeniorEngineer,
        };
        return t;
    }

    private static double Normal(Random rng, double mean, double sd)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static DateOnly RandomDate(Random rng, DateOnly from, DateOnly to) =>
        to <= from ? from : DateOnly.FromDayNumber(from.DayNumber + rng.Next(to.DayNumber - from.DayNumber + 1));

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static string Capitalize(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
