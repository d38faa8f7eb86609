using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.Disclosures;

/// <summary>An inventor and their contribution share (贡献比例, percent with two decimals).</summary>
public sealed record InventorInput(string? EmployeeNumber, decimal? SharePercent);

/// <summary>A draft disclosure: title (en; zh optional), abstract, inventors with shares summing to 100.00, technology codes, conception date, segment, sensitivity.</summary>
public sealed record DisclosureInput(string? Title, string? TitleZh, string? Abstract, List<InventorInput>? Inventors, List<string>? TechnologyCodes,
    DateOnly? ConceptionDate, ChainSegment? Segment, DisclosureSensitivity? Sensitivity, long? Version = null);

public sealed record InventorView(int EmployeeId, string EmployeeNumber, string Name, decimal SharePercent);
public sealed record TechnologyView(int Id, string Code, string Name, bool Controlled);

public sealed record DisclosureRow(int Id, string Number, string Title, DisclosureStatus Status, string StatusName, ChainSegment Segment,
    DisclosureSensitivity Sensitivity, bool Controlled, DateOnly ConceptionDate, DateOnly? DisclosureDate, DisclosureDecision? Decision, string Inventors);

/// <summary>A disclosure as the viewer may see it. <see cref="Limited"/>: a line manager's view — title and status only.</summary>
public sealed record DisclosureView(int Id, string Number, string Title, string? TitleEn, string? TitleZh, string? Abstract, DisclosureStatus Status, string StatusName,
    DisclosureSensitivity Sensitivity, string SensitivityName, bool Controlled, List<string> ControlledTechnologies, ChainSegment Segment,
    DateOnly? ConceptionDate, DateOnly? DisclosureDate, DisclosureDecision? Decision, string? DecisionName, string? DecisionReasons,
    List<InventorView> Inventors, List<TechnologyView> Technologies, bool Limited, bool CanEdit, long Version);

/// <summary>List filters: status, segment, year (of conception), mine (I am an inventor), search text (number, title).</summary>
public sealed record DisclosureFilter(DisclosureStatus? Status = null, ChainSegment? Segment = null, int? Year = null, bool Mine = false, string? Q = null);

/// <summary>Invention disclosures (发明披露/技术交底): create and edit drafts, submit, list, read — every read through the need-to-know filter.</summary>
public sealed class DisclosureHandlers(TalentChainDbContext db, CommercializationAccess access, CommercializationText text, ICriticalTechnologyRegister register,
    TimeProvider clock, IStringLocalizer<CommercializationResource> t)
{
    public async Task<List<DisclosureRow>> ListAsync(CommercializationViewer v, DisclosureFilter f, CancellationToken ct = default)
    {
        var q = access.VisibleDisclosures(v);
        if (f.Status is { } s) q = q.Where(d => d.Status == s);
        if (f.Segment is { } seg) q = q.Where(d => d.Segment == seg);
        if (f.Year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            q = q.Where(d => d.ConceptionDate >= from && d.ConceptionDate <= to);
        }
        if (f.Mine)
        {
            var me = v.EmployeeId ?? -1;
            q = q.Where(d => d.Inventors.Any(i => i.EmployeeId == me));
        }
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            // Case-insensitive on both providers: lower() on the column and on the term.
            var pattern = "%" + f.Q.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            q = q.Where(d => EF.Functions.Like(d.Number.ToLower(), pattern, "\\") || EF.Functions.Like(d.Title.ToLower(), pattern, "\\")
                || (d.TitleZh != null && EF.Functions.Like(d.TitleZh, pattern, "\\")));
        }
        var rows = await q.Include(d => d.Inventors).ThenInclude(i => i.Employee).AsSplitQuery()
            .OrderByDescending(d => d.Number).Take(1000).ToListAsync(ct);
        var chinese = UiCulture.IsChinese;
        return [.. rows.Select(d => new DisclosureRow(d.Id, d.Number, d.DisplayTitle(chinese), d.Status, text.Status(d.Status), d.Segment, d.Sensitivity, d.Controlled,
            d.ConceptionDate, d.DisclosureDate, d.Decision,
            string.Join(", ", d.Inventors.OrderByDescending(i => i.SharePercent).Select(i => i.Employee!.DisplayName(chinese)))))];
    }

    public async Task<DisclosureView> GetAsync(CommercializationViewer v, int id, CancellationToken ct = default)
    {
        if (!await access.MaySeeDisclosureAsync(v, id, ct)) throw new NotFoundException(t["Disclosure.NotFound", id]);
        var d = await db.Disclosures.AsNoTracking().Include(x => x.Inventors).ThenInclude(i => i.Employee).Include(x => x.Technologies).AsSplitQuery().FirstAsync(x => x.Id == id, ct);
        var chinese = UiCulture.IsChinese;
        if (!await access.MayReadFullAsync(v, id, ct))
            return new DisclosureView(d.Id, d.Number, d.DisplayTitle(chinese), null, null, null, d.Status, text.Status(d.Status), d.Sensitivity, text.Sensitivity(d.Sensitivity),
                d.Controlled, [], d.Segment, null, null, null, null, null, [], [], true, false, d.Version);
        var techIds = d.Technologies.Select(x => x.TaxonomyNodeId).ToList();
        var nodes = await db.TaxonomyRefs.AsNoTracking().Where(n => techIds.Contains(n.Id)).ToListAsync(ct);
        var covering = techIds.Count == 0 ? [] : await register.CoveringAsync(techIds, ct);
        var controlled = covering.Where(c => c.Controlled).ToList();
        return new DisclosureView(d.Id, d.Number, d.DisplayTitle(chinese), d.Title, d.TitleZh, d.Abstract, d.Status, text.Status(d.Status), d.Sensitivity, text.Sensitivity(d.Sensitivity),
            d.Controlled, [.. controlled.Select(c => $"{c.Code} {c.Name}")], d.Segment, d.ConceptionDate, d.DisclosureDate, d.Decision,
            d.Decision is { } dec ? text.Decision(dec) : null, d.DecisionReasons,
            [.. d.Inventors.OrderByDescending(i => i.SharePercent).Select(i => new InventorView(i.EmployeeId, i.Employee!.EmployeeNumber, i.Employee.DisplayName(chinese), i.SharePercent))],
            [.. nodes.OrderBy(n => n.Code).Select(n => new TechnologyView(n.Id, n.Code, n.DisplayName(chinese), controlled.Any(c => c.TaxonomyNodeId == n.Id)))],
            false, MayEdit(v, d), d.Version);
    }

    private static bool MayEdit(CommercializationViewer v, Disclosure d) =>
        d.Status == DisclosureStatus.Draft && (v.Office || (v.EmployeeId is { } me && d.Inventors.Any(i => i.EmployeeId == me)));

    /// <summary>Creates (id null) or replaces a draft. The creator must be one of the inventors, or the office.</summary>
    public async Task<DisclosureView> SaveAsync(CommercializationViewer v, int? id, DisclosureInput input, CancellationToken ct = default)
    {
        Disclosure d;
        if (id is { } existing)
        {
            if (!await access.MaySeeDisclosureAsync(v, existing, ct)) throw new NotFoundException(t["Disclosure.NotFound", existing]);
            d = await db.Disclosures.Include(x => x.Inventors).Include(x => x.Technologies).AsSplitQuery().FirstAsync(x => x.Id == existing, ct);
            if (!MayEdit(v, d)) throw new AccessDeniedException(d.Status == DisclosureStatus.Draft ? t["Access.EditDisclosure"] : t["Disclosure.NotDraft", d.Number]);
            if (input.Version is { } ver && ver != d.Version) throw ValidationFailedException.For(t["Disclosure.Invalid"], "Version", t["Disclosure.Stale"]);
        }
        else
        {
            if (!v.Office && v.EmployeeId is null) throw new AccessDeniedException(t["Access.NoEmployee"]);
            d = new Disclosure { CreatedAt = clock.GetUtcNow(), CreatedBy = v.Name, CreatedByEmployeeId = v.EmployeeId };
        }

        var errors = new FieldErrors();
        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0) errors.Add("Title", t["Disclosure.TitleRequired"]);
        else if (title.Length > 300) errors.Add("Title", t["Disclosure.TooLong", 300]);
        var titleZh = string.IsNullOrWhiteSpace(input.TitleZh) ? null : input.TitleZh.Trim();
        if (titleZh?.Length > 300) errors.Add("TitleZh", t["Disclosure.TooLong", 300]);
        var summary = input.Abstract?.Trim() ?? "";
        if (summary.Length == 0) errors.Add("Abstract", t["Disclosure.AbstractRequired"]);
        else if (summary.Length > 8000) errors.Add("Abstract", t["Disclosure.TooLong", 8000]);
        var today = clock.Today();
        if (input.ConceptionDate is not { } conception) errors.Add("ConceptionDate", t["Disclosure.ConceptionRequired"]);
        else if (conception > today) errors.Add("ConceptionDate", t["Disclosure.ConceptionFuture", CommercializationText.Date(conception)]);
        else if (d.DisclosureDate is { } disclosed && disclosed < conception) errors.Add("ConceptionDate", t["Disclosure.ConceptionAfterDisclosure", CommercializationText.Date(disclosed)]);
        if (input.Segment is not { } segment || !Enum.IsDefined(segment)) errors.Add("Segment", t["Disclosure.SegmentRequired"]);
        if (input.Sensitivity is { } sens && !Enum.IsDefined(sens)) errors.Add("Sensitivity", t["Disclosure.SensitivityInvalid"]);

        // Inventors: known employees, each share > 0 with at most two decimals, total exactly 100.00.
        var inventors = new List<(int EmployeeId, decimal Share)>();
        var lines = input.Inventors ?? [];
        if (lines.Count == 0) errors.Add("Inventors", t["Disclosure.InventorsRequired"]);
        var numbers = lines.Select(l => l.EmployeeNumber?.Trim() ?? "").Where(n => n.Length > 0).Distinct().ToList();
        var people = await db.EmployeeRefs.AsNoTracking().Where(e => numbers.Contains(e.EmployeeNumber)).Select(e => new { e.Id, e.EmployeeNumber }).ToListAsync(ct);
        foreach (var line in lines)
        {
            var number = line.EmployeeNumber?.Trim() ?? "";
            var person = people.FirstOrDefault(p => p.EmployeeNumber == number);
            if (person is null) { errors.Add("Inventors", t["Disclosure.InventorUnknown", number]); continue; }
            if (inventors.Any(i => i.EmployeeId == person.Id)) { errors.Add("Inventors", t["Disclosure.InventorTwice", number]); continue; }
            if (line.SharePercent is not { } share || share <= 0 || share > 100 || decimal.Round(share, 2) != share)
            {
                errors.Add("Inventors", t["Disclosure.ShareInvalid", number, line.SharePercent?.ToString(CultureInfo.InvariantCulture) ?? ""]);
                continue;
            }
            inventors.Add((person.Id, share));
        }
        if (inventors.Count == lines.Count && lines.Count > 0)
        {
            var total = inventors.Sum(i => i.Share);
            if (total != 100.00m) errors.Add("Inventors", t["Disclosure.SharesTotal", total.ToString("0.00", CultureInfo.InvariantCulture)]);
            if (!v.Office && !inventors.Any(i => i.EmployeeId == v.EmployeeId)) errors.Add("Inventors", t["Disclosure.CreatorNotInventor"]);
        }

        // Technologies by taxonomy code.
        var codes = (input.TechnologyCodes ?? []).Select(c => c?.Trim() ?? "").Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var nodes = await db.TaxonomyRefs.AsNoTracking().Where(n => codes.Contains(n.Code)).Select(n => new { n.Id, n.Code }).ToListAsync(ct);
        foreach (var missing in codes.Where(c => nodes.All(n => n.Code != c))) errors.Add("TechnologyCodes", t["Disclosure.TechnologyUnknown", missing]);
        errors.ThrowIfAny(t["Disclosure.Invalid"]);

        // Controlled from Knowledge's register: never lowered by hand.
        var techIds = nodes.Select(n => n.Id).ToList();
        var covering = techIds.Count == 0 ? [] : await register.CoveringAsync(techIds, ct);
        d.Controlled = covering.Any(c => c.Controlled);
        d.Sensitivity = d.Controlled ? DisclosureSensitivity.Controlled
            : input.Sensitivity is { } chosen && chosen != DisclosureSensitivity.Controlled ? chosen : DisclosureSensitivity.Internal;
        d.Title = title;
        d.TitleZh = titleZh;
        d.Abstract = summary;
        d.ConceptionDate = input.ConceptionDate!.Value;
        d.Segment = input.Segment!.Value;
        d.Inventors.RemoveAll(i => inventors.All(n => n.EmployeeId != i.EmployeeId));
        foreach (var (employeeId, share) in inventors)
        {
            var row = d.Inventors.FirstOrDefault(i => i.EmployeeId == employeeId);
            if (row is null) d.Inventors.Add(new DisclosureInventor { EmployeeId = employeeId, SharePercent = share });
            else row.SharePercent = share;
        }
        d.Technologies.RemoveAll(x => !techIds.Contains(x.TaxonomyNodeId));
        foreach (var tid in techIds.Where(tid => d.Technologies.All(x => x.TaxonomyNodeId != tid))) d.Technologies.Add(new DisclosureTechnology { TaxonomyNodeId = tid });
        if (d.Id == 0)
        {
            d.Number = await NextNumberAsync(today.Year, ct);
            db.Disclosures.Add(d);
        }
        await db.SaveChangesAsync(ct);
        return await GetAsync(v, d.Id, ct);
    }

    private async Task<string> NextNumberAsync(int year, CancellationToken ct)
    {
        var prefix = $"ID-{year}-";
        var last = await db.Disclosures.Where(d => d.Number.StartsWith(prefix)).OrderByDescending(d => d.Number).Select(d => d.Number).FirstOrDefaultAsync(ct);
        var next = last is null ? 1 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture) + 1;
        return prefix + next.ToString("0000", CultureInfo.InvariantCulture);
    }

    /// <summary>An inventor (or the office) submits the draft to the office: the disclosure date is today.</summary>
    public async Task<DisclosureView> SubmitAsync(CommercializationViewer v, int id, long? version, CancellationToken ct = default)
    {
        if (!await access.MaySeeDisclosureAsync(v, id, ct)) throw new NotFoundException(t["Disclosure.NotFound", id]);
        var d = await db.Disclosures.Include(x => x.Inventors).FirstAsync(x => x.Id == id, ct);
        if (!MayEdit(v, d)) throw new AccessDeniedException(d.Status == DisclosureStatus.Draft ? t["Access.EditDisclosure"] : t["Disclosure.NotDraft", d.Number]);
        if (version is { } ver && ver != d.Version) throw ValidationFailedException.For(t["Disclosure.Invalid"], "Version", t["Disclosure.Stale"]);
        var today = clock.Today();
        if (d.ConceptionDate > today) throw ValidationFailedException.For(t["Disclosure.Invalid"], "ConceptionDate", t["Disclosure.ConceptionFuture", CommercializationText.Date(d.ConceptionDate)]);
        d.Status = DisclosureStatus.Submitted;
        d.DisclosureDate = today;
        await db.SaveChangesAsync(ct);
        return await GetAsync(v, id, ct);
    }
}
