using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Projects.Data;
using TalentChain.Modules.Projects.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Demo;

namespace TalentChain.Modules.Projects.Demo;

/// <summary>
/// The projects story: twelve strategic and advanced-technology projects along the chain (one confidential, 秘密), roles
/// that need skills of the demo taxonomy, a few members, and an open placement round for the current cohort — its
/// participants and the roles of the next half-years, one pin and one forbid, not yet solved, so the program manager can
/// solve and publish it. Deterministic: people are picked by number, dates are relative to today.
/// </summary>
internal sealed class ProjectsDemoData(TimeProvider clock) : IDemoDataContributor
{
    public int Order => 520;

    private sealed record P(string Code, string Title, string TitleZh, ProjectKind Kind, ChainSegment Segment, string Unit, ProjectClassification Classification,
        (string Title, string TitleZh, int Seats, int Half, (string Skill, int Min)[] Skills)[] Roles);

    private static readonly P[] Projects =
    [
        new("SP-GBD", "Industrialising grain-boundary diffusion for high-performance Nd-Fe-B magnets", "高性能钕铁硼磁体晶界扩散产业化", ProjectKind.Strategic, ChainSegment.MagnetsFunctional, "MAG-GBD", ProjectClassification.Internal,
            [("Diffusion process engineer", "扩散工艺工程师", 2, 1, [("MAG.NDFEB.GBD", 0), ("MAG.NDFEB.SINTER", 0)]), ("Magnetic testing lead", "磁性能检测负责人", 1, 2, [("ANA.MAG.HYST", 1)])]),
        new("SP-GREENSX", "Green solvent-extraction process for rare-earth separation", "稀土萃取分离绿色工艺", ProjectKind.Strategic, ChainSegment.Separation, "SEP1-SX", ProjectClassification.Public,
            [("Cascade design engineer", "串级萃取设计工程师", 2, 1, [("SEP.SX.CASCADE", 0)]), ("Saponification-free chemistry researcher", "非皂化萃取化学研究员", 1, 2, [("SEP.SX.P507", 1)])]),
        new("SP-CELL", "Scaling up molten-salt electrolysis cells", "熔盐电解大型化电解槽", ProjectKind.Strategic, ChainSegment.MetalsAlloys, "MET-ELEC", ProjectClassification.Internal,
            [("Cell design engineer", "电解槽设计工程师", 2, 1, [("MET.ELEC.CELL", 0)]), ("Electrolyte process engineer", "电解质工艺工程师", 1, 2, [("MET.ELEC.FLUOR", 0), ("MET.ELEC.NDPR", 1)])]),
        new("AT-H2", "Rare-earth hydrogen-storage materials", "稀土储氢材料", ProjectKind.AdvancedTechnology, ChainSegment.MagnetsFunctional, "FUN-CAT", ProjectClassification.Public,
            [("Alloy researcher", "储氢合金研究员", 2, 1, [("MAG.FUNC.H2", 0)])]),
        new("SP-TH", "Safe disposal of thorium-bearing residues", "含钍废渣安全处置", ProjectKind.Strategic, ChainSegment.CrackingLeaching, "HYD-LEACH", ProjectClassification.Confidential,
            [("Residue management engineer", "废渣管理工程师", 1, 1, [("CRK.ALK.TH", 1)])]),
        new("AT-5N", "5N oxides for optical and electronic uses", "光电用高纯（5N）稀土氧化物", ProjectKind.AdvancedTechnology, ChainSegment.Separation, "SEP2-QC", ProjectClassification.Internal,
            [("High-purity process engineer", "高纯工艺工程师", 1, 2, [("SEP.OX.5N", 2)]), ("Trace analysis specialist", "痕量分析专员", 1, 1, [("ANA.CHEM.ICPMS", 0)])]),
        new("SP-RECYCLE", "Magnet-to-magnet direct recycling line", "磁材废料直接再生产线", ProjectKind.Industrialisation, ChainSegment.Recycling, "REC", ProjectClassification.Public,
            [("Recycling process engineer", "再生工艺工程师", 2, 1, [("REC.SCRAP.HYDRO", 0)])]),
        new("SP-FLOT", "Flotation reagents for mixed ore", "混合型矿石浮选药剂", ProjectKind.Industrialisation, ChainSegment.MiningBeneficiation, "MINE-CONC", ProjectClassification.Public,
            [("Flotation engineer", "浮选工程师", 1, 2, [("MIN.BEN.FLOT", 0)])]),
        new("AT-DYTB", "Calcium reduction of Dy/Tb metals", "钙热还原制备镝铽金属", ProjectKind.AdvancedTechnology, ChainSegment.MetalsAlloys, "MET-ALLOY", ProjectClassification.Internal,
            [("Reduction metallurgist", "还原冶金工程师", 1, 2, [("MET.RED.CA", 3)])]),
        new("SP-OFFGAS", "Fluorine off-gas recovery in acid roasting", "焙烧含氟尾气回收", ProjectKind.Industrialisation, ChainSegment.CrackingLeaching, "HYD-ROAST", ProjectClassification.Public,
            [("Off-gas engineer", "尾气治理工程师", 1, 1, [("CRK.ACID.OFFGAS", 0)])]),
        new("AT-SMCO", "High-temperature Sm-Co magnets", "耐高温钐钴磁体", ProjectKind.AdvancedTechnology, ChainSegment.MagnetsFunctional, "RDI-MAG", ProjectClassification.Internal, []),
        new("SP-ONLINE", "Online composition control of extraction cascades", "萃取槽在线组分监控", ProjectKind.Strategic, ChainSegment.Separation, "SEP2-SX", ProjectClassification.Public, []),
    ];

    public async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var db = run.Db;
        if (await db.StrategicProjects.AnyAsync(ct)) return;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var now = clock.GetUtcNow();
        var units = await db.OrgUnitRefs.AsNoTracking().ToDictionaryAsync(u => u.Code, ct);
        var nodes = await db.TaxonomyRefs.AsNoTracking().ToDictionaryAsync(n => n.Code, ct);
        var people = await db.EmployeeRefs.AsNoTracking().Where(e => e.Status == EmployeeStatus.Active).OrderBy(e => e.EmployeeNumber).ToListAsync(ct);
        if (people.Count < 20 || !Projects.All(p => units.ContainsKey(p.Unit))) return;
        int? Account(string role) => run.AccountEmployees.TryGetValue(role, out var id) ? id : null;
        var reserved = new HashSet<int>(new[] { Account(Roles.Participant), Account(Roles.ProgramManager), Account(Roles.Executive), Account(Roles.KnowledgeOfficer) }.OfType<int>());
        var seniors = people.Where(e => e.Title >= ProfessionalTitle.SeniorEngineer && !reserved.Contains(e.Id)).ToList();
        if (seniors.Count == 0) seniors = [.. people.Where(e => !reserved.Contains(e.Id))];

        // The next two half-years: roles of the round fall in one of them.
        var half1 = today.Month <= 6 ? new DateOnly(today.Year, 7, 1) : new DateOnly(today.Year + 1, 1, 1);
        var half2 = half1.AddMonths(6);
        var created = new List<StrategicProject>();
        for (var i = 0; i < Projects.Length; i++)
        {
            var p = Projects[i];
            var project = new StrategicProject
            {
                Code = p.Code, Title = p.Title, TitleZh = p.TitleZh, Kind = p.Kind, Segment = p.Segment, LeadUnitId = units[p.Unit].Id,
                SponsorEmployeeId = seniors[i % seniors.Count].Id, StartDate = today.AddMonths(-6 - i % 4), EndDate = half2.AddMonths(6 + i % 3).AddDays(-1),
                Classification = p.Classification, Status = p.Roles.Length == 0 ? ProjectStatus.Planned : ProjectStatus.Active,
            };
            foreach (var r in p.Roles)
            {
                var start = r.Half == 1 ? half1 : half2;
                var role = new ProjectRole { Title = r.Title, TitleZh = r.TitleZh, Seats = r.Seats, StartDate = start, EndDate = start.AddMonths(6).AddDays(-1) };
                foreach (var (skill, min) in r.Skills.Where(s => nodes.ContainsKey(s.Skill)))
                    role.Skills.Add(new RoleSkill { TaxonomyNodeId = nodes[skill].Id, MinLevel = min });
                project.Roles.Add(role);
            }
            created.Add(project);
        }
        db.StrategicProjects.AddRange(created);
        await db.SaveChangesAsync(ct);

        // Members: the sponsors' colleagues since the projects began (the confidential one has two, not the demo participant).
        var pool = people.Where(e => !reserved.Contains(e.Id)).ToList();
        for (var i = 0; i < created.Count; i++)
        {
            var project = created[i];
            foreach (var e in pool.Skip(3 * i + 7).Take(i % 3 + 1))
                db.ProjectMemberships.Add(new ProjectMembership
                {
                    ProjectId = project.Id, EmployeeId = e.Id, From = project.StartDate, To = today.AddMonths(3), Source = MembershipSource.Manual,
                    CreatedAt = now, CreatedBy = "demo",
                });
        }

        // The open round: the latest cohort's selected participants, every role of the next half-years, one pin and one forbid.
        // The current cohort: the latest intake with selected participants.
        var selected = await db.ParticipantRefs.AsNoTracking().Where(p => p.Status == ParticipantStatus.Selected).OrderBy(p => p.Id).ToListAsync(ct);
        var cohort = await db.CohortRefs.AsNoTracking().Where(c => selected.Select(p => p.CohortId).Contains(c.Id))
            .OrderByDescending(c => c.StartDate).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        if (cohort is null) { await db.SaveChangesAsync(ct); return; }
        var participants = selected.Where(p => p.CohortId == cohort.Id).ToList();
        var round = new PlacementRound
        {
            CohortId = cohort.Id, Name = $"{half1.Year} H{(half1.Month <= 6 ? 1 : 2)}–{half2.Year} H{(half2.Month <= 6 ? 1 : 2)} project placement · 项目配置",
            Status = RoundStatus.Open, CreatedAt = now, CreatedBy = "pm" + DemoSeeder.EmailDomain,
        };
        foreach (var p in participants) round.Participants.Add(new RoundParticipant { ParticipantId = p.Id });
        var roles = created.SelectMany(p => p.Roles).ToList();
        foreach (var r in roles) round.Roles.Add(new RoundRole { RoleId = r.Id, Period = $"{r.StartDate.Year} H{(r.StartDate.Month <= 6 ? 1 : 2)}" });
        // A pin on a role everyone meets (minimum level 0), a forbid on another.
        var open = roles.Where(r => r.Skills.All(s => s.MinLevel == 0)).ToList();
        if (participants.Count >= 1 && open.Count >= 2)
        {
            round.Rules.Add(new RoundRule { ParticipantId = participants[0].Id, RoleId = open[0].Id, Kind = RuleKind.Pin });
            round.Rules.Add(new RoundRule { ParticipantId = participants[^1].Id, RoleId = open[1].Id, Kind = RuleKind.Forbid });
        }
        db.PlacementRounds.Add(round);
        await db.SaveChangesAsync(ct);
    }
}
