using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features;
using TalentChain.Modules.Commercialization.Features.Patents;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Demo;

namespace TalentChain.Modules.Commercialization.Demo;

/// <summary>
/// The commercialization story, dated from today (deterministic): twelve disclosures of a rare-earth group over three
/// years; ID-(year−2)-0007 晶界扩散重稀土减量技术 with three inventors (33.3/33.3/33.4), patented and granted (the deals
/// part licenses it); a PCT family whose national-phase deadline falls in 40 days; a result kept as a trade secret
/// (registered in Knowledge with its holders, where Knowledge has the register); one under evaluation with three
/// committee scores; a utility model whose annuity is overdue (flagged); drafts and submissions of the demo participant.
/// </summary>
internal sealed class CommercializationDemoData(TimeProvider clock, PatentHandlers patents, ICriticalTechnologyRegister register) : IDemoDataContributor
{
    public int Order => 700;

    private sealed record Seed(int YearsAgo, int Seq, string Title, string TitleZh, ChainSegment Segment, string[] Units, decimal[] Shares, string Tech, DisclosureStatus Status, DisclosureDecision? Decision);

    private static readonly Seed[] Seeds =
    [
        new(2, 1, "Low-thorium high-purity dysprosium oxide by solvent extraction", "低钍高纯氧化镝萃取分离工艺", ChainSegment.Separation, ["SEP2-SX", "RDI-SEP"], [60m, 40m], "SEP.SX.HEAVY", DisclosureStatus.Decided, DisclosureDecision.TradeSecret),
        new(2, 2, "Improved cathode structure for molten-salt electrolysis cells", "熔盐电解槽阴极结构改进", ChainSegment.MetalsAlloys, ["MET-ELEC"], [100m], "MET.ELEC.CELL", DisclosureStatus.Decided, DisclosureDecision.FilePatent),
        new(2, 3, "Ammonium-free saponification of P507", "P507 无氨皂化工艺", ChainSegment.Separation, ["SEP1-SX"], [70m, 30m], "SEP.SX.P507", DisclosureStatus.Decided, DisclosureDecision.Publish),
        new(2, 4, "Flotation reagent for Bayan Obo fine ores", "白云鄂博细粒矿浮选药剂", ChainSegment.MiningBeneficiation, ["MINE-CONC"], [100m], "MIN.BEN.FLOT", DisclosureStatus.Decided, DisclosureDecision.Drop),
        new(2, 5, "Off-gas fluorine recovery in concentrated-acid roasting", "浓硫酸焙烧尾气氟回收", ChainSegment.CrackingLeaching, ["HYD-ROAST"], [50m, 50m], "CRK.ACID.OFFGAS", DisclosureStatus.Decided, DisclosureDecision.FilePatent),
        new(2, 6, "Cerium polishing powder with narrow particle size", "窄粒度分布铈基抛光粉", ChainSegment.MagnetsFunctional, ["FUN-POL"], [100m], "MAG.FUNC.POLISH", DisclosureStatus.Decided, DisclosureDecision.Drop),
        new(2, 7, "Grain-boundary diffusion with reduced heavy rare earth", "晶界扩散重稀土减量技术", ChainSegment.MagnetsFunctional, ["MAG-GBD", "RDI-MAG", "MAG-SINT"], [33.3m, 33.3m, 33.4m], "MAG.NDFEB.GBD", DisclosureStatus.Decided, DisclosureDecision.FilePatent),
        new(1, 1, "Direct recycling of NdFeB swarf by hydrogen decrepitation", "钕铁硼油泥氢破碎直接再生", ChainSegment.Recycling, ["REC"], [100m], "REC.SCRAP.DIRECT", DisclosureStatus.Decided, DisclosureDecision.FilePatent),
        new(1, 2, "Calciothermic reduction of terbium fluoride in vacuum", "真空钙热还原氟化铽", ChainSegment.MetalsAlloys, ["MET-ALLOY"], [55m, 45m], "MET.RED.CA", DisclosureStatus.Decided, DisclosureDecision.Drop),
        new(1, 3, "Online cascade control of Pr/Nd extraction", "镨钕萃取串级在线控制", ChainSegment.Separation, ["SEP1-SX", "RDI-SEP"], [50m, 30m, 20m], "SEP.SX.CTRL", DisclosureStatus.UnderEvaluation, null),
        new(0, 1, "5N europium oxide by ion-exchange chromatography", "离子交换色谱法制备 5N 氧化铕", ChainSegment.Separation, ["SEP2-QC"], [100m], "SEP.IX.CHROM", DisclosureStatus.Submitted, null),
        new(0, 2, "Ammonium-nitrogen removal from separation wastewater", "分离废水氨氮脱除", ChainSegment.Separation, ["SEP1-SX"], [100m], "REC.WASTE.NH4", DisclosureStatus.Draft, null),
    ];

    public async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var db = run.Db;
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var office = run.AccountEmployees.GetValueOrDefault(Roles.TechTransferOfficer);
        var participant = run.AccountEmployees.GetValueOrDefault(Roles.Participant);
        var mentor = run.AccountEmployees.GetValueOrDefault(Roles.Mentor);
        // Inventors are people staying on: someone with a recorded departure cannot be named a trade-secret holder.
        var departures = db.DepartureRefs;
        var people = await db.EmployeeRefs.AsNoTracking().Where(e => e.Status == EmployeeStatus.Active && !departures.Any(d => d.EmployeeId == e.Id)).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.OrgUnit!.Code }).ToListAsync(ct);
        var tech = await db.TaxonomyRefs.AsNoTracking().ToDictionaryAsync(n => n.Code, n => n.Id, ct);
        var used = new HashSet<int> { office };
        int Pick(string unit)
        {
            var p = people.FirstOrDefault(x => x.Code == unit && !used.Contains(x.Id)) ?? people.First(x => !used.Contains(x.Id));
            used.Add(p.Id);
            return p.Id;
        }

        var made = new List<(Seed Seed, Disclosure D)>();
        foreach (var s in Seeds)
        {
            var year = today.Year - s.YearsAgo;
            var disclosed = s.YearsAgo == 0 ? today.AddDays(-10 * s.Seq) : new DateOnly(year, Math.Min(12, 1 + s.Seq), 10);
            if (disclosed > today) disclosed = today;
            var d = new Disclosure
            {
                Number = $"ID-{year}-{s.Seq.ToString("0000", CultureInfo.InvariantCulture)}", Title = s.Title, TitleZh = s.TitleZh, Segment = s.Segment,
                Abstract = $"{s.TitleZh}。{s.Title}: process, results of pilot trials and the claimed improvement over the state of the art.",
                Status = s.Status, Sensitivity = DisclosureSensitivity.Confidential, ConceptionDate = disclosed.AddMonths(-4),
                DisclosureDate = s.Status == DisclosureStatus.Draft ? null : disclosed, CreatedAt = now, CreatedBy = "demo", CreatedByEmployeeId = office,
            };
            if (tech.TryGetValue(s.Tech, out var techId)) d.Technologies.Add(new DisclosureTechnology { TaxonomyNodeId = techId });
            var covering = d.Technologies.Count == 0 ? [] : await register.CoveringAsync([.. d.Technologies.Select(x => x.TaxonomyNodeId)], ct);
            if (covering.Any(c => c.Controlled)) (d.Controlled, d.Sensitivity) = (true, DisclosureSensitivity.Controlled);
            for (var i = 0; i < s.Shares.Length; i++)
            {
                // The demo participant is the first inventor of the separation results of this year and last.
                var inventor = i == 0 && s.Segment == ChainSegment.Separation && s.YearsAgo <= 1 && participant != 0 ? participant : Pick(s.Units[Math.Min(i, s.Units.Length - 1)]);
                d.Inventors.Add(new DisclosureInventor { EmployeeId = inventor, SharePercent = s.Shares[i] });
            }
            if (s.Decision is { } decision)
                (d.Decision, d.DecisionReasons, d.DecidedAt, d.DecidedBy) = (decision, DecisionReason(decision), now, "tto@talentchain.demo");
            db.Disclosures.Add(d);
            made.Add((s, d));
        }
        await db.SaveChangesAsync(ct);

        // Evaluations: each decided or evaluated disclosure has one; the open one has three committee scores.
        foreach (var (s, d) in made.Where(m => m.D.Status is DisclosureStatus.Decided or DisclosureStatus.UnderEvaluation))
        {
            var members = new[] { s.Seq == 3 && s.YearsAgo == 1 && mentor != 0 && d.Inventors.All(i => i.EmployeeId != mentor) ? mentor : Pick("RDI-ANA"), Pick("RDI-SEP"), Pick("RDI"), };
            var e = new Evaluation { DisclosureId = d.Id, OpenedAt = now.AddDays(-20), OpenedBy = "tto@talentchain.demo", Decision = d.Decision, Reasons = d.DecisionReasons, DecidedAt = d.DecidedAt, DecidedBy = d.DecidedBy };
            var k = 0;
            foreach (var m in members.Distinct())
            {
                k++;
                e.Members.Add(new EvaluationMember { EmployeeId = m, Novelty = 3 + k % 3, Trl = 4 + k, Market = 2 + k, StrategicFit = 5 - k % 2, Comment = k == 1 ? "工艺成熟，建议中试 / mature, pilot next" : null, ScoredAt = now.AddDays(-10 + k) });
            }
            db.Evaluations.Add(e);
        }
        await db.SaveChangesAsync(ct);

        // Trade secret in Knowledge's register, with the inventors as holders.
        var secret = made.First(m => m.D.Decision == DisclosureDecision.TradeSecret).D;
        var secretCovering = await register.CoveringAsync([.. secret.Technologies.Select(x => x.TaxonomyNodeId)], ct);
        var registration = await register.RegisterTradeSecretAsync(new TradeSecretInput("TS-" + secret.Number, secret.Title, secret.TitleZh, secretCovering.Count > 0 ? secretCovering[0].CriticalTechnologyId : null,
            secret.Abstract, [.. secret.Inventors.Select(i => i.EmployeeId)], "《反不正当竞争法》第九条；保密协议 / Anti-Unfair Competition Law art. 9; confidentiality agreements",
            secret.DecidedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : today, today.AddYears(10)), ct);
        var ev = await db.Evaluations.FirstAsync(x => x.DisclosureId == secret.Id, ct);
        (ev.TradeSecretDataSetId, ev.TradeSecretLink) = (registration.DataSetId, registration.Link);

        // Patent families.
        var gbd = made.First(m => m.Seed.YearsAgo == 2 && m.Seed.Seq == 7).D;
        var cathode = made.First(m => m.Seed.YearsAgo == 2 && m.Seed.Seq == 2).D;
        var recycling = made.First(m => m.Seed.YearsAgo == 1 && m.Seed.Seq == 1).D;
        // GBD: a CN invention patent filed and granted (licensed by the deals part).
        var gbdFiled = gbd.DisclosureDate!.Value.AddMonths(2);
        await FamilyAsync(db, gbd, office, [new PatentFiling { Office = PatentOffice.Cnipa, Kind = FilingKind.Invention, ApplicationNumber = $"CN{gbdFiled.Year}10{gbd.Id:00000}.X",
            FilingDate = Min(gbdFiled, today.AddDays(-400)), Status = FilingStatus.Granted, GrantDate = today.AddDays(-60), PatentNumber = $"ZL{gbdFiled.Year}10{gbd.Id:00000}.X" }], today, ct);
        // Recycling: a PCT application whose national phase (30 months from priority) falls in 40 days.
        var priority = IpDeadlines.AddMonthsClamped(today.AddDays(40), -30);
        var cn = new PatentFiling { Office = PatentOffice.Cnipa, Kind = FilingKind.Invention, ApplicationNumber = $"CN{priority.Year}10{recycling.Id:00000}.1", FilingDate = priority, Status = FilingStatus.UnderExamination };
        var pct = new PatentFiling { Office = PatentOffice.Wipo, Kind = FilingKind.PctInternational, ApplicationNumber = $"PCT/CN{priority.AddMonths(11).Year}/{recycling.Id:000000}", FilingDate = priority.AddMonths(11), PriorityDate = priority, Status = FilingStatus.Published };
        await FamilyAsync(db, recycling, office, [cn, pct], today, ct);
        // Cathode: a utility model granted years ago whose annuity fell due 20 days ago and is not paid (flagged).
        var umFiled = IpDeadlines.AddMonthsClamped(today.AddDays(-20), -36);
        await FamilyAsync(db, cathode, office, [new PatentFiling { Office = PatentOffice.Cnipa, Kind = FilingKind.UtilityModel, ApplicationNumber = $"CN{umFiled.Year}2{cathode.Id:00000000}.5",
            FilingDate = umFiled, Status = FilingStatus.Granted, GrantDate = umFiled.AddMonths(7), PatentNumber = $"ZL{umFiled.Year}2{cathode.Id:00000000}.5" }], today, ct, overdueAnnuity: true);
        await db.SaveChangesAsync(ct);
    }

    private async Task FamilyAsync(Platform.Data.TalentChainDbContext db, Disclosure d, int owner, List<PatentFiling> filings, DateOnly today, CancellationToken ct, bool overdueAnnuity = false)
    {
        var f = new PatentFamily { DisclosureId = d.Id, Title = d.Title, Reference = "PF-" + d.Number[3..], OwnerEmployeeId = owner == 0 ? null : owner, CreatedBy = "tto@talentchain.demo", CreatedAt = clock.GetUtcNow() };
        db.PatentFamilies.Add(f);
        // The PCT application claims the first filing's priority (ids are set on save).
        var first = filings[0];
        f.Filings.Add(first);
        await db.SaveChangesAsync(ct);
        foreach (var x in filings.Skip(1)) f.Filings.Add(x);
        await db.SaveChangesAsync(ct);
        await patents.RecomputeAsync(f, ct);
        // Everything already past is done, except the one annuity the story leaves unpaid.
        foreach (var x in f.Deadlines.Where(x => x.DueOn < today && !x.NotApplicable))
        {
            if (overdueAnnuity && x.Kind == DeadlineKind.Annuity && x.DueOn >= today.AddDays(-30)) continue;
            x.DoneOn = x.DueOn.AddDays(-5);
        }
        await db.SaveChangesAsync(ct);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string DecisionReason(DisclosureDecision d) => d switch
    {
        DisclosureDecision.FilePatent => "新颖性与市场前景突出，申请发明专利 / novel with strong market potential: file an invention patent",
        DisclosureDecision.TradeSecret => "工艺诀窍难以反向工程，作为商业秘密保护 / process know-how, hard to reverse-engineer: keep as a trade secret",
        DisclosureDecision.Publish => "行业共性技术，公开发表以确立在先技术 / generic technology: publish as prior art",
        _ => "市场前景有限，不予保护 / limited market potential: no protection",
    };
}
