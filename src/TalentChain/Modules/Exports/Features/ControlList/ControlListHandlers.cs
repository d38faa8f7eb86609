using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.ControlList;

public sealed record AnnouncementView(int Id, string Regime, string Number, string Title, string? TitleZh, DateOnly PublishedOn, DateOnly EffectiveFrom,
    DateOnly? SuspendedFrom, DateOnly? SuspendedUntil, string? SuspendedBy, string? Notes, bool ToVerify, string State, int Entries, long Version);
public sealed record AnnouncementInput(string? Regime, string? Number, string? Title, string? TitleZh, DateOnly? PublishedOn, DateOnly? EffectiveFrom,
    DateOnly? SuspendedFrom, DateOnly? SuspendedUntil, string? SuspendedBy, string? Notes, bool ToVerify, long? Version = null);
public sealed record ControlEntryView(int Id, string ControlCode, string Element, string[] Forms, string Description, string? DescriptionZh, string[] HsCodes,
    decimal? MinContentPercent, bool ToVerify, int AnnouncementId, string AnnouncementNumber, string State, long Version);
public sealed record ControlEntryInput(int? AnnouncementId, string? ControlCode, string? Element, string[]? Forms, string? Description, string? DescriptionZh,
    string? HsCodes, decimal? MinContentPercent, bool ToVerify, long? Version = null);
public sealed record ControlListView(DateOnly AsOf, List<ControlEntryView> InForce, List<ControlEntryView> NotInForce, List<AnnouncementView> Announcements);

/// <summary>The control list: dated announcements, their entries, and the list as of a date.</summary>
public sealed partial class ControlListHandlers(TalentChainDbContext db, IStringLocalizer<ExportsResource> L, ExportsText text, IStringLocalizer<SharedResource> shared)
{
    public static readonly HashSet<string> Elements = new(
        "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U"
            .Split(' '), StringComparer.Ordinal);

    public async Task<ControlListView> AsOfAsync(DateOnly asOf, CancellationToken ct = default)
    {
        var announcements = await db.RegulatoryAnnouncements.AsNoTracking().Include(a => a.Entries).ToListAsync(ct);
        var entries = announcements.SelectMany(a => a.Entries.Select(e => (a, e)))
            .OrderBy(x => x.e.ControlCode, StringComparer.Ordinal).ThenBy(x => x.e.Element, StringComparer.Ordinal)
            .Select(x => (x.a.InForceOn(asOf), View(x.e, x.a, asOf))).ToList();
        return new ControlListView(asOf,
            [.. entries.Where(x => x.Item1).Select(x => x.Item2)],
            [.. entries.Where(x => !x.Item1).Select(x => x.Item2)],
            [.. announcements.OrderBy(a => a.EffectiveFrom).ThenBy(a => a.Number, StringComparer.Ordinal).Select(a => View(a, asOf))]);
    }

    public AnnouncementView View(RegulatoryAnnouncement a, DateOnly asOf) =>
        new(a.Id, a.Regime, a.Number, a.Title, a.TitleZh, a.PublishedOn, a.EffectiveFrom, a.SuspendedFrom, a.SuspendedUntil, a.SuspendedBy, a.Notes, a.ToVerify,
            a.StateOn(asOf).ToString(), a.Entries.Count, a.Version);

    public static ControlEntryView View(ControlListEntry e, RegulatoryAnnouncement a, DateOnly asOf) =>
        new(e.Id, e.ControlCode, e.Element, [.. e.FormList.Select(f => f.ToString())], e.Description, e.DescriptionZh,
            (e.HsCodes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), e.MinContentPercent, e.ToVerify || a.ToVerify,
            a.Id, a.Number, a.StateOn(asOf).ToString(), e.Version);

    public async Task<AnnouncementView> SaveAnnouncementAsync(int? id, AnnouncementInput input, DateOnly asOf, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Regime), input.Regime), (nameof(input.Number), input.Number), (nameof(input.Title), input.Title), (nameof(input.TitleZh), input.TitleZh), (nameof(input.SuspendedBy), input.SuspendedBy));
        var regime = (input.Regime ?? "").Trim();
        var number = (input.Number ?? "").Trim();
        var title = (input.Title ?? "").Trim();
        if (regime.Length is 0 or > 40) errors.Add(nameof(input.Regime), L["Announcement.RegimeRequired"]);
        if (number.Length is 0 or > 40) errors.Add(nameof(input.Number), L["Announcement.NumberRequired"]);
        if (title.Length is 0 or > 400) errors.Add(nameof(input.Title), L["Announcement.TitleRequired"]);
        if (input.EffectiveFrom is null) errors.Add(nameof(input.EffectiveFrom), L["Announcement.EffectiveRequired"]);
        if (input.SuspendedUntil is { } until && input.SuspendedFrom is { } from && until < from)
            errors.Add(nameof(input.SuspendedUntil), L["Announcement.SuspensionOrder"]);
        if (input.SuspendedUntil is not null && input.SuspendedFrom is null)
            errors.Add(nameof(input.SuspendedFrom), L["Announcement.SuspensionFromRequired"]);
        if (number.Length > 0 && await db.RegulatoryAnnouncements.AnyAsync(a => a.Regime == regime && a.Number == number && a.Id != id, ct))
            errors.Add(nameof(input.Number), L["Announcement.NumberTaken", regime, number]);
        errors.ThrowIfAny(L["Announcement.Invalid"]);

        RegulatoryAnnouncement a;
        if (id is { } existing)
        {
            a = await db.RegulatoryAnnouncements.Include(x => x.Entries).FirstOrDefaultAsync(x => x.Id == existing, ct) ?? throw new NotFoundException(L["Announcement.NotFound", existing]);
            ExpectVersion(a, input.Version);
        }
        else
        {
            a = new RegulatoryAnnouncement { Regime = regime, Number = number, Title = title };
            db.RegulatoryAnnouncements.Add(a);
        }
        a.Regime = regime;
        a.Number = number;
        a.Title = title;
        a.TitleZh = Blank(input.TitleZh);
        a.PublishedOn = input.PublishedOn ?? input.EffectiveFrom!.Value;
        a.EffectiveFrom = input.EffectiveFrom!.Value;
        a.SuspendedFrom = input.SuspendedFrom;
        a.SuspendedUntil = input.SuspendedUntil;
        a.SuspendedBy = Blank(input.SuspendedBy);
        a.Notes = Blank(input.Notes);
        a.ToVerify = input.ToVerify;
        await db.SaveChangesAsync(ct);
        return View(a, asOf);
    }

    public async Task<ControlEntryView> SaveEntryAsync(int? id, ControlEntryInput input, DateOnly asOf, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var code = (input.ControlCode ?? "").Trim();
        if (!ControlCodePattern().IsMatch(code)) errors.Add(nameof(input.ControlCode), L["Entry.CodePattern", code]);
        var element = (input.Element ?? "").Trim();
        if (!Elements.Contains(element)) errors.Add(nameof(input.Element), L["Material.UnknownElement", element]);
        var forms = new List<MaterialForm>();
        foreach (var f in input.Forms ?? [])
        {
            if (Enum.TryParse<MaterialForm>(f, true, out var form) && Enum.IsDefined(form)) forms.Add(form);
            else errors.Add(nameof(input.Forms), L["Material.UnknownForm", f]);
        }
        if (forms.Count == 0 && (input.Forms ?? []).Length == 0) errors.Add(nameof(input.Forms), L["Entry.FormsRequired"]);
        var description = (input.Description ?? "").Trim();
        if (description.Length is 0 or > 1000) errors.Add(nameof(input.Description), L["Entry.DescriptionRequired"]);
        if (input.MinContentPercent is < 0 or > 100) errors.Add(nameof(input.MinContentPercent), L["Entry.MinContentRange"]);
        var hs = (input.HsCodes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var h in hs.Where(h => !HsPattern().IsMatch(h))) errors.Add(nameof(input.HsCodes), L["Entry.HsPattern", h]);
        RegulatoryAnnouncement? announcement = null;
        if (input.AnnouncementId is not { } aid || (announcement = await db.RegulatoryAnnouncements.FirstOrDefaultAsync(a => a.Id == aid, ct)) is null)
            errors.Add(nameof(input.AnnouncementId), L["Announcement.NotFound", input.AnnouncementId?.ToString(CultureInfo.InvariantCulture) ?? "—"]);
        errors.ThrowIfAny(L["Entry.Invalid"]);

        ControlListEntry e;
        if (id is { } existing)
        {
            e = await db.ControlListEntries.FirstOrDefaultAsync(x => x.Id == existing, ct) ?? throw new NotFoundException(L["Entry.NotFound", existing]);
            ExpectVersion(e, input.Version);
        }
        else
        {
            e = new ControlListEntry { ControlCode = code, Element = element, Forms = "", Description = description };
            db.ControlListEntries.Add(e);
        }
        e.AnnouncementId = announcement!.Id;
        e.ControlCode = code;
        e.Element = element;
        e.Forms = string.Join(",", forms.Distinct());
        e.Description = description;
        e.DescriptionZh = Blank(input.DescriptionZh);
        e.HsCodes = hs.Length == 0 ? null : string.Join(",", hs);
        e.MinContentPercent = input.MinContentPercent;
        e.ToVerify = input.ToVerify;
        await db.SaveChangesAsync(ct);
        return View(e, announcement, asOf);
    }

    private void ExpectVersion<T>(T entity, long? version) where T : class, IVersioned
    {
        if (version is null) return;
        if (version != entity.Version) throw new DbUpdateConcurrencyException(L["Common.Stale"]);
        db.Entry(entity).Property(x => x.Version).OriginalValue = version.Value;
    }

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9][A-E][0-9]{3}(\.[a-z](\.[0-9]+)?)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ControlCodePattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]{4,10}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HsPattern();

    public string FormName(MaterialForm f) => text.Enum(f);
}
