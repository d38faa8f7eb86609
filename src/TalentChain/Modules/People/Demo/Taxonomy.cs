using TalentChain.Modules.People.Domain;

using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.People.Demo;

/// <summary>The demo rare-earth expertise taxonomy: segment → technology → skill (64 entries).</summary>
internal static class DemoTaxonomy
{
    public sealed record Entry(string Code, string Name, string NameZh, ChainSegment Segment, string? Description = null);

    // Skills that only one or two people in the demo hold at expert level: the knowledge at risk.
    public static readonly string[] Scarce = ["SEP.SX.HEAVY", "MET.RED.CA", "MAG.NDFEB.GBD", "SEP.OX.5N", "REC.SCRAP.DIRECT"];

    public static readonly Entry[] Entries =
    [
        new("MIN", "Mining & beneficiation", "采矿与选矿", ChainSegment.MiningBeneficiation),
        new("MIN.ORE", "Ore geology & mining", "矿床地质与开采", ChainSegment.MiningBeneficiation),
        new("MIN.ORE.BAYAN", "Characterisation of mixed bastnäsite–monazite ore", "混合型（氟碳铈矿—独居石）矿石工艺矿物学", ChainSegment.MiningBeneficiation),
        new("MIN.ORE.IONIC", "In-situ leaching of ion-adsorption clays", "离子吸附型稀土原地浸矿", ChainSegment.MiningBeneficiation),
        new("MIN.BEN", "Beneficiation", "选矿", ChainSegment.MiningBeneficiation),
        new("MIN.BEN.FLOT", "Flotation of rare-earth minerals", "稀土矿物浮选", ChainSegment.MiningBeneficiation),
        new("MIN.BEN.MAG", "High-gradient magnetic separation", "高梯度磁选", ChainSegment.MiningBeneficiation),
        new("MIN.BEN.GRAV", "Gravity concentration", "重选", ChainSegment.MiningBeneficiation),

        new("CRK", "Cracking & leaching", "分解与浸出", ChainSegment.CrackingLeaching),
        new("CRK.ACID", "Sulfuric-acid roasting", "硫酸焙烧", ChainSegment.CrackingLeaching),
        new("CRK.ACID.ROAST", "Concentrated sulfuric-acid roasting of mixed concentrate", "混合精矿浓硫酸高温焙烧", ChainSegment.CrackingLeaching),
        new("CRK.ACID.OFFGAS", "Fluorine and sulfur off-gas treatment", "含氟含硫尾气治理", ChainSegment.CrackingLeaching),
        new("CRK.ALK", "Caustic decomposition", "碱法分解", ChainSegment.CrackingLeaching),
        new("CRK.ALK.NAOH", "Caustic-soda decomposition of monazite", "独居石烧碱分解", ChainSegment.CrackingLeaching),
        new("CRK.ALK.TH", "Thorium and radioactive residue management", "钍及放射性废渣管理", ChainSegment.CrackingLeaching),
        new("CRK.LEACH", "Leaching & purification", "浸出与净化", ChainSegment.CrackingLeaching),
        new("CRK.LEACH.HCL", "Hydrochloric-acid leaching", "盐酸优溶浸出", ChainSegment.CrackingLeaching),
        new("CRK.LEACH.PURIF", "Impurity removal and precipitation", "除杂与沉淀", ChainSegment.CrackingLeaching),

        new("SEP", "Separation", "分离提纯", ChainSegment.Separation),
        new("SEP.SX", "Solvent extraction", "萃取分离", ChainSegment.Separation),
        new("SEP.SX.CASCADE", "Solvent-extraction cascade design", "串级萃取工艺设计", ChainSegment.Separation, "Counter-current cascade theory (Xu Guangxian), stage and flow-ratio optimisation."),
        new("SEP.SX.P507", "P507/P204 saponification and extraction chemistry", "P507/P204皂化萃取化学", ChainSegment.Separation),
        new("SEP.SX.CTRL", "Online composition control of extraction cascades", "萃取槽在线组分监控", ChainSegment.Separation),
        new("SEP.SX.HEAVY", "Heavy rare-earth (Dy/Tb) separation", "中重稀土（镝/铽）分离", ChainSegment.Separation),
        new("SEP.IX", "Ion exchange & chromatography", "离子交换与色层", ChainSegment.Separation),
        new("SEP.IX.CHROM", "Extraction chromatography for high-purity single elements", "萃取色层制备高纯单一稀土", ChainSegment.Separation),
        new("SEP.OX", "Oxide production", "氧化物制备", ChainSegment.Separation),
        new("SEP.OX.PREC", "Oxalate/carbonate precipitation and calcination", "草酸盐/碳酸盐沉淀与煅烧", ChainSegment.Separation),
        new("SEP.OX.5N", "High-purity (5N) oxide production", "高纯（5N）氧化物生产", ChainSegment.Separation),

        new("MET", "Metals & alloys", "金属与合金", ChainSegment.MetalsAlloys),
        new("MET.ELEC", "Molten-salt electrolysis", "熔盐电解", ChainSegment.MetalsAlloys),
        new("MET.ELEC.NDPR", "Molten-salt electrolysis of Nd-Pr", "镨钕熔盐电解", ChainSegment.MetalsAlloys),
        new("MET.ELEC.CELL", "Electrolytic cell design", "电解槽设计", ChainSegment.MetalsAlloys),
        new("MET.ELEC.FLUOR", "Fluoride electrolyte management", "氟化物电解质体系管理", ChainSegment.MetalsAlloys),
        new("MET.RED", "Metallothermic reduction", "金属热还原", ChainSegment.MetalsAlloys),
        new("MET.RED.CA", "Calcium reduction of Dy/Tb fluorides", "钙热还原制备镝/铽金属", ChainSegment.MetalsAlloys),
        new("MET.RED.VAC", "Vacuum distillation and purification", "真空蒸馏提纯", ChainSegment.MetalsAlloys),
        new("MET.ALLOY", "Master alloys", "中间合金", ChainSegment.MetalsAlloys),
        new("MET.ALLOY.DYFE", "Dy-Fe alloy production", "镝铁合金生产", ChainSegment.MetalsAlloys),
        new("MET.ALLOY.MG", "Rare-earth magnesium alloys", "稀土镁合金", ChainSegment.MetalsAlloys),

        new("MAG", "Magnets & functional materials", "磁材与功能材料", ChainSegment.MagnetsFunctional),
        new("MAG.NDFEB", "Sintered Nd-Fe-B magnets", "烧结钕铁硼", ChainSegment.MagnetsFunctional),
        new("MAG.NDFEB.SC", "Strip casting", "速凝甩带", ChainSegment.MagnetsFunctional),
        new("MAG.NDFEB.HD", "Hydrogen decrepitation and jet milling", "氢破与气流磨", ChainSegment.MagnetsFunctional),
        new("MAG.NDFEB.PRESS", "Magnetic-field pressing and isostatic pressing", "磁场取向成型与等静压", ChainSegment.MagnetsFunctional),
        new("MAG.NDFEB.SINTER", "Sintering and heat treatment", "烧结与回火", ChainSegment.MagnetsFunctional),
        new("MAG.NDFEB.GBD", "Grain-boundary diffusion of Dy/Tb", "晶界扩散镝/铽", ChainSegment.MagnetsFunctional),
        new("MAG.NDFEB.COAT", "Surface coating of magnets", "磁体表面防护涂层", ChainSegment.MagnetsFunctional),
        new("MAG.OTHER", "Sm-Co and bonded magnets", "钐钴与粘结磁体", ChainSegment.MagnetsFunctional),
        new("MAG.OTHER.SMCO", "Sm-Co magnet production", "钐钴磁体生产", ChainSegment.MagnetsFunctional),
        new("MAG.OTHER.BOND", "Melt-spun bonded magnets", "快淬粘结磁体", ChainSegment.MagnetsFunctional),
        new("MAG.FUNC", "Functional materials", "功能材料", ChainSegment.MagnetsFunctional),
        new("MAG.FUNC.POLISH", "Cerium-based polishing powders", "铈基抛光粉", ChainSegment.MagnetsFunctional),
        new("MAG.FUNC.CATAL", "Rare-earth catalysts", "稀土催化材料", ChainSegment.MagnetsFunctional),
        new("MAG.FUNC.H2", "Hydrogen-storage alloys", "储氢合金", ChainSegment.MagnetsFunctional),

        new("REC", "Recycling", "资源回收", ChainSegment.Recycling),
        new("REC.SCRAP", "Magnet-scrap recycling", "磁材废料回收", ChainSegment.Recycling),
        new("REC.SCRAP.HYDRO", "Hydrometallurgical recycling of Nd-Fe-B scrap", "钕铁硼废料湿法回收", ChainSegment.Recycling),
        new("REC.SCRAP.DIRECT", "Magnet-to-magnet direct recycling", "磁体短流程直接再生", ChainSegment.Recycling),
        new("REC.WASTE", "Process waste treatment", "工艺废水废渣处理", ChainSegment.Recycling),
        new("REC.WASTE.NH4", "Ammonia-nitrogen wastewater treatment", "氨氮废水处理", ChainSegment.Recycling),

        new("ANA", "Analysis & testing", "分析检测", ChainSegment.ResearchDevelopment),
        new("ANA.CHEM", "Chemical analysis", "化学分析", ChainSegment.ResearchDevelopment),
        new("ANA.CHEM.ICPMS", "ICP-MS trace-impurity analysis", "ICP-MS痕量杂质分析", ChainSegment.ResearchDevelopment),
        new("ANA.CHEM.ICPOES", "ICP-OES composition analysis", "ICP-OES成分分析", ChainSegment.ResearchDevelopment),
        new("ANA.CHEM.XRF", "X-ray fluorescence analysis", "X射线荧光分析", ChainSegment.ResearchDevelopment),
        new("ANA.MAG", "Magnetic and microstructure testing", "磁性能与微观组织检测", ChainSegment.ResearchDevelopment),
        new("ANA.MAG.HYST", "Hysteresis-graph magnetic measurement", "磁滞回线测量", ChainSegment.ResearchDevelopment),
        new("ANA.MAG.SEM", "SEM/EBSD microstructure analysis", "SEM/EBSD微观组织分析", ChainSegment.ResearchDevelopment),
    ];

    public static TaxonomyKind KindOf(string code) => code.Count(c => c == '.') switch
    {
        0 => TaxonomyKind.Segment,
        1 => TaxonomyKind.Technology,
        _ => TaxonomyKind.Skill,
    };

    public static string? ParentCode(string code) => code.Contains('.', StringComparison.Ordinal) ? code[..code.LastIndexOf('.')] : null;
}
