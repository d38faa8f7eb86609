using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Demo;

namespace TalentChain.Modules.Labs.Demo;

/// <summary>
/// The labs story, dated from today: the Baotou Rare Earth Research Institute (包头稀土研究院) with four labs and their
/// restricted areas; eight qualification types, three of them granted by catalog courses (CORE-110, CORE-120, CORE-140,
/// FRT-240); about forty people holding qualifications, some lapsing in 5–25 days (reminders due); the demo participant
/// whose radiation-safety qualification lapsed three days ago, which suspended their access to the radiochemistry area
/// (renewed by passing CORE-140 辐射防护与钍渣管理); pending requests; and a badge log with the participant entering the
/// radiochemistry area yesterday while suspended. Deterministic: no random choices.
/// </summary>
internal sealed class LabsDemoData(TimeProvider clock) : IDemoDataContributor
{
    public int Order => 600;

    private sealed record TypeSeed(string Code, string Name, string NameZh, int Months, string? Course, string Description);

    private static readonly TypeSeed[] Types =
    [
        new("LAB-INDUCT", "Lab safety induction", "实验室安全准入培训", 12, null, "Annual induction: fire, gas alarms, spill response, PPE. 年度安全准入培训：消防、气体报警、泄漏处置、个人防护。"),
        new("HAZCHEM-HF", "Hazardous chemicals: hydrofluoric acid", "危险化学品作业（氢氟酸）", 24, null, "HF handling, calcium gluconate first aid. 氢氟酸操作与葡萄糖酸钙急救。"),
        new("HAZCHEM-EXT", "Hazardous chemicals: P507/P204 extractants", "危险化学品作业（P507/P204 萃取剂）", 24, "CORE-110", "Extractants, kerosene diluent, saponification with ammonia. 萃取剂、煤油稀释剂与氨皂化作业。"),
        new("RAD-SAFE", "Radiation safety and protection", "辐射安全与防护", 24, "CORE-140", "Thorium-bearing residues, dosimetry, contamination control. 含钍废渣、剂量监测与污染控制。"),
        new("ICPMS-OP", "Equipment certification: ICP-MS operation", "设备操作资格（ICP-MS）", 24, "FRT-240", "ICP-MS operation and 5N oxide methods. ICP-MS 操作与 5N 氧化物分析方法。"),
        new("ELEC-HT", "Molten-salt electrolysis and high-temperature work", "熔盐电解高温作业资格", 24, "CORE-120", "Fluoride molten salts at 1,050 °C, tapping, anode changes. 1050 °C 氟化物熔盐、出金属与换阳极作业。"),
        new("H2-INERT", "Hydrogen and inert-gas handling", "氢气及惰性气体作业资格", 24, null, "Hydrogen decrepitation furnaces, argon glove boxes. 氢破炉与氩气手套箱作业。"),
        new("FIRST-AID", "First aid and emergency response", "急救与应急处置", 36, null, "CPR, burns, chemical splashes. 心肺复苏、烧伤与化学品溅射处置。"),
    ];

    public async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var db = run.Db;
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var courses = await db.CourseRefs.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Id, ct);
        var types = new Dictionary<string, QualificationType>();
        foreach (var s in Types)
        {
            var q = new QualificationType { Code = s.Code, Name = s.Name, NameZh = s.NameZh, ValidityMonths = s.Months, Description = s.Description };
            if (s.Course is { } code && courses.TryGetValue(code, out var courseId)) q.Courses.Add(new QualificationCourse { CourseId = courseId });
            types[s.Code] = q;
            db.QualificationTypes.Add(q);
        }
        await db.SaveChangesAsync(ct);

        var participant = run.AccountEmployees.GetValueOrDefault(Roles.Participant);
        var lineManager = run.AccountEmployees.GetValueOrDefault(Roles.LineManager);
        var mentor = run.AccountEmployees.GetValueOrDefault(Roles.Mentor);
        var officer = run.AccountEmployees.GetValueOrDefault(Roles.KnowledgeOfficer);
        var accounts = run.AccountEmployees.Values.ToHashSet();
        // The institute's staff: active people of R&D, separation, metals and magnets units, in id order.
        var staff = await db.EmployeeRefs.AsNoTracking()
            .Where(e => e.Status == EmployeeStatus.Active && (e.OrgUnit!.Segment == ChainSegment.ResearchDevelopment || e.OrgUnit.Segment == ChainSegment.Separation
                || e.OrgUnit.Segment == ChainSegment.MetalsAlloys || e.OrgUnit.Segment == ChainSegment.MagnetsFunctional))
            .OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(ct);
        var others = staff.Where(id => !accounts.Contains(id)).Take(40).ToList();
        if (others.Count < 12 || participant == 0 || lineManager == 0 || mentor == 0) return;
        int Person(int i) => others[i % others.Count];

        LabUnit Unit(LabKind kind, LabUnit? parent, string code, string name, string zh, ChainSegment segment, string site, int[] managers, int[] deputies, params string[] required)
        {
            var u = new LabUnit { Kind = kind, ParentId = parent?.Id, Code = code, Name = name, NameZh = zh, Segment = segment, Site = site };
            foreach (var m in managers) u.Managers.Add(new LabManager { EmployeeId = m });
            foreach (var d in deputies.Where(d => !managers.Contains(d))) u.Managers.Add(new LabManager { EmployeeId = d, Deputy = true });
            foreach (var r in required) u.Requirements.Add(new LabRequirement { QualificationTypeId = types[r].Id });
            db.LabUnits.Add(u);
            return u;
        }
        var centre = Unit(LabKind.Centre, null, "BRERI", "Baotou Rare Earth Research Institute", "包头稀土研究院", ChainSegment.ResearchDevelopment, "Baotou, Rare Earth High-Tech Zone", [officer != 0 ? officer : Person(0)], [], "LAB-INDUCT");
        await db.SaveChangesAsync(ct);
        var sxLab = Unit(LabKind.Lab, centre, "LAB-SX", "Solvent-extraction pilot lab", "萃取分离中试实验室", ChainSegment.Separation, "Building 3", [lineManager], [Person(1)]);
        var metLab = Unit(LabKind.Lab, centre, "LAB-MET", "Molten-salt electrolysis lab", "熔盐电解实验室", ChainSegment.MetalsAlloys, "Building 5", [Person(2)], [Person(3)]);
        var anaLab = Unit(LabKind.Lab, centre, "LAB-ANA", "Analytical and radiochemistry lab", "分析与放射化学实验室", ChainSegment.ResearchDevelopment, "Building 1", [mentor], [Person(4)]);
        var magLab = Unit(LabKind.Lab, centre, "LAB-MAG", "Magnet pilot lab", "磁材中试实验室", ChainSegment.MagnetsFunctional, "Building 7", [Person(5)], []);
        await db.SaveChangesAsync(ct);
        var sxLine = Unit(LabKind.Area, sxLab, "SX-PILOT", "Solvent-extraction pilot line", "萃取中试线", ChainSegment.Separation, "Building 3, hall A", [], [], "HAZCHEM-EXT");
        var cellHall = Unit(LabKind.Area, metLab, "ELEC-HALL", "Molten-salt electrolysis cell hall", "熔盐电解车间", ChainSegment.MetalsAlloys, "Building 5, hall B", [], [], "ELEC-HT");
        var icpms = Unit(LabKind.Area, anaLab, "ICPMS", "ICP-MS room", "ICP-MS 分析室", ChainSegment.ResearchDevelopment, "Building 1, room 214", [], [], "ICPMS-OP", "HAZCHEM-HF");
        var radchem = Unit(LabKind.Area, anaLab, "RADCHEM", "Radiochemistry area for thorium-bearing residues", "含钍废渣放射化学区", ChainSegment.ResearchDevelopment, "Building 1, controlled zone B1", [], [], "RAD-SAFE", "HAZCHEM-HF");
        var magLine = Unit(LabKind.Area, magLab, "MAG-PILOT", "Magnet pilot line", "磁材中试线", ChainSegment.MagnetsFunctional, "Building 7, line 1", [], [], "H2-INERT");
        await db.SaveChangesAsync(ct);

        void Qualify(int employee, string code, DateOnly granted, DateOnly? expires = null, string? note = null)
        {
            var q = types[code];
            db.QualificationRecords.Add(new QualificationRecord
            {
                EmployeeId = employee, QualificationTypeId = q.Id, GrantedOn = granted, ExpiresOn = expires ?? granted.AddMonths(q.ValidityMonths),
                Source = q.Courses.Count > 0 ? QualificationSource.Training : QualificationSource.Manual,
                CourseCode = q.Courses.Count > 0 ? Types.First(t => t.Code == code).Course : null, RecordedBy = "demo", Note = note,
            });
        }
        AccessGrant Grant(int employee, LabUnit unit, GrantStatus status, int startedDaysAgo, int endsInDays, string reason, string decidedBy)
        {
            var g = new AccessGrant
            {
                EmployeeId = employee, LabUnitId = unit.Id, Status = status, Reason = reason,
                RequestedFrom = today.AddDays(-startedDaysAgo), RequestedTo = today.AddDays(endsInDays), RequestedBy = "demo", RequestedAt = now.AddDays(-startedDaysAgo - 5),
            };
            if (status != GrantStatus.Requested)
            {
                (g.StartsOn, g.EndsOn, g.DecidedBy, g.DecidedAt) = (g.RequestedFrom, g.RequestedTo, decidedBy, now.AddDays(-startedDaysAgo - 1));
            }
            db.AccessGrants.Add(g);
            return g;
        }

        // Areas in turn; everyone holds the induction and what their area requires, valid today.
        (LabUnit Area, string[] Codes, string Reason)[] work =
        [
            (sxLine, ["HAZCHEM-EXT"], "P507 cascade trials for the Pr/Nd split / P507 串级萃取镨钕分离试验"),
            (cellHall, ["ELEC-HT"], "NdPr electrolysis current-efficiency study / 镨钕电解电流效率研究"),
            (icpms, ["ICPMS-OP", "HAZCHEM-HF"], "5N oxide impurity analysis / 5N 氧化物杂质分析"),
            (radchem, ["RAD-SAFE", "HAZCHEM-HF"], "Thorium residue leaching tests / 含钍废渣浸出试验"),
            (magLine, ["H2-INERT"], "Grain-boundary diffusion pilot batches / 晶界扩散中试批次"),
        ];
        for (var i = 0; i < others.Count; i++)
        {
            var who = others[i];
            var (area, codes, reason) = work[i % work.Length];
            // Five inductions lapse in 5–25 days (reminders due); the others at spread-out dates within the year.
            var induction = i < 5 ? today.AddDays(5 + 5 * i).AddMonths(-12) : today.AddDays(-(i * 7 % 300) - 10);
            Qualify(who, "LAB-INDUCT", induction);
            foreach (var c in codes) Qualify(who, c, today.AddDays(-(i * 11 % 500) - 20));
            if (i % 4 == 0) Qualify(who, "FIRST-AID", today.AddDays(-(i * 13 % 700) - 30));
            if (i >= 6 && i < 30) Grant(who, area, GrantStatus.Active, 30 + i, 200 + i * 3, reason, "demo");
        }
        // A pending request that passes the check, and one missing the ICP-MS certificate.
        var ready = Person(30);
        Grant(ready, sxLine, GrantStatus.Requested, -3, 120, "Extraction stage commissioning / 新萃取段调试", "demo");
        var missing = Person(31);
        Grant(missing, icpms, GrantStatus.Requested, -5, 90, "Method validation for Dy/Tb purity / 镝铽纯度方法验证", "demo");

        // The participant: induction and HF valid, radiation safety lapsed three days ago → access to the radiochemistry area suspended the day after.
        Qualify(participant, "LAB-INDUCT", today.AddDays(-100));
        Qualify(participant, "HAZCHEM-HF", today.AddDays(-200));
        Qualify(participant, "HAZCHEM-EXT", today.AddDays(-150));
        var lapsedOn = today.AddDays(-3);
        Qualify(participant, "RAD-SAFE", lapsedOn.AddMonths(-24), lapsedOn);
        var suspended = Grant(participant, radchem, GrantStatus.Suspended, 120, 245, "Thorium residue leaching tests with the analytical team / 与分析组开展含钍废渣浸出试验", "mentor@talentchain.demo");
        suspended.SuspendedOn = lapsedOn.AddDays(1);
        suspended.SuspendedForTypeId = types["RAD-SAFE"].Id;
        Grant(participant, sxLine, GrantStatus.Active, 60, 300, "Cascade optimisation project on line 3 / 3 号线串级优化项目", "manager@talentchain.demo");
        // The mentor and line manager hold what their own labs require.
        foreach (var (who, codes) in new[] { (mentor, new[] { "LAB-INDUCT", "ICPMS-OP", "HAZCHEM-HF", "RAD-SAFE" }), (lineManager, new[] { "LAB-INDUCT", "HAZCHEM-EXT" }) })
            foreach (var c in codes) Qualify(who, c, today.AddDays(-90));
        await db.SaveChangesAsync(ct);
        db.RecordAuditEvent("LabAccessGrant", suspended.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new Dictionary<string, string?>
        {
            ["Action"] = "Suspended", ["EmployeeId"] = participant.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Unit"] = radchem.Code,
            ["Qualification"] = "RAD-SAFE", ["On"] = LabsText.Date(suspended.SuspendedOn),
        });

        // Badge numbers for the first people, and yesterday's door log: ordinary entries, the participant in the
        // radiochemistry area while suspended, and someone entering the ICP-MS room without any grant.
        for (var i = 0; i < 12; i++) db.BadgeNumbers.Add(new BadgeNumber { EmployeeId = others[i], Number = $"BT-{i + 1:0000}" });
        db.BadgeNumbers.Add(new BadgeNumber { EmployeeId = participant, Number = "BT-0100" });
        var import = new BadgeImport { FileName = "门禁记录-研究院-demo.csv", ImportedBy = "demo", ImportedAt = now.AddHours(-2) };
        db.BadgeImports.Add(import);
        await db.SaveChangesAsync(ct);
        var yesterday = today.AddDays(-1);
        DateTimeOffset At(int hour, int minute) => new DateTimeOffset(yesterday.ToDateTime(new TimeOnly(hour, minute)), SiteTime.Offset).ToUniversalTime();
        var entries = new List<BadgeEntry>();
        for (var i = 6; i < Math.Min(30, others.Count); i++)
        {
            var area = work[i % work.Length].Area;
            entries.Add(new BadgeEntry { ImportId = import.Id, EmployeeId = others[i], AreaId = area.Id, At = At(8 + i % 9, i * 2 % 60), Flag = EntryVerdict.Authorised });
        }
        entries.Add(new BadgeEntry { ImportId = import.Id, EmployeeId = participant, AreaId = sxLine.Id, At = At(9, 5), Flag = EntryVerdict.Authorised });
        entries.Add(new BadgeEntry
        {
            ImportId = import.Id, EmployeeId = participant, AreaId = radchem.Id, At = At(14, 20), Flag = EntryVerdict.Suspended, GrantId = suspended.Id,
            FlagDate = suspended.SuspendedOn, FlagTypeId = types["RAD-SAFE"].Id,
        });
        entries.Add(new BadgeEntry { ImportId = import.Id, EmployeeId = missing, AreaId = icpms.Id, At = At(16, 45), Flag = EntryVerdict.NoGrant });
        import.Rows = entries.Count;
        import.Unauthorised = entries.Count(e => e.Flag != EntryVerdict.Authorised);
        db.BadgeEntries.AddRange(entries);
        await db.SaveChangesAsync(ct);
    }
}
