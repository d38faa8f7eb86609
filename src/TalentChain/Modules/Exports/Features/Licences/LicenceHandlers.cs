using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Licences;

public sealed record LicenceLineInput(int? ApplicationLineId, decimal? Quantity, decimal? Value);
public sealed record LicenceInput(int? ApplicationId, string? Number, string? Kind, DateOnly? IssuedOn, DateOnly? ExpiresOn, decimal? TolerancePercent,
    string? NoReexportTo, bool NoDefenceUse, string? Conditions, List<int>? ExtraPartyIds, List<LicenceLineInput>? Lines);
public sealed record ShipmentLineInput(int? LicenceLineId, decimal? Quantity, decimal? Value);
public sealed record ShipmentInput(int? LicenceId, int? ConsigneePartyId, int? EndUserPartyId, string? DestinationCountry, string? EndUseCategory,
    DateOnly? PlannedOn, List<ShipmentLineInput>? Lines);
public sealed record ShipInput(DateOnly? ShippedOn, long? Version = null);
public sealed record RevokeInput(DateOnly? RevokedOn, string? Reason, long? Version = null);

public sealed record LicenceLineView(int Id, string MaterialCode, string Material, string ControlCode, string Unit, decimal Quantity, decimal Value,
    decimal QuantityLimit, decimal ValueLimit, decimal Reserved, decimal Consumed, decimal ReservedValue, decimal ConsumedValue,
    decimal RemainingQuantity, decimal RemainingValue, decimal UtilisationPercent, long Version);
public sealed record LicencePartyView(int Id, string Name, string Country, string[] Roles);
public sealed record ShipmentView(int Id, string Number, int LicenceId, string LicenceNumber, string Status, string StatusName, string Consignee, string EndUser,
    string DestinationCountry, DateOnly PlannedOn, DateOnly? ShippedOn, decimal Quantity, decimal Value, long Version);
public sealed record LicenceView(int Id, string Number, string Kind, string KindName, int? ApplicationId, string? ApplicationNumber, DateOnly IssuedOn, DateOnly ExpiresOn,
    bool Expired, int DaysToExpiry, decimal TolerancePercent, string Currency, string[] NoReexportTo, bool NoDefenceUse, string? Conditions,
    List<LicencePartyView> Parties, List<LicenceLineView> Lines, List<ShipmentView> Shipments, decimal UtilisationPercent, long Version,
    bool Revoked = false, DateOnly? RevokedOn = null, string? RevocationReason = null, bool RevokedNow = false);

/// <summary>Options of the licence alerts.</summary>
public sealed class ExportsOptions
{
    public const string Section = "Exports";
    /// <summary>The thresholds used when none are configured.</summary>
    public static readonly int[] DefaultUtilisationThresholds = [80, 90, 100];
    /// <summary>
    /// Utilisation thresholds (%) at which trade-compliance officers are alerted; empty = 80/90/100. (No initial list:
    /// the configuration binder appends to an existing list, so configured [75] would otherwise become [80, 90, 100, 75].)
    /// </summary>
    public List<int> UtilisationThresholds { get; set; } = [];
    /// <summary>Days before expiry at which an expiry alert goes out.</summary>
    public int ExpiryWarningDays { get; set; } = 30;
    /// <summary>Approval-time segments with fewer decided cases fall back to the whole history.</summary>
    public int MinSegmentCases { get; set; } = 12;
}

/// <summary>Licences: issue from an approved application, allocation of shipments (reserve, consume, release), balances.</summary>
public sealed class LicenceHandlers(TalentChainDbContext db, IStringLocalizer<ExportsResource> L, ExportsText text, TimeProvider clock, LicenceAlerts alerts, IStringLocalizer<SharedResource> shared)
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

    private static string[] Codes(string? list) => (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

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

    /// <summary>Issues a licence for an approved (or partially approved) application; lines default to the application's.</summary>
    public async Task<LicenceView> IssueAsync(LicenceInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Number), input.Number));
        LicenceApplication? app = null;
        if (input.ApplicationId is not { } aid || (app = await db.LicenceApplications.Include(a => a.Lines).Include(a => a.EndUser).Include(a => a.Consignee).FirstOrDefaultAsync(a => a.Id == aid, ct)) is null)
            throw ValidationFailedException.For(L["Licence.Invalid"], nameof(input.ApplicationId), L["Application.NotFound", input.ApplicationId?.ToString(CultureInfo.InvariantCulture) ?? "—"]);
        if (app.Status is not (ApplicationStatus.Approved or ApplicationStatus.PartiallyApproved))
            errors.Add(nameof(input.ApplicationId), L["Licence.ApplicationNotApproved", app.Number, text.Enum(app.Status)]);
        if (await db.Licences.AnyAsync(l => l.ApplicationId == app.Id, ct)) errors.Add(nameof(input.ApplicationId), L["Licence.AlreadyIssued", app.Number]);
        var number = (input.Number ?? "").Trim();
        if (number.Length is 0 or > 40) errors.Add(nameof(input.Number), L["Licence.NumberRequired"]);
        else if (await db.Licences.AnyAsync(l => l.Number == number, ct)) errors.Add(nameof(input.Number), L["Licence.NumberTaken", number]);
        var kind = LicenceKind.Individual;
        if (!string.IsNullOrWhiteSpace(input.Kind) && (!Enum.TryParse(input.Kind, true, out kind) || !Enum.IsDefined(kind))) errors.Add(nameof(input.Kind), L["Licence.KindUnknown", input.Kind]);
        var issued = input.IssuedOn ?? app.DecidedOn ?? Today;
        var expires = input.ExpiresOn ?? issued.AddYears(Licence.MaxYears(kind)).AddDays(-1);
        if (expires < issued) errors.Add(nameof(input.ExpiresOn), L["Licence.ExpiryBeforeIssue"]);
        if (expires > issued.AddYears(Licence.MaxYears(kind))) errors.Add(nameof(input.ExpiresOn), L["Licence.TooLong", text.Enum(kind), Licence.MaxYears(kind)]);
        var tolerance = input.TolerancePercent ?? 0m;
        if (tolerance is < 0 or > 20) errors.Add(nameof(input.TolerancePercent), L["Licence.ToleranceRange"]);
        var noReexport = Codes(input.NoReexportTo?.ToUpperInvariant());
        if (noReexport.Any(c => c.Length != 2 || !c.All(char.IsAsciiLetterUpper))) errors.Add(nameof(input.NoReexportTo), L["Licence.CountriesInvalid"]);
        var extra = input.ExtraPartyIds ?? [];
        if (kind == LicenceKind.Individual && extra.Count > 0) errors.Add(nameof(input.ExtraPartyIds), L["Licence.IndividualOneEndUser"]);
        var known = await db.Parties.Where(p => extra.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        foreach (var missing in extra.Except(known)) errors.Add(nameof(input.ExtraPartyIds), L["Party.NotFound", missing]);

        var lines = new List<LicenceLine>();
        var requested = input.Lines is { Count: > 0 } ? input.Lines : [.. app.Lines.Select(l => new LicenceLineInput(l.Id, null, null))];
        for (var i = 0; i < requested.Count; i++)
        {
            var r = requested[i];
            var line = app.Lines.FirstOrDefault(l => l.Id == r.ApplicationLineId);
            if (line is null) { errors.Add($"Lines[{i}]", L["Licence.LineUnknown", i + 1]); continue; }
            var q = r.Quantity ?? line.Quantity;
            var v = r.Value ?? line.Value;
            if (q <= 0) errors.Add($"Lines[{i}].Quantity", L["Line.QuantityPositive", i + 1]);
            if (q > line.Quantity) errors.Add($"Lines[{i}].Quantity", L["Licence.MoreThanApplied", i + 1, line.Quantity]);
            if (v < 0 || v > line.Value) errors.Add($"Lines[{i}].Value", L["Licence.ValueRange", i + 1, line.Value]);
            lines.Add(new LicenceLine { MaterialId = line.MaterialId, ControlCode = line.ControlCode, Unit = line.Unit, Quantity = q, Value = v });
        }
        errors.ThrowIfAny(L["Licence.Invalid"]);
        var licence = new Licence
        {
            Number = number, Kind = kind, ApplicationId = app.Id, ExporterPartyId = app.ApplicantPartyId, IssuedOn = issued, ExpiresOn = expires,
            TolerancePercent = tolerance, Currency = app.Currency, NoReexportTo = noReexport.Length == 0 ? null : string.Join(",", noReexport),
            NoDefenceUse = input.NoDefenceUse, Conditions = ControlList.ControlListHandlers.Blank(input.Conditions),
        };
        licence.Lines.AddRange(lines);
        foreach (var pid in new[] { app.ConsigneePartyId, app.EndUserPartyId }.Concat(known).Distinct()) licence.Parties.Add(new LicenceParty { PartyId = pid });
        db.Licences.Add(licence);
        await db.SaveChangesAsync(ct);
        return await GetAsync(licence.Id, ct);
    }

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
        if (licence.RevokedAsOf(Today) || licence.RevokedAsOf(plannedOn)) errors.Add(nameof(input.LicenceId), RevokedMessage(licence));
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
        else if (Codes(licence.NoReexportTo).Contains(country)) errors.Add(nameof(input.DestinationCountry), L["Shipment.CountryProhibited", country, licence.Number]);
        else if (!allowedCountries.Contains(country)) errors.Add(nameof(input.DestinationCountry), L["Shipment.CountryNotCovered", country, licence.Number, string.Join(", ", allowedCountries.Order())]);
        var category = EndUseCategory.Other;
        if (!string.IsNullOrWhiteSpace(input.EndUseCategory) && (!Enum.TryParse(input.EndUseCategory, true, out category) || !Enum.IsDefined(category)))
            errors.Add(nameof(input.EndUseCategory), L["Application.CategoryUnknown", input.EndUseCategory]);
        else if (licence.NoDefenceUse && category == EndUseCategory.Defence) errors.Add(nameof(input.EndUseCategory), L["Shipment.NoDefenceUse", licence.Number]);
        var planned = input.PlannedOn ?? Today;
        if (planned > licence.ExpiresOn) errors.Add(nameof(input.PlannedOn), L["Shipment.AfterExpiry", ExportsText.Iso(planned), licence.Number, ExportsText.Iso(licence.ExpiresOn)]);
        if (planned < licence.IssuedOn) errors.Add(nameof(input.PlannedOn), L["Shipment.BeforeIssue", ExportsText.Iso(planned), ExportsText.Iso(licence.IssuedOn)]);

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
                errors.Add($"Lines[{i}].Quantity", L["Shipment.ExceedsQuantity", n, Num(q), line.Unit, Num(Math.Max(0, remainingQ)), licence.Number, Num(licence.TolerancePercent)]);
            if (v > remainingV)
                errors.Add($"Lines[{i}].Value", L["Shipment.ExceedsValue", n, Num(v), licence.Currency, Num(Math.Max(0, remainingV)), licence.Number, Num(licence.TolerancePercent)]);
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
        return (await ShipmentsAsync([licence.Id], ct)).First(s => s.Id == shipment.Id);
    }

    /// <summary>Consumes a reservation: the goods left. Refused after the licence's expiry.</summary>
    public async Task<ShipmentView> ShipAsync(int shipmentId, ShipInput input, CancellationToken ct = default)
    {
        var (s, licence) = await LoadShipmentAsync(shipmentId, input.Version, ct);
        var on = input.ShippedOn ?? Today;
        var errors = new FieldErrors();
        if (s.Status != ShipmentStatus.Reserved) errors.Add("Status", L["Shipment.NotReserved", s.Number, text.Enum(s.Status)]);
        if (licence.RevokedAsOf(on)) errors.Add(nameof(input.ShippedOn), RevokedMessage(licence));
        if (on > licence.ExpiresOn) errors.Add(nameof(input.ShippedOn), L["Shipment.AfterExpiry", ExportsText.Iso(on), licence.Number, ExportsText.Iso(licence.ExpiresOn)]);
        if (on < licence.IssuedOn) errors.Add(nameof(input.ShippedOn), L["Shipment.BeforeIssue", ExportsText.Iso(on), ExportsText.Iso(licence.IssuedOn)]);
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
        return (await ShipmentsAsync([licence.Id], ct)).First(x => x.Id == s.Id);
    }

    private string RevokedMessage(Licence licence) =>
        L["Shipment.Revoked", licence.Number, ExportsText.Iso(licence.RevokedOn ?? Today), licence.RevocationReason ?? ""];

    /// <summary>
    /// Records that the authority revoked a licence from a date (inclusive), with the reason. From that date no new
    /// reservation or shipment is accepted against it; existing reservations stay as they are (and can be cancelled).
    /// </summary>
    public async Task<LicenceView> RevokeAsync(int id, RevokeInput input, CancellationToken ct = default)
    {
        var licence = await db.Licences.FirstOrDefaultAsync(l => l.Id == id, ct) ?? throw new NotFoundException(L["Licence.NotFound", id]);
        if (input.Version is { } v)
        {
            if (v != licence.Version) throw new DbUpdateConcurrencyException(L["Common.Stale"]);
            db.Entry(licence).Property(x => x.Version).OriginalValue = v;
        }
        var errors = new FieldErrors();
        if (licence.Revoked) errors.Add(nameof(input.RevokedOn), L["Licence.AlreadyRevoked", licence.Number, ExportsText.Iso(licence.RevokedOn)]);
        if (input.RevokedOn is not { } on) errors.Add(nameof(input.RevokedOn), L["Licence.RevokedOnRequired"]);
        else if (on < licence.IssuedOn) errors.Add(nameof(input.RevokedOn), L["Licence.RevokedBeforeIssue", ExportsText.Iso(on), ExportsText.Iso(licence.IssuedOn)]);
        var reason = (input.Reason ?? "").Trim();
        if (reason.Length is 0 or > 1000) errors.Add(nameof(input.Reason), L["Licence.RevocationReasonRequired"]);
        errors.ThrowIfAny(L["Licence.RevokeInvalid"]);
        licence.Revoked = true;
        licence.RevokedOn = input.RevokedOn;
        licence.RevocationReason = reason;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
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
        return (await ShipmentsAsync([licence.Id], ct)).First(x => x.Id == s.Id);
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

    private static string Num(decimal d) => d.ToString("#,0.###", CultureInfo.CurrentCulture);
}

/// <summary>
/// Alerts trade-compliance officers (in-app and e-mail) when a licence line's utilisation reaches a configured
/// threshold, and when an active licence nears expiry. Dedup keys make each alert go out once per licence line and
/// threshold, however often the check runs.
/// </summary>
public sealed class LicenceAlerts(IOptions<ExportsOptions> options, INotifier notifier)
{
    public IReadOnlyList<int> Thresholds =>
        [.. (options.Value.UtilisationThresholds.Count > 0 ? options.Value.UtilisationThresholds : [.. ExportsOptions.DefaultUtilisationThresholds]).Distinct().Order()];

    /// <summary>Thresholds reached by a line's utilisation (reserved + consumed, % of the licensed quantity).</summary>
    public IEnumerable<int> Reached(LicenceLine line) => Thresholds.Where(t => line.UtilisationPercent >= t);

    /// <summary>Queues the utilisation alerts a licence has earned (saved with the caller's SaveChanges).</summary>
    public async Task CheckAsync(Licence licence, CancellationToken ct)
    {
        foreach (var line in licence.Lines)
        {
            foreach (var t in Reached(line))
            {
                await notifier.NotifyRoleAsync<ExportsResource>(Roles.TradeComplianceOfficer, "Alert.Utilisation.Subject", "Alert.Utilisation.Body",
                    [licence.Number, line.ControlCode, t, line.UtilisationPercent], $"/exports/licences/{licence.Id}", $"licence:{licence.Id}:line:{line.Id}:util-{t}", ct);
            }
        }
    }

    public async Task ExpiryAsync(Licence licence, DateOnly today, CancellationToken ct)
    {
        var days = licence.ExpiresOn.DayNumber - today.DayNumber;
        if (days < 0 || days > options.Value.ExpiryWarningDays) return;
        await notifier.NotifyRoleAsync<ExportsResource>(Roles.TradeComplianceOfficer, "Alert.Expiry.Subject", "Alert.Expiry.Body",
            [licence.Number, ExportsText.Iso(licence.ExpiresOn), days], $"/exports/licences/{licence.Id}", $"licence:{licence.Id}:expiry", ct);
    }
}

/// <summary>Periodic check of every active licence: utilisation thresholds and approaching expiry.</summary>
public sealed class LicenceAlertsTask(TalentChainDbContext db, LicenceAlerts alerts, TimeProvider clock) : IPeriodicTask
{
    public string Name => "exports.licence-alerts";
    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var active = await db.Licences.Include(l => l.Lines).Where(l => !l.Revoked && l.ExpiresOn >= today).AsSplitQuery().ToListAsync(ct);
        foreach (var l in active)
        {
            await alerts.CheckAsync(l, ct);
            await alerts.ExpiryAsync(l, today, ct);
        }
        await db.SaveChangesAsync(ct);
    }
}
