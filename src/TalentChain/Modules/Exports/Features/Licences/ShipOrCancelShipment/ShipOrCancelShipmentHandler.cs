using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Licences.ShipOrCancelShipment;

/// <summary>The end of a reservation: shipped (consumed) or cancelled (released).</summary>
public sealed class ShipOrCancelShipmentHandler(TalentChainDbContext db, IStringLocalizer<ExportsResource> L, ExportsText text, TimeProvider clock, LicenceAlerts alerts, LicenceReader reader)
{
    private DateOnly Today => clock.Today();

    /// <summary>Consumes a reservation: the goods left. Refused after the licence's expiry.</summary>
    public async Task<ShipmentView> ShipAsync(int shipmentId, ShipInput input, CancellationToken ct = default)
    {
        var (s, licence) = await LoadShipmentAsync(shipmentId, input.Version, ct);
        var on = input.ShippedOn ?? Today;
        var errors = new FieldErrors();
        if (s.Status != ShipmentStatus.Reserved) errors.Add("Status", L["Shipment.NotReserved", s.Number, text.Enum(s.Status)]);
        if (licence.RevokedAsOf(on)) errors.Add(nameof(input.ShippedOn), reader.RevokedMessage(licence));
        if (on > licence.ExpiresOn) errors.Add(nameof(input.ShippedOn), L["Shipment.AfterExpiry", UiCulture.Iso(on), licence.Number, UiCulture.Iso(licence.ExpiresOn)]);
        if (on < licence.IssuedOn) errors.Add(nameof(input.ShippedOn), L["Shipment.BeforeIssue", UiCulture.Iso(on), UiCulture.Iso(licence.IssuedOn)]);
        errors.ThrowIfAny(L["Shipment.Refused"]);
        foreach (var sl in s.Lines)
        {
            var line = licence.Lines.First(l => l.Id == sl.LicenceLineId);
            line.ReservedQuantity -= sl.Quantity;
            line.ReservedValue -= sl.Value;
            line.ConsumedQuantity += sl.Quantity;
            line.ConsumedValue += sl.Value;
        }
        s.Status = ShipmentStatus.Shipped;
        s.ShippedOn = on;
        await alerts.CheckAsync(licence, ct);
        await db.SaveChangesAsync(ct);
        return (await reader.ShipmentsAsync([licence.Id], ct)).First(x => x.Id == s.Id);
    }

    /// <summary>Releases a reservation.</summary>
    public async Task<ShipmentView> CancelAsync(int shipmentId, long? version, CancellationToken ct = default)
    {
        var (s, licence) = await LoadShipmentAsync(shipmentId, version, ct);
        if (s.Status != ShipmentStatus.Reserved)
            throw ValidationFailedException.For(L["Shipment.Refused"], "Status", L["Shipment.NotReserved", s.Number, text.Enum(s.Status)]);
        foreach (var sl in s.Lines)
        {
            var line = licence.Lines.First(l => l.Id == sl.LicenceLineId);
            line.ReservedQuantity -= sl.Quantity;
            line.ReservedValue -= sl.Value;
        }
        s.Status = ShipmentStatus.Cancelled;
        await db.SaveChangesAsync(ct);
        return (await reader.ShipmentsAsync([licence.Id], ct)).First(x => x.Id == s.Id);
    }

    private async Task<(Shipment, Licence)> LoadShipmentAsync(int id, long? version, CancellationToken ct)
    {
        var s = await db.Shipments.Include(x => x.Lines).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(L["Shipment.NotFound", id]);
        if (version is { } v)
        {
            if (v != s.Version) throw new DbUpdateConcurrencyException(L["Common.Stale"]);
            db.Entry(s).Property(x => x.Version).OriginalValue = v;
        }
        var licence = await db.Licences.Include(l => l.Lines).FirstAsync(l => l.Id == s.LicenceId, ct);
        return (s, licence);
    }
}
