using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.ControlList;

public sealed record ElementShare(string Element, decimal WeightPercent);
public sealed record MaterialInput(string? Code, string? Name, string? NameZh, string? Form, string? HsCode, string? Unit, List<ElementShare>? Composition, long? Version = null);
public sealed record ClassificationMatch(string ControlCode, string Element, decimal WeightPercent, string AnnouncementNumber, bool InForce, string Explanation);
public sealed record Classification(bool Controlled, List<ClassificationMatch> Matches, List<ClassificationMatch> Dormant, string Summary);
public sealed record MaterialView(int Id, string Code, string Name, string? NameZh, string DisplayName, string Form, string FormName, string? HsCode, string Unit,
    List<ElementShare> Composition, Classification Classification, long Version);
public sealed record PartyInput(string? Name, string? NameZh, string? Country, string[]? Roles, string? Address, long? Version = null);
public sealed record PartyView(int Id, string Name, string? NameZh, string DisplayName, string Country, string CountryName, string[] Roles, string? Address, long Version);

/// <summary>Materials with element composition, their automatic classification against the control list, and parties.</summary>
public sealed class MaterialHandlers(TalentChainDbContext db, IStringLocalizer<ExportsResource> L, ExportsText text, TimeProvider clock, IStringLocalizer<SharedResource> shared)
{
    public DateOnly Today => clock.Today();

    public async Task<List<MaterialView>> ListAsync(DateOnly? asOf = null, CancellationToken ct = default)
    {
        var day = asOf ?? Today;
        var entries = await EntriesAsync(ct);
        var materials = await db.Materials.AsNoTracking().Include(m => m.Composition).OrderBy(m => m.Code).ToListAsync(ct);
        return [.. materials.Select(m => View(m, Classify(m, entries, day)))];
    }

    public async Task<MaterialView> GetAsync(int id, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var m = await db.Materials.AsNoTracking().Include(x => x.Composition).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(L["Material.NotFound", id]);
        return View(m, Classify(m, await EntriesAsync(ct), asOf ?? Today));
    }

    private async Task<List<(ControlListEntry Entry, RegulatoryAnnouncement Announcement)>> EntriesAsync(CancellationToken ct) =>
        (await db.RegulatoryAnnouncements.AsNoTracking().Include(a => a.Entries).ToListAsync(ct))
        .SelectMany(a => a.Entries.Select(e => (e, a))).OrderBy(x => x.e.ControlCode, StringComparer.Ordinal).ToList();

    private MaterialView View(Material m, Classification c) =>
        new(m.Id, m.Code, m.Name, m.NameZh, UiCulture.Pick(m.Name, m.NameZh), m.Form.ToString(), text.Enum(m.Form), m.HsCode, m.Unit,
            [.. m.Composition.OrderByDescending(e => e.WeightPercent).Select(e => new ElementShare(e.Element, e.WeightPercent))], c, m.Version);

    /// <summary>
    /// Classification rule: an entry catches a material when the material's form is one the entry covers and the
    /// material contains the entry's element above the entry's minimum content (any content when none is set). Entries
    /// of announcements not in force on the date are reported as dormant (e.g. suspended), not as controlling.
    /// </summary>
    public Classification Classify(Material m, IEnumerable<(ControlListEntry Entry, RegulatoryAnnouncement Announcement)> entries, DateOnly asOf)
    {
        var matches = new List<ClassificationMatch>();
        var dormant = new List<ClassificationMatch>();
        foreach (var (e, a) in entries)
        {
            if (!e.FormList.Contains(m.Form)) continue;
            var share = m.Composition.FirstOrDefault(c => c.Element == e.Element);
            var threshold = e.MinContentPercent ?? 0m;
            if (share is null || share.WeightPercent <= threshold) continue;
            var inForce = a.InForceOn(asOf);
            var explanation = L["Classify.Rule", e.ControlCode, e.Element, share.WeightPercent.ToString("0.###", CultureInfo.CurrentCulture),
                threshold.ToString("0.###", CultureInfo.CurrentCulture), text.Enum(m.Form), a.Number,
                inForce && a.SuspendedUntil is { } lapsed && lapsed < asOf && a.SuspendedFrom is { } suspendedFrom
                    ? L["Classify.InForceAgain", UiCulture.Iso(lapsed.AddDays(1)), UiCulture.Iso(suspendedFrom), UiCulture.Iso(lapsed), a.SuspendedBy ?? "—"].Value
                : inForce ? L["Classify.InForceSince", UiCulture.Iso(a.EffectiveFrom)].Value
                : a.StateOn(asOf) == AnnouncementState.Suspended ? L["Classify.SuspendedUntil", UiCulture.Iso(a.SuspendedUntil)].Value
                : L["Classify.EffectiveFrom", UiCulture.Iso(a.EffectiveFrom)].Value].Value;
            (inForce ? matches : dormant).Add(new ClassificationMatch(e.ControlCode, e.Element, share.WeightPercent, a.Number, inForce, explanation));
        }
        var summary = matches.Count > 0
            ? L["Classify.Controlled", string.Join(", ", matches.Select(x => x.ControlCode).Distinct()), UiCulture.Iso(asOf)].Value
            : L["Classify.NotControlled", UiCulture.Iso(asOf)].Value;
        return new Classification(matches.Count > 0, matches, dormant, summary);
    }

    public async Task<MaterialView> SaveAsync(int? id, MaterialInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Code), input.Code), (nameof(input.Name), input.Name), (nameof(input.NameZh), input.NameZh), (nameof(input.Unit), input.Unit), (nameof(input.HsCode), input.HsCode));
        var code = (input.Code ?? "").Trim().ToUpperInvariant();
        if (code.Length is < 2 or > 40) errors.Add(nameof(input.Code), L["Material.CodeRequired"]);
        else if (await db.Materials.AnyAsync(m => m.Code == code && m.Id != id, ct)) errors.Add(nameof(input.Code), L["Material.CodeTaken", code]);
        var name = (input.Name ?? "").Trim();
        if (name.Length is 0 or > 200) errors.Add(nameof(input.Name), L["Material.NameRequired"]);
        if (!Enum.TryParse<MaterialForm>(input.Form, true, out var form) || !Enum.IsDefined(form))
            errors.Add(nameof(input.Form), L["Material.UnknownForm", input.Form ?? ""]);
        var unit = string.IsNullOrWhiteSpace(input.Unit) ? "kg" : input.Unit.Trim();
        if (unit.Length > 10) errors.Add(nameof(input.Unit), L["Common.TooLong", 10]);
        var composition = input.Composition ?? [];
        foreach (var c in composition)
        {
            if (!ControlListHandlers.Elements.Contains(c.Element?.Trim() ?? "")) errors.Add(nameof(input.Composition), L["Material.UnknownElement", c.Element ?? ""]);
            if (c.WeightPercent is <= 0 or > 100) errors.Add(nameof(input.Composition), L["Material.ShareRange", c.Element ?? "", c.WeightPercent]);
        }
        if (composition.GroupBy(c => c.Element?.Trim()).Any(g => g.Count() > 1)) errors.Add(nameof(input.Composition), L["Material.DuplicateElement"]);
        if (composition.Sum(c => c.WeightPercent) > 100.5m) errors.Add(nameof(input.Composition), L["Material.SumOver100", composition.Sum(c => c.WeightPercent)]);
        if (composition.Count == 0) errors.Add(nameof(input.Composition), L["Material.CompositionRequired"]);
        errors.ThrowIfAny(L["Material.Invalid"]);

        Material m;
        if (id is { } existing)
        {
            m = await db.Materials.Include(x => x.Composition).FirstOrDefaultAsync(x => x.Id == existing, ct) ?? throw new NotFoundException(L["Material.NotFound", existing]);
            if (input.Version is { } v)
            {
                if (v != m.Version) throw new DbUpdateConcurrencyException(L["Common.Stale"]);
                db.Entry(m).Property(x => x.Version).OriginalValue = v;
            }
            db.MaterialElements.RemoveRange(m.Composition);
            m.Composition.Clear();
            m.Version++;
        }
        else
        {
            m = new Material { Code = code, Name = name };
            db.Materials.Add(m);
        }
        m.Code = code;
        m.Name = name;
        m.NameZh = ControlListHandlers.Blank(input.NameZh);
        m.Form = form;
        m.HsCode = ControlListHandlers.Blank(input.HsCode);
        m.Unit = unit;
        foreach (var c in composition) m.Composition.Add(new MaterialElement { Element = c.Element.Trim(), WeightPercent = c.WeightPercent });
        await db.SaveChangesAsync(ct);
        return await GetAsync(m.Id, null, ct);
    }

    /// <summary>Parses "Nd 29.5; Dy 4.5; Fe 65" (also "Nd:29.5, Dy:4.5") as typed on the page.</summary>
    public List<ElementShare> ParseComposition(string? textValue)
    {
        var result = new List<ElementShare>();
        var errors = new FieldErrors();
        foreach (var part in (textValue ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bits = part.Split([' ', ':', '='], StringSplitOptions.RemoveEmptyEntries);
            if (bits.Length != 2 || !decimal.TryParse(bits[1].TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var wt))
            {
                errors.Add("Composition", L["Material.CompositionSyntax", part]);
                continue;
            }
            result.Add(new ElementShare(bits[0], wt));
        }
        errors.ThrowIfAny(L["Material.Invalid"]);
        return result;
    }

    // Parties

    public async Task<List<PartyView>> PartiesAsync(CancellationToken ct = default) =>
        [.. (await db.Parties.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct)).Select(View)];

    public PartyView View(Party p) =>
        new(p.Id, p.Name, p.NameZh, UiCulture.Pick(p.Name, p.NameZh), p.Country, CountryName(p.Country),
            [.. Enum.GetValues<PartyRoles>().Where(r => r != PartyRoles.None && p.Roles.HasFlag(r)).Select(r => r.ToString())], p.Address, p.Version);

    public string CountryName(string code) => L[$"Country.{code}"] is { ResourceNotFound: false } s ? s.Value : code;

    public async Task<PartyView> SavePartyAsync(int? id, PartyInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Name), input.Name), (nameof(input.NameZh), input.NameZh), (nameof(input.Country), input.Country));
        var name = (input.Name ?? "").Trim();
        if (name.Length is 0 or > 200) errors.Add(nameof(input.Name), L["Party.NameRequired"]);
        var country = (input.Country ?? "").Trim().ToUpperInvariant();
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)) errors.Add(nameof(input.Country), L["Party.CountryInvalid", input.Country ?? ""]);
        var roles = PartyRoles.None;
        foreach (var r in input.Roles ?? [])
        {
            if (Enum.TryParse<PartyRoles>(r, true, out var role) && role != PartyRoles.None && Enum.IsDefined(role)) roles |= role;
            else errors.Add(nameof(input.Roles), L["Party.UnknownRole", r]);
        }
        if ((input.Roles ?? []).Length == 0) errors.Add(nameof(input.Roles), L["Party.RolesRequired"]);
        errors.ThrowIfAny(L["Party.Invalid"]);
        Party p;
        if (id is { } existing)
        {
            p = await db.Parties.FirstOrDefaultAsync(x => x.Id == existing, ct) ?? throw new NotFoundException(L["Party.NotFound", existing]);
            if (input.Version is { } v)
            {
                if (v != p.Version) throw new DbUpdateConcurrencyException(L["Common.Stale"]);
                db.Entry(p).Property(x => x.Version).OriginalValue = v;
            }
        }
        else
        {
            p = new Party { Name = name, Country = country };
            db.Parties.Add(p);
        }
        p.Name = name;
        p.NameZh = ControlListHandlers.Blank(input.NameZh);
        p.Country = country;
        p.Roles = roles;
        p.Address = ControlListHandlers.Blank(input.Address);
        await db.SaveChangesAsync(ct);
        return View(p);
    }
}
