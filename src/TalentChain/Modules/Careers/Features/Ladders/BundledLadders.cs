using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Careers.Data;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Careers.Features.Ladders;

/// <summary>
/// The ladders TalentChain ships: the three tracks and the national title series (engineering, research, operations
/// skill grades with 首席技师 as a company rank). Loaded idempotently by code: a ladder that exists is left as edited.
/// </summary>
public static class BundledLadders
{
    public const string Engineering = "TITLE-ENG";
    public const string Research = "TITLE-RES";
    public const string SkillGrades = "TITLE-SKILL";
    public const string Technical = "TRACK-TECH";
    public const string Operations = "TRACK-OPS";
    public const string Management = "TRACK-MGMT";

    private const EvidenceType P = EvidenceType.Paper, Pt = EvidenceType.Patent, Pj = EvidenceType.Project, A = EvidenceType.Award, T = EvidenceType.Training;

    private static CareerLadder Ladder(string code, LadderKind kind, string name, string zh, CareerTrack? track, params LadderLevel[] levels)
    {
        var l = new CareerLadder { Code = code, Kind = kind, Name = name, NameZh = zh, Track = track };
        for (var i = 0; i < levels.Length; i++) levels[i].Rank = i + 1;
        l.Levels.AddRange(levels);
        return l;
    }

    private static LadderLevel Level(string name, string zh, int years, EducationLevel education, EvidenceType[] evidence,
        ProfessionalTitle? rank = null, int? grade = null, bool company = false) =>
        new() { Name = name, NameZh = zh, YearsBelow = years, MinEducation = education, EvidenceRequired = [.. evidence], EngineeringRank = rank, Grade = grade, CompanyRank = company };

    public static IReadOnlyList<CareerLadder> Create() =>
    [
        Ladder(Technical, LadderKind.Track, "Technical track", "技术序列", CareerTrack.Technical,
            Level("Technical level 1 (Associate)", "技术一级（助理）", 0, EducationLevel.Vocational, [], grade: 6),
            Level("Technical level 2 (Specialist)", "技术二级（专员）", 2, EducationLevel.Bachelor, [Pj], grade: 8),
            Level("Technical level 3 (Senior specialist)", "技术三级（高级专员）", 3, EducationLevel.Bachelor, [Pj, P], grade: 11),
            Level("Technical level 4 (Principal)", "技术四级（主任）", 3, EducationLevel.Master, [Pj, Pt], grade: 14),
            Level("Technical level 5 (Chief expert)", "技术五级（首席专家）", 4, EducationLevel.Master, [Pj, Pt, A], grade: 17)),
        Ladder(Operations, LadderKind.Track, "Operations track", "技能序列", CareerTrack.Operations,
            Level("Operations level 1", "技能一级", 0, EducationLevel.Secondary, [], grade: 4),
            Level("Operations level 2", "技能二级", 2, EducationLevel.Secondary, [T], grade: 6),
            Level("Operations level 3", "技能三级", 3, EducationLevel.Vocational, [T, Pj], grade: 8),
            Level("Operations level 4", "技能四级", 3, EducationLevel.Vocational, [T, Pj, A], grade: 11)),
        Ladder(Management, LadderKind.Track, "Management track", "管理序列", CareerTrack.Management,
            Level("Team leader", "班组长", 0, EducationLevel.Vocational, [], grade: 8),
            Level("Section head", "科长", 2, EducationLevel.Bachelor, [T], grade: 11),
            Level("Department head", "部长", 3, EducationLevel.Bachelor, [T, Pj], grade: 14),
            Level("Division director", "总监", 3, EducationLevel.Master, [T, Pj], grade: 17)),
        Ladder(Engineering, LadderKind.TitleSeries, "Engineering titles", "工程技术职称", null,
            Level("Assistant Engineer", "助理工程师", 1, EducationLevel.Bachelor, [T], ProfessionalTitle.AssistantEngineer),
            Level("Engineer", "工程师", 4, EducationLevel.Bachelor, [Pj, P], ProfessionalTitle.Engineer),
            Level("Senior Engineer", "高级工程师", 5, EducationLevel.Bachelor, [Pj, P, Pt], ProfessionalTitle.SeniorEngineer),
            Level("Professor-level Senior Engineer", "正高级工程师", 5, EducationLevel.Bachelor, [Pj, P, Pt, A], ProfessionalTitle.ProfessorLevelSeniorEngineer)),
        Ladder(Research, LadderKind.TitleSeries, "Research titles", "自然科学研究职称", null,
            Level("Research Intern", "研究实习员", 1, EducationLevel.Bachelor, [T]),
            Level("Assistant Researcher", "助理研究员", 2, EducationLevel.Master, [P]),
            Level("Associate Researcher", "副研究员", 5, EducationLevel.Master, [P, Pj]),
            Level("Researcher", "研究员", 5, EducationLevel.Doctorate, [P, Pj, A])),
        Ladder(SkillGrades, LadderKind.TitleSeries, "Skill grades (operations)", "职业技能等级", null,
            Level("Junior Worker", "初级工", 1, EducationLevel.Secondary, [T]),
            Level("Intermediate Worker", "中级工", 3, EducationLevel.Secondary, [T]),
            Level("Senior Worker", "高级工", 3, EducationLevel.Secondary, [T, Pj]),
            Level("Technician", "技师", 3, EducationLevel.Vocational, [T, Pj]),
            Level("Senior Technician", "高级技师", 3, EducationLevel.Vocational, [T, Pj, A]),
            Level("Chief Technician (company rank)", "首席技师（企业聘任）", 3, EducationLevel.Vocational, [Pj, A], company: true)),
    ];

    /// <summary>Adds the bundled ladders that are missing (by code); returns how many were added. Saved by the caller.</summary>
    public static async Task<int> EnsureAsync(TalentChainDbContext db, CancellationToken ct)
    {
        var existing = (await db.CareerLadders.Select(l => l.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var missing = Create().Where(l => !existing.Contains(l.Code)).ToList();
        db.CareerLadders.AddRange(missing);
        return missing.Count;
    }
}
