using System.Globalization;
using System.Text;
using TalentChain.Modules.People.Demo;

namespace TalentChain.Benchmarks;

/// <summary>
/// Writes the import benchmark's input: <c>org-units.csv</c> (~40 units along the rare-earth chain) and
/// <c>employees.csv</c> (N employees with Chinese and pinyin names, managers that always refer to an earlier row).
/// Deterministic for a seed (the reference date is fixed, not "today"), so two runs import the same bytes.
/// Formats are exactly the import verb's: see docs/benchmarks.md.
/// </summary>
public static class DataGenerator
{
    public const string OrgUnitsHeader = "code,name,name_zh,segment,site,parent_code";
    public const string EmployeesHeader = "employee_number,family_name,given_name,chinese_name,email,org_unit_code,position,manager_employee_number,hire_date,birth_date,track,title,grade,status,departure_date";

    /// <summary>Dates are generated relative to this day so the output never depends on when it was generated.</summary>
    private static readonly DateOnly Reference = new(2026, 1, 1);

    private sealed record Unit(string Code, string Name, string NameZh, string Segment, string Site, string? Parent, int Weight, string[] Positions);

    // Parents come before their children, so a plain top-to-bottom import works. Weight: share of the staff
    // (0 for holding units, which have only their head).
    private static readonly Unit[] Units =
    [
        new("GRP", "Northern Rare Earth Group", "北方稀土集团", "corporate", "Baotou", null, 0, ["Chief engineer"]),
        new("HQ", "Group headquarters", "集团总部", "corporate", "Baotou", "GRP", 0, ["Director"]),
        new("HQ-HR", "Human resources department", "人力资源部", "corporate", "Baotou", "HQ", 3, ["HR specialist", "Talent development manager", "Compensation analyst"]),
        new("HQ-FIN", "Finance department", "财务部", "corporate", "Baotou", "HQ", 3, ["Accountant", "Financial analyst"]),
        new("HQ-SEC", "Security and confidentiality office", "保密办公室", "corporate", "Baotou", "HQ", 1, ["Security officer", "Knowledge protection officer"]),
        new("HQ-EHS", "Environment, health and safety", "安全环保部", "corporate", "Baotou", "HQ", 2, ["EHS engineer", "Radiation protection officer"]),
        new("MINE", "Bayan Obo Mining Co.", "白云鄂博矿业公司", "mining_beneficiation", "Bayan Obo", "GRP", 0, ["General manager"]),
        new("MINE-PIT", "Open-pit mine", "露天采场", "mining_beneficiation", "Bayan Obo", "MINE", 8, ["Mining engineer", "Shift supervisor", "Geologist", "Equipment technician"]),
        new("MINE-CONC", "Concentrator", "选矿厂", "mining_beneficiation", "Bayan Obo", "MINE", 9, ["Beneficiation engineer", "Flotation operator", "Process technician"]),
        new("MINE-TAIL", "Tailings management", "尾矿库管理站", "mining_beneficiation", "Bayan Obo", "MINE", 3, ["Geotechnical engineer", "Environmental technician"]),
        new("HYD", "Hydrometallurgy Plant", "湿法冶炼厂", "cracking_leaching", "Baotou", "GRP", 0, ["Plant manager"]),
        new("HYD-ROAST", "Acid-roasting workshop", "焙烧车间", "cracking_leaching", "Baotou", "HYD", 7, ["Roasting process engineer", "Kiln operator", "Off-gas treatment engineer"]),
        new("HYD-LEACH", "Leaching workshop", "浸出车间", "cracking_leaching", "Baotou", "HYD", 6, ["Leaching engineer", "Process operator", "Shift supervisor"]),
        new("HYD-WWT", "Wastewater treatment station", "废水处理站", "cracking_leaching", "Baotou", "HYD", 3, ["Water treatment engineer", "Operator"]),
        new("SEP1", "Separation Plant No. 1", "第一分离厂", "separation", "Baotou", "GRP", 0, ["Plant manager"]),
        new("SEP1-SX", "Solvent-extraction workshop", "萃取车间", "separation", "Baotou", "SEP1", 10, ["Extraction process engineer", "SX operator", "Shift supervisor", "Process control engineer"]),
        new("SEP1-OX", "Oxide workshop", "氧化物车间", "separation", "Baotou", "SEP1", 6, ["Precipitation engineer", "Calcination operator", "Quality inspector"]),
        new("SEP2", "Separation Plant No. 2", "第二分离厂", "separation", "Ganzhou", "GRP", 0, ["Plant manager"]),
        new("SEP2-SX", "Heavy rare-earth extraction workshop", "中重稀土萃取车间", "separation", "Ganzhou", "SEP2", 8, ["Extraction process engineer", "SX operator", "Process control engineer"]),
        new("SEP2-QC", "Quality-control laboratory", "质检化验室", "separation", "Ganzhou", "SEP2", 4, ["Analytical chemist", "Lab technician"]),
        new("MET", "Rare-Earth Metals Plant", "稀土金属冶炼厂", "metals_alloys", "Baotou", "GRP", 0, ["Plant manager"]),
        new("MET-ELEC", "Molten-salt electrolysis workshop", "熔盐电解车间", "metals_alloys", "Baotou", "MET", 9, ["Electrolysis engineer", "Cell operator", "Shift supervisor"]),
        new("MET-ALLOY", "Alloys workshop", "合金车间", "metals_alloys", "Baotou", "MET", 5, ["Metallurgical engineer", "Furnace operator"]),
        new("MET-RED", "Metallothermic reduction workshop", "金属热还原车间", "metals_alloys", "Baotou", "MET", 3, ["Metallurgical engineer", "Vacuum furnace operator"]),
        new("MAG", "Magnet Materials Co.", "磁材公司", "magnets_functional", "Baotou", "GRP", 0, ["General manager"]),
        new("MAG-SC", "Strip-casting workshop", "速凝甩带车间", "magnets_functional", "Baotou", "MAG", 6, ["Materials engineer", "Casting operator"]),
        new("MAG-SINT", "Pressing and sintering workshop", "成型烧结车间", "magnets_functional", "Baotou", "MAG", 9, ["Process engineer", "Pressing operator", "Furnace operator", "Shift supervisor"]),
        new("MAG-GBD", "Grain-boundary diffusion line", "晶界扩散产线", "magnets_functional", "Baotou", "MAG", 4, ["Process engineer", "Diffusion operator"]),
        new("MAG-FIN", "Machining and coating workshop", "机加工与表面处理车间", "magnets_functional", "Ningbo", "MAG", 7, ["Coating engineer", "Machinist", "Quality inspector"]),
        new("FUN", "Functional Materials Co.", "功能材料公司", "magnets_functional", "Baotou", "GRP", 0, ["General manager"]),
        new("FUN-POL", "Polishing-powder plant", "抛光粉厂", "magnets_functional", "Baotou", "FUN", 4, ["Process engineer", "Operator"]),
        new("FUN-CAT", "Catalysts and hydrogen-storage plant", "催化与储氢材料厂", "magnets_functional", "Baotou", "FUN", 4, ["Materials engineer", "Operator"]),
        new("REC", "Resource Recycling Co.", "资源回收公司", "recycling", "Ganzhou", "GRP", 0, ["General manager"]),
        new("REC-SCRAP", "Magnet-scrap recovery line", "磁材废料回收产线", "recycling", "Ganzhou", "REC", 5, ["Recycling process engineer", "Operator", "Environmental engineer"]),
        new("RDI", "Rare Earth Research Institute", "稀土研究院", "research_development", "Baotou", "GRP", 0, ["Institute director"]),
        new("RDI-SEP", "Separation technology laboratory", "分离技术研究室", "research_development", "Baotou", "RDI", 4, ["Research engineer", "Senior researcher", "Postdoctoral researcher"]),
        new("RDI-MAG", "Magnetic materials laboratory", "磁性材料研究室", "research_development", "Baotou", "RDI", 4, ["Research engineer", "Senior researcher"]),
        new("RDI-ANA", "Analysis and testing centre", "分析测试中心", "research_development", "Baotou", "RDI", 4, ["Analytical chemist", "ICP-MS engineer", "Test engineer"]),
        new("TRD", "Rare Earth Trading Co.", "稀土贸易公司", "sales_trade", "Shanghai", "GRP", 0, ["General manager"]),
        new("TRD-EXP", "Export and trade-compliance office", "出口与贸易合规部", "sales_trade", "Shanghai", "TRD", 3, ["Trade-compliance specialist", "Export sales manager", "Logistics coordinator"]),
        new("TRD-DOM", "Domestic sales", "国内销售部", "sales_trade", "Shanghai", "TRD", 3, ["Sales engineer", "Account manager"]),
    ];

    // A unit's staff report to a team lead; each team lead reports to the unit head.
    private const int TeamSize = 12;

    public static (int OrgUnits, int Employees) Write(string directory, int employees, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(employees, Units.Length);
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        using (var w = new StreamWriter(Path.Combine(directory, "org-units.csv"), false, utf8))
        {
            w.NewLine = "\n";
            w.WriteLine(OrgUnitsHeader);
            foreach (var u in Units) WriteRow(w, u.Code, u.Name, u.NameZh, u.Segment, u.Site, u.Parent);
        }

        var rng = new Random(seed);
        var number = 100_000;
        using var e = new StreamWriter(Path.Combine(directory, "employees.csv"), false, utf8);
        e.NewLine = "\n";
        e.WriteLine(EmployeesHeader);

        // Heads first, in tree order, so each one's manager (the parent unit's head) is an earlier row.
        var heads = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var u in Units)
        {
            var id = $"E{++number}";
            heads[u.Code] = id;
            WritePerson(e, rng, id, u, u.Positions[0], u.Parent is null ? null : heads[u.Parent], seniority: 3);
        }

        // Everyone else, unit by unit in proportion to the unit's weight: team leads, then their team.
        var weighted = Units.Where(u => u.Weight > 0).ToArray();
        var totalWeight = weighted.Sum(u => u.Weight);
        var remaining = employees - Units.Length;
        var written = 0;
        for (var i = 0; i < weighted.Length; i++)
        {
            var u = weighted[i];
            var share = i == weighted.Length - 1 ? remaining - written : (int)((long)remaining * u.Weight / totalWeight);
            string? lead = null;
            for (var k = 0; k < share; k++)
            {
                var id = $"E{++number}";
                if (k % (TeamSize + 1) == 0)
                {
                    WritePerson(e, rng, id, u, "Team leader", heads[u.Code], seniority: 2);
                    lead = id;
                }
                else
                {
                    WritePerson(e, rng, id, u, u.Positions[rng.Next(u.Positions.Length)], lead, seniority: rng.Next(3) == 0 ? 1 : 0);
                }
            }
            written += share;
        }
        return (Units.Length, employees);
    }

    private static void WritePerson(StreamWriter w, Random rng, string id, Unit unit, string position, string? manager, int seniority)
    {
        var (familyZh, family) = DemoNames.Surnames[rng.Next(DemoNames.Surnames.Length)];
        var first = DemoNames.GivenChars[rng.Next(DemoNames.GivenChars.Length)];
        var twoChars = rng.Next(3) > 0;
        var second = DemoNames.GivenChars[rng.Next(DemoNames.GivenChars.Length)];
        var givenZh = twoChars ? first.Zh + second.Zh : first.Zh;
        var givenPy = twoChars ? first.Py + second.Py : first.Py;
        var given = char.ToUpperInvariant(givenPy[0]) + givenPy[1..];
        var email = $"{givenPy}.{family.ToLowerInvariant().Replace("ü", "v", StringComparison.Ordinal)}.{id[1..]}@baiyun-re.example";

        // Heads and team leads are older and have been with the group for a while.
        var birth = Reference.AddDays(-rng.Next((seniority >= 2 ? 35 : 23) * 365, 60 * 365));
        var earliestHire = birth.AddYears(21);
        var hireSpanDays = Math.Max(1, Reference.DayNumber - earliestHire.DayNumber - (seniority >= 2 ? 5 * 365 : 30));
        var hire = earliestHire.AddDays(rng.Next(hireSpanDays));
        var years = (Reference.DayNumber - hire.DayNumber) / 365.0;

        var technicalUnit = unit.Segment is not ("corporate" or "sales_trade");
        var track = seniority >= 2 ? "management" : technicalUnit && rng.Next(2) == 0 ? "technical" : "operations";
        var titleLevel = track == "operations"
            ? Math.Min(2, (int)(years / 8) + rng.Next(2))
            : Math.Min(5, 1 + (int)(years / 6) + rng.Next(2) + seniority / 2);
        var title = titleLevel switch
        {
            0 => "none",
            1 => "technician",
            2 => "assistant_engineer",
            3 => "engineer",
            4 => "senior_engineer",
            _ => "professor_level_senior_engineer",
        };
        var grade = Math.Clamp(3 + titleLevel * 2 + seniority * 3 + (int)(years / 5) + rng.Next(-1, 2), 1, 20);

        // Leads and heads stay; about one in twelve of the others has left.
        var departed = seniority == 0 && rng.Next(12) == 0 && Reference.DayNumber - hire.DayNumber > 60;
        string? departure = null;
        if (departed)
            departure = Date(hire.AddDays(30 + rng.Next(Reference.DayNumber - hire.DayNumber - 30)));

        WriteRow(w, id, family, given, familyZh + givenZh, email, unit.Code, position, manager,
            Date(hire), Date(birth), track, title, grade.ToString(CultureInfo.InvariantCulture),
            departed ? "departed" : "active", departure);
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180: quote a field only when it holds a comma, a quote or a line break.</summary>
    private static void WriteRow(StreamWriter w, params string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) w.Write(',');
            var f = fields[i] ?? "";
            if (f.AsSpan().IndexOfAny(",\"\r\n") >= 0) w.Write("\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            else w.Write(f);
        }
        w.Write('\n');
    }
}
