using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Licences;

/// <summary>Licence and shipment views (balances, utilisation) shared by the licence use cases, and the messages they share.</summary>
public sealed class LicenceReader(TalentChainDbContext db, IStringLocalizer<ExportsResource> L, ExportsText text, TimeProvider clock)
{
    public DateOnly Today => clock.Today();

    public async Task<List<LicenceView>> ListAsync(CancellationToken ct = default)
    {
        var ids = await db.Licences.AsNoTracking().OrderByDescending(l => l.IssuedOn).ThenByDescending(l => l.Id).Select(l => l.Id).ToListAsync(ct);
        return await ViewsAsync(ids, includeShipments: false, ct);
    }

    public async Task<LicenceView> GetAsync(int id, CancellationToken ct = default) =>
        (await ViewsAsync([id], includeShipments: true, ct)).FirstOrDefault() ?? throw new NotFoundException(L["Licence.NotFound", id]);

    private async Task<List<LicenceView>> ViewsAsync(List<int> ids, bool includeShipments, CancellationToken ct)
    {
        var licences = await db.Licences.AsNoTracking().Where(l => ids.Contains(l.Id))
            .Include(l => l.Lines).ThenInclude(x => x.Material).Include(l => l.Parties).ThenInclude(p => p.Party).AsSplitQuery().ToListAsync(ct);
        var appIds = licences.Where(l => l.ApplicationId is not null).Select(l => l.ApplicationId!.Value).ToList();
        var appNumbers = await db.LicenceApplications.AsNoTracking().Where(a => appIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Number, ct);
        var shipments = includeShipments ? await ShipmentsAsync(ids, ct) : [];
        var today = Today;
        return [.. ids.Select(id => licences.FirstOrDefault(l => l.Id == id)).Where(l => l is not null).Select(l => l!).Select(l =>
        {
            var lines = l.Lines.OrderBy(x => x.Id).Select(x => new LicenceLineView(x.Id, x.Material!.Code, UiCulture.Pick(x.Material.Name, x.Material.NameZh), x.ControlCode, x.Unit,
                x.Quantity, x.Value, x.QuantityLimit(l.TolerancePercent), x.ValueLimit(l.TolerancePercent), x.ReservedQuantity, x.ConsumedQuantity, x.ReservedValue, x.ConsumedValue,
                x.RemainingQuantity(l.TolerancePercent), x.RemainingValue(l.TolerancePercent), x.UtilisationPercent, x.Version)).ToList();
            return new LicenceView(l.Id, l.Number, l.Kind.ToString(), text.Enum(l.Kind), l.ApplicationId, l.ApplicationId is { } a ? appNumbers.GetValueOrDefault(a) : null,
                l.IssuedOn, l.ExpiresOn, l.ExpiresOn < today, l.ExpiresOn.DayNumber - today.DayNumber, l.TolerancePercent, l.Currency, Codes(l.NoReexportTo), l.NoDefenceUse, l.Conditions,
                [.. l.Parties.Select(p => new LicencePartyView(p.PartyId, UiCulture.Pick(p.Party!.Name, p.Party.NameZh), p.Party.Country,
                    [.. Enum.GetValues<PartyRoles>().Where(r => r != PartyRoles.None && p.Party.Roles.HasFlag(r)).Select(r => r.ToString())]))],
                lines, shipments.Where(s => s.LicenceId == l.Id).ToList(), lines.Count == 0 ? 0 : lines.Max(x => x.UtilisationPercent), l.Version,
                l.Revoked, l.RevokedOn, l.RevocationReason, l.RevokedAsOf(today));
        })];
    }

    internal static string[] Codes(string? list) => (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public async Task<List<ShipmentView>> ShipmentsAsync(List<int>? licenceIds, CancellationToken ct = default)
    {
        var q = db.Shipments.AsNoTracking().Include(s => s.Lines).Include(s => s.Licence).AsQueryable();
        if (licenceIds is not null) q = q.Where(s => licenceIds.Contains(s.LicenceId));
        var list = await q.OrderByDescending(s => s.PlannedOn).ThenByDescending(s => s.Id).ToListAsync(ct);
        var partyIds = list.SelectMany(s => new[] { s.ConsigneePartyId, s.EndUserPartyId }).Distinct().ToList();
        var names = await db.Parties.AsNoTracking().Where(p => partyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => UiCulture.Pick(p.Name, p.NameZh), ct);
        return [.. list.Select(s => new ShipmentView(s.Id, s.Number, s.LicenceId, s.Licence!.Number, s.Status.ToString(), text.Enum(s.Status),
            names.GetValueOrDefault(s.ConsigneePartyId) ?? "", names.GetValueOrDefault(s.EndUserPartyId) ?? "", s.DestinationCountry, s.PlannedOn, s.ShippedOn,
            s.Lines.Sum(x => x.Quantity), s.Lines.Sum(x => x.Value), s.Version))];
    }

    internal string RevokedMessage(Licence licence) =>
        L["Shipment.Revoked", licence.Number, UiCulture.Iso(licence.RevokedOn ?? Today), licence.RevocationReason ?? ""];

    internal static string Num(decimal d) => d.ToString("#,0.###", CultureInfo.CurrentCulture);
}
