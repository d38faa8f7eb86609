using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Contracts;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Commercialization.Features;

/// <summary><see cref="IInventionRecords"/>: counts over submitted (not draft or withdrawn) disclosures and their filings.</summary>
public sealed class InventionRecords(TalentChainDbContext db) : IInventionRecords
{
    public async Task<IReadOnlyDictionary<int, PersonInventions>> ForPeopleAsync(IReadOnlyCollection<int> employeeIds, CancellationToken ct = default)
    {
        var ids = employeeIds.Distinct().ToList();
        var rows = await db.DisclosureInventors.AsNoTracking().Where(i => ids.Contains(i.EmployeeId))
            .Join(db.Disclosures.Where(d => d.Status != DisclosureStatus.Draft && d.Status != DisclosureStatus.Withdrawn), i => i.DisclosureId, d => d.Id, (i, d) => new { i.EmployeeId, d.Id })
            .ToListAsync(ct);
        var disclosureIds = rows.Select(r => r.Id).Distinct().ToList();
        var families = await db.PatentFamilies.AsNoTracking().Where(f => disclosureIds.Contains(f.DisclosureId))
            .Select(f => new { f.Id, f.DisclosureId, Filed = f.Filings.Count(x => x.FilingDate != null), Granted = f.Filings.Count(x => x.Status == FilingStatus.Granted) }).ToListAsync(ct);
        return ids.ToDictionary(id => id, id =>
        {
            var mine = rows.Where(r => r.EmployeeId == id).Select(r => r.Id).ToHashSet();
            var fams = families.Where(f => mine.Contains(f.DisclosureId)).ToList();
            return new PersonInventions(id, mine.Count, fams.Count, fams.Sum(f => f.Filed), fams.Sum(f => f.Granted));
        });
    }

    public async Task<IReadOnlyList<SegmentInventions>> BySegmentAsync(DateOnly first, DateOnly last, CancellationToken ct = default)
    {
        var (from, to) = (first, last);
        var disclosed = await db.Disclosures.AsNoTracking().Where(d => d.DisclosureDate >= from && d.DisclosureDate <= to).GroupBy(d => d.Segment)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var filings = await db.PatentFilings.AsNoTracking().Join(db.PatentFamilies, x => x.FamilyId, f => f.Id, (x, f) => new { x.FilingDate, x.GrantDate, f.Disclosure!.Segment }).ToListAsync(ct);
        return [.. Enum.GetValues<ChainSegment>().Select(s => new SegmentInventions(s, disclosed.FirstOrDefault(d => d.Key == s)?.Count ?? 0,
            filings.Count(x => x.Segment == s && x.FilingDate >= from && x.FilingDate <= to), filings.Count(x => x.Segment == s && x.GrantDate >= from && x.GrantDate <= to)))
            .Where(s => s.Disclosures + s.PatentsFiled + s.PatentsGranted > 0)];
    }
}

/// <summary>"发明与专利 / Inventions &amp; patents" on the profile: the person's disclosures the viewer may see (controlled ones only to those who may).</summary>
public sealed class InventionsProfileSection(TalentChainDbContext db, CommercializationAccess access, CommercializationText text, IStringLocalizer<CommercializationResource> t) : IProfileSection
{
    public async Task<ProfileSection?> ForAsync(int employeeId, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var v = await access.ViewerAsync(viewer, ct);
        var visible = access.VisibleDisclosures(v).Select(d => d.Id);
        IQueryable<PatentFamily> families = db.PatentFamilies;
        var rows = await db.Disclosures.AsNoTracking().Where(d => visible.Contains(d.Id) && d.Inventors.Any(i => i.EmployeeId == employeeId))
            .Select(d => new { d.Id, d.Number, d.Title, d.TitleZh, d.Status, Share = d.Inventors.Where(i => i.EmployeeId == employeeId).Select(i => i.SharePercent).First(),
                Granted = families.Where(f => f.DisclosureId == d.Id).SelectMany(f => f.Filings).Count(x => x.Status == FilingStatus.Granted) })
            .OrderByDescending(d => d.Number).ToListAsync(ct);
        if (rows.Count == 0) return null;
        var chinese = UiCulture.IsChinese;
        return new ProfileSection("inventions", t["Profile.Title"], [t["Col.Number"], t["Col.Title"], t["Profile.Share"], t["Col.Status"], t["Ip.Granted"]],
            [.. rows.Select(r => (IReadOnlyList<string>)[r.Number, UiCulture.Pick(r.Title, r.TitleZh, chinese), r.Share.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%",
                text.Status(r.Status), r.Granted.ToString(System.Globalization.CultureInfo.InvariantCulture)])],
            "/commercialization?mine=false", t["Nav.Disclosures"], 80);
    }
}
