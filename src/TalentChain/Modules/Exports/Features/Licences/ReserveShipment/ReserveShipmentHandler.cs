using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Licences.ReserveShipment;

/// <summary>Reserves licence balance for an order (a shipment).</summary>
public sealed class ReserveShipmentHandler(TalentChainDbContext db, IStringLocalizer<ExportsResource> L, TimeProvider clock, LicenceAlerts alerts, LicenceReader reader)
{
    private DateOnly Today => clock.Today();

    /// <summary>
    /// Reserves licence quantity and value for an order. Refused, with the reason, when a line would exceed the licensed
    /// quantity or value plus tolerance, a party or the destination is not covered, a condition is breached, or the
    /// licence has expired by the planned date. Two racing reservations cannot both pass: each line carries a version.
    /// </summary>
    public async Task<ShipmentView> ReserveAsync(ShipmentInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        Licence? licence = null;
        if (input.LicenceId is not { } lid || (licence = await db.Licences.Include(l => l.Lines).Include(l => l.Parties).ThenInclude(p => p.Party).AsSplitQuery().FirstOrDefaultAsync(l => l.Id == lid, ct)) is null)
            throw ValidationFailedException.For(L["Shipment.Refused"], nameof(input.LicenceId), L["Licence.NotFound", input.LicenceId?.ToString(CultureInfo.InvariantCulture) ?? "—"]);
        var plannedOn = input.PlannedOn ?? Today;
        if (licence.RevokedAsOf(Today) || licence.RevokedAsOf(plannedOn)) errors.Add(nameof(input.LicenceId), reader.RevokedMessage(licence));
        var covered = licence.Parties.ToDictionary(p => p.PartyId, p => p.Party!);
        var partyIds = new[] { input.ConsigneePartyId, input.EndUserPartyId }.Where(x => x is not null).Select(x => x!.Value).ToList();
        var parties = await db.Parties.AsNoTracking().Where(p => partyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        void CheckParty(int? id, string field)
        {
            if (id is not { } x) errors.Add(field, L["Application.PartyRequired"]);
            else if (!parties.TryGetValue(x, out var p)) errors.Add(field, L["Party.NotFound", x]);
            else if (!covered.ContainsKey(x)) errors.Add(field, L["Shipment.PartyNotCovered", p.Name, licence.Number]);
        }
        CheckParty(input.ConsigneePartyId, nameof(input.ConsigneePartyId));
        CheckParty(input.EndUserPartyId, nameof(input.EndUserPartyId));
        var country = (input.DestinationCountry ?? "").Trim().ToUpperInvariant();
        var allowedCountries = covered.Values.Select(p => p.Country).ToHashSet();
        if (country.Length != 2) errors.Add(nameof(input.DestinationCountry), L["Party.CountryInvalid", input.DestinationCountry ?? ""]);
        else if (LicenceReader.Codes(licence.NoReexportTo).Contains(country)) errors.Add(nameof(input.DestinationCountry), L["Shipment.CountryProhibited", country, licence.Number]);
        else if (!allowedCountries.Contains(country)) errors.Add(nameof(input.DestinationCountry), L["Shipment.CountryNotCovered", country, licence.Number, string.Join(", ", allowedCountries.Order())]);
        var category = EndUseCategory.Other;
        if (!string.IsNullOrWhiteSpace(input.EndUseCategory) && (!Enum.TryParse(input.EndUseCategory, true, out category) || !Enum.IsDefined(category)))
            errors.Add(nameof(input.EndUseCategory), L["Application.CategoryUnknown", input.EndUseCategory]);
        else if (licence.NoDefenceUse && category == EndUseCategory.Defence) errors.Add(nameof(input.EndUseCategory), L["Shipment.NoDefenceUse", licence.Number]);
        var planned = input.PlannedOn ?? Today;
        if (planned > licence.ExpiresOn) errors.Add(nameof(input.PlannedOn), L["Shipment.AfterExpiry", UiCulture.Iso(planned), licence.Number, UiCulture.Iso(licence.ExpiresOn)]);
        if (planned < licence.IssuedOn) errors.Add(nameof(input.PlannedOn), L["Shipment.BeforeIssue", UiCulture.Iso(planned), UiCulture.Iso(licence.IssuedOn)]);

        var inputs = input.Lines ?? [];
        if (inputs.Count == 0) errors.Add(nameof(input.Lines), L["Shipment.LinesRequired"]);
        var shipment = new Shipment
        {
            Number = "", LicenceId = licence.Id, ConsigneePartyId = input.ConsigneePartyId ?? 0, EndUserPartyId = input.EndUserPartyId ?? 0,
            DestinationCountry = country, EndUseCategory = category, PlannedOn = planned, Status = ShipmentStatus.Reserved, CreatedAt = clock.GetUtcNow(),
        };
        for (var i = 0; i < inputs.Count; i++)
        {
            var r = inputs[i];
            var n = i + 1;
            var line = licence.Lines.FirstOrDefault(l => l.Id == r.LicenceLineId);
            if (line is null) { errors.Add($"Lines[{i}].LicenceLineId", L["Shipment.LineUnknown", n, licence.Number]); continue; }
            if (r.Quantity is not { } q || q <= 0) { errors.Add($"Lines[{i}].Quantity", L["Line.QuantityPositive", n]); continue; }
            if (r.Value is not { } v || v < 0) { errors.Add($"Lines[{i}].Value", L["Line.ValueNonNegative", n]); continue; }
            var remainingQ = line.RemainingQuantity(licence.TolerancePercent);
            var remainingV = line.RemainingValue(licence.TolerancePercent);
            if (q > remainingQ)
                errors.Add($"Lines[{i}].Quantity", L["Shipment.ExceedsQuantity", n, LicenceReader.Num(q), line.Unit, LicenceReader.Num(Math.Max(0, remainingQ)), licence.Number, LicenceReader.Num(licence.TolerancePercent)]);
            if (v > remainingV)
                errors.Add($"Lines[{i}].Value", L["Shipment.ExceedsValue", n, LicenceReader.Num(v), licence.Currency, LicenceReader.Num(Math.Max(0, remainingV)), licence.Number, LicenceReader.Num(licence.TolerancePercent)]);
            line.ReservedQuantity += q;
            line.ReservedValue += v;
            shipment.Lines.Add(new ShipmentLine { LicenceLineId = line.Id, Quantity = q, Value = v });
        }
        if (errors.Any)
        {
            db.ChangeTracker.Clear();
            errors.ThrowIfAny(L["Shipment.Refused"]);
        }
        var count = await db.Shipments.CountAsync(ct);
        shipment.Number = $"SHP-{planned.Year}-{count + 1:00000}";
        db.Shipments.Add(shipment);
        await alerts.CheckAsync(licence, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // A racing reservation took the same shipment number: it saved first.
            throw new DbUpdateConcurrencyException(L["Common.Stale"], ex);
        }
        return (await reader.ShipmentsAsync([licence.Id], ct)).First(s => s.Id == shipment.Id);
    }
}
