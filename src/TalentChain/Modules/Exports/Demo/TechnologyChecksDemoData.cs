using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Exports.Features.TechnologyChecks;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Demo;

namespace TalentChain.Modules.Exports.Demo;

/// <summary>
/// The rare-earth items of the 2023 Catalogue of Technologies Prohibited or Restricted from Export (MOFCOM/MOST
/// Announcement No. 57 of 2023) as far as they can be stated without the official text at hand — names paraphrased,
/// item numbers not yet read from the annex, so every item is marked "to verify" (ADR 0051) — and two checks: a licence of
/// a magnet process to a Japanese customer (the catalogue suggests "prohibited") and a polishing-powder licence to a
/// German customer in review as freely exportable, its contract registration certificate still missing.
/// </summary>
internal sealed class TechnologyChecksDemoData(TimeProvider clock) : IDemoDataContributor
{
    public int Order => 410;

    public const string Source = "MOFCOM/MOST Announcement No. 57 of 2023 (中国禁止出口限制出口技术目录, 21 Dec 2023)";

    /// <summary>(number placeholder, en, zh, class, control points, taxonomy codes).</summary>
    internal static readonly (string Number, string En, string Zh, TechnologyExportCategory Category, string Points, string[] Nodes)[] Items =
    [
        ("RE-P-1 (no. to verify)", "Rare-earth extraction, processing and smelting technologies (incl. separation and metal/alloy production)", "稀土的提炼、加工、冶炼技术（含分离及金属、合金制备）",
            TechnologyExportCategory.Prohibited, "Cracking, solvent-extraction separation, oxide, metal and alloy production of rare earths. Item number and exact wording to verify against the annex.",
            ["CRK", "SEP", "MET"]),
        ("RE-P-2 (no. to verify)", "Rare-earth permanent-magnet preparation technologies (Sm-Co, Nd-Fe-B, cerium magnets)", "稀土永磁材料制备技术（钐钴、钕铁硼、铈磁体）",
            TechnologyExportCategory.Prohibited, "Added to the prohibited part in the 2023 revision (press reports of 21–22 Dec 2023). Item number and exact wording to verify.",
            ["MAG.NDFEB", "MAG.OTHER"]),
        ("RE-R-1 (no. to verify)", "Rare-earth mining and beneficiation technologies", "稀土采矿、选矿相关技术",
            TechnologyExportCategory.Restricted, "Reported as added to the restricted part in 2023. Which restricted items (six rare-earth related) cover which processes is to verify.",
            ["MIN"]),
    ];

    public async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var db = run.Db;
        if (await db.TechnologyCatalogueItems.AnyAsync(ct)) return;
        var nodes = await db.TaxonomyRefs.AsNoTracking().Select(n => new { n.Id, n.Code }).ToDictionaryAsync(n => n.Code, n => n.Id, ct);
        var items = new List<TechnologyCatalogueItem>();
        foreach (var (number, en, zh, category, points, codes) in Items)
        {
            var item = new TechnologyCatalogueItem { Number = number, Name = en, NameZh = zh, Category = category, ControlPoints = points, SourceDocument = Source, ToVerify = true };
            item.Nodes.AddRange(codes.Where(nodes.ContainsKey).Select(c => new TechnologyCatalogueNode { TaxonomyNodeId = nodes[c] }));
            items.Add(item);
        }
        db.TechnologyCatalogueItems.AddRange(items);

        var requester = run.AccountEmployees.GetValueOrDefault(TalentChain.Platform.Auth.Roles.TechTransferOfficer);
        if (requester == 0) requester = run.AccountEmployees.GetValueOrDefault(Roles.Participant);
        if (requester == 0 || !nodes.TryGetValue("MAG.NDFEB.GBD", out var gbdNode) || !nodes.TryGetValue("MAG.FUNC.POLISH", out var polishNode))
        {
            await db.SaveChangesAsync(ct);
            return;
        }
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var gbd = new TechnologyExportCheck
        {
            Number = $"TX-{today.Year}-0001", SourceKey = "demo:gbd-licence-kansai", LiveKey = "demo:gbd-licence-kansai",
            Title = "Licence of the grain-boundary diffusion process to Kansai Precision Motors", Description = "Know-how licence: Dy/Tb grain-boundary diffusion recipes and furnace profiles for high-coercivity sintered Nd-Fe-B.",
            CounterpartyName = "Kansai Precision Motors K.K.", CountryCode = "JP", Kind = TechnologyTransferKind.Licence, RequestedByEmployeeId = requester,
            RequestedOn = today.AddDays(-3), CreatedAt = now.AddDays(-3), CreatedBy = "demo",
        };
        gbd.Nodes.Add(new TechnologyCheckNode { TaxonomyNodeId = gbdNode });
        gbd.Events.Add(new TechnologyCheckEvent
        {
            At = now.AddDays(-3), Status = TechnologyExportCheckStatus.Requested, Actor = "demo",
            Note = "Requested: licence of grain-boundary diffusion know-how to Kansai Precision Motors K.K. (JP).", NoteZh = "提出审查：向关西精密电机株式会社（日本）许可晶界扩散专有技术。",
        });
        var polish = new TechnologyExportCheck
        {
            Number = $"TX-{today.Year}-0002", Title = "Licence of the cerium polishing-powder process to Rheinmotor", Description = "Process licence for cerium-based polishing powder (calcination and classification).",
            CounterpartyName = "Rheinmotor Antriebstechnik GmbH", CountryCode = "DE", Kind = TechnologyTransferKind.Licence, RequestedByEmployeeId = requester,
            Status = TechnologyExportCheckStatus.InReview, Category = TechnologyExportCategory.Free, ClassificationNote = "Not in the catalogue: freely exportable; register the contract.",
            RequestedOn = today.AddDays(-10), CreatedAt = now.AddDays(-10), CreatedBy = "demo",
        };
        polish.Nodes.Add(new TechnologyCheckNode { TaxonomyNodeId = polishNode });
        polish.Events.Add(new TechnologyCheckEvent
        {
            At = now.AddDays(-10), Status = TechnologyExportCheckStatus.Requested, Actor = "demo",
            Note = "Requested: licence of the polishing-powder process to Rheinmotor Antriebstechnik GmbH (DE).", NoteZh = "提出审查：向莱茵电机驱动技术有限公司（德国）许可抛光粉工艺。",
        });
        polish.Events.Add(new TechnologyCheckEvent
        {
            At = now.AddDays(-8), Status = TechnologyExportCheckStatus.InReview, Actor = "demo",
            Note = "Review started; classified as freely exportable (not in the catalogue).", NoteZh = "开始审查；认定为自由出口技术（不在目录内）。",
        });
        db.TechnologyExportChecks.AddRange(gbd, polish);
        await db.SaveChangesAsync(ct);
    }
}
