using TalentChain.Modules.Exports.Domain;

namespace TalentChain.Modules.Exports.Demo;

/// <summary>
/// The demo control list from MOFCOM/GAC Announcement No. 18 (2025) and the October 2025 announcements suspended by
/// No. 70. Sub-item letters and HS codes other than those quoted in the issue are marked "to verify" (six-digit HS
/// headings stand in for China's ten-digit codes there).
/// </summary>
public static class ControlListData
{
    private const string MetalForms = "Metal,Alloy,Target,MagnetMaterial";

    public static List<RegulatoryAnnouncement> Build()
    {
        var no18 = new RegulatoryAnnouncement
        {
            Regime = "CN-MOFCOM", Number = "2025-18",
            Title = "MOFCOM/GAC Announcement No. 18 of 2025: export control on certain medium and heavy rare-earth items",
            TitleZh = "商务部 海关总署公告2025年第18号 关于对部分中重稀土相关物项实施出口管制的决定",
            PublishedOn = new DateOnly(2025, 4, 4), EffectiveFrom = new DateOnly(2025, 4, 4),
            Notes = "Sm, Gd, Tb, Dy, Lu, Sc, Y: metals, alloys, targets, oxides, compounds and mixtures; Sm-Co magnets; Nd-Fe-B containing Tb or Dy.",
        };
        (string Element, string Code, string En, string Zh)[] elements =
        [
            ("Sm", "1C902", "samarium", "钐"), ("Gd", "1C903", "gadolinium", "钆"), ("Tb", "1C904", "terbium", "铽"), ("Dy", "1C905", "dysprosium", "镝"),
            ("Lu", "1C906", "lutetium", "镥"), ("Sc", "1C907", "scandium", "钪"), ("Y", "1C908", "yttrium", "钇"),
        ];
        foreach (var (el, code, en, zh) in elements)
        {
            var magnet = el switch
            {
                "Sm" => " incl. samarium-cobalt magnet material",
                "Tb" or "Dy" => $" incl. Nd-Fe-B magnet material containing {en}",
                _ => "",
            };
            no18.Entries.Add(new ControlListEntry
            {
                ControlCode = code + ".a", Element = el, Forms = el is "Sm" or "Tb" or "Dy" ? MetalForms : "Metal,Alloy,Target",
                Description = $"{Cap(en)} metal, {en} alloys and {en} targets{magnet}", DescriptionZh = $"{zh}金属、{zh}合金、{zh}靶材{(magnet.Length > 0 ? "及含" + zh + "磁性材料" : "")}",
                // Reference HS codes: the issue's Sm metal code; elsewhere the international six-digit headings
                // (280530 rare-earth metals, 850511 permanent magnets), to be refined to China's ten-digit codes.
                HsCodes = el == "Sm" ? "2805301910,850511" : el is "Tb" or "Dy" ? "280530,850511" : "280530", ToVerify = el != "Sm",
            });
            no18.Entries.Add(new ControlListEntry
            {
                ControlCode = code + ".b", Element = el, Forms = "Oxide", Description = $"{Cap(en)} oxide", DescriptionZh = $"氧化{zh}", HsCodes = "284690", ToVerify = true,
            });
            no18.Entries.Add(new ControlListEntry
            {
                ControlCode = code + ".c", Element = el, Forms = "Compound,Mixture", Description = $"{Cap(en)} compounds and mixtures containing {en}",
                DescriptionZh = $"{zh}化合物及含{zh}混合物", HsCodes = "284690", ToVerify = true,
            });
        }

        var suspendedFrom = new DateOnly(2025, 11, 10);
        var suspendedUntil = new DateOnly(2026, 11, 10);
        var no57 = new RegulatoryAnnouncement
        {
            Regime = "CN-MOFCOM", Number = "2025-57",
            Title = "MOFCOM/GAC Announcement No. 57 of 2025: export control on further medium and heavy rare-earth items (Ho, Er, Tm, Eu, Yb)",
            TitleZh = "商务部 海关总署公告2025年第57号 关于对部分中重稀土相关物项实施出口管制的决定",
            PublishedOn = new DateOnly(2025, 10, 9), EffectiveFrom = new DateOnly(2025, 11, 8),
            SuspendedFrom = suspendedFrom, SuspendedUntil = suspendedUntil, SuspendedBy = "2025-70", ToVerify = true,
            Notes = "Suspended by Announcement No. 70 of 2025 until 2026-11-10.",
        };
        (string Element, string Code, string En, string Zh)[] more =
        [
            ("Ho", "1C909", "holmium", "钬"), ("Er", "1C910", "erbium", "铒"), ("Tm", "1C911", "thulium", "铥"), ("Eu", "1C912", "europium", "铕"), ("Yb", "1C913", "ytterbium", "镱"),
        ];
        foreach (var (el, code, en, zh) in more)
        {
            no57.Entries.Add(new ControlListEntry
            {
                ControlCode = code + ".a", Element = el, Forms = "Metal,Alloy,Target,Oxide,Compound,Mixture",
                Description = $"{Cap(en)} metal, alloys, targets, oxide, compounds and mixtures", DescriptionZh = $"{zh}金属、合金、靶材、氧化物、化合物及混合物", HsCodes = "280530,284690", ToVerify = true,
            });
        }
        var no61 = new RegulatoryAnnouncement
        {
            Regime = "CN-MOFCOM", Number = "2025-61",
            Title = "MOFCOM Announcement No. 61 of 2025: extraterritorial controls on rare-earth items (0.1 % de-minimis rule for foreign-made goods)",
            TitleZh = "商务部公告2025年第61号 关于对境外相关稀土物项实施出口管制的决定",
            PublishedOn = new DateOnly(2025, 10, 9), EffectiveFrom = new DateOnly(2025, 12, 1),
            SuspendedFrom = suspendedFrom, SuspendedUntil = suspendedUntil, SuspendedBy = "2025-70", ToVerify = true,
            Notes = "Foreign-made goods containing ≥ 0.1 % by value of Chinese-origin controlled rare earths. Suspended by No. 70 until 2026-11-10.",
        };
        var no62 = new RegulatoryAnnouncement
        {
            Regime = "CN-MOFCOM", Number = "2025-62",
            Title = "MOFCOM Announcement No. 62 of 2025: export control on rare-earth technologies",
            TitleZh = "商务部公告2025年第62号 关于对稀土相关技术实施出口管制的决定",
            PublishedOn = new DateOnly(2025, 10, 9), EffectiveFrom = new DateOnly(2025, 10, 9),
            SuspendedFrom = suspendedFrom, SuspendedUntil = suspendedUntil, SuspendedBy = "2025-70", ToVerify = true,
            Notes = "Mining, smelting/separation, metal smelting, magnet manufacturing and recycling technologies. Suspended by No. 70 until 2026-11-10.",
        };
        // Nos. 55, 56 and 58 control items outside the rare-earth list (superhard materials, rare-earth production
        // equipment and auxiliary materials, lithium batteries and graphite anodes): listed as dated events so the
        // suspension is visible; their items are not modelled here.
        RegulatoryAnnouncement October(int no, DateOnly effective, string title, string titleZh, string scope) => new()
        {
            Regime = "CN-MOFCOM", Number = $"2025-{no}", Title = title, TitleZh = titleZh,
            PublishedOn = new DateOnly(2025, 10, 9), EffectiveFrom = effective,
            SuspendedFrom = suspendedFrom, SuspendedUntil = suspendedUntil, SuspendedBy = "2025-70", ToVerify = true,
            Notes = scope + " Items not modelled in this list. Suspended by No. 70 until 2026-11-10.",
        };
        var no55 = October(55, new DateOnly(2025, 11, 8), "MOFCOM/GAC Announcement No. 55 of 2025: export control on superhard materials",
            "商务部 海关总署公告2025年第55号 关于对超硬材料相关物项实施出口管制的决定", "Synthetic diamond powders, wire saws, grinding wheels and related equipment and technology.");
        var no56 = October(56, new DateOnly(2025, 11, 8), "MOFCOM/GAC Announcement No. 56 of 2025: export control on rare-earth production equipment and auxiliary materials",
            "商务部 海关总署公告2025年第56号 关于对部分稀土设备和原辅料相关物项实施出口管制的决定", "Rare-earth production-line equipment and raw or auxiliary materials.");
        var no58 = October(58, new DateOnly(2025, 11, 8), "MOFCOM/GAC Announcement No. 58 of 2025: export control on lithium batteries and artificial graphite anode materials",
            "商务部 海关总署公告2025年第58号 关于对锂电池和人造石墨负极材料相关物项实施出口管制的决定", "High-energy lithium-ion cells, cathode precursors, graphite anode materials and related equipment and technology.");
        return [no18, no55, no56, no57, no58, no61, no62];
    }

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    public static List<Material> Materials() =>
    [
        M("NDFEB-DY", "Sintered Nd-Fe-B magnet, Dy-diffused (N42SH)", "烧结钕铁硼磁体（晶界扩散镝，N42SH）", MaterialForm.MagnetMaterial, "8505111000", ("Nd", 27.5m), ("Pr", 2.5m), ("Dy", 4.5m), ("Fe", 64.5m), ("B", 1m)),
        M("NDFEB-TB", "Sintered Nd-Fe-B magnet, Tb-diffused (N48UH)", "烧结钕铁硼磁体（晶界扩散铽，N48UH）", MaterialForm.MagnetMaterial, "8505111000", ("Nd", 29m), ("Tb", 1m), ("Fe", 69m), ("B", 1m)),
        M("NDFEB-STD", "Sintered Nd-Fe-B magnet, no heavy rare earths (N52)", "烧结钕铁硼磁体（无重稀土，N52）", MaterialForm.MagnetMaterial, "8505111000", ("Nd", 24m), ("Pr", 7m), ("Fe", 68m), ("B", 1m)),
        M("SMCO-217", "Sm2Co17 magnet", "2:17型钐钴磁体", MaterialForm.MagnetMaterial, "8505119000", ("Sm", 25m), ("Co", 50m), ("Fe", 16m), ("Cu", 6m), ("Zr", 3m)),
        M("SM-METAL", "Samarium metal 99.9 %", "金属钐 99.9%", MaterialForm.Metal, "2805301910", ("Sm", 99.9m)),
        M("DY2O3", "Dysprosium oxide 99.9 %", "氧化镝 99.9%", MaterialForm.Oxide, null, ("Dy", 87.1m), ("O", 12.9m)),
        M("TB4O7", "Terbium oxide 99.99 %", "氧化铽 99.99%", MaterialForm.Oxide, null, ("Tb", 85m), ("O", 15m)),
        M("Y2O3", "Yttrium oxide 99.999 %", "氧化钇 99.999%", MaterialForm.Oxide, null, ("Y", 78.7m), ("O", 21.3m)),
        M("DYFE", "Dysprosium-iron alloy (Dy 80)", "镝铁合金（Dy 80）", MaterialForm.Alloy, null, ("Dy", 80m), ("Fe", 20m)),
        M("HO-METAL", "Holmium metal 99.9 %", "金属钬 99.9%", MaterialForm.Metal, null, ("Ho", 99.9m)),
    ];

    private static Material M(string code, string name, string zh, MaterialForm form, string? hs, params (string El, decimal Wt)[] composition)
    {
        var m = new Material { Code = code, Name = name, NameZh = zh, Form = form, HsCode = hs, Unit = "kg" };
        foreach (var (el, wt) in composition) m.Composition.Add(new MaterialElement { Element = el, WeightPercent = wt });
        return m;
    }
}
